import { routeFixtures, URLS } from './support/fixture-routes.mjs';
import { launchWithExtension, openPinnedPanel, tabIdOf } from './support/launch.mjs';
import { panelView } from './support/panel-view';
import { expect, screenshot, test } from './support/session';

// Issue 14.1: a first sick day in year 9999 once crashed the panel on every open, for good once the case
// was kept. A case stored that way (as the old build wrote it) must load after a browser restart, with the
// bad date set aside; typing such a date is refused with a message and the panel stays up.

test('a kept case with first sick day 9999-12-31 loads after a restart; a typed 9999 is refused', async () => {
  let { context, extensionId, userDataDir } = await launchWithExtension();
  await routeFixtures(context, []);
  let form = await context.newPage();
  await form.goto(URLS.nyPlan);
  let { panel } = await openPinnedPanel(context, extensionId, await tabIdOf(context, form));
  await panelView(panel).ready();
  await panel.evaluate(async () => {
    const now = new Date().toISOString();
    await chrome.storage.local.set({
      'case:y9999': {
        schemaVersion: 3,
        id: 'y9999',
        label: 'År 9999',
        role: 'leder',
        firstSickDay: '9999-12-31',
        graded: false,
        maksdato: '10000-01-15',
        ticks: {},
        notes: { 'ia-arbeidsdagen': 'notatet skal overleve' },
        freeNotes: '',
        scales: {},
        choices: {},
        guideByContext: {},
        drafts: {},
        keepUntil: '2200-12-31',
        createdAt: now,
        updatedAt: now,
      },
    });
  });
  await context.close();

  ({ context, extensionId } = await launchWithExtension({ userDataDir }));
  await routeFixtures(context, []);
  form = await context.newPage();
  await form.goto(URLS.nyPlan);
  ({ panel } = await openPinnedPanel(context, extensionId, await tabIdOf(context, form)));
  const main = panelView(panel).root;
  await expect(main).toHaveAttribute('data-ready', 'true');
  await expect(main).toHaveAttribute('data-context', 'oppfolgingsplan-leder-ny-plan');
  await expect(panel.getByText(/kunne ikke leses og er lagt til side \(2 oppføringer\)/)).toBeVisible();
  await expect(panelView(panel).note('Gå sammen gjennom en vanlig arbeidsdag')).toHaveValue('notatet skal overleve');
  await panelView(panel).nextDeadline.click();
  const day1 = panel.getByLabel('Første sykedag');
  await expect(day1).toHaveValue('');

  await day1.fill('9999-12-31');
  await expect(panel.getByText('Datoen må være mellom 01.01.1900 og 31.12.2200. Den er ikke lagret.')).toBeVisible();
  await expect(day1).toHaveAttribute('aria-invalid', 'true');
  await expect(main).toHaveAttribute('data-context', 'oppfolgingsplan-leder-ny-plan');
  await screenshot(panel, 'timeline-date-refused');
  await day1.fill('2026-10-05');
  await expect(panel.getByText(/Datoen må være mellom/)).toHaveCount(0);
  await expect(panelView(panel).nextDeadline).not.toHaveText('Legg inn første sykedag');
  await context.close();
});
