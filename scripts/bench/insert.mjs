// «Fyll inn alle» on the synthetic controlled plan page (tests/fixtures/pages/controlled/: Preact state and
// counters, as NAV's React form): the time from the click in the panel to the last field the page's own
// listeners saw change. Each run on a fresh tab and panel, so every field starts empty and nothing is asked
// about. Both ends are timestamped in the browser (performance.timeOrigin + performance.now()), as in
// tests/e2e/insert.spec.ts, so Playwright's round trips are not counted.

import { unfold } from '../../tests/e2e/support/disclosure.mjs';
import { routeFixtures, URLS } from '../../tests/e2e/support/fixture-routes.mjs';
import { launchWithExtension, openPinnedPanel, tabIdOf } from '../../tests/e2e/support/launch.mjs';
import { writeLeaderNotes } from '../../tests/e2e/support/leader-notes.mjs';
import { log, median, round } from './stats.mjs';

/** One tagged line per text field the leader's notes leave empty (synthetic wording). */
const FREE_NOTES = [
  'Kan ta varemottak og kundeservice #kan',
  'Kan ikke løfte tunge kasser #kanikke',
  'Har prøvd kortere dager i to uker #tidligere',
  'Kan prøve hjemmekontor en dag i uka senere #annen',
  'Vi tar en prat hver fredag #oppfolging',
].join('\n');

/** Opens a section of the guide in the panel (folded or not) so its note can be typed. */
async function openSection(panel, itemId) {
  await unfold(panel.locator(`.section:has([data-item="${itemId}"])`));
}

/** One «Fyll inn alle»: the milliseconds to the last field updated, and how many fields it filled. */
async function fillAllOnce(context, extensionId) {
  const form = await context.newPage();
  await form.goto(URLS.controlledPlan);
  const { panel } = await openPinnedPanel(context, extensionId, await tabIdOf(context, form));
  try {
    await panel.locator('main[data-context="oppfolgingsplan-leder-ny-plan"]').waitFor({ timeout: 15_000 });
    await writeLeaderNotes(panel);
    // The other five text fields from tagged free notes: every field of the form gets a draft.
    await panel.getByLabel(/Frie notater/).fill(FREE_NOTES);
    await openSection(panel, 'ia-enige-evaluering');
    await panel.locator('#note-ia-enige-evaluering').fill('Vi ser på planen igjen 01.03.2027');
    await openSection(panel, 'ia-enige-medvirket');
    await panel.locator('[data-item="ia-enige-medvirket"]').getByLabel('Ja').check();
    await panel.locator('[data-field="harDenAnsatteMedvirket"]').getByText('Ja').first().waitFor();
    const texts = await panel
      .locator('[data-field] textarea.draft__text')
      .evaluateAll((areas) =>
        areas
          .filter((area) => area.value !== '')
          .map((area) => [area.closest('[data-field]').getAttribute('data-field'), area.value]),
      );
    await form.evaluate(() => {
      const mark = () => {
        window.__lastEdit = performance.timeOrigin + performance.now();
      };
      document.addEventListener('input', mark, true);
      document.addEventListener('change', mark, true);
    });
    const clickedAt = await panel.getByRole('button', { name: 'Fyll inn alle' }).evaluate((button) => {
      const at = performance.timeOrigin + performance.now();
      button.click();
      return at;
    });
    // Done when the page holds every drafted text, the date and the choice (the events fire as each is set).
    await form.waitForFunction(
      (expected) =>
        expected.every(([id, text]) => document.getElementById(id)?.value === text) &&
        document.getElementById('evalueringsDato')?.value === '01.03.2027' &&
        document.querySelector('#harDenAnsatteMedvirket input[value="ja"]')?.checked === true,
      texts,
      { timeout: 15_000 },
    );
    const lastEdit = await form.evaluate(() => window.__lastEdit ?? Number.NaN);
    return { ms: lastEdit - clickedAt, fields: texts.length + 2 };
  } finally {
    await panel.close();
    await form.close();
  }
}

/** Times «Fyll inn alle» on the controlled plan page: a warm-up, then `runs` runs, each on a fresh tab. */
export async function measureInsertAll({ extensionDir, runs }) {
  log('▸ «Fyll inn alle» on the controlled plan page …');
  const { context, extensionId } = await launchWithExtension({ extensionDir });
  try {
    const blocked = await routeFixtures(context, []);
    await fillAllOnce(context, extensionId); // Warm-up: the first panel and page pay for their processes.
    const samples = [];
    let fields = 0;
    for (let run = 0; run < runs; run += 1) {
      const once = await fillAllOnce(context, extensionId);
      samples.push(once.ms);
      fields = once.fields;
    }
    if (blocked.length > 0) throw new Error(`requests left the router during the bench: ${blocked.join(', ')}`);
    return { insertAllMs: round(median(samples)), insertAllFields: fields, samples: samples.map((ms) => round(ms)) };
  } finally {
    await context.close();
  }
}
