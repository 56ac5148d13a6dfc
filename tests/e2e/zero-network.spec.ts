import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { URLS } from './support/fixture-routes.mjs';
import { panelView } from './support/panel-view';
import { expect, test } from './support/session';

// The product sends nothing anywhere. The monitor (session.extensionRequests) records every request
// that a side panel or the background starts; the positive control proves it sees both kinds of
// context, using a build identical but for the production CSP.

const PROBE = 'https://www.example.org/probe';

async function probeFromEverywhere(panel: Page, worker: { evaluate: Page['evaluate'] }) {
  const fromWorker = await worker.evaluate(
    (url) =>
      fetch(url).then(
        () => 'sent',
        () => 'refused',
      ),
    PROBE,
  );
  const fromPanel = await panel.evaluate(
    (url) =>
      fetch(url).then(
        () => 'sent',
        () => 'refused',
      ),
    PROBE,
  );
  return { fromWorker, fromPanel };
}

test.describe('positive control (build without the CSP)', () => {
  test.use({ extensionDir: resolve('.output/chrome-mv3-control') });

  test('the monitor sees requests from the background and from the panel', async ({ session }) => {
    const page = await session.open(URLS.nyPlan);
    const panel = await session.panelFor(page);
    const worker = session.context.serviceWorkers()[0];
    if (!worker) throw new Error('no service worker');
    expect(await probeFromEverywhere(panel, worker)).toEqual({ fromWorker: 'sent', fromPanel: 'sent' });
    await expect.poll(() => session.extensionRequests.length).toBe(2);
    expect(session.extensionRequests.some((entry) => entry.startsWith('worker →'))).toBe(true);
    expect(session.extensionRequests.some((entry) => /sidepanel\.html\S* →/.test(entry))).toBe(true);
  });
});

test('a whole session in the production build starts no request from any extension context', async ({ session }) => {
  // Leader: plan form, notes, copy, in-page navigation.
  const form = await session.open(URLS.nyPlan);
  const panel = await session.panelFor(form);
  await panelView(panel).note('Gå sammen gjennom en vanlig arbeidsdag').fill('Kontorarbeid 08–16');
  await panel
    .locator('[data-field="typiskArbeidshverdag"]')
    .getByRole('button', { name: /Kopier/ })
    .click();
  await expect(panelView(panel).announcer).toContainText('Kopiert');
  await panelView(panel).item('ia-arbeidsdagen').getByText('Kilde').click();
  await form.getByRole('link', { name: 'Aktiv plan' }).click();
  await panelView(panel).showsContext('oppfolgingsplan-leder-aktiv-plan');

  // Veileder: the referat page in Modia.
  const referat = await session.open(URLS.referat);
  const referatPanel = await session.panelFor(referat);
  await panelView(referatPanel).showsContext('modia-dialogmote-referat');

  // Any other page, with a guide picked by hand.
  const other = await session.open(URLS.unknown);
  const otherPanel = await session.panelFor(other);
  await panelView(otherPanel).guidePicker.selectOption('ia-funksjonsvurdering-leder');
  await panelView(otherPanel).note('Gå sammen gjennom en vanlig arbeidsdag').fill('Skiftarbeid');

  // Even a deliberate attempt is refused by the extension's CSP.
  const worker = session.context.serviceWorkers()[0];
  if (!worker) throw new Error('no service worker');
  expect(await probeFromEverywhere(otherPanel, worker)).toEqual({ fromWorker: 'refused', fromPanel: 'refused' });

  await otherPanel.waitForTimeout(500);
  expect(session.extensionRequests).toEqual([]);
});
