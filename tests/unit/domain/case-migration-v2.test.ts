import { describe, expect, it } from 'vitest';
import { TARGET_FORMS } from '../../../content/forms';
import { GUIDES } from '../../../content/library';
import { restoreCase } from '../../../domain/case';
import { draftCase } from '../../../domain/draft';
import { choiceItemIdsOf, toGuideMeta } from '../../../domain/guide';

// A case as version 2 stored it: the choice «Nei» (option 1) kept under `scales`.
const STORED_V2 = {
  schemaVersion: 2,
  id: 'sak-v2',
  label: 'Sak 1',
  role: 'leder',
  firstSickDay: null,
  graded: false,
  maksdato: null,
  ticks: {},
  notes: { 'ia-endres-hva-skal-til': 'faste pauser' },
  freeNotes: '',
  scales: { 'ia-enige-medvirket': [{ value: 1, date: '2026-11-20' }] },
  guideByContext: {},
  drafts: {
    'oppfolgingsplan.tilretteleggingFremover': { text: '- faste pauser hver time', basedOn: '- faste pauser' },
  },
  keepUntil: null,
  createdAt: '2026-11-20T10:00:00.000Z',
  updatedAt: '2026-11-20T10:00:00.000Z',
};

const context = {
  now: '2026-12-02T10:00:00.000Z',
  today: '2026-12-02',
  newId: () => 'new',
  choiceItemIds: choiceItemIdsOf(GUIDES.map(toGuideMeta)),
};

describe('version 2 cases', () => {
  it('move choice answers out of scales, and draft with them and with the edits', () => {
    const { record, migrated, quarantined } = restoreCase(STORED_V2, context);
    expect(migrated).toBe(true);
    expect(quarantined).toEqual({});
    expect(record?.scales).toEqual({});
    expect(record?.choices).toEqual({ 'ia-enige-medvirket': 1 });
    const form = TARGET_FORMS.find((candidate) => candidate.id === 'oppfolgingsplan');
    const guide = GUIDES.find((candidate) => candidate.id === 'ia-funksjonsvurdering-leder');
    if (!record || !form || !guide) throw new Error('fixture missing');
    const shown = draftCase({ guides: [guide], record, form, today: context.today });
    const byField = Object.fromEntries(shown.map((draft) => [draft.fieldId, draft]));
    expect(byField.harDenAnsatteMedvirket?.text).toBe('Nei');
    expect(byField.tilretteleggingFremover?.text).toBe('- faste pauser hver time');
    expect(byField.tilretteleggingFremover?.edited).toBe(true);
  });

  it('keep every answer a scale answer when no choice items are known', () => {
    const { record } = restoreCase(STORED_V2, { ...context, choiceItemIds: new Set() });
    expect(record?.scales['ia-enige-medvirket']).toHaveLength(1);
    expect(record?.choices).toEqual({});
  });
});
