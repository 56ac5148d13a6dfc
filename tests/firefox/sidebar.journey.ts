// The real sidebar (`sidebar_action`), not a tab showing sidepanel.html: how it opens, and that it
// follows the active tab. BiDi gives no handle on the sidebar's document (it is a remote browser inside
// the parent-process sidebar, which `browsingContext.getTree` does not list), so the journey reads it
// through `browser.extension.getViews({ type: 'sidebar' })` from one of the extension's own tabs: that is
// the sidebar's live document, the one the user sees. Whether it is shown is asked of Firefox's own
// SidebarController in the parent process.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'puppeteer-core';
import { URLS } from '../e2e/support/fixture-routes.mjs';
import {
  EXTENSION_ORIGIN,
  type ExtensionWindow,
  type FirefoxSession,
  GECKO_ID,
  until,
  withFirefox,
} from './support/firefox.ts';
import { waitForValue } from './support/page.ts';

interface SidebarView {
  href: string;
  context: string | null;
}

/** The extension's sidebar documents, read from an extension tab (empty when the sidebar is closed). */
function sidebarViews(observer: Page): Promise<SidebarView[]> {
  return observer.evaluate(() =>
    (window as unknown as ExtensionWindow).browser.extension.getViews({ type: 'sidebar' }).map((view) => ({
      href: view.location.href,
      context: view.document.querySelector('main[data-ready]')?.getAttribute('data-context') ?? null,
    })),
  );
}

/** Whether Firefox shows the sidebar, and whose it is. */
function sidebarShown(session: FirefoxSession): Promise<{ open: boolean; id: string }> {
  return session.chrome('({ open: SidebarController.isOpen, id: SidebarController.currentID ?? "" })');
}

const SIDEBAR_ID = `${GECKO_ID.replace(/[^a-z0-9_-]/gi, '_')}-sidebar-action`;

async function closeSidebar(session: FirefoxSession, observer: Page): Promise<void> {
  await session.chrome('SidebarController.hide()');
  await waitForValue(() => sidebarViews(observer), [], 'no sidebar document');
  assert.equal((await sidebarShown(session)).open, false);
}

test('the real sidebar opens from the toolbar button and on a click, and follows the active tab', () =>
  withFirefox({}, async (session) => {
    const observer = await session.extensionPage('welcome.html');
    const panelUrl = `${EXTENSION_ORIGIN}/sidepanel.html`;

    // Firefox opens an add-on's sidebar when it is installed.
    await until(
      () => sidebarShown(session),
      (shown) => shown.open,
      { what: 'the sidebar open at install' },
    );
    assert.equal((await sidebarShown(session)).id, SIDEBAR_ID);
    await waitForValue(async () => (await sidebarViews(observer)).map((view) => view.href), [panelUrl], 'sidebar');

    // The toolbar button: Firefox's own action entry point (what a click on the button or the action's
    // shortcut runs) fires the background's action.onClicked, which toggles the sidebar.
    await closeSidebar(session, observer);
    await session.chrome(`(async () => {
      const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      const extension = WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)}).extension;
      await ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(window);
    })()`);
    await waitForValue(() => sidebarShown(session), { open: true, id: SIDEBAR_ID }, 'the sidebar opened by the action');
    await waitForValue(async () => (await sidebarViews(observer)).length, 1, 'one sidebar document');

    // sidebarAction.open() is allowed only from a user action: a trusted click over BiDi counts as one.
    await closeSidebar(session, observer);
    const unprompted = await observer.evaluate(() =>
      (window as unknown as ExtensionWindow).browser.sidebarAction.open().then(
        () => 'opened',
        (error: Error) => error.message,
      ),
    );
    assert.match(unprompted, /user input/, 'without a user action Firefox refuses to open the sidebar');
    assert.equal((await sidebarShown(session)).open, false);
    await observer.evaluate(() => {
      const button = document.createElement('button');
      button.id = 'journey-open-sidebar';
      button.textContent = 'Åpne sidefeltet';
      button.addEventListener('click', () => {
        void (window as unknown as ExtensionWindow).browser.sidebarAction.open();
      });
      document.body.prepend(button);
    });
    await observer.click('#journey-open-sidebar');
    await waitForValue(() => sidebarShown(session), { open: true, id: SIDEBAR_ID }, 'the sidebar opened on a click');

    // Following the active tab: the sidebar's own document changes context as tabs are switched.
    const form = await session.open(URLS.nyPlan);
    const referat = await session.open(URLS.referat);
    const other = await session.open(URLS.unknown);
    const contextOf = async () => (await sidebarViews(observer))[0]?.context ?? null;
    const rounds: [Page, string][] = [
      [form, 'oppfolgingsplan-leder-ny-plan'],
      [other, 'unknown'],
      [referat, 'modia-dialogmote-referat'],
      [form, 'oppfolgingsplan-leder-ny-plan'],
    ];
    for (const [page, context] of rounds) {
      await page.bringToFront();
      await waitForValue(contextOf, context, `the sidebar on ${context}`);
    }
    // An extension tab of our own is not what the user works on: the sidebar stays where it was.
    await observer.bringToFront();
    await new Promise((done) => setTimeout(done, 500));
    assert.equal(await contextOf(), 'oppfolgingsplan-leder-ny-plan');

    // A navigation inside the followed tab moves the sidebar along.
    await form.bringToFront();
    await form.locator('a::-p-text(Aktiv plan)').click();
    await waitForValue(contextOf, 'oppfolgingsplan-leder-aktiv-plan', 'the sidebar after in-page navigation');
    assert.deepEqual(
      session.blocked.filter((url) => !url.endsWith('/favicon.ico')),
      [],
    );
  }));
