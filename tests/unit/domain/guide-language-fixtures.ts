import { GUIDES } from '../../../content/library';
import type { Guide, GuideItem } from '../../../domain/guide';

// Guides are written in bokmål; an item, a section or a guide may carry its text in nynorsk too. The
// content has no nynorsk yet, so these fixtures add it to ONE real item (the first question of the IA
// guide), and make a small guide written wholly in both, for the domain and the component tests.

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`the fixture builds on ${what}`);
  return value;
}

export const IA: Guide = required(
  GUIDES.find((guide) => guide.id === 'ia-funksjonsvurdering-leder'),
  'ia-funksjonsvurdering-leder',
);
export const FIRST = required(IA.sections[0], 'the IA guide’s first section');
export const QUESTION: GuideItem = required(
  FIRST.items.find((item) => item.id === 'ia-arbeidsdagen'),
  'the item ia-arbeidsdagen',
);

export const NN_TEXT =
  'Gå saman gjennom ein vanleg arbeidsdag, frå han startar til han sluttar. Kva gjer den tilsette, og kva er viktigast å få med?';
export const NN_HELP =
  'Målet er ei felles forståing av dei områda som betyr noko for arbeidet framover, ikkje ei fullstendig stillingsskildring.';

/** The real item, with its nynorsk text. */
export const QUESTION_NN: GuideItem = { ...QUESTION, nn: { text: NN_TEXT, help: NN_HELP } };

/** The real guide, with nynorsk for its title, its first section's title and that one item. */
export const IA_NN: Guide = {
  ...IA,
  nn: { title: 'IA-funksjonsvurdering: samtalen om arbeidsmoglegheiter' },
  sections: IA.sections.map((section) =>
    section.id === FIRST.id
      ? {
          ...section,
          nn: { title: '1. Korleis er arbeidsdagen?' },
          items: section.items.map((item) => (item.id === QUESTION.id ? QUESTION_NN : item)),
        }
      : section,
  ),
};

/** A small guide written wholly in both languages. */
export const BOTH: Guide = {
  id: 'proeve',
  title: 'Prøveguide',
  summary: 'En guide med tekst på begge målformer.',
  nn: { title: 'Prøveguide', summary: 'Ein guide med tekst på begge målformene.' },
  roles: ['leder'],
  contexts: [],
  sections: [
    {
      id: 'forste',
      title: 'Første del',
      nn: { title: 'Første del' },
      items: [
        {
          id: 'proeve-skala',
          kind: 'scale',
          text: 'Hvor godt går det?',
          help: 'Svar med et tall.',
          source: { document: 'ia-funksjonsvurdering', section: 'Oppfølgingsplan' },
          scale: { min: 1, max: 5, minLabel: 'Dårlig', maxLabel: 'Godt' },
          nn: { text: 'Kor godt går det?', help: 'Svar med eit tal.', minLabel: 'Dårleg', maxLabel: 'Godt' },
        },
        {
          id: 'proeve-valg',
          kind: 'choice',
          text: 'Har dere snakket sammen?',
          source: { document: 'ia-funksjonsvurdering', section: 'Oppfølgingsplan' },
          options: ['Ja', 'Nei', 'Vet ikke'],
          nn: { text: 'Har de snakka saman?', options: ['Ja', 'Nei', 'Veit ikkje'] },
        },
      ],
    },
  ],
};
