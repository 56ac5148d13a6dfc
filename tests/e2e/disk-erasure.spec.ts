import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { routeFixtures, URLS } from './support/fixture-routes.mjs';
import { launchWithExtension, openPinnedPanel, tabIdOf } from './support/launch.mjs';
import { ARBEIDSDAG, type PanelView, panelView } from './support/panel-view';
import { expect, test } from './support/session';

// Issue 14.3: Chromium keeps storage.local in a LevelDB database that appends every write to a log and
// compacts later, so a note removed from storage could still be read in the profile's files after the
// browser closed. Deleting a kept case, or switching it back to «Bare til nettleseren lukkes», must leave
// none of its text on disk. The journey reads the profile's files once the browser has closed.

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

/** A browser on its own profile (a fresh one, or `userDataDir` again) with the panel pinned to the plan form. */
async function openOnPlan(userDataDir?: string) {
  const launched = await launchWithExtension(userDataDir === undefined ? {} : { userDataDir });
  await routeFixtures(launched.context, []);
  const form = await launched.context.newPage();
  await form.goto(URLS.nyPlan);
  const { panel } = await openPinnedPanel(
    launched.context,
    launched.extensionId,
    await tabIdOf(launched.context, form),
  );
  const view = panelView(panel);
  await view.ready();
  return { ...launched, view };
}

async function keptCase(view: PanelView, label: string, note: string): Promise<void> {
  await view.newCase();
  await view.typeNote(ARBEIDSDAG, note);
  await view.toggleCaseSettings();
  await view.keepCase(label);
  await view.toggleCaseSettings();
}

test('a deleted kept case leaves no note text in the profile’s files once the browser has closed', async () => {
  const { context, extensionId, userDataDir, view } = await openOnPlan();

  const deleted = marker('slettetnotat');
  const kept = marker('beholdtnotat');
  await keptCase(view, 'Beholdt', kept);
  await keptCase(view, 'Slettes', deleted);

  await view.selectCase('Slettes');
  await expect(view.note(ARBEIDSDAG)).toHaveValue(deleted);
  await view.toggleCaseSettings();
  await view.deleteCase();
  await expect(view.caseOptions).toHaveText(['Beholdt']);
  // What stays is whole: the kept case and the settings beside it.
  await view.selectCase('Beholdt');
  await expect(view.note(ARBEIDSDAG)).toHaveValue(kept);
  await context.close();

  const disk = localStorageFiles(userDataDir, extensionId);
  expect(disk.includes(kept), 'the kept case is on disk (the control: the files are read right)').toBe(true);
  expect(disk.includes(deleted), 'the deleted case’s note').toBe(false);

  // After a restart the kept case is still there, and only it.
  const again = await openOnPlan(userDataDir);
  const reopenedView = again.view;
  await expect(reopenedView.caseOptions).toHaveText(['Beholdt']);
  await expect(reopenedView.note(ARBEIDSDAG)).toHaveValue(kept);
  await again.context.close();
});

// Found by CI on 2026-12-03: the keep choice was saved only once typing rested (400 ms), so a browser
// closed right after «Bare til nettleseren lukkes» kept the case on disk, and a deletion in between
// rewrote its kept version. The choice is now saved at once, and a deletion saves what is pending first.
test('an un-kept case leaves no note text in the profile’s files once the browser has closed', async () => {
  const { context, extensionId, userDataDir, view } = await openOnPlan();

  const deleted = marker('slettetnotat');
  const unkept = marker('ikkebeholdt');
  const kept = marker('beholdtnotat');
  await keptCase(view, 'Beholdt', kept);
  await keptCase(view, 'Slettes', deleted);
  await keptCase(view, 'Ikke lenger', unkept);

  // Back to the session only, then at once the other one deleted and the browser closed.
  await view.toggleCaseSettings();
  await view.unkeepCase();
  await view.selectCase('Slettes');
  await expect(view.note(ARBEIDSDAG)).toHaveValue(deleted);
  await view.deleteCase();
  await expect(view.caseOptions).toHaveText(['Ikke lenger', 'Beholdt']);
  await context.close();

  const disk = localStorageFiles(userDataDir, extensionId);
  expect(disk.includes(kept), 'the kept case is on disk (the control: the files are read right)').toBe(true);
  expect(disk.includes(deleted), 'the deleted case’s note').toBe(false);
  expect(disk.includes(unkept), 'the un-kept case’s note').toBe(false);
});
