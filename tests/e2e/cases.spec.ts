import { routeFixtures, URLS } from './support/fixture-routes.mjs';
import { launchWithExtension, openPinnedPanel, stopServiceWorker, tabIdOf } from './support/launch.mjs';
import { ARBEIDSDAG, panelView } from './support/panel-view';
import { expect, recordMetric, screenshot, test } from './support/session';

test('notes survive closing and reopening the panel 20 times and switching tabs 20 times', async ({ session }) => {
  const form = await session.open(URLS.nyPlan);
  let panel = await session.panelFor(form);
  await panelView(panel).typeNote(ARBEIDSDAG, 'Kontor 08–16\nkundemøter');
  const tabId = await tabIdOf(session.context, form);
  for (let round = 0; round < 20; round += 1) {
    await panel.close();
    ({ panel } = await openPinnedPanel(session.context, session.extensionId, tabId));
    await expect(panelView(panel).note(ARBEIDSDAG)).toHaveValue('Kontor 08–16\nkundemøter');
  }

  // A panel that follows the active tab (no ?tab=), switched between two pages 20 times.
  const other = await session.open(URLS.unknown);
  const follower = await session.context.newPage();
  await follower.goto(`chrome-extension://${session.extensionId}/sidepanel.html`);
  for (let round = 0; round < 20; round += 1) {
    await form.bringToFront();
    await panelView(follower).showsContext('oppfolgingsplan-leder-ny-plan');
    await expect(panelView(follower).note(ARBEIDSDAG)).toHaveValue('Kontor 08–16\nkundemøter');
    await other.bringToFront();
    await panelView(follower).showsContext('unknown');
  }
  // Activating the panel's own tab (an extension page) does not make it follow itself.
  await follower.bringToFront();
  await follower.waitForTimeout(200);
  await panelView(follower).showsContext('unknown');
});

test('notes survive 10 forced restarts of the background worker', async ({ session }) => {
  const form = await session.open(URLS.nyPlan);
  const panel = await session.panelFor(form);
  const tabId = await tabIdOf(session.context, form);
  const lines: string[] = [];
  for (let round = 1; round <= 10; round += 1) {
    lines.push(`linje ${round}`);
    await panelView(panel).typeNote(ARBEIDSDAG, lines.join('\n'));
    await stopServiceWorker(session.context, panel);
    // The next message starts a fresh worker with empty memory; it must ask the page again.
    const reply = await panel.evaluate((id) => chrome.runtime.sendMessage({ type: 'getSnapshot', tabId: id }), tabId);
    expect(reply).toMatchObject({ ok: true, type: 'snapshot', snapshot: { url: URLS.nyPlan } });
  }
  const { panel: fresh } = await openPinnedPanel(session.context, session.extensionId, tabId);
  await panelView(fresh).showsContext('oppfolgingsplan-leder-ny-plan');
  await expect(panelView(fresh).note(ARBEIDSDAG)).toHaveValue(lines.join('\n'));
});

test('two panels on the same case stay in step and lose nothing', async ({ session }) => {
  const form = await session.open(URLS.nyPlan);
  const left = await session.panelFor(form);
  await panelView(left).typeNote(ARBEIDSDAG, 'fra venstre');
  const right = await session.panelFor(form);
  await expect(panelView(right).note(ARBEIDSDAG)).toHaveValue('fra venstre');
  await panelView(right).note('Ta utgangspunkt i det som var vanskelig').fill('fra høyre');
  await panelView(left).note('Har dere prøvd noe før?').fill('også fra venstre');
  await expect(panelView(left).note('Ta utgangspunkt i det som var vanskelig')).toHaveValue('fra høyre');
  await expect(panelView(right).note('Har dere prøvd noe før?')).toHaveValue('også fra venstre');
  await expect(panelView(right).note(ARBEIDSDAG)).toHaveValue('fra venstre');
});

test('a full session storage gives a clear message and keeps what was saved', async ({ session }) => {
  const form = await session.open(URLS.nyPlan);
  const panel = await session.panelFor(form);
  await panelView(panel).typeNote(ARBEIDSDAG, 'lagret før');
  // Fill storage.session (10 MB) almost to the brim from the extension's own page.
  await panel.evaluate(async () => {
    await chrome.storage.session.set({ filler: 'x'.repeat(10 * 1024 * 1024 - 64 * 1024) });
  });
  await panelView(panel).note('Har dere prøvd noe før?').fill('y'.repeat(200_000));
  await expect(panelView(panel).saveError).toContainText('Lagringsplassen er full');
  await screenshot(panel, 'cases-quota-full');
  const tabId = await tabIdOf(session.context, form);
  const { panel: again } = await openPinnedPanel(session.context, session.extensionId, tabId);
  await expect(panelView(again).note(ARBEIDSDAG)).toHaveValue('lagret før');
});

test('1 MB of notes stays responsive and is saved (latency recorded)', async ({ session }) => {
  const form = await session.open(URLS.nyPlan);
  const panel = await session.panelFor(form);
  const big = 'Lang linje med notater om arbeidsdagen. '.repeat(26_000).slice(0, 1_000_000);
  const started = Date.now();
  await panelView(panel).note(ARBEIDSDAG).fill(big);
  await expect(panelView(panel).saved).toBeVisible({ timeout: 20_000 });
  recordMetric('save1MbCaseMs', Date.now() - started);
  await expect(panel.locator('[data-field="typiskArbeidshverdag"] .counter')).toContainText('tegn for mye');
  const tabId = await tabIdOf(session.context, form);
  const { panel: again } = await openPinnedPanel(session.context, session.extensionId, tabId);
  expect((await panelView(again).note(ARBEIDSDAG).inputValue()).length).toBe(1_000_000);
});

test('lifecycle: session notes are gone after a browser restart, kept notes stay; Slett alt deletes all', async () => {
  let { context, extensionId, userDataDir } = await launchWithExtension();
  await routeFixtures(context, []);
  const form = await context.newPage();
  await form.goto(URLS.nyPlan);
  let { panel } = await openPinnedPanel(context, extensionId, await tabIdOf(context, form));
  await panelView(panel).typeNote(ARBEIDSDAG, 'bare denne økten');
  await expect(panelView(panel).storageMode).toHaveText(/Lagres bare til nettleseren lukkes/);
  await panelView(panel).newCase();
  await panelView(panel).typeNote(ARBEIDSDAG, 'skal beholdes');
  await panelView(panel).toggleCaseSettings();
  await panel.getByLabel('Navn på saken').fill('Lager');
  await panel.getByLabel('Behold på denne maskinen').check();
  await expect(panelView(panel).storageMode).toHaveText(/Beholdes på denne maskinen til \d\d\.\d\d\.\d{4}/);
  await expect(panelView(panel).saved).toBeVisible();
  await screenshot(panel, 'cases-keep');
  await context.close();

  ({ context, extensionId } = await launchWithExtension({ userDataDir }));
  await routeFixtures(context, []);
  const again = await context.newPage();
  await again.goto(URLS.nyPlan);
  ({ panel } = await openPinnedPanel(context, extensionId, await tabIdOf(context, again)));
  const picker = panel.getByLabel('Sak', { exact: true });
  await expect(picker.locator('option')).toHaveText(['Lager']);
  await expect(panelView(panel).note(ARBEIDSDAG)).toHaveValue('skal beholdes');

  await panelView(panel).toggleCaseSettings();
  await panel.getByRole('button', { name: 'Slett alt' }).click();
  const confirm = panel.getByRole('alertdialog');
  await expect(confirm).toContainText('Slette alle saker og notater');
  await expect(confirm.getByRole('button', { name: 'Ja, slett alt' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Ja, slett alt' }).click();
  await expect(picker.locator('option')).toHaveText(['Ingen saker ennå']);
  const stored = await panel.evaluate(async () => ({
    local: Object.keys(await chrome.storage.local.get(null)).length,
    session: Object.keys(await chrome.storage.session.get(null)).filter((key) => key.startsWith('case:')).length,
  }));
  expect(stored).toEqual({ local: 0, session: 0 });
  await context.close();
});
