import { TIMELINE_RULES } from '../../content/timeline-rules';
import { addDays } from '../../domain/dates';
import type { Role } from '../../domain/roles';
import { describeNext, milestonesFor, nextDeadline, nextMilestone } from '../../domain/timeline';
import { nextText } from '../../i18n/timeline-text';
import { URLS } from './support/fixture-routes.mjs';
import { panelView } from './support/panel-view';
import { expect, screenshot, test } from './support/session';

// The panel reads the real clock; the expected sentence is computed from the same rules for the
// same day, so the test holds on any date.
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const PAGES: [Role, string, string][] = [
  ['leder', URLS.nyPlan, 'oppfolgingsplan-leder-ny-plan'],
  ['veileder', URLS.referat, 'modia-dialogmote-referat'],
  ['lege', URLS.sykInn, 'syk-inn-fhir'],
];

for (const [role, url, contextId] of PAGES) {
  test(`a first sick day gives the ${role} the right next deadline`, async ({ session }) => {
    const today = localToday();
    const day1 = addDays(today, -25);
    const milestones = milestonesFor({ rules: TIMELINE_RULES, day1, today, graded: false, role });
    const expected = nextText(describeNext(nextDeadline(milestones) ?? nextMilestone(milestones)));

    const page = await session.open(url);
    const panel = await session.panelFor(page);
    await panelView(panel).showsContext(contextId);
    await expect(panelView(panel).nextDeadline).toHaveText('Legg inn første sykedag');
    await panelView(panel).nextDeadline.click();
    await panel.getByLabel('Første sykedag').fill(day1);
    await expect(panelView(panel).nextDeadline).toHaveText(expected);
    // Only the milestones that matter for this role, each with its legal basis one click away.
    const shown = await panel
      .locator('[data-milestone]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-milestone')));
    expect(shown).toEqual(milestones.map((milestone) => milestone.id));
    await expect(panel.locator('.milestone--today')).toHaveCount(1);
    const first = panel.locator('[data-milestone]').first();
    await first.getByText('Lovgrunnlag og unntak').click();
    await expect(first).toContainText('Lovgrunnlag:');
    await screenshot(panel, `timeline-${role}`);

    const download = panel.waitForEvent('download');
    await panel.getByRole('button', { name: 'Lagre fristene i kalenderen (.ics)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`folgesvenn-frister-${today}.ics`);
  });
}
