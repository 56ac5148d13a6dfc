// Starts Debian's Chromium with the built extension loaded, as the tests, the demo and the
// benchmark all need it. Plain JavaScript so the demo script can use it without a TS loader.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';

/** Where Debian puts Chromium; override with CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The production build the tests run against. */
export const EXTENSION_DIR = resolve(process.env.FOLGESVENN_EXTENSION_DIR ?? '.output/chrome-mv3');

/**
 * Launches a persistent context with the extension; returns the context and the extension id.
 * `language` is the browser's language (the panel follows it until the user picks one): bokmål unless told.
 * @param {{ headless?: boolean, extensionDir?: string, viewport?: { width: number, height: number } | null, userDataDir?: string, language?: string }} [options]
 */
export async function launchWithExtension({
  headless = true,
  extensionDir = EXTENSION_DIR,
  viewport,
  userDataDir: reuseProfile,
  language = 'nb-NO',
} = {}) {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}. Install it: apt-get install chromium`);
  }
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}. Run: npm run build`);
  }
  // A fresh profile per launch, unless a test restarts the browser on the same profile.
  const userDataDir = reuseProfile ?? (await mkdtemp(join(tmpdir(), 'folgesvenn-profile-')));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless,
    viewport: viewport ?? { width: 1000, height: 900 },
    locale: language,
    args: [
      `--lang=${language}`,
      `--accept-lang=${language}`,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      '--no-default-browser-check',
    ],
  });
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, userDataDir, worker };
}

/** Finds the browser tab id of a Playwright page (asked from the service worker; no `tabs` permission needed). */
export async function tabIdOf(context, page) {
  await page.bringToFront();
  const worker = context.serviceWorkers()[0];
  return worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
}

/** Opens the panel in a tab pinned to `tabId` (the testing contract `sidepanel.html?tab=<id>`). */
export async function openPinnedPanel(context, extensionId, tabId, viewport = { width: 400, height: 900 }) {
  const panel = await context.newPage();
  await panel.setViewportSize(viewport);
  const started = performance.now();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
  await panel.locator('main[data-ready]').waitFor({ timeout: 15_000 });
  return { panel, openMs: performance.now() - started };
}

/** Stops the extension's service worker (as the browser does when idle); the next message starts it again. */
export async function stopServiceWorker(context, page) {
  const cdp = await context.newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find(
    (target) => target.type === 'service_worker' && target.url.startsWith('chrome-extension://'),
  );
  if (!worker) throw new Error('no extension service worker to stop');
  await cdp.send('Target.closeTarget', { targetId: worker.targetId });
  await cdp.detach();
}

/** The id Chromium gives an unpacked extension: SHA-256 of its absolute path, first 32 hex digits as a–p. */
export function unpackedExtensionId(extensionDir) {
  const hex = createHash('sha256').update(resolve(extensionDir)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}
