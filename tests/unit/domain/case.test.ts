import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  answerScale,
  CASE_SCHEMA_VERSION,
  createCase,
  isExpired,
  keepUntilFor,
  latestAnswer,
  restoreCase,
} from '../../../domain/case';
import { exportCase, parseCaseImport } from '../../../domain/case-transfer';
import { hasElevenDigits } from '../../../domain/digit-count';
import { labelLooksLikeNationalId } from '../../../domain/national-id';

const NOW = '2026-11-23T10:00:00.000Z';
const context = { now: NOW, today: '2026-11-23', newId: () => 'new-id' };

describe('restoreCase', () => {
  it('migrates the stored v1 panel state (first release) to a case', () => {
    const v1 = JSON.parse(readFileSync('tests/fixtures/storage/panel-state-v1.json', 'utf8'));
    const { record, quarantined, migrated } = restoreCase(v1, context);
    expect(migrated).toBe(true);
    expect(quarantined).toEqual({});
    expect(record).toMatchObject({
      schemaVersion: CASE_SCHEMA_VERSION,
      id: 'new-id',
      label: 'Sak fra før',
      notes: v1.notes,
      ticks: { 'ia-arbeidsdagen': true },
      scales: { 'jms-mt-skala': [{ value: 6, date: '2026-11-23' }] },
      guideByContext: { unknown: 'ia-funksjonsvurdering-leder' },
      keepUntil: null,
    });
  });

  it('round-trips a current case unchanged', () => {
    const original = { ...createCase({ id: 'a', label: 'A', role: 'lege', now: NOW }), notes: { x: 'y' } };
    expect(restoreCase(JSON.parse(JSON.stringify(original)), context)).toEqual({
      record: original,
      quarantined: {},
      migrated: false,
    });
  });

  it('keeps what fits and sets aside, field by field, what does not', () => {
    const raw = {
      ...createCase({ id: 'a', label: 'A', role: null, now: NOW }),
      role: 'sjef',
      firstSickDay: '2026-02-30',
      notes: { ok: 'fin', bad: 42 },
      scales: { s: [{ value: 3, date: '2026-11-01' }], t: 'mye' },
      extra: { from: 'the future' },
      ['__proto__']: 'x',
    };
    const { record, quarantined } = restoreCase(raw, context);
    expect(record?.role).toBeNull();
    expect(record?.firstSickDay).toBeNull();
    expect(record?.notes).toEqual({ ok: 'fin' });
    expect(record?.scales).toEqual({ s: [{ value: 3, date: '2026-11-01' }] });
    expect(quarantined).toEqual({
      role: 'sjef',
      firstSickDay: '2026-02-30',
      'notes.bad': 42,
      'scales.t': 'mye',
      extra: { from: 'the future' },
    });
  });

  it('sets aside what is not a case at all, or is from a newer version', () => {
    expect(restoreCase('garbage', context)).toEqual({
      record: null,
      quarantined: { root: 'garbage' },
      migrated: false,
    });
    expect(restoreCase({ schemaVersion: 99, id: 'a' }, context).record).toBeNull();
    expect(restoreCase({ schemaVersion: CASE_SCHEMA_VERSION }, context).record).toBeNull();
  });
});

describe('expiry', () => {
  it('keeps for the chosen number of days, counting today', () => {
    expect(keepUntilFor('2026-11-23', 30)).toBe('2026-12-22');
    expect(keepUntilFor('2026-12-31', 1)).toBe('2026-12-31');
    expect(keepUntilFor('2028-02-28', 2)).toBe('2028-02-29');
  });

  it('expires the day after the last day, never a session case', () => {
    const kept = { ...createCase({ id: 'a', label: 'A', role: null, now: NOW }), keepUntil: '2026-12-22' };
    expect(isExpired(kept, '2026-12-22')).toBe(false);
    expect(isExpired(kept, '2026-12-23')).toBe(true);
    expect(isExpired(createCase({ id: 'b', label: 'B', role: null, now: NOW }), '2099-01-01')).toBe(false);
  });
});

describe('labels', () => {
  it.each([
    ['01019912345', true],
    ['010199 12345', true],
    ['Kari 31129912345', true],
    ['Kari på lageret', false],
    ['Sak 12', false],
    ['Tlf 91234567', false],
  ])('%s looks like a national ID: %s', (label, expected) => {
    expect(labelLooksLikeNationalId(label)).toBe(expected);
    // The quick test the panel runs first never rules out a label the full check flags.
    if (expected) expect(hasElevenDigits(label)).toBe(true);
  });

  it.each([
    ['', false],
    ['Sak 1234567890', false],
    ['Sak 12345678901', true],
    ['１２３４５６ ７８９０１', true],
    ['12.34.56 789 0', false],
  ])('%s holds 11 digits or more: %s', (text, expected) => {
    expect(hasElevenDigits(text)).toBe(expected);
  });
});

describe('scale answers', () => {
  it('keeps one answer per day, in date order, and removes on undefined', () => {
    let history = answerScale(undefined, 4, '2026-11-10');
    history = answerScale(history, 6, '2026-11-23');
    history = answerScale(history, 7, '2026-11-23');
    history = answerScale(history, 2, '2026-11-01');
    expect(history).toEqual([
      { value: 2, date: '2026-11-01' },
      { value: 4, date: '2026-11-10' },
      { value: 7, date: '2026-11-23' },
    ]);
    expect(latestAnswer(history)).toEqual({ value: 7, date: '2026-11-23' });
    expect(answerScale(history, undefined, '2026-11-23')).toHaveLength(2);
  });
});

describe('export and import', () => {
  it('round-trips a case through a file', () => {
    const record = { ...createCase({ id: 'a', label: 'A', role: 'veileder', now: NOW }), freeNotes: 'fritt' };
    const result = parseCaseImport(exportCase(record, NOW), context);
    expect(result).toEqual({ ok: true, record, quarantined: {} });
  });

  it.each([
    ['not json', 'not-json'],
    ['[]', 'wrong-format'],
    ['{"format":"annet","version":2,"case":{}}', 'wrong-format'],
    ['{"format":"folgesvenn-sak","version":99,"case":{}}', 'newer-version'],
    ['{"format":"folgesvenn-sak","version":"2","case":{}}', 'newer-version'],
    ['{"format":"folgesvenn-sak","version":2,"case":"x"}', 'no-case'],
  ] as const)('refuses %s: %s', (text, problem) => {
    expect(parseCaseImport(text, context)).toEqual({ ok: false, problem });
  });

  it('refuses a file that is far too large before parsing it', () => {
    const result = parseCaseImport(`"${'x'.repeat(5_000_001)}"`, context);
    expect(result).toEqual({ ok: false, problem: 'too-large' });
  });
});
