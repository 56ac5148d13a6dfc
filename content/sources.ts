import type { SOURCE_DOCUMENTS, Source } from '../domain/guide';

/** A source document's id. */
export type SourceDocumentId = (typeof SOURCE_DOCUMENTS)[number];

/** A source document's title as the panel shows it; `shown` names a section for users where its title is not Norwegian. */
export interface SourceTitle {
  readonly title: string;
  readonly shown?: Readonly<Record<string, string>>;
}

/** Each source document's title, and the names shown for sections whose own title is not Norwegian. */
export const SOURCE_TITLES: Record<SourceDocumentId, SourceTitle> = {
  'ia-funksjonsvurdering': {
    title: 'IA-funksjonsvurdering – en samtale om arbeidsmuligheter',
  },
  'den-viktige-samtalen-leder': {
    title: 'Den viktige samtalen',
  },
  'jobbmestringssamtalen-fastlege': {
    title: 'Jobbmestringssamtalen – for fastleger',
  },
  'kartlegging-arr-jobbforventninger': {
    title: 'Kartlegging i arbeidsrettet rehabilitering – jobbforventninger',
  },
  'behandlingsveileder-jobbfokusert-terapi': {
    title: 'Behandlingsveileder for jobbfokusert terapi',
  },
  // Items citing the rules in force also name the law (`source.law`): users see the law, not these headings.
  timeline: {
    title: 'Regler i kraft nå',
    shown: {
      '1. The milestone table': 'frister og plikter',
      '2. Where the seed documents state older (superseded) rules': 'regler som er endret siden kilden ble skrevet',
    },
  },
  'nav-forms': {
    title: 'Navs skjemaer',
    shown: {
      'a1. Current version — navikt/syfo-oppfolgingsplan-frontend': 'oppfølgingsplanen på nav.no',
      'b2. NAV\'s new web sykmelding "syk-inn"': 'sykmeldingen (syk-inn)',
      'c2. Referat — `src/sider/dialogmoter/components/referat/Referat.tsx`': 'referatet fra dialogmøtet (Modia)',
    },
  },
  // NAV's pages and their addresses (shared/domain/pages.md): the patient handout's «Les mer».
  pages: {
    title: 'Navs sider',
    shown: { '1. NAV public pages (www.nav.no) — employee and leader': 'sidene for sykmeldte på nav.no' },
  },
};

/**
 * How a source is named to users, in Norwegian: the law for a rule in force («arbeidsmiljøloven § 4-6
 * tredje ledd – Regler i kraft nå»), else the document and its section as users can look it up.
 */
export function sourceLabel(source: Source): string {
  const document = SOURCE_TITLES[source.document];
  const section = document.shown?.[source.section] ?? source.section;
  if (source.law !== undefined) return `${source.law} (${document.title.toLocaleLowerCase('nb')})`;
  return `${document.title}, ${section}`;
}
