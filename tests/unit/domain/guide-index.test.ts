import { describe, expect, it } from 'vitest';
import {
  choiceItemIdsOf,
  createStaticLibrary,
  type Guide,
  guidesAnswered,
  hasAnswers,
  toGuideItemIds,
  toGuideMeta,
} from '../../../domain/guide';

const SOURCE = { document: 'pages', section: 'Testguide' } as const;

const GUIDE_A: Guide = {
  id: 'a',
  title: 'Guide A',
  summary: 'Den første guiden.',
  roles: ['leder'],
  contexts: ['side-a'],
  sections: [
    {
      id: 'a-1',
      title: 'Del 1',
      items: [
        { id: 'a-q', kind: 'question', text: 'Hva fungerer?', source: SOURCE },
        { id: 'a-c', kind: 'choice', text: 'Velg én', options: ['Ja', 'Nei'], source: SOURCE },
      ],
    },
  ],
};

const GUIDE_B: Guide = {
  ...GUIDE_A,
  id: 'b',
  title: 'Guide B',
  contexts: ['side-b'],
  sections: [{ id: 'b-1', title: 'Del 1', items: [{ id: 'b-q', kind: 'question', text: 'Hva nå?', source: SOURCE }] }],
};

const EMPTY = { notes: {}, scales: {}, choices: {} };

describe('the guide index in two parts', () => {
  it('keeps the index lean: no item ids, only the choice item ids stored cases need', () => {
    expect(toGuideMeta(GUIDE_A)).toEqual({
      id: 'a',
      title: 'Guide A',
      roles: ['leder'],
      contexts: ['side-a'],
      choiceItemIds: ['a-c'],
    });
    expect('choiceItemIds' in toGuideMeta(GUIDE_B)).toBe(false);
    expect([...choiceItemIdsOf([GUIDE_A, GUIDE_B].map(toGuideMeta))]).toEqual(['a-c']);
  });

  it('lists every item id by guide, in guide order', () => {
    expect(toGuideItemIds([GUIDE_A, GUIDE_B])).toEqual({ a: ['a-q', 'a-c'], b: ['b-q'] });
  });

  it('finds the guides a case has answers in, in index order, from notes, scales and choices', () => {
    const index = [GUIDE_A, GUIDE_B].map(toGuideMeta);
    const itemIds = toGuideItemIds([GUIDE_A, GUIDE_B]);
    expect(guidesAnswered(index, itemIds, EMPTY)).toEqual([]);
    expect(guidesAnswered(index, itemIds, { ...EMPTY, notes: { 'b-q': 'x' } })).toEqual(['b']);
    expect(guidesAnswered(index, itemIds, { ...EMPTY, choices: { 'a-c': 0 }, scales: { 'b-q': 3 } })).toEqual([
      'a',
      'b',
    ]);
    // A guide missing from the item ids holds nothing; an unknown item belongs to no guide.
    expect(guidesAnswered(index, { b: ['b-q'] }, { ...EMPTY, notes: { 'a-q': 'x', gone: 'y' } })).toEqual([]);
  });

  it('tells whether a case has any answer at all', () => {
    expect(hasAnswers(EMPTY)).toBe(false);
    expect(hasAnswers({ ...EMPTY, notes: { 'a-q': 'x' } })).toBe(true);
    expect(hasAnswers({ ...EMPTY, scales: { 'a-q': 2 } })).toBe(true);
    expect(hasAnswers({ ...EMPTY, choices: { 'a-c': 1 } })).toBe(true);
  });

  it('a static library serves the same index, item ids and guides', async () => {
    const library = createStaticLibrary([GUIDE_A, GUIDE_B]);
    expect(library.index).toEqual([toGuideMeta(GUIDE_A), toGuideMeta(GUIDE_B)]);
    expect(await library.loadItemIds()).toEqual({ a: ['a-q', 'a-c'], b: ['b-q'] });
    expect(await library.load('b')).toBe(GUIDE_B);
    expect(await library.load('c')).toBeNull();
  });
});
