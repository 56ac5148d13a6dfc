import { URLS } from './support/fixture-routes.mjs';
import { panelView } from './support/panel-view';
import { expect, test } from './support/session';

test('keyboard shortcuts move between items, tick, focus the note and copy', async ({ session }) => {
  const form = await session.open(URLS.nyPlan);
  const panel = await session.panelFor(form);
  await panel.locator('body').press('Alt+ArrowDown');
  const first = panel.locator('li.item').first();
  await expect(first.locator('.item__tick')).toBeFocused();
  await panel.keyboard.press('Alt+ArrowDown');
  const second = panel.locator('li.item').nth(1);
  await expect(second.locator('.item__tick')).toBeFocused();
  await panel.keyboard.press('Alt+ArrowUp');
  await expect(first.locator('.item__tick')).toBeFocused();
  await panel.keyboard.press('Alt+T');
  await expect(first.locator('.item__tick')).toBeChecked();
  await panel.keyboard.press('Alt+N');
  await expect(first.locator('textarea.note')).toBeFocused();
  await panel.keyboard.type('lager og kontor');
  await panel.keyboard.press('Alt+K');
  await expect(panelView(panel).announcer).toContainText('Kopiert');
  // Plain typing is never taken over: "t" and "n" go into the note.
  await expect(first.locator('textarea.note')).toHaveValue('lager og kontor');
  // Alt + U and «Til utkastene» reach the drafts from anywhere, and Alt + ↓ goes back to the items.
  await panel.keyboard.press('Alt+U');
  await expect(panelView(panel).draftsHeading).toBeFocused();
  await panel.keyboard.press('Alt+ArrowDown');
  await expect(first.locator('.item__tick')).toBeFocused();
  await panel.getByRole('button', { name: 'Til utkastene' }).click();
  await expect(panelView(panel).draftsHeading).toBeFocused();

  await panel.getByRole('button', { name: 'Hurtigtaster', expanded: false }).click();
  await expect(panel.locator('.shortcuts')).toBeVisible();
  await expect(panel.locator('.shortcuts')).toContainText('Alt + T');
});
