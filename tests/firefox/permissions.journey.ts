// «Slett alt» gives back the journal access (issue 14.8), proved where a test can grant an optional host
// permission: Firefox's preference `extensions.webextOptionalPermissionPrompts` = false lets the user's
// click on «Bruk Følgesvenn på …» grant it without the prompt no test can click (Chromium has no such
// switch, so there the journal journeys use a build that holds the origin from install).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'puppeteer-core';
import { URLS } from '../e2e/support/fixture-routes.mjs';
import { type ExtensionWindow, withFirefox } from './support/firefox.ts';
import { clickText, waitForContext, waitForValue } from './support/page.ts';

const ORIGIN = 'https://journal.example.org';

/** The host patterns the extension holds now. */
function grantedOrigins(panel: Page): Promise<string[]> {
  return panel.evaluate(async () => {
    const { permissions } = (window as unknown as ExtensionWindow).browser;
    return ((await permissions.getAll()).origins ?? []).sort();
  });
}

test('«Slett alt» gives back the access to a journal site the user granted, and forgets the site', async () => {
  await withFirefox({ prefs: { 'extensions.webextOptionalPermissionPrompts': false } }, async (session) => {
    const journal = await session.open(URLS.journal);
    const panel = await session.panelFor(journal);
    assert.equal(await waitForContext(panel, 'unknown'), 'unknown');
    assert.ok(!(await grantedOrigins(panel)).includes(`${ORIGIN}/*`), 'no journal access before the click');

    await clickText(panel, 'button', `Bruk Følgesvenn på ${ORIGIN}`);
    assert.equal(await waitForContext(panel, 'journal'), 'journal');
    assert.ok((await grantedOrigins(panel)).includes(`${ORIGIN}/*`), 'the click granted the journal site');

    await clickText(panel, 'summary', 'Om saken og lagring');
    await clickText(panel, 'button', 'Slett alt');
    await clickText(panel, '[role="alertdialog"] button', 'Ja, slett alt');
    await waitForValue(
      async () => (await grantedOrigins(panel)).some((origin) => origin.startsWith(ORIGIN)),
      false,
      'the journal access given back',
    );
    const left = await grantedOrigins(panel);
    assert.ok(left.length > 0 && left.every((origin) => origin.includes('nav.no')), `only NAV's sites: ${left}`);
    const local = await panel.evaluate(async () =>
      Object.keys(await (window as unknown as ExtensionWindow).browser.storage.local.get(null)),
    );
    assert.deepEqual(local, [], 'nothing left in local storage, the site list included');
  });
});
