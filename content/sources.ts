import type { SOURCE_DOCUMENTS } from '../domain/guide';

type SourceDocumentId = (typeof SOURCE_DOCUMENTS)[number];

/**
 * The sections each source document has, as cited by guide items. The meta-test checks every
 * citation against this list, and checks that each section title can be found in the seed text.
 */
export const SOURCE_SECTIONS: Record<SourceDocumentId, { title: string; sections: readonly string[] }> = {
  'ia-funksjonsvurdering': {
    title: 'IA-funksjonsvurdering – en samtale om arbeidsmuligheter',
    sections: [
      'Kjernespørsmålene',
      '1. Hvordan er arbeidsdagen?',
      '2. Er det forhold som bør og kan endres?',
      '3. Hva er vi enige om?',
      'Oppfølgingsplan',
      'Gode råd for samtalen',
      'Plikter og rettigheter',
      'Hjelp og bistand',
      'Behandlende leges rolle',
    ],
  },
  'den-viktige-samtalen-leder': { title: 'Den viktige samtalen', sections: [] },
  'jobbmestringssamtalen-fastlege': { title: 'Jobbmestringssamtalen – for fastleger', sections: [] },
  'kartlegging-arr-jobbforventninger': {
    title: 'Kartlegging i arbeidsrettet rehabilitering – jobbforventninger',
    sections: [],
  },
  'behandlingsveileder-jobbfokusert-terapi': {
    title: 'Behandlingsveileder for jobbfokusert terapi',
    sections: [],
  },
  timeline: { title: 'Regler i kraft (tidslinje)', sections: [] },
};
