// The product sends nothing anywhere, in Firefox too. Two monitors watch the whole browser:
//  - the parent-process monitor (support/firefox.ts): every HTTP(S) channel any process opens, with
//    who started it; it sees the background page, the real sidebar, extension tabs and content scripts;
//  - BiDi's network.beforeRequestSent, subscribed for all contexts: it reports requests from tabs only
//    (Firefox gives the background page and the sidebar no BiDi browsing context).
// The positive control (a build identical but for the production CSP) proves the first monitor sees
// a request from each of the background page, an extension tab and the sidebar.
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { test } from 'node:test';
import type { Page } from 'puppeteer-core';
import { URLS } from '../e2e/support/fixture-routes.mjs';
import { EXTENSION_ORIGIN, type ExtensionWindow, type FirefoxSession, until, withFirefox } from './support/firefox.ts';
import { clickText, NOTE, selectIn, textsOf, typeInto, waitForContext, waitForValue } from './support/page.ts';

const PROBE = 'https://www.example.org/probe';
const BACKGROUND_PAGE = `${EXTENSION_ORIGIN}/_generated_background_page.html`;

/** Tries a fetch from the background page, from the panel's tab and from the real sidebar. */
function probeFromEverywhere(panel: Page): Promise<Record<string, string>> {
  return panel.evaluate(async (probe) => {
    const { browser } = window as unknown as ExtensionWindow;
    const attempt = (from: Window, name: string) =>
      from.fetch(`${probe}?from=${name}`).then(
        () => 'sent',
        () => 'refused',
      );
    const [sidebar] = browser.extension.getViews({ type: 'sidebar' });
    if (!sidebar) throw new Error('the sidebar is not open');
    return {
      background: await attempt(await browser.runtime.getBackgroundPage(), 'background'),
      tab: await attempt(window, 'tab'),
      sidebar: await attempt(sidebar, 'sidebar'),
    };
  }, PROBE);
}

async function extensionRequests(session: FirefoxSession) {
  return (await session.seenRequests()).filter((request) => request.by === 'extension');
}

test('positive control (build without the CSP): the monitor sees the background page, a tab and the sidebar', () =>
  withFirefox({ extensionDir: resolve('.output/firefox-mv3-control') }, async (session) => {
    const form = await session.open(URLS.nyPlan);
    const panel = await session.panelFor(form);
    await until(
      () =>
        panel.evaluate(
          () => (window as unknown as ExtensionWindow).browser.extension.getViews({ type: 'sidebar' }).length,
        ),
      (count) => count === 1,
      { what: 'the sidebar Firefox opens at install' },
    );
    await probeFromEverywhere(panel);
    const seen = await until(
      () => extensionRequests(session),
      (requests) => requests.length >= 3,
      { what: 'three extension requests' },
    );
    const byContext = Object.fromEntries(seen.map((request) => [new URL(request.url).search, request.context]));
    assert.equal(byContext['?from=background'], BACKGROUND_PAGE);
    assert.match(byContext['?from=tab'] ?? '', /\/sidepanel\.html\?tab=\d+$/);
    assert.equal(byContext['?from=sidebar'], `${EXTENSION_ORIGIN}/sidepanel.html`);
    assert.equal(seen.length, 3);
    assert.ok(
      seen.every((request) => request.cancelled),
      'the monitor let none of them leave',
    );
    // BiDi's browser-wide subscription reports the tab's request (and, in Firefox 153, only that one).
    assert.ok(session.bidiExtensionRequests.some((request) => request.url === `${PROBE}?from=tab`));
  }));

test('a whole session in the production build starts no request from any extension context', (t) =>
  withFirefox({}, async (session) => {
    // Leader: plan form, notes, copy, a source, in-page navigation; the real sidebar follows along.
    const form = await session.open(URLS.nyPlan);
    const panel = await session.panelFor(form);
    await typeInto(panel, NOTE, 'Kontorarbeid 08–16');
    await clickText(panel, '[data-field="typiskArbeidshverdag"] button', 'Kopier');
    await waitForValue(
      async () => /Kopiert/.test((await textsOf(panel, '[data-testid="announcer"]')).join(' ')),
      true,
      'the copy announcement',
    );
    await clickText(panel, '[data-item="ia-arbeidsdagen"] .source > .disclosure__toggle', 'Kilde');
    await form.bringToFront();
    await form.locator('a::-p-text(Aktiv plan)').click();
    await waitForContext(panel, 'oppfolgingsplan-leder-aktiv-plan');

    // Veileder: the referat page in Modia.
    const referat = await session.open(URLS.referat);
    const referatPanel = await session.panelFor(referat);
    await waitForContext(referatPanel, 'modia-dialogmote-referat');

    // Any other page, with a guide picked by hand.
    const other = await session.open(URLS.unknown);
    const otherPanel = await session.panelFor(other);
    await selectIn(otherPanel, 'Samtaleguide', 'ia-funksjonsvurdering-leder');
    await typeInto(otherPanel, NOTE, 'Skiftarbeid');

    // Even a deliberate attempt is refused by the extension's CSP, in every kind of context.
    assert.deepEqual(await probeFromEverywhere(otherPanel), {
      background: 'refused',
      tab: 'refused',
      sidebar: 'refused',
    });

    await new Promise((done) => setTimeout(done, 500));
    const seen = await session.seenRequests();
    t.diagnostic(
      `monitor: ${seen.filter((r) => r.by === 'page').length} page requests, ` +
        `${seen.filter((r) => r.by === 'firefox').length} of Firefox's own (cancelled), ` +
        `${seen.filter((r) => r.by === 'extension').length} from the extension`,
    );
    assert.deepEqual(
      seen.filter((request) => request.by === 'extension'),
      [],
    );
    assert.deepEqual(session.bidiExtensionRequests, []);
  }));
