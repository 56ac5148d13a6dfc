import { describe, expect, it, vi } from 'vitest';
import { CASE_SCHEMA_VERSION, createCase, MAX_NOTE_LENGTH } from '../../../domain/case';
import {
  CASE_EXPORT_FORMAT,
  type ImportProblem,
  importProblemParams,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ENTRIES,
  MAX_IMPORT_TEXT_CHARS,
  parseCaseImport,
  readCaseImport,
} from '../../../domain/case-transfer';

// The caps on what one imported file may hold (issue 14.7): at, just under and just over each one.
// A refused file changes nothing: parseCaseImport gives no record, only the problem.

const NOW = '2026-11-23T10:00:00.000Z';
const context = { now: NOW, today: '2026-11-23', newId: () => 'new-id' };
const base = createCase({ id: 'syntetisk', label: 'Syntetisk sak', role: 'leder', now: NOW });

/** An export file holding the case with `fields` laid over it. */
function fileWith(fields: Record<string, unknown>): string {
  return JSON.stringify({
    format: CASE_EXPORT_FORMAT,
    version: CASE_SCHEMA_VERSION,
    exportedAt: NOW,
    case: { ...base, ...fields },
  });
}

/** `count` entries `entry-0`, `entry-1`, … each holding `value(index)`. */
function entries(count: number, value: (index: number) => unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let index = 0; index < count; index += 1) out[`entry-${index}`] = value(index);
  return out;
}

const problemOf = (text: string): ImportProblem | null => {
  const result = parseCaseImport(text, context);
  return result.ok ? null : result.problem;
};

/** A value each list accepts, so a refusal is the count's doing alone. */
const LISTS: [string, (index: number) => unknown][] = [
  ['notes', () => 'notat'],
  ['ticks', () => true],
  ['scales', () => [{ value: 4, date: '2026-11-01' }]],
  ['choices', () => 1],
  ['guideByContext', () => 'ia-funksjonsvurdering-leder'],
  ['drafts', () => ({ text: 'utkast', basedOn: 'utkast' })],
];

describe('import caps: entries per list', () => {
  it.each(LISTS)('%s: accepts MAX_IMPORT_ENTRIES entries and just under, refuses one more', (place, value) => {
    for (const count of [MAX_IMPORT_ENTRIES - 1, MAX_IMPORT_ENTRIES]) {
      const result = parseCaseImport(fileWith({ [place]: entries(count, value) }), context);
      if (!result.ok) throw new Error(`${place} × ${count} refused: ${result.problem}`);
      expect(Object.keys(result.record[place as 'notes'])).toHaveLength(count);
      expect(result.quarantined).toEqual({});
    }
    expect(problemOf(fileWith({ [place]: entries(MAX_IMPORT_ENTRIES + 1, value) }))).toBe('too-many-entries');
  });

  it('counts the answers of one scale and the fields of the case itself too', () => {
    const answers = (count: number) => ({
      'jms-mt-skala': Array.from({ length: count }, () => ({ value: 4, date: '2026-11-01' })),
    });
    expect(problemOf(fileWith({ scales: answers(MAX_IMPORT_ENTRIES) }))).toBeNull();
    expect(problemOf(fileWith({ scales: answers(MAX_IMPORT_ENTRIES + 1) }))).toBe('too-many-entries');
    const fieldCount = Object.keys(base).length;
    expect(problemOf(fileWith(entries(MAX_IMPORT_ENTRIES - fieldCount, () => 1)))).toBeNull();
    expect(problemOf(fileWith(entries(MAX_IMPORT_ENTRIES - fieldCount + 1, () => 1)))).toBe('too-many-entries');
  });

  it('counts entries, not what text holds: colons, commas, brackets and escaped quotes in notes and keys', () => {
    const tricky = 'a: b, c [d] {e} "f" \\ \\" : , '.repeat(2); // Counted as entries, 2 000 notes of it would be 16 000.
    const notes = { ...entries(MAX_IMPORT_ENTRIES - 1, () => tricky), 'nøkkel "med" : , { [': tricky };
    const result = parseCaseImport(fileWith({ notes }), context);
    expect(result.ok && result.record.notes['nøkkel "med" : , { [']).toBe(tricky);
    expect(problemOf(fileWith({ notes: { ...notes, 'én til': tricky } }))).toBe('too-many-entries');
    // Anywhere in the file, also where nothing is read: an unknown list is counted too.
    expect(problemOf(fileWith({ ukjent: Array.from({ length: MAX_IMPORT_ENTRIES + 1 }, () => 0) }))).toBe(
      'too-many-entries',
    );
  });

  it('refuses the crafted file of 150 000 note keys, before reading any of them', () => {
    const notes = entries(150_000, () => 'x');
    const text = fileWith({ notes });
    expect(text.length).toBeLessThan(MAX_IMPORT_BYTES); // Small enough to pass the file-size cap.
    // Refused while the text is scanned: JSON.parse, which would build all 150 000, is never called.
    const parse = vi.spyOn(JSON, 'parse');
    expect(parseCaseImport(text, context)).toEqual({ ok: false, problem: 'too-many-entries' });
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
    // Also in a version-1 shape (no schemaVersion), which is migrated before it is read.
    const v1 = JSON.stringify({ format: CASE_EXPORT_FORMAT, version: 1, exportedAt: NOW, case: { notes } });
    expect(problemOf(v1)).toBe('too-many-entries');
  });
});

describe('import caps: characters per note and in all', () => {
  it.each([
    ['a note', (text: string) => ({ notes: { 'ia-arbeidsdagen': text } })],
    ['the free notes', (text: string) => ({ freeNotes: text })],
    ['an edited draft', (text: string) => ({ drafts: { 'oppfolgingsplan.tiltak': { text, basedOn: '' } } })],
    [
      'the text a draft was based on',
      (text: string) => ({ drafts: { 'oppfolgingsplan.tiltak': { text: '', basedOn: text } } }),
    ],
  ])('%s: accepts MAX_NOTE_LENGTH characters and just under, refuses one more', (_name, fields) => {
    expect(problemOf(fileWith(fields('x'.repeat(MAX_NOTE_LENGTH - 1))))).toBeNull();
    const atCap = parseCaseImport(fileWith(fields('x'.repeat(MAX_NOTE_LENGTH))), context);
    expect(atCap.ok && atCap.quarantined).toEqual({});
    expect(problemOf(fileWith(fields('x'.repeat(MAX_NOTE_LENGTH + 1))))).toBe('note-too-long');
  });

  it('accepts MAX_IMPORT_TEXT_CHARS characters in all and just under, refuses one more', () => {
    // Full-length notes up to the total, then the rest in the free notes.
    const spread = (total: number) => {
      const notes: Record<string, string> = {};
      let left = total;
      for (let index = 0; left > 0 && index < 10; index += 1) {
        const length = Math.min(left, MAX_NOTE_LENGTH);
        notes[`item-${index}`] = 'x'.repeat(length);
        left -= length;
      }
      return { notes, label: '' };
    };
    expect(problemOf(fileWith(spread(MAX_IMPORT_TEXT_CHARS - 1)))).toBeNull();
    const atCap = parseCaseImport(fileWith(spread(MAX_IMPORT_TEXT_CHARS)), context);
    expect(atCap.ok && atCap.quarantined).toEqual({});
    expect(problemOf(fileWith(spread(MAX_IMPORT_TEXT_CHARS + 1)))).toBe('too-much-text');
    // Every text counts: notes, free notes, edited drafts and what they were based on, and the label.
    const parts = {
      ...spread(MAX_IMPORT_TEXT_CHARS - 5),
      freeNotes: 'ab',
      drafts: { 'oppfolgingsplan.tiltak': { text: 'c', basedOn: 'd' } },
      label: 'e',
    };
    expect(problemOf(fileWith(parts))).toBeNull();
    expect(problemOf(fileWith({ ...parts, label: 'ef' }))).toBe('too-much-text');
  });
});

describe('import caps: the file', () => {
  // A valid file padded with spaces (JSON allows them) to exactly `size` characters.
  const padded = (size: number) => {
    const text = fileWith({});
    return text + ' '.repeat(size - text.length);
  };

  it('accepts a file of MAX_IMPORT_BYTES and just under, refuses one more', () => {
    expect(problemOf(padded(MAX_IMPORT_BYTES - 1))).toBeNull();
    expect(problemOf(padded(MAX_IMPORT_BYTES))).toBeNull();
    expect(problemOf(padded(MAX_IMPORT_BYTES + 1))).toBe('too-large');
  });

  it('refuses a file over MAX_IMPORT_BYTES by its size, without reading it', async () => {
    const text = vi.fn(async () => fileWith({}));
    expect(await readCaseImport({ size: MAX_IMPORT_BYTES + 1, text }, context)).toEqual({
      ok: false,
      problem: 'too-large',
    });
    expect(text).not.toHaveBeenCalled();
    const read = await readCaseImport({ size: MAX_IMPORT_BYTES, text }, context);
    expect(read.ok && read.record.label).toBe('Syntetisk sak');
    expect(text).toHaveBeenCalledTimes(1);
  });

  it('holds one case: a list of cases is refused', () => {
    const text = JSON.stringify({ format: CASE_EXPORT_FORMAT, version: CASE_SCHEMA_VERSION, case: [base, base] });
    expect(problemOf(text)).toBe('no-case');
  });

  it('names the limit of each cap for its message, thousands grouped', () => {
    expect(importProblemParams('too-large')).toEqual({ max: String(MAX_IMPORT_BYTES / 1_000_000) });
    expect(importProblemParams('too-many-entries')).toEqual({ max: '2\u00a0000' });
    expect(importProblemParams('note-too-long')).toEqual({ max: '1\u00a0000\u00a0000' });
    expect(importProblemParams('too-much-text')).toEqual({ max: '2\u00a0000\u00a0000' });
    expect(importProblemParams('not-json')).toBeUndefined();
  });
});
