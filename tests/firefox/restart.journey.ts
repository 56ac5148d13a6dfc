// A browser restart in Firefox: notes kept only for the session are gone, a case the user chose to
// keep on the machine is still there (the lifecycle part of tests/e2e/cases.spec.ts). The add-on is a
// temporary one (installed over BiDi), so it is installed again on the same profile after the restart,
// under the same id and moz-extension UUID: its storage stays with the profile.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Page } from 'puppeteer-core';
import { URLS } from '../e2e/support/fixture-routes.mjs';
import { type ExtensionWindow, type FirefoxSession, launchFirefox } from './support/firefox.ts';
import {
  clickText,
  controlFor,
  controlValue,
  NOTE,
  textsOf,
  typeInto,
  waitForSaved,
  waitForValue,
} from './support/page.ts';

/** How many stored cases each storage area holds (keys `case:…`). */
function storedCases(panel: Page): Promise<{ local: number; session: number }> {
  return panel.evaluate(async () => {
    const { storage } = (window as unknown as ExtensionWindow).browser;
    const count = async (area: 'local' | 'session') =>
      Object.keys(await storage[area].get(null)).filter((key) => key.startsWith('case:')).length;
    return { local: await count('local'), session: await count('session') };
  });
}

test('session notes are gone after a browser restart, kept notes stay', async () => {
  const profileDir = await mkdtemp(join(tmpdir(), 'folgesvenn-firefox-restart-'));
  let session: FirefoxSession | null = null;
  try {
    session = await launchFirefox({ profileDir });
    let form = await session.open(URLS.nyPlan);
    let panel = await session.panelFor(form);
    await typeInto(panel, NOTE, 'bare denne økten');
    await waitForSaved(panel);
    assert.match((await textsOf(panel, '[data-testid="storage-mode"]')).join(), /Lagres bare til nettleseren lukkes/);

    await clickText(panel, '.case button', 'Ny sak');
    await typeInto(panel, NOTE, 'skal beholdes');
    await clickText(panel, '.case__details > .disclosure__toggle', 'Om saken og lagring');
    await typeInto(panel, 'Navn på saken', 'Lager');
    await panel.click(await controlFor(panel, 'Behold på denne maskinen'));
    await waitForValue(
      async () =>
        /Beholdes på denne maskinen til \d\d\.\d\d\.\d{4}/.test(
          (await textsOf(panel, '[data-testid="storage-mode"]')).join(),
        ),
      true,
      'the kept storage mode',
    );
    await waitForSaved(panel);
    assert.deepEqual(await storedCases(panel), { local: 1, session: 1 });
    await session.close({ keepProfile: true });
    session = null;

    session = await launchFirefox({ profileDir });
    form = await session.open(URLS.nyPlan);
    panel = await session.panelFor(form);
    await waitForValue(() => textsOf(panel, '.case__picker select option'), ['Lager'], 'only the kept case');
    assert.equal(await controlValue(panel, '[data-item="ia-arbeidsdagen"] textarea'), 'skal beholdes');
    assert.deepEqual(await storedCases(panel), { local: 1, session: 0 });
  } finally {
    await session?.close();
    await rm(profileDir, { recursive: true, force: true });
  }
});
