// An organisation's journal sites in Firefox. Chrome reads them from managed storage described by
// `managed_schema`; Firefox has no such key: its route is an enterprise policy file, `policies.json` in
// the installation's `distribution/` folder, with the add-on's settings under
// `policies → 3rdparty → Extensions → <add-on id>`, which Firefox hands to `storage.managed`.
// Writing there needs root (CI runs as root), like the Chromium policy journey.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { test } from 'node:test';
import { URLS } from '../e2e/support/fixture-routes.mjs';
import { type ExtensionWindow, GECKO_ID, withFirefox } from './support/firefox.ts';
import { clickText, controlFor, textsOf, waitForContext, waitForValue } from './support/page.ts';

const JOURNAL_BUILD = resolve('.output/firefox-mv3-journaltest');
const ORIGIN = 'https://journal.example.org';
/** Where Debian's firefox-esr reads its policies (`distribution` is a link into /usr/share/firefox-esr). */
const POLICY_FILE = '/usr/lib/firefox-esr/distribution/policies.json';
const canWritePolicy = typeof process.getuid === 'function' && process.getuid() === 0;

test('journal sites from an enterprise policy are used without being added, marked as coming from the organisation', {
  skip: canWritePolicy ? false : 'writing a Firefox policy file needs root (CI runs as root)',
}, async () => {
  const manifest = JSON.parse(readFileSync(resolve(JOURNAL_BUILD, 'manifest.json'), 'utf8'));
  assert.equal(manifest.storage, undefined, 'no Chrome-only storage.managed_schema in the Firefox manifest');

  // An administrator's own policy file is put back afterwards, untouched.
  const backup = `${POLICY_FILE}.folgesvenn-journey`;
  if (existsSync(POLICY_FILE)) renameSync(POLICY_FILE, backup);
  mkdirSync(dirname(POLICY_FILE), { recursive: true });
  writeFileSync(
    POLICY_FILE,
    JSON.stringify({
      policies: { '3rdparty': { Extensions: { [GECKO_ID]: { journalSites: [ORIGIN], defaultRole: 'lege' } } } },
    }),
  );
  try {
    await withFirefox({ extensionDir: JOURNAL_BUILD }, async (session) => {
      const journal = await session.open(URLS.journal);
      const panel = await session.panelFor(journal);
      const managed = await panel.evaluate(() =>
        (window as unknown as ExtensionWindow).browser.storage.managed.get(null),
      );
      assert.deepEqual(managed, { journalSites: [ORIGIN], defaultRole: 'lege' });
      await waitForContext(panel, 'journal');
      const role = await controlFor(panel, 'Rolle');
      assert.equal((await textsOf(panel, `${role} option`))[0], 'Fra siden (Lege)');
      await clickText(panel, '.settings > .disclosure__toggle', 'Innstillinger');
      const row = `[data-site="${ORIGIN}"]`;
      await waitForValue(
        async () => (await textsOf(panel, row)).join(' ').includes('Fra organisasjonen din · tilgang gitt'),
        true,
        'the organisation row',
      );
      assert.deepEqual(await textsOf(panel, `${row} button`), [], 'no «Fjern» for a site the organisation lists');
    });
  } finally {
    rmSync(POLICY_FILE, { force: true });
    if (existsSync(backup)) renameSync(backup, POLICY_FILE);
  }
});
