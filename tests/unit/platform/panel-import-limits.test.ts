import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CASE_SCHEMA_VERSION, createCase } from '../../../domain/case';
import { CASE_EXPORT_FORMAT, MAX_IMPORT_BYTES } from '../../../domain/case-transfer';
import { createFakePanelPlatform, createTestModel, snapshotAt } from './fake-panel-platform';

// The panel's side of the import caps (issue 14.7): a refused file changes nothing and says which
// limit it broke; a file too large is refused by its size before it is read; after an accepted file at
// the caps, typing a short note does not redraft the whole case on every key.

const NY_PLAN = 'https://www.nav.no/syk/oppfolgingsplan/a1b2c3d4-0000-4000-8000-000000000001/ny-plan';
const NOW = '2026-11-23T10:00:00.000Z';

function fileWith(fields: Record<string, unknown>): string {
  const record = createCase({ id: 'fra-fil', label: 'Fra fil', role: 'leder', now: NOW });
  return JSON.stringify({
    format: CASE_EXPORT_FORMAT,
    version: CASE_SCHEMA_VERSION,
    exportedAt: NOW,
    case: { ...record, ...fields },
  });
}

async function started() {
  const fake = createFakePanelPlatform({ snapshots: { 1: snapshotAt(NY_PLAN) } });
  const model = createTestModel(fake, 100);
  await model.start();
  await vi.runOnlyPendingTimersAsync();
  return { model, fake };
}

describe('importing within the caps', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('refuses the crafted file of 150 000 note keys, names the limit, and changes nothing', async () => {
    const { model, fake } = await started();
    model.setNote('ia-arbeidsdagen', 'mitt notat (syntetisk)');
    await vi.runOnlyPendingTimersAsync();
    const before = { cases: model.cases.value, active: model.activeCase.value?.id, store: [...fake.store.entries()] };

    const notes: Record<string, string> = {};
    for (let index = 0; index < 150_000; index += 1) notes[`item-${index}`] = 'x';
    await model.importCase(fileWith({ notes }));

    expect(model.notice.value).toBe(
      'Filen har flere oppføringer i én liste enn en Følgesvenn-sak kan ha (høyst 2\u00a0000 notater, avkrysninger eller svar). Ingenting er endret.',
    );
    expect(model.pending.value).toBeNull();
    expect(model.cases.value).toBe(before.cases);
    expect(model.activeCase.value?.id).toBe(before.active);
    await vi.runOnlyPendingTimersAsync();
    expect([...fake.store.entries()]).toEqual(before.store);
  });

  it.each([
    [{ notes: { 'ia-arbeidsdagen': 'x'.repeat(1_000_001) } }, 'høyst 1\u00a0000\u00a0000 tegn per notat'],
    [
      { notes: { a: 'x'.repeat(1_000_000), b: 'x'.repeat(1_000_000) }, freeNotes: 'x' },
      'høyst 2\u00a0000\u00a0000 tegn i alt',
    ],
  ])('refuses a file over a text cap, naming it', async (fields, limit) => {
    const { model } = await started();
    await model.importCase(fileWith(fields));
    expect(model.notice.value).toContain(limit);
    expect(model.notice.value).toContain('Ingenting er endret.');
    expect(model.cases.value).toEqual([]);
  });

  it('refuses a file over MAX_IMPORT_BYTES by its size, without reading it', async () => {
    const { model } = await started();
    const text = vi.fn(async () => fileWith({}));
    await model.importCase({ size: MAX_IMPORT_BYTES + 1, text });
    expect(text).not.toHaveBeenCalled();
    expect(model.notice.value).toBe(
      'Filen er for stor til å være en Følgesvenn-sak (større enn 5 MB). Ingenting er endret.',
    );
    expect(model.cases.value).toEqual([]);
    await model.importCase({ size: 1000, text });
    expect(model.activeCase.value?.label).toBe('Fra fil');
  });

  it('after a file at the text cap, a short note is redrafted once typing rests, not on every key', async () => {
    const { model } = await started();
    await model.importCase(fileWith({ notes: { 'ia-endres-hva-skal-til': 'x'.repeat(1_000_000) } }));
    expect(model.activeCase.value?.label).toBe('Fra fil');
    const field = () => model.drafts.value.find((draft) => draft.fieldId === 'typiskArbeidshverdag');
    expect(field()?.text ?? '').toBe(''); // Drafted once, as the panel shows it.
    model.setNote('ia-arbeidsdagen', 'k');
    model.setNote('ia-arbeidsdagen', 'kort');
    expect(field()?.text ?? '').toBe('');
    await vi.advanceTimersByTimeAsync(300);
    expect(field()?.text).toBe('Kort.');
  });
});
