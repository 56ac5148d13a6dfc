import { URLS } from './support/fixture-routes.mjs';
import { LEADER_NOTES, writeLeaderNotes } from './support/leader-notes.mjs';
import { panelView } from './support/panel-view';
import { expect, screenshot, test } from './support/session';

test('a leader on the new plan form gets the three core questions, drafts and copies a field', async ({ session }) => {
  const form = await session.open(URLS.nyPlan);
  const panel = await session.panelFor(form);

  const root = panelView(panel).root;
  await expect(root).toHaveAttribute('data-context', 'oppfolgingsplan-leder-ny-plan');
  await expect(panel.getByRole('heading', { level: 1 })).toHaveText('Oppfølgingsplan – ny plan, nærmeste leder');

  // The three core questions, in their fixed order.
  const sections = panel.locator('.section > .section__summary .section__title');
  await expect(sections).toHaveText([
    '1. Hvordan er arbeidsdagen?',
    '2. Er det forhold som bør og kan endres?',
    '3. Hva er vi enige om?',
  ]);

  // Sources are one click away.
  const firstItem = panelView(panel).item('ia-arbeidsdagen');
  await firstItem.getByRole('button', { name: 'Kilde', expanded: false }).click();
  await expect(firstItem.locator('.source p')).toBeVisible();
  await expect(firstItem.locator('.source p')).toContainText('1. Hvordan er arbeidsdagen?');

  await writeLeaderNotes(panel);

  const expected = LEADER_NOTES.draftedArbeidsdag;
  const draft = panelView(panel).draft('typiskArbeidshverdag');
  await expect(draft.locator('.draft__text')).toHaveValue(expected);
  await expect(draft.locator('.counter')).toHaveText(`${expected.length}/2000`);
  const fremover = panelView(panel).draft('tilretteleggingFremover');
  await expect(fremover.locator('.draft__text')).toHaveValue(
    '- slipper tunge løft i fire uker\n- kortere dager: 09–13',
  );

  await draft.getByRole('button', { name: /Kopier/ }).click();
  await expect(panelView(panel).announcer).toContainText('Kopiert');
  await screenshot(panel, 'leader-slice-panel');

  // Paste into NAV's field, as the user would, and read it back.
  await form.bringToFront();
  const target = form.locator('textarea#typiskArbeidshverdag').first();
  await target.click();
  await form.keyboard.press('Control+V');
  await expect(target).toHaveValue(expected);
});
