// The panel at sidebar widths in Firefox: no sideways scrolling at 240, 320 and 400 px, on the plan
// page (the densest view: three core questions, drafts, case bar). Run inside the leader's journey, on
// its Firefox and its pinned panel (one launch fewer).
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import type { Page } from 'puppeteer-core';

export const WIDTHS = [240, 320, 400];
const SCREENSHOTS = 'test-results/firefox-width';

/** Asserts that the panel scrolls no sideways at each of WIDTHS (its viewport set to each in turn). */
export async function assertNoSidewaysOverflow(panel: Page): Promise<void> {
  const overflow: Record<number, { scrollWidth: number; clientWidth: number; widest: string[] }> = {};
  // A background tab gets no animation frames: the panel's tab must be the visible one.
  await panel.bringToFront();
  for (const width of WIDTHS) {
    await panel.setViewport({ width, height: 900 });
    await panel.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const measured = await panel.evaluate(() => {
      const root = document.documentElement;
      // What sticks out, for the message: the elements whose right edge is past the viewport.
      const widest = [...document.querySelectorAll('body *')]
        .filter((element) => element.getBoundingClientRect().right > root.clientWidth + 0.5)
        .slice(0, 5)
        .map((element) => `${element.localName}.${[...element.classList].join('.')}`);
      return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, widest };
    });
    // What a user sees at this width, for a person to look at (test-results/firefox-width/plan-<width>.png).
    await mkdir(SCREENSHOTS, { recursive: true });
    await panel.screenshot({ path: `${SCREENSHOTS}/plan-${width}.png` });
    if (measured.scrollWidth > measured.clientWidth) overflow[width] = measured;
  }
  assert.deepEqual(overflow, {}, `sideways overflow (width: measurements): ${JSON.stringify(overflow)}`);
}
