import { URLS } from './support/fixture-routes.mjs';
import { expect, test } from './support/session';

test('the welcome page opens on first install, and the real side panel opens from its button', async ({ session }) => {
  const welcomeUrl = `chrome-extension://${session.extensionId}/welcome.html`;
  await expect.poll(() => session.context.pages().map((page) => page.url())).toContain(welcomeUrl);
  const welcome = session.context.pages().find((page) => page.url() === welcomeUrl);
  if (!welcome) throw new Error('no welcome page');
  await expect(welcome.getByRole('heading', { level: 1 })).toHaveText('Følgesvenn');
  // Chromium: the Firefox help is not shown.
  await expect(welcome.getByRole('heading', { name: 'Slik bruker du Følgesvenn i Firefox' })).toBeHidden();
  await session.open(URLS.nyPlan);
  await welcome.bringToFront();
  const worker = session.context.serviceWorkers()[0];
  if (!worker) throw new Error('no service worker');
  const countPanels = () =>
    worker.evaluate(async () => {
      const contexts = await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] });
      return contexts.map((context) => context.documentUrl ?? '');
    });
  expect(await countPanels()).toEqual([]);
  await welcome.getByRole('button', { name: 'Åpne sidepanelet' }).click();
  await expect(welcome.getByRole('status')).toHaveText('Sidepanelet er åpnet.');
  await expect.poll(countPanels).toEqual([`chrome-extension://${session.extensionId}/sidepanel.html`]);
});
