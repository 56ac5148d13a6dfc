import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  clearQuarantine,
  loadCases,
  readQuarantine,
  readTabCase,
  rememberTabCase,
  type StoreClock,
} from '../../../platform/case-store';
import { readSiteRoles, saveSiteRole } from '../../../platform/journal-sites';
import { readLanguageSetting, saveLanguageSetting, watchLanguageSetting } from '../../../platform/settings';
import {
  journalSitesItem,
  quarantineItem,
  STORAGE_KEYS,
  siteRolesItem,
  tabCasesItem,
  uiLanguageItem,
} from '../../../platform/storage-items';

// The single storage keys (platform/storage-items.ts, on browser.storage), on WXT's fake browser: each
// in its area under its key, written and read back, and a corrupt value read as "nothing stored".

const clock: StoreClock = { now: () => '2026-12-03T10:00:00.000Z', today: () => '2026-12-03', newId: () => 'n' };

beforeEach(() => fakeBrowser.reset());

describe('storage items', () => {
  it('each item lives in its area under the key the storage events name', async () => {
    const items = [
      [uiLanguageItem, 'local', STORAGE_KEYS.uiLanguage],
      [journalSitesItem, 'local', STORAGE_KEYS.journalSites],
      [siteRolesItem, 'local', STORAGE_KEYS.siteRoles],
      [tabCasesItem, 'session', STORAGE_KEYS.tabCases],
      [quarantineItem, 'session', STORAGE_KEYS.quarantine],
    ] as const;
    for (const [item, area, key] of items) {
      await item.setValue({ marker: key });
      expect(await fakeBrowser.storage[area].get(key)).toEqual({ [key]: { marker: key } });
    }
    // No version entry is written beside a key.
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).sort()).toEqual([
      'journalSites',
      'siteRoles',
      'uiLanguage',
    ]);
  });

  it('removing a value also removes the version entry earlier builds kept beside it', async () => {
    await fakeBrowser.storage.local.set({ journalSites: ['https://journal.eksempel.no'], journalSites$: { v: 1 } });
    await journalSitesItem.removeValue();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await journalSitesItem.getValue()).toBeNull();
  });

  it('the language setting: written, read, removed for «Automatisk», corrupt reads as auto', async () => {
    await saveLanguageSetting('nn');
    expect(await readLanguageSetting()).toBe('nn');
    await saveLanguageSetting('auto');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    await fakeBrowser.storage.local.set({ uiLanguage: { nb: true } });
    expect(await readLanguageSetting()).toBe('auto');
  });

  it('a language change reaches a watcher; a removal is read again', async () => {
    const seen: string[] = [];
    const stop = watchLanguageSetting((setting) => seen.push(setting));
    await saveLanguageSetting('en');
    await saveLanguageSetting('auto');
    await new Promise((resolve) => setTimeout(resolve, 0));
    stop();
    expect(seen).toEqual(['en', 'auto']);
  });

  it('tab memory and site roles: round trip, and corrupt values read as empty', async () => {
    await rememberTabCase(4, 'case-a');
    await rememberTabCase(5, 'case-b');
    expect([await readTabCase(4), await readTabCase(5), await readTabCase(6)]).toEqual(['case-a', 'case-b', null]);
    await fakeBrowser.storage.session.set({ tabCases: ['case-a'] });
    expect(await readTabCase(0)).toBeNull();
    await rememberTabCase(4, 'case-c');
    expect(await readTabCase(4)).toBe('case-c');

    await saveSiteRole('https://journal.example.org', 'lege');
    expect(await readSiteRoles()).toEqual({ 'https://journal.example.org': 'lege' });
    await fakeBrowser.storage.local.set({ siteRoles: { 'https://journal.example.org': 'overlege', x: 'leder' } });
    expect(await readSiteRoles()).toEqual({ x: 'leder' });
  });

  it('the quarantine collects what cannot be read and is cleared on request; a corrupt one reads as empty', async () => {
    await fakeBrowser.storage.session.set({ 'case:bad': 'not a case' });
    const loaded = await loadCases(clock);
    expect(loaded.quarantinedCount).toBe(1);
    expect(Object.keys(await readQuarantine())).toEqual(['session.case:bad.root']);
    await clearQuarantine();
    expect(await readQuarantine()).toEqual({});
    await fakeBrowser.storage.session.set({ quarantine: 'broken' });
    expect(await readQuarantine()).toEqual({});
  });
});
