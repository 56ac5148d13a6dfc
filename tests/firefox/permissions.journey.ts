// «Slett alt» gives back the access to journal sites the user granted (issue 14.8), in a real Firefox:
// the one browser here where a test can grant an optional host permission, with Firefox's own
// preference that answers the permission prompt with yes. (Chromium shows a prompt no test can click;
// its journeys use a build that holds the journal origin from install, which permissions.remove
// cannot take back.) The user adds the journal by its address (Firefox's panel has no activeTab to
// see the tab's address), the permission is granted, the journal page is read as one; after «Slett
// alt» the permission is gone and the page is no longer read.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'puppeteer-core';
import { URLS } from '../e2e/support/fixture-routes.mjs';
import { type ExtensionWindow, until, withFirefox } from './support/firefox.ts';
import { clickText, typeInto, waitForContext } from './support/page.ts';

const ORIGIN = 'https://journal.example.org';

/** The host permissions the add-on holds now. */
function grantedOrigins(panel: Page): Promise<string[]> {
  return panel.evaluate(
    async () => (await (window as unknown as ExtensionWindow).browser.permissions.getAll()).origins ?? [],
  );
}

test('«Slett alt» gives back the journal site’s permission the user granted', () =>
  withFirefox({ prefs: { 'extensions.webextOptionalPermissionPrompts': false } }, async (session) => {
    const journal = await session.open(URLS.journal);
    const panel = await session.panelFor(journal);
    assert.equal(await waitForContext(panel, 'unknown'), 'unknown');
    const before = await grantedOrigins(panel);
    assert.equal(before.filter((origin) => origin.startsWith(ORIGIN)).length, 0, 'not granted before');

    await typeInto(panel, 'Bruk Følgesvenn på et journalsystem', ORIGIN);
    await clickText(panel, '.site-add button', 'Legg til');
    await until(
      () => grantedOrigins(panel),
      (origins) => origins.includes(`${ORIGIN}/*`),
      { what: 'the journal origin granted' },
    );
    await journal.reload();
    assert.equal(await waitForContext(panel, 'journal'), 'journal');

    await clickText(panel, '.case__details > .disclosure__toggle', 'Om saken og lagring');
    await clickText(panel, 'button', 'Slett alt');
    await clickText(panel, '[role="alertdialog"] button', 'Ja, slett alt');
    await until(
      () => grantedOrigins(panel),
      (origins) => !origins.some((origin) => origin.startsWith(ORIGIN)),
      { what: 'the journal origin given back' },
    );
    await journal.reload();
    assert.equal(await waitForContext(panel, 'unknown'), 'unknown');
  }));
