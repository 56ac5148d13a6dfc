import { signal } from '@preact/signals';
import { describe, expect, it, vi } from 'vitest';
import { GUIDES } from '../../../content/library';
import { createCase } from '../../../domain/case';
import { mergeCaseEdits } from '../../../domain/case-edits';
import { createStaticLibrary } from '../../../domain/guide';
import { createCaseActions } from '../../../entrypoints/sidepanel/model/case-actions';
import { createCases } from '../../../entrypoints/sidepanel/model/cases';
import { createFeedback } from '../../../entrypoints/sidepanel/model/feedback';
import { createFakePanelPlatform } from '../platform/fake-panel-platform';

/** The cases area on a fake platform (`create`: the area's factory, from fresh modules in a test that needs them). */
function setUp(create: typeof createCases = createCases) {
  const fake = createFakePanelPlatform();
  const feedback = createFeedback();
  const onChange = vi.fn();
  const cases = create({
    platform: fake.platform,
    feedback,
    role: signal('leder' as const),
    tabId: signal(1),
    saveDelayMs: 10,
    onChange,
  });
  return { fake, feedback, cases, onChange };
}

function actionsFor(
  fake: ReturnType<typeof createFakePanelPlatform>,
  feedback: ReturnType<typeof createFeedback>,
  cases: ReturnType<typeof createCases>,
  create: typeof createCaseActions = createCaseActions,
) {
  return create({
    platform: fake.platform,
    feedback,
    cases,
    library: createStaticLibrary(GUIDES),
    chosenGuideId: signal(null),
    form: signal(null),
  });
}

describe('cases area', () => {
  it('creates a case on the first edit, saves once typing rests, and tells drafting a huge note waits', async () => {
    const { fake, cases, onChange } = setUp();
    cases.updateMap('notes', 'q1', 'kort');
    expect(cases.activeCase.value?.role).toBe('leder');
    expect(cases.saveStatus.value).toBe('pending');
    cases.updateMap('notes', 'q1', 'x'.repeat(20_001));
    expect(onChange).toHaveBeenLastCalledWith(true);
    await cases.flushAll();
    expect(cases.saveStatus.value).toBe('saved');
    expect(fake.store.get(cases.activeCaseId.value ?? '')?.notes.q1).toHaveLength(20_001);
  });

  it('takes another window’s save but keeps its own unsaved edit', async () => {
    const { fake, cases } = setUp();
    const stop = cases.watchCases();
    cases.updateMap('notes', 'mine', 'først');
    await cases.flushAll(); // A new case is this window's whole until it is saved.
    cases.updateMap('notes', 'mine', 'her');
    const record = cases.activeCase.value;
    if (!record) throw new Error('no case');
    fake.external(record.id, { ...record, notes: { theirs: 'der' }, label: 'Fra et annet vindu' });
    expect(cases.activeCase.value?.notes).toEqual({ theirs: 'der', mine: 'her' });
    expect(cases.activeCase.value?.label).toBe('Fra et annet vindu');
    stop();
  });
});

describe('case edits (domain)', () => {
  it('with nothing unsaved, an older incoming case (a late echo of an earlier save) does not undo a newer one', () => {
    const kept = {
      ...createCase({ id: 'a', label: 'Her', role: null, now: '2026-12-03T10:00:00.000Z' }),
      keepUntil: '2027-01-01',
    };
    const unkept = { ...kept, keepUntil: null, updatedAt: '2026-12-03T10:00:01.000Z' };
    expect(mergeCaseEdits(kept, unkept, undefined)).toBe(unkept);
    expect(mergeCaseEdits(kept, unkept, new Set())).toBe(unkept);
    const newer = { ...kept, updatedAt: '2026-12-03T10:00:02.000Z' };
    expect(mergeCaseEdits(newer, unkept, undefined)).toBe(newer);
  });

  it('keeps a whole new case, a scalar and one map entry of this window; takes the rest', () => {
    const local = { ...createCase({ id: 'a', label: 'Her', role: null, now: 'n' }), notes: { x: '1' } };
    const incoming = { ...local, label: 'Der', notes: { x: '2', y: '3' }, graded: true };
    expect(mergeCaseEdits(incoming, local, new Set(['*']))).toBe(local);
    expect(mergeCaseEdits(incoming, local, undefined)).toBe(incoming);
    const merged = mergeCaseEdits(incoming, local, new Set(['label', 'notes:x'] as const));
    expect(merged).toMatchObject({ label: 'Her', notes: { x: '1', y: '3' }, graded: true });
  });
});

describe('case-actions area', () => {
  it('deletes the active case only after confirmation, and imports an export back asking before it overwrites', async () => {
    const { fake, feedback, cases } = setUp();
    const actions = actionsFor(fake, feedback, cases);
    actions.newCase();
    await cases.flushAll();
    const id = cases.activeCaseId.value ?? '';
    await actions.exportActiveCase();
    const file = fake.downloads[0]?.text ?? '';
    await actions.importCase(file);
    expect(actions.pending.value?.kind).toBe('import-conflict');
    await actions.confirmPending('as-new');
    expect(cases.cases.value).toHaveLength(2);
    actions.switchCase(id);
    actions.askToDeleteCase();
    expect(fake.store.has(id)).toBe(true);
    await actions.confirmPending();
    expect(fake.store.has(id)).toBe(false);
    expect(cases.cases.value).toHaveLength(1);
    await actions.importCase('not json');
    expect(feedback.notice.value).not.toBeNull();
  });

  it('saves a keep choice at once, and the other cases’ pending saves before a deletion rewrites the store', async () => {
    const fake = createFakePanelPlatform();
    const feedback = createFeedback();
    // A save delay no test waits for: only an immediate save reaches the store.
    const cases = createCases({
      platform: fake.platform,
      feedback,
      role: signal('leder' as const),
      tabId: signal(1),
      saveDelayMs: 60_000,
      onChange: vi.fn(),
    });
    const actions = actionsFor(fake, feedback, cases);
    actions.newCase();
    const unkept = cases.activeCaseId.value ?? '';
    actions.setKeep(30);
    await Promise.resolve();
    expect(fake.store.get(unkept)?.keepUntil).not.toBeNull();
    actions.setKeep(null);
    await Promise.resolve();
    expect(fake.store.get(unkept)?.keepUntil).toBeNull();

    cases.updateMap('notes', 'q', 'venter på lagring');
    actions.newCase();
    const other = cases.activeCaseId.value ?? '';
    actions.askToDeleteCase();
    await actions.confirmPending();
    expect(fake.store.has(other)).toBe(false);
    expect(fake.store.get(unkept)?.notes.q).toBe('venter på lagring');
  });

  it('sets aside what of an imported file cannot be read, instead of dropping it', async () => {
    const { fake, feedback, cases } = setUp();
    const actions = actionsFor(fake, feedback, cases);
    actions.newCase();
    cases.updateMap('notes', 'q', 'beholdes');
    await cases.flushAll();
    await actions.exportActiveCase();
    const file = JSON.parse(fake.downloads[0]?.text ?? '{}');
    file.case.id = 'importert';
    file.case.firstSickDay = '9999-12-31';
    await actions.importCase(JSON.stringify(file));
    const imported = cases.cases.value.find((record) => record.id === 'importert');
    expect(imported?.notes.q).toBe('beholdes');
    expect(imported?.firstSickDay).toBeNull();
    expect(cases.quarantinedCount.value).toBe(1);
    const setAside = await fake.platform.readQuarantine();
    expect(Object.values(setAside)).toEqual(['9999-12-31']);
    expect(Object.keys(setAside)[0]).toMatch(/^import\..*\.firstSickDay$/);
  });
});

/** Runs `run` on fresh modules in which the module at `path` (this file's relative path) fails to load, as a chunk can. */
async function withModuleFailing(path: string, run: () => Promise<void>): Promise<void> {
  vi.resetModules();
  vi.doMock(path, () => Promise.reject(new Error('chunk failed to load')));
  try {
    await run();
  } finally {
    vi.doUnmock(path);
    vi.resetModules();
  }
}

describe('case-actions area, when the export and import code cannot be fetched', () => {
  it('says so and changes nothing: no file saved, no case taken in', () =>
    withModuleFailing('../../../domain/case-transfer', async () => {
      const { createCaseActions: createActions } = await import('../../../entrypoints/sidepanel/model/case-actions');
      const { fake, feedback, cases } = setUp();
      const actions = actionsFor(fake, feedback, cases, createActions);
      actions.newCase();
      await cases.flushAll();
      const noticeKey = () => feedback.noticeText.peek()?.key;
      await actions.exportActiveCase();
      expect(fake.downloads).toEqual([]);
      expect(noticeKey()).toBe('case.transfer-failed');
      feedback.noticeText.value = null;
      await actions.importCase('{"format":"folgesvenn-sak"}');
      expect(noticeKey()).toBe('case.transfer-failed');
      expect(cases.cases.value).toHaveLength(1);
    }));
});

describe('cases area, when the national ID check cannot be fetched', () => {
  it('warns about any label with 11 digits rather than about none', () =>
    withModuleFailing('../../../domain/national-id', async () => {
      const { createCases: create } = await import('../../../entrypoints/sidepanel/model/cases');
      const { cases } = setUp(create);
      cases.updateField('label', 'Sak 1234');
      expect(cases.labelWarning.value).toBeNull();
      cases.updateField('label', 'Sak 12345678901');
      await vi.waitFor(() => expect(cases.labelWarning.value).not.toBeNull());
    }));
});
