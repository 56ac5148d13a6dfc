import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { routeFixtures, URLS } from './support/fixture-routes.mjs';
import { launchWithExtension, openPinnedPanel, tabIdOf } from './support/launch.mjs';
import { expect, test } from './support/session';

// Issue 14.3: Chromium keeps storage.local in a LevelDB database that appends every write to a log and
// compacts later, so a note removed from storage could still be read in the profile's files after the
// browser closed. Deleting a kept case, or switching it back to «Bare til nettleseren lukkes», must leave
// none of its text on disk. The journey reads the profile's files once the browser has closed.

const NOTE = 'Notat: Gå sammen gjennom en vanlig arbeidsdag';

/** A marker no other text on disk holds, without repeats (so LevelDB's compression keeps it literal). */
function marker(name: string): string {
  return `${name}-${Math.random().toString(36).slice(2, 10)}-${Date.now().toString(36)}`;
}

/** Every byte the profile holds for the extension's storage.local, as latin1 text (UTF-8 ASCII survives). */
function localStorageFiles(userDataDir: string, extensionId: string): string {
  const dir = join(userDataDir, 'Default', 'Local Extension Settings', extensionId);
  return readdirSync(dir)
    .map((name) => readFileSync(join(dir, name)).toString('latin1'))
    .join('\n');
}

async function keptCase(panel: Page, label: string, note: string): Promise<void> {
  await panel.getByRole('button', { name: 'Ny sak' }).click();
  await panel.getByLabel(NOTE).fill(note);
  await expect(panel.locator('[data-save-state="saved"]')).toBeVisible();
  await panel.getByText('Om saken og lagring').click();
  await panel.getByLabel('Navn på saken').fill(label);
  await panel.getByLabel('Behold på denne maskinen').check();
  await expect(panel.getByTestId('storage-mode')).toHaveText(/Beholdes på denne maskinen/);
  await expect(panel.locator('[data-save-state="saved"]')).toBeVisible();
  await panel.getByText('Om saken og lagring').click();
}

test('a deleted kept case leaves no note text in the profile’s files once the browser has closed', async () => {
  const { context, extensionId, userDataDir } = await launchWithExtension();
  await routeFixtures(context, []);
  const form = await context.newPage();
  await form.goto(URLS.nyPlan);
  const { panel } = await openPinnedPanel(context, extensionId, await tabIdOf(context, form));
  await expect(panel.locator('main')).toHaveAttribute('data-ready', 'true');

  const deleted = marker('slettetnotat');
  const kept = marker('beholdtnotat');
  await keptCase(panel, 'Beholdt', kept);
  await keptCase(panel, 'Slettes', deleted);

  await panel.getByRole('combobox', { name: 'Sak', exact: true }).selectOption({ label: 'Slettes' });
  await expect(panel.getByLabel(NOTE)).toHaveValue(deleted);
  await panel.getByText('Om saken og lagring').click();
  await panel.getByRole('button', { name: 'Slett saken' }).click();
  await panel.getByRole('alertdialog').getByRole('button', { name: 'Ja, slett saken' }).click();
  await expect(panel.getByRole('combobox', { name: 'Sak', exact: true }).locator('option')).toHaveText(['Beholdt']);
  // What stays is whole: the kept case and the settings beside it.
  await panel.getByRole('combobox', { name: 'Sak', exact: true }).selectOption({ label: 'Beholdt' });
  await expect(panel.getByLabel(NOTE)).toHaveValue(kept);
  await context.close();

  const disk = localStorageFiles(userDataDir, extensionId);
  expect(disk.includes(kept), 'the kept case is on disk (the control: the files are read right)').toBe(true);
  expect(disk.includes(deleted), 'the deleted case’s note').toBe(false);

  // After a restart the kept case is still there, and only it.
  const again = await launchWithExtension({ userDataDir });
  await routeFixtures(again.context, []);
  const page = await again.context.newPage();
  await page.goto(URLS.nyPlan);
  const reopened = await openPinnedPanel(again.context, again.extensionId, await tabIdOf(again.context, page));
  await expect(reopened.panel.getByRole('combobox', { name: 'Sak', exact: true }).locator('option')).toHaveText([
    'Beholdt',
  ]);
  await expect(reopened.panel.getByLabel(NOTE)).toHaveValue(kept);
  await again.context.close();
});

// Found by CI on 2026-12-03: the keep choice was saved only once typing rested (400 ms), so a browser
// closed right after «Bare til nettleseren lukkes» kept the case on disk, and a deletion in between
// rewrote its kept version. The choice is now saved at once, and a deletion saves what is pending first.
test('an un-kept case leaves no note text in the profile’s files once the browser has closed', async () => {
  const { context, extensionId, userDataDir } = await launchWithExtension();
  await routeFixtures(context, []);
  const form = await context.newPage();
  await form.goto(URLS.nyPlan);
  const { panel } = await openPinnedPanel(context, extensionId, await tabIdOf(context, form));
  await expect(panel.locator('main')).toHaveAttribute('data-ready', 'true');

  const deleted = marker('slettetnotat');
  const unkept = marker('ikkebeholdt');
  const kept = marker('beholdtnotat');
  await keptCase(panel, 'Beholdt', kept);
  await keptCase(panel, 'Slettes', deleted);
  await keptCase(panel, 'Ikke lenger', unkept);

  // Back to the session only, then at once the other one deleted and the browser closed.
  await panel.getByText('Om saken og lagring').click();
  await panel.getByLabel('Bare til nettleseren lukkes').check();
  await expect(panel.getByTestId('storage-mode')).toHaveText(/Lagres bare til nettleseren lukkes/);
  await panel.getByRole('combobox', { name: 'Sak', exact: true }).selectOption({ label: 'Slettes' });
  await expect(panel.getByLabel(NOTE)).toHaveValue(deleted);
  await panel.getByRole('button', { name: 'Slett saken' }).click();
  await panel.getByRole('alertdialog').getByRole('button', { name: 'Ja, slett saken' }).click();
  await expect(panel.getByRole('combobox', { name: 'Sak', exact: true }).locator('option')).toHaveText([
    'Ikke lenger',
    'Beholdt',
  ]);
  await context.close();

  const disk = localStorageFiles(userDataDir, extensionId);
  expect(disk.includes(kept), 'the kept case is on disk (the control: the files are read right)').toBe(true);
  expect(disk.includes(deleted), 'the deleted case’s note').toBe(false);
  expect(disk.includes(unkept), 'the un-kept case’s note').toBe(false);
});
