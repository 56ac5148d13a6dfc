import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type CaseRecord, createCase } from '../../../domain/case';
import {
  deleteCase,
  loadCases,
  purgeExpiredCases,
  type StoreClock,
  saveCase,
  watchCases,
} from '../../../platform/case-store';

// The case store on WXT's fake browser. Removing a case from storage.local must rewrite the area
// (Chromium's LevelDB keeps a removed value in its log until it compacts; clearing deletes its files),
// keep everything else as it was, and not make another panel believe its own case was deleted.

const NOW = '2026-12-03T10:00:00.000Z';
const clock: StoreClock = { now: () => NOW, today: () => '2026-12-03', newId: () => 'new-id' };

function kept(id: string, note: string, keepUntil = '2027-01-01'): CaseRecord {
  return {
    ...createCase({ id, label: id, role: 'leder', now: NOW }),
    notes: { 'ia-arbeidsdagen': note },
    keepUntil,
  };
}

const settings = { uiLanguage: 'nn', journalSites: ['https://journal.example.org'] };

beforeEach(() => {
  fakeBrowser.reset();
});

describe('case store: removing from storage.local rewrites the area', () => {
  beforeEach(async () => {
    await fakeBrowser.storage.local.set({ ...settings, 'case:a': kept('a', 'A'), 'case:b': kept('b', 'B') });
  });

  it('deleteCase clears the area once and writes the rest back as it was', async () => {
    const clear = vi.spyOn(fakeBrowser.storage.local, 'clear');
    await deleteCase('a');
    expect(clear).toHaveBeenCalledTimes(1);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ ...settings, 'case:b': kept('b', 'B') });
  });

  it('un-keeping a case moves it to the session and rewrites the local area without it', async () => {
    const clear = vi.spyOn(fakeBrowser.storage.local, 'clear');
    await saveCase({ ...kept('a', 'A'), keepUntil: null });
    expect(clear).toHaveBeenCalledTimes(1);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ ...settings, 'case:b': kept('b', 'B') });
    expect((await fakeBrowser.storage.session.get('case:a'))['case:a']).toMatchObject({ id: 'a', keepUntil: null });
  });

  it('saving a session case that was never kept does not touch the local area', async () => {
    const clear = vi.spyOn(fakeBrowser.storage.local, 'clear');
    await saveCase({ ...kept('c', 'C'), keepUntil: null });
    await deleteCase('c');
    expect(clear).not.toHaveBeenCalled();
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).sort()).toEqual([
      'case:a',
      'case:b',
      'journalSites',
      'uiLanguage',
    ]);
  });

  it('expired kept cases are erased the same way, at start-up and by the purge', async () => {
    await fakeBrowser.storage.local.set({ 'case:old': kept('old', 'gammel', '2026-12-01') });
    const clear = vi.spyOn(fakeBrowser.storage.local, 'clear');
    expect(await purgeExpiredCases('2026-12-03')).toBe(1);
    expect(clear).toHaveBeenCalledTimes(1);
    await fakeBrowser.storage.local.set({ 'case:old': kept('old', 'gammel', '2026-12-01') });
    const loaded = await loadCases(clock);
    expect(loaded.expiredCount).toBe(1);
    expect(loaded.cases.map((record) => record.id).sort()).toEqual(['a', 'b']);
    expect(clear).toHaveBeenCalledTimes(2);
    expect(await fakeBrowser.storage.local.get('case:old')).toEqual({});
  });

  it('another panel watching is not told that its own case was deleted while the area is rewritten', async () => {
    // The browser runs storage requests in the order they arrive: a panel's read, sent once it has the
    // change event, comes after the rewrite that was sent with the clear. The fake answers reads at
    // once, so they are put back to after what is already under way.
    for (const storageArea of [fakeBrowser.storage.local, fakeBrowser.storage.session]) {
      const read = storageArea.get.bind(storageArea) as (keys?: unknown) => Promise<Record<string, unknown>>;
      const later = (keys?: unknown) =>
        new Promise<Record<string, unknown>>((resolve) => setTimeout(() => resolve(read(keys)), 0));
      vi.spyOn(storageArea, 'get').mockImplementation(later as unknown as typeof storageArea.get);
    }
    const seen: [string, string | null][] = [];
    const stop = watchCases((id, record) => seen.push([id, record?.notes['ia-arbeidsdagen'] ?? null]), clock);
    await deleteCase('a');
    await vi.waitFor(() => expect(seen.some(([id]) => id === 'a')).toBe(true));
    // Let the watcher's own reads (after each removal) settle.
    await new Promise((resolve) => setTimeout(resolve, 10));
    stop();
    expect(seen.filter(([, note]) => note === null)).toEqual([['a', null]]);
    expect(seen.filter(([id]) => id === 'b').every(([, note]) => note === 'B')).toBe(true);
  });
});
