import { URLS } from './support/fixture-routes.mjs';
import { expect, test } from './support/session';

test('the real side panel opens from a click on an extension page', async ({ session }) => {
  await session.open(URLS.nyPlan);
  const welcome = await session.context.newPage();
  await welcome.goto(`chrome-extension://${session.extensionId}/welcome.html`);
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
