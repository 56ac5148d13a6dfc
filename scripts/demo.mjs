// `npm run demo`: builds the extension and opens Debian's Chromium with it loaded and the
// synthetic NAV pages served at their real URLs. With a display, a person tries it by hand;
// without one (or with --headless), the leader journey runs headless and leaves screenshots.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { preflight, run } from './preflight.mjs';

const OUT = resolve('demo-output');
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;

preflight({ onlyChromium: true });
// Loaded only now: the browser helpers import npm packages (@playwright/test) that preflight has just
// installed on a fresh clone. A static import would fail before preflight could run.
const { routeFixtures, URLS } = await import('../tests/e2e/support/fixture-routes.mjs');
const { launchWithExtension, openPinnedPanel, tabIdOf } = await import('../tests/e2e/support/launch.mjs');
const { writeLeaderNotes } = await import('../tests/e2e/support/leader-notes.mjs');
console.log('▸ Building the extension (npm run build) …');
run('npx', ['wxt', 'build']);

if (!headless) {
  const { context } = await launchWithExtension({ headless: false, viewport: null });
  await routeFixtures(context, []);
  const pages = [URLS.nyPlan, URLS.referat, URLS.unknown];
  const [first] = context.pages();
  for (const [index, url] of pages.entries()) {
    const page = index === 0 && first ? first : await context.newPage();
    await page.goto(url);
  }
  await context.pages()[0]?.bringToFront();
  console.log(`
Følgesvenn is running in Chromium with three synthetic pages at their real addresses:
  1. ${URLS.nyPlan}   (leader: the new oppfølgingsplan form)
  2. ${URLS.referat}  (NAV veileder: dialogmøte referat in Modia)
  3. ${URLS.unknown}  (a page Følgesvenn does not know)
Click the puzzle piece / Følgesvenn button in the toolbar to open the side panel.
The panel speaks bokmål here; «Innstillinger» → «Språk» switches to nynorsk or English.
Nothing leaves the machine: every other address is blocked. Close the browser to stop.`);
  await new Promise((done) => context.on('close', done));
  process.exit(0);
}

// Headless: the leader's journey, with screenshots of the form, the panel, and both side by side.
mkdirSync(OUT, { recursive: true });
const { context, extensionId } = await launchWithExtension({ viewport: { width: 900, height: 1000 } });
await routeFixtures(context, []);
const form = await context.newPage();
await form.goto(URLS.nyPlan);
const tabId = await tabIdOf(context, form);
const { panel, openMs } = await openPinnedPanel(context, extensionId, tabId, { width: 400, height: 1000 });
await writeLeaderNotes(panel);
await panel
  .locator('[data-field="typiskArbeidshverdag"]')
  .getByRole('button', { name: /Kopier/ })
  .click();
await form.bringToFront();
const field = form.locator('textarea#typiskArbeidshverdag').first();
await field.click();
await form.keyboard.press('Control+V');

const formShot = join(OUT, 'form.png');
const panelShot = join(OUT, 'panel.png');
await form.screenshot({ path: formShot });
await panel.screenshot({ path: panelShot });

// Compose "panel beside the form" in a throwaway page (local files only, read as data URLs).
const { readFileSync } = await import('node:fs');
const dataUrl = (path) => `data:image/png;base64,${readFileSync(path).toString('base64')}`;
const composite = await context.newPage();
await composite.setViewportSize({ width: 1316, height: 1000 });
await composite.setContent(
  `<body style="margin:0;display:flex;gap:16px;background:#dfe1e5">
     <img src="${dataUrl(formShot)}" width="900" height="1000">
     <img src="${dataUrl(panelShot)}" width="400" height="1000" style="background:#fff">
   </body>`,
);
const besideShot = join(OUT, 'panel-beside-form.png');
await composite.screenshot({ path: besideShot });
writeFileSync(
  join(OUT, 'README.txt'),
  `Følgesvenn demo, ${new Date().toISOString()}\nPanel ready in ${Math.round(openMs)} ms.\n`,
);
await context.close();
console.log(`
No display found, so the demo ran headless. Screenshots are in ${OUT}:
  ${besideShot}   the side panel beside the plan form
  ${panelShot}
  ${formShot}      the form, with the copied text pasted into "Hvordan ser en vanlig arbeidsdag ut?"
Run it on a machine with a display (or under xvfb-run) to try the panel by hand.`);
