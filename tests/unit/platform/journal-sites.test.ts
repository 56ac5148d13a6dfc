import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetAllJournalSites } from '../../../platform/journal-sites';

// «Slett alt» gives back every host access the user granted at run time, so nothing in the browser's
// permissions shows which journal was used; NAV's own sites, which the manifest asks for, stay.

const NAV = ['https://www.nav.no/syk/*', 'https://syfomodiaperson.intern.nav.no/*'];

/** Stubs one API function of the fake browser (which types them as returning nothing) to resolve with a value. */
function resolveWith<T extends object>(api: T, name: keyof T & string, value: unknown) {
  const spy = vi.spyOn(api as Record<string, (...args: unknown[]) => unknown>, name);
  return spy.mockImplementation(async () => value);
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'Følgesvenn',
    version: '0.1.0',
    host_permissions: [NAV[1] as string],
    content_scripts: [{ matches: [NAV[0] as string], js: ['content-scripts/page-snapshot.js'] }],
  });
  resolveWith(fakeBrowser.scripting, 'getRegisteredContentScripts', []);
});

describe('forgetAllJournalSites', () => {
  it('removes every granted origin the manifest does not ask for, listed or not, and forgets the list', async () => {
    await fakeBrowser.storage.local.set({ journalSites: ['https://journal.example.org'], uiLanguage: 'nb' });
    const granted = [...NAV, 'https://journal.example.org/*', 'https://gammel-journal.example.net/*'];
    resolveWith(fakeBrowser.permissions, 'getAll', { origins: granted, permissions: [] });
    const remove = resolveWith(fakeBrowser.permissions, 'remove', true);
    await forgetAllJournalSites();
    expect(remove).toHaveBeenCalledTimes(1);
    expect(remove.mock.calls[0]?.[0]).toEqual({
      origins: ['https://journal.example.org/*', 'https://gammel-journal.example.net/*'],
    });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ uiLanguage: 'nb' });
  });

  it('asks for nothing to be removed when only NAV’s sites are granted', async () => {
    resolveWith(fakeBrowser.permissions, 'getAll', { origins: NAV, permissions: [] });
    const remove = resolveWith(fakeBrowser.permissions, 'remove', true);
    await forgetAllJournalSites();
    expect(remove).not.toHaveBeenCalled();
  });

  it('still forgets the list when the browser refuses to give an access back', async () => {
    await fakeBrowser.storage.local.set({ journalSites: ['https://journal.example.org'] });
    resolveWith(fakeBrowser.permissions, 'getAll', { origins: [...NAV, 'https://journal.example.org/*'] });
    const remove = vi
      .spyOn(fakeBrowser.permissions as unknown as Record<string, () => Promise<never>>, 'remove')
      .mockImplementation(async () => {
        throw new Error('You cannot remove required permissions.');
      });
    await expect(forgetAllJournalSites()).resolves.toBeUndefined();
    expect(remove).toHaveBeenCalledTimes(1);
    expect(await fakeBrowser.storage.local.get('journalSites')).toEqual({ journalSites: undefined });
  });
});
