import { describe, expect, it } from 'vitest';
import { draftFields, formatLines, splitNoteLines } from '../../../domain/draft';
import type { Guide } from '../../../domain/guide';
import type { TargetForm } from '../../../domain/target-form';

const source = { document: 'ia-funksjonsvurdering', section: '1. Hvordan er arbeidsdagen?' } as const;

const guide: Guide = {
  id: 'test-guide',
  title: 'Testguide',
  summary: 'En liten guide for tester.',
  roles: ['leder'],
  contexts: [],
  sections: [
    {
      id: 'a',
      title: 'Del A',
      items: [
        { id: 'q1', kind: 'question', text: 'Første spørsmål?', source, feeds: ['plan.felt'] },
        { id: 'q2', kind: 'question', text: 'Andre spørsmål?', source, feeds: ['plan.felt', 'plan.annet'] },
        { id: 'q3', kind: 'question', text: 'Tredje spørsmål?', source },
      ],
    },
  ],
};

const form: TargetForm = {
  id: 'plan',
  version: '1.0.0',
  title: 'Plan',
  contexts: [],
  fields: [
    {
      id: 'felt',
      label: 'Felt',
      type: 'text',
      maxLength: 40,
      required: true,
      readBy: ['arbeidsgiver'],
      style: 'bullets',
    },
    {
      id: 'annet',
      label: 'Annet',
      type: 'text',
      maxLength: 2000,
      required: true,
      readBy: ['arbeidsgiver'],
      style: 'sentences',
    },
    { id: 'dato', label: 'Dato', type: 'date', required: true, readBy: ['arbeidsgiver'], style: 'sentences' },
  ],
};

describe('splitNoteLines', () => {
  it('trims, drops empty lines and typed list markers', () => {
    expect(splitNoteLines('  - kontor  \n\n* møter\n•  kunder   med  mellomrom\n')).toEqual([
      'kontor',
      'møter',
      'kunder med mellomrom',
    ]);
  });
});

describe('formatLines', () => {
  it('makes bullets one per line', () => {
    expect(formatLines(['a', 'b'], 'bullets')).toBe('- a\n- b');
  });
  it('makes sentences with a capital and a full stop, keeping the user’s own punctuation', () => {
    expect(formatLines(['jobber på lager', 'Kan løfte lett!'], 'sentences')).toBe('Jobber på lager. Kan løfte lett!');
  });
});

describe('draftFields', () => {
  it('drafts each text field from the notes of the items that feed it, in guide order, de-duplicated', () => {
    const drafts = draftFields({
      guides: [guide],
      notes: { q2: 'kortere dager\nfaste pauser', q1: 'Kortere dager\nhjemmekontor', q3: 'ikke med' },
      form,
    });
    expect(drafts.map((draft) => draft.fieldId)).toEqual(['felt', 'annet']);
    const [felt, annet] = drafts;
    expect(felt?.text).toBe('- Kortere dager\n- hjemmekontor\n- faste pauser');
    expect(felt?.sourceItemIds).toEqual(['q1', 'q2']);
    expect(annet?.text).toBe('Kortere dager. Faste pauser.');
    expect(annet?.sourceItemIds).toEqual(['q2']);
  });

  it('reports characters over the limit and never cuts the text', () => {
    const long = 'x'.repeat(50);
    const [felt] = draftFields({ guides: [guide], notes: { q1: long }, form });
    expect(felt?.text).toBe(`- ${long}`);
    expect(felt?.length).toBe(52);
    expect(felt?.maxLength).toBe(40);
    expect(felt?.over).toBe(12);
  });

  it('gives empty drafts when there are no notes', () => {
    const drafts = draftFields({ guides: [guide], notes: {}, form });
    expect(drafts.every((draft) => draft.text === '' && draft.length === 0 && draft.sourceItemIds.length === 0)).toBe(
      true,
    );
  });
});
