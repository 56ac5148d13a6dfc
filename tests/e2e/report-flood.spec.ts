import type { Page } from '@playwright/test';
import { STRESS_URLS } from './support/fixture-routes.mjs';
import { panelView } from './support/panel-view';
import { expect, recordMetric, test } from './support/session';

// A single-page app gone wild: one history.pushState in every task for two seconds, flipping between
// the plan's two routes (tests/fixtures/pages/stress/push-flood.html). The content script must report
// at most a few times a second, and the panel must end on the page's final route and stay there.

const FLOOD_MS = 2000;
/** Reports a second the flood may cause (the content script aims at 4), and one more for the last state. */
const MAX_PER_SECOND = 5;
const FINAL_CONTEXT = 'oppfolgingsplan-leder-aktiv-plan';

interface FloodResult {
  pushes: number;
  startedAt: number;
  endedAt: number;
}

/** Starts watching, in the panel: each snapshot passed on for its tab, each context shown, long tasks. */
async function watchPanel(panel: Page): Promise<void> {
  await panel.evaluate(
    (tabId) => {
      const watched = {
        pushes: [] as { at: number; url: string }[],
        contexts: [] as string[],
        longTasks: [] as number[],
      };
      (window as unknown as { __watched: typeof watched }).__watched = watched;
      const now = () => performance.timeOrigin + performance.now();
      const runtime = (
        globalThis as unknown as {
          chrome: { runtime: { onMessage: { addListener(listener: (message: unknown) => void): void } } };
        }
      ).chrome.runtime;
      runtime.onMessage.addListener((message) => {
        const typed = message as { type?: string; tabId?: number; snapshot?: { url?: string } };
        if (typed.type === 'snapshotChanged' && typed.tabId === tabId) {
          watched.pushes.push({ at: now(), url: typed.snapshot?.url ?? '' });
        }
      });
      const main = document.querySelector('main');
      new MutationObserver(() => watched.contexts.push(main?.getAttribute('data-context') ?? '')).observe(
        main as Element,
        { attributes: true, attributeFilter: ['data-context'] },
      );
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) watched.longTasks.push(entry.duration);
      }).observe({ type: 'longtask' });
    },
    Number(new URL(panel.url()).searchParams.get('tab')),
  );
}

const watched = (panel: Page) =>
  panel.evaluate(
    () =>
      (
        window as unknown as {
          __watched: { pushes: { at: number; url: string }[]; contexts: string[]; longTasks: number[] };
        }
      ).__watched,
  );

test('a pushState flood: a few reports a second, and the panel ends on the final route', async ({ session }) => {
  const page = await session.open(STRESS_URLS.pushFlood);
  const panel = await session.panelFor(page);
  const root = panelView(panel).root;
  await expect(root).toHaveAttribute('data-context', 'oppfolgingsplan-leder-ny-plan');
  await page.waitForTimeout(500); // The load's own reports are over.
  await watchPanel(panel);
  // The page in front, as the user has it (Chromium slows a background tab's timers).
  await page.bringToFront();

  const flood = await page.evaluate(
    (ms) => (window as unknown as { __flood(ms: number): Promise<FloodResult> }).__flood(ms),
    FLOOD_MS,
  );
  // Positive control: the page really flooded (one pushState per task, far beyond a few a second).
  expect(flood.pushes).toBeGreaterThan(200);
  expect(page.url()).toMatch(/\/aktiv-plan$/);

  // The last state arrives after the flood, and the panel shows it.
  await expect(root).toHaveAttribute('data-context', FINAL_CONTEXT);
  await expect.poll(async () => (await watched(panel)).pushes.at(-1)?.url ?? '').toMatch(/\/aktiv-plan$/);
  // Let any report still due arrive, then see that nothing more comes and the panel stays put.
  await panel.waitForTimeout(1500);
  const seen = await watched(panel);
  const seconds = (flood.endedAt - flood.startedAt) / 1000;
  const reports = seen.pushes.filter((push) => push.at >= flood.startedAt).length;
  recordMetric('floodPageReportsPerSecond', flood.pushes / seconds);
  recordMetric('floodPanelReportsPerSecond', reports / seconds);
  recordMetric('floodPanelLongestTaskMs', Math.max(0, ...seen.longTasks));
  test.info().annotations.push({
    type: 'flood',
    description: `${flood.pushes} pushState in ${seconds.toFixed(2)} s; ${reports} reports reached the panel; longest panel task ${Math.round(Math.max(0, ...seen.longTasks))} ms`,
  });
  expect(reports).toBeGreaterThan(1);
  expect(reports).toBeLessThanOrEqual(Math.ceil(seconds * MAX_PER_SECOND) + 1);
  expect(seen.pushes.at(-1)?.url).toMatch(/\/aktiv-plan$/);
  expect(seen.contexts.at(-1)).toBe(FINAL_CONTEXT);
  const settledAt = Date.now();
  await panel.waitForTimeout(1000);
  expect((await watched(panel)).pushes.filter((push) => push.at >= settledAt)).toEqual([]);
  await expect(root).toHaveAttribute('data-context', FINAL_CONTEXT);
});
