import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BrowserContext, test as base, type Page } from '@playwright/test';
import { routeFixtures } from './fixture-routes.mjs';
import { EXTENSION_DIR, launchWithExtension, openPinnedPanel, tabIdOf } from './launch.mjs';

export const SCREENSHOTS = 'test-results/screenshots';

interface Session {
  context: BrowserContext;
  extensionId: string;
  /** Requests that tried to leave the machine from a page (aborted by the router). */
  blocked: string[];
  /** Requests seen from extension contexts (side panel, background): must stay empty. */
  extensionRequests: string[];
  /** Opens a page at a real URL (served from fixtures). */
  open(url: string): Promise<Page>;
  /** Opens the panel pinned to the page's tab and waits for `data-ready`. */
  panelFor(page: Page): Promise<Page>;
}

function isExtensionUrl(url: string): boolean {
  return url.startsWith('chrome-extension://');
}

/** A fresh Chromium with the production build, fixture pages at real URLs, and a network monitor. */
export const test = base.extend<{ session: Session; extensionDir: string }>({
  extensionDir: [EXTENSION_DIR, { option: true }],
  session: async ({ extensionDir }, use) => {
    const { context, extensionId } = await launchWithExtension({ extensionDir });
    const blocked = await routeFixtures(context, []);
    const extensionRequests: string[] = [];
    context.on('request', (request) => {
      const frameUrl = (() => {
        try {
          return request.frame().url();
        } catch {
          return '';
        }
      })();
      const fromWorker = request.serviceWorker() !== null;
      if ((fromWorker || isExtensionUrl(frameUrl)) && !isExtensionUrl(request.url())) {
        extensionRequests.push(`${fromWorker ? 'worker' : frameUrl} → ${request.url()}`);
      }
    });
    const session: Session = {
      context,
      extensionId,
      blocked,
      extensionRequests,
      async open(url) {
        const page = await context.newPage();
        await page.goto(url);
        return page;
      },
      async panelFor(page) {
        const tabId = await tabIdOf(context, page);
        const { panel, openMs } = await openPinnedPanel(context, extensionId, tabId);
        recordMetric('panelOpenMs', openMs);
        return panel;
      },
    };
    await use(session);
    await context.close();
  },
});

export { expect } from '@playwright/test';

/** Appends a measured figure to test-results/metrics.jsonl (read by the closing note, not asserted). */
export function recordMetric(name: string, value: number): void {
  mkdirSync('test-results', { recursive: true });
  writeFileSync(join('test-results', 'metrics.jsonl'), `${JSON.stringify({ name, value })}\n`, { flag: 'a' });
}

/** Saves a screenshot of a page under test-results/screenshots/. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
