import { URLS } from './support/fixture-routes.mjs';
import { panelView } from './support/panel-view';
import { expect, recordMetric, screenshot, test } from './support/session';

test('in-page navigation to another NAV route updates the panel', async ({ session }) => {
  const form = await session.open(URLS.nyPlan);
  const panel = await session.panelFor(form);
  const root = panelView(panel).root;
  await expect(root).toHaveAttribute('data-context', 'oppfolgingsplan-leder-ny-plan');

  // The single-page app changes route with the History API: no reload.
  const loads: string[] = [];
  form.on('load', () => loads.push(form.url()));
  const started = Date.now();
  await form.getByRole('link', { name: 'Aktiv plan' }).click();
  await expect(root).toHaveAttribute('data-context', 'oppfolgingsplan-leder-aktiv-plan');
  recordMetric('contextUpdateMs', Date.now() - started);
  expect(form.url()).toBe(URLS.aktivPlan);
  expect(loads).toEqual([]);
  await expect(panel.getByRole('heading', { level: 1 })).toHaveText('Oppfølgingsplan – aktiv plan, nærmeste leder');

  // And back with the browser's back button.
  await form.goBack();
  await expect(root).toHaveAttribute('data-context', 'oppfolgingsplan-leder-ny-plan');
  await screenshot(panel, 'navigation-panel');
});

test('a full page load of another site turns the panel to unknown', async ({ session }) => {
  const form = await session.open(URLS.nyPlan);
  const panel = await session.panelFor(form);
  const root = panelView(panel).root;
  await expect(root).toHaveAttribute('data-context', 'oppfolgingsplan-leder-ny-plan');
  await form.goto(URLS.unknown);
  await expect(root).toHaveAttribute('data-context', 'unknown');
});
