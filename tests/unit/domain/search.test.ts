import { describe, expect, it } from 'vitest';
import type { Guide } from '../../../domain/guide';
import { foldText, searchGuides } from '../../../domain/search';

const source = { document: 'ia-funksjonsvurdering', section: '1. Hvordan er arbeidsdagen?' } as const;
const guide: Guide = {
  id: 'g',
  title: 'Guide',
  summary: 'En guide for søk.',
  roles: ['leder'],
  contexts: [],
  sections: [
    {
      id: 's',
      title: 'Tilrettelegging på arbeidsplassen',
      items: [
        { id: 'a', kind: 'question', text: 'Hvordan går det med følgesvennen?', source },
        { id: 'b', kind: 'advice', text: 'Snakk om arbeidstid.', help: 'Mestringstro teller.', source },
        { id: 'c', kind: 'fact', text: 'Én ting til: tempo.', source },
      ],
    },
  ],
};

describe('foldText', () => {
  it.each([
    ['Følgesvenn', 'folgesvenn'],
    ['Ærlig Åpen', 'aerlig apen'],
    ['Én  café', 'en cafe'],
  ])('%s → %s', (input, folded) => {
    expect(foldText(input)).toBe(folded);
  });
});

describe('searchGuides', () => {
  it('finds "følgesvenn" from "folgesvenn", and every word must match', () => {
    expect(searchGuides([guide], 'folgesvenn').map((hit) => hit.item.id)).toEqual(['a']);
    expect(searchGuides([guide], 'FØLGESVENN går').map((hit) => hit.item.id)).toEqual(['a']);
    expect(searchGuides([guide], 'folgesvenn tempo')).toEqual([]);
  });

  it('searches help and section titles too, ranking text matches first', () => {
    expect(searchGuides([guide], 'mestringstro').map((hit) => hit.item.id)).toEqual(['b']);
    expect(searchGuides([guide], 'tilrettelegging').map((hit) => hit.item.id)).toEqual(['a', 'b', 'c']);
    expect(searchGuides([guide], 'en').map((hit) => hit.item.id)[0]).toBe('c');
  });

  it('returns nothing for an empty query', () => {
    expect(searchGuides([guide], '   ')).toEqual([]);
  });
});
