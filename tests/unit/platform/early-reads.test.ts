import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createCase } from '../../../domain/case';
import { loadCases, type StoreClock } from '../../../platform/case-store';
import {
  issueEarlyReads,
  readPinnedTab,
  releaseEarlyReads,
  takeEarlyArea,
  takeEarlySnapshot,
  takeEarlyTab,
  takeEarlyValue,
} from '../../../platform/early-reads';
import { readLanguageSetting } from '../../../platform/settings';
import { uiLanguageItem } from '../../../platform/storage-items';

// The side panel's first reads, sent by the early script before the panel's code runs, and taken by
// the code's first reads: only while a fresh read would give the same, once each, as copies.

const NOW = '2026-12-04T10:00:00.000Z';
const clock: StoreClock = { now: () => NOW, today: () => '2026-12-04', newId: () => 'new-id' };

beforeEach(() => {
  fakeBrowser.reset();
  releaseEarlyReads();
});
afterEach(() => {
  releaseEarlyReads();
  vi.restoreAllMocks();
});

describe('early reads', () => {
  it('reads ?tab=<id> only as a plain number', () => {
    expect(readPinnedTab('?tab=12')).toBe(12);
    expect(readPinnedTab('?tab=12x')).toBeNull();
    expect(readPinnedTab('?tab=')).toBeNull();
    expect(readPinnedTab('?tab=12345678901')).toBeNull();
    expect(readPinnedTab('')).toBeNull();
  });

  it('serves each key once, as a copy, then the readers ask storage again', async () => {
    await fakeBrowser.storage.local.set({ uiLanguage: 'nn', journalSites: ['https://journal.eksempel.no'] });
    issueEarlyReads(7);
    const first = takeEarlyValue('local', 'journalSites');
    expect(await first).toEqual({ value: ['https://journal.eksempel.no'] });
    const copy = (await takeEarlyValue('local', 'uiLanguage'))?.value;
    expect(copy).toBe('nn');
    // A key is served once only.
    expect(takeEarlyValue('local', 'journalSites')).toBeNull();
    expect(await takeEarlyValue('local', 'nothing-here')).toEqual({ value: null });
  });

  it('hands out copies, so a reader that changes what it got changes nothing for the next', async () => {
    await fakeBrowser.storage.local.set({ siteRoles: { 'https://a.example': 'lege' } });
    issueEarlyReads(null);
    const whole = await takeEarlyArea('local');
    (whole as Record<string, unknown>).siteRoles = 'changed';
    const value = (await takeEarlyValue('local', 'siteRoles'))?.value as Record<string, string>;
    expect(value).toEqual({ 'https://a.example': 'lege' });
    value['https://a.example'] = 'leder';
    expect(await fakeBrowser.storage.local.get('siteRoles')).toEqual({ siteRoles: { 'https://a.example': 'lege' } });
    // The whole area is served once.
    expect(takeEarlyArea('local')).toBeNull();
  });

  it('drops an area once it changes, so no reader gets a stale answer', async () => {
    await fakeBrowser.storage.local.set({ uiLanguage: 'nn' });
    issueEarlyReads(3);
    await fakeBrowser.storage.local.set({ uiLanguage: 'en' });
    expect(takeEarlyValue('local', 'uiLanguage')).toBeNull();
    expect(takeEarlyArea('local')).toBeNull();
    expect(await readLanguageSetting()).toBe('en');
    // The session area did not change: its early read is still good.
    expect(takeEarlyArea('session')).not.toBeNull();
  });

  it('after release every read asks the browser', async () => {
    await fakeBrowser.storage.local.set({ uiLanguage: 'nn' });
    issueEarlyReads(3);
    releaseEarlyReads();
    expect(takeEarlyValue('local', 'uiLanguage')).toBeNull();
    expect(takeEarlyArea('session')).toBeNull();
    expect(takeEarlySnapshot(3)).toBeNull();
    expect(takeEarlyTab()).toBeNull();
    // A change after release reaches no early listener (nothing left to drop, nothing thrown).
    await fakeBrowser.storage.local.set({ uiLanguage: 'en' });
    expect(await uiLanguageItem.getValue()).toBe('en');
  });

  it('the case store and the storage items take the early answers', async () => {
    const record = { ...createCase({ id: 'a', label: 'Sak A', role: 'leder', now: NOW }), notes: { x: 'notat' } };
    await fakeBrowser.storage.session.set({ 'case:a': record, tabCases: { '5': 'a' } });
    await fakeBrowser.storage.local.set({ uiLanguage: 'nn' });
    issueEarlyReads(5);
    const { cases } = await loadCases(clock);
    expect(cases.map((item) => item.id)).toEqual(['a']);
    expect(takeEarlyArea('session')).toBeNull(); // taken by the case store
    expect(await readLanguageSetting()).toBe('nn');
    expect(takeEarlyValue('local', 'uiLanguage')).toBeNull(); // taken by the setting's item
  });

  it('asks the background for a pinned tab’s snapshot at once, and serves it once for that tab only', async () => {
    const asked: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      asked.push(message);
      return Promise.resolve({ ok: true, type: 'snapshot', snapshot: null });
    });
    issueEarlyReads(9);
    expect(asked).toEqual([{ type: 'getSnapshot', tabId: 9 }]);
    asked.length = 0;
    expect(takeEarlySnapshot(8)).toBeNull();
    // The early answer is the background's answer, as the panel's own request would get it.
    const direct = await fakeBrowser.runtime.sendMessage({ type: 'getSnapshot', tabId: 9 });
    expect(await takeEarlySnapshot(9)).toEqual(direct);
    expect(takeEarlySnapshot(9)).toBeNull();
    expect(await takeEarlyTab()).toEqual({ tabId: 9, windowId: undefined });
  });

  it('finds the active tab of the panel’s window for an unpinned panel, then asks for its snapshot', async () => {
    vi.spyOn(fakeBrowser.windows, 'getCurrent').mockImplementation((async () => ({ id: 2 })) as never);
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => [{ id: 41 }]) as never);
    const asked: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      asked.push(message);
      return undefined;
    });
    issueEarlyReads(null);
    expect(await takeEarlyTab()).toEqual({ tabId: 41, windowId: 2 });
    expect(query).toHaveBeenCalledWith({ active: true, windowId: 2 });
    expect(takeEarlyTab()).toBeNull();
    await vi.waitFor(() => expect(asked).toEqual([{ type: 'getSnapshot', tabId: 41 }]));
    expect(takeEarlySnapshot(41)).not.toBeNull();
  });

  it('tells the early script the background’s answer as soon as it comes', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => undefined);
    const heard: unknown[] = [];
    issueEarlyReads(6, (answer) => heard.push(answer));
    const answer = await takeEarlySnapshot(6);
    await vi.waitFor(() => expect(heard).toEqual([answer]));
  });

  it('a refused read (no managed storage, a background that is not up) reaches only the reader that takes it', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => Promise.reject(new Error('no background')));
    issueEarlyReads(4);
    await expect(takeEarlySnapshot(4)).rejects.toThrow('no background');
  });

  it('a second issue changes nothing', async () => {
    await fakeBrowser.storage.local.set({ uiLanguage: 'nn' });
    issueEarlyReads(1);
    await fakeBrowser.storage.local.set({ uiLanguage: 'en' });
    issueEarlyReads(1);
    expect(takeEarlyValue('local', 'uiLanguage')).toBeNull();
  });
});
