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
        { id: 'd', kind: 'step', text: 'Dato for evaluering.', source, feeds: ['plan.dato'] },
        { id: 'c', kind: 'choice', text: 'Var dere enige?', source, options: ['Ja', 'Nei'], feeds: ['plan.valg'] },
      ],
    },
  ],
};

const form: TargetForm = {
  id: 'plan',
  version: '1.0.0',
  title: 'Plan',
  contexts: [],
  source: 'test',
  fields: [
    {
      id: 'felt',
      label: 'Felt',
      type: 'text',
      maxLength: 40,
      required: true,
      readBy: ['arbeidsgiver'],
      style: 'bullets',
      tags: ['felt', 'tilrettelegging'],
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
    {
      id: 'dato',
      label: 'Dato',
      type: 'date',
      required: true,
      readBy: ['arbeidsgiver'],
      style: 'sentences',
      dateRange: { fromDays: 1, toDays: 365 },
    },
    {
      id: 'valg',
      label: 'Valg',
      type: 'radio',
      required: true,
      readBy: ['arbeidsgiver'],
      style: 'sentences',
      options: ['ja', 'nei'],
    },
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
    expect(drafts.map((draft) => draft.fieldId)).toEqual(['felt', 'annet', 'dato', 'valg']);
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
    expect(felt?.problem).toEqual({ code: 'over-limit', over: 12 });
  });

  it('gives empty drafts when there are no notes, and says what is missing for date and choice', () => {
    const drafts = draftFields({ guides: [guide], notes: {}, form });
    expect(drafts.every((draft) => draft.text === '' && draft.length === 0 && draft.sourceItemIds.length === 0)).toBe(
      true,
    );
    expect(drafts.map((draft) => draft.problem)).toEqual([
      null,
      null,
      { code: 'date-missing' },
      { code: 'not-answered' },
    ]);
  });

  it('sends tagged lines from the free notes to the fields with that tag, after the guide notes', () => {
    const [felt] = draftFields({
      guides: [guide],
      notes: { q1: 'fra spørsmålet' },
      freeNotes: 'urelatert linje\nhjemmekontor fredag #tilrettelegging\n#Felt kortere møter\n#ukjent noe annet',
      form,
    });
    expect(felt?.text).toBe('- fra spørsmålet\n- hjemmekontor fredag\n- kortere møter');
    expect(felt?.sourceItemIds).toEqual(['q1', 'frie-notater']);
  });

  it.each([
    ['Evaluering 15.01.2027 med leder', '15.01.2027', null],
    ['neste møte 2027-01-15', '15.01.2027', null],
    ['avtalt 1.2.2027', '01.02.2027', null],
    ['i dag 23.11.2026', '23.11.2026', { code: 'date-not-future' }],
    ['om lenge 01.01.2028', '01.01.2028', { code: 'date-too-far' }],
    ['31.02.2027 finnes ikke', '', { code: 'date-missing' }],
  ] as const)('takes the date only from what the user wrote: %s', (note, text, problem) => {
    const date = draftFields({ guides: [guide], notes: { d: note }, form, today: '2026-11-23' })[2];
    expect(date?.text).toBe(text);
    expect(date?.problem).toEqual(problem);
  });

  it('takes the radio value only from the choice the user made', () => {
    const valg = draftFields({ guides: [guide], notes: {}, choices: { c: 1 }, form })[3];
    expect(valg).toMatchObject({ kind: 'radio', text: 'Nei', problem: null, sourceItemIds: ['c'] });
  });

  it('says which options the form has when the choice is not one of them', () => {
    const onlyJa: TargetForm = {
      ...form,
      fields: form.fields.map((field) => (field.type === 'radio' ? { ...field, options: ['ja'] } : field)),
    };
    const valg = draftFields({ guides: [guide], notes: {}, choices: { c: 1 }, form: onlyJa })[3];
    expect(valg).toMatchObject({ text: 'Nei', problem: { code: 'option-unknown', options: ['ja'] } });
  });
});
