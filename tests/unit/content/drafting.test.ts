import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TARGET_FORMS } from '../../../content/forms';
import { GUIDES } from '../../../content/library';
import { draftFields } from '../../../domain/draft';

// Table-driven: each fixture in tests/fixtures/notes/ holds synthetic notes for one target form and the
// text expected in each field. Drafting reads the whole library, as the panel does.

interface NotesFixture {
  form: string;
  today: string;
  notes: Record<string, string>;
  choices: Record<string, number>;
  freeNotes: string;
  expected: Record<string, string>;
}

const DIR = 'tests/fixtures/notes';
const fixtures = readdirSync(DIR)
  .filter((name) => name.endsWith('.json'))
  .map((name) => [name, JSON.parse(readFileSync(join(DIR, name), 'utf8')) as NotesFixture] as const);

describe('drafting from notes to the three target forms', () => {
  it('covers every target form', () => {
    expect(new Set(fixtures.map(([, fixture]) => fixture.form))).toEqual(new Set(TARGET_FORMS.map((form) => form.id)));
  });

  describe.each(fixtures)('%s', (_name, fixture) => {
    const form = TARGET_FORMS.find((candidate) => candidate.id === fixture.form);
    if (!form) throw new Error(`unknown form ${fixture.form}`);

    it('uses only item ids that exist in the library', () => {
      const ids = new Set(
        GUIDES.flatMap((guide) => guide.sections.flatMap((section) => section.items.map((item) => item.id))),
      );
      for (const id of [...Object.keys(fixture.notes), ...Object.keys(fixture.choices)]) {
        expect(ids.has(id), `${id} is not an item id in content/`).toBe(true);
      }
    });

    const drafts = draftFields({
      guides: GUIDES,
      notes: fixture.notes,
      choices: fixture.choices,
      freeNotes: fixture.freeNotes,
      form,
      today: fixture.today,
    });
    it.each(Object.entries(fixture.expected))('drafts %s', (fieldId, expected) => {
      const draft = drafts.find((candidate) => candidate.fieldId === fieldId);
      expect(draft?.text).toBe(expected);
      expect(draft?.over).toBe(0);
    });
  });
});
