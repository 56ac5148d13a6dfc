import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetAllJournalSites } from '../../../platform/journal-sites';

// «Slett alt» gives back every host access the user granted at run time, so nothing in the browser's
// permissions shows which journal was used; NAV's own sites, which the manifest asks for, stay.

const NAV = ['https://www.nav.no/syk/*', 'https://syfomodiaperson.intern.nav.no/*'];

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'Følgesvenn',
    version: '0.1.0',
    host_permissions: [NAV[1] as string],
    content_scripts: [{ matches: [NAV[0] as string], js: ['content-scripts/page-snapshot.js'] }],
  });
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockResolvedValue([]);
});

describe('forgetAllJournalSites', () => {
  it('removes every granted origin the manifest does not ask for, listed or not, and forgets the list', async () => {
    await fakeBrowser.storage.local.set({ journalSites: ['https://journal.example.org'], uiLanguage: 'nb' });
    const granted = [...NAV, 'https://journal.example.org/*', 'https://gammel-journal.example.net/*'];
    vi.spyOn(fakeBrowser.permissions, 'getAll').mockResolvedValue({ origins: granted, permissions: [] });
    const remove = vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(true);
    await forgetAllJournalSites();
    expect(remove).toHaveBeenCalledTimes(1);
    expect(remove.mock.calls[0]?.[0]).toEqual({
      origins: ['https://journal.example.org/*', 'https://gammel-journal.example.net/*'],
    });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ uiLanguage: 'nb' });
  });

  it('asks for nothing to be removed when only NAV’s sites are granted, and survives a refusal', async () => {
    vi.spyOn(fakeBrowser.permissions, 'getAll').mockResolvedValue({ origins: NAV, permissions: [] });
    const remove = vi.spyOn(fakeBrowser.permissions, 'remove').mockRejectedValue(new Error('refused'));
    await expect(forgetAllJournalSites()).resolves.toBeUndefined();
    expect(remove).not.toHaveBeenCalled();
  });
});
