// The panel at sidebar widths in Firefox: no sideways scrolling at 240, 320 and 400 px, on the plan
// page (the densest view: three core questions, drafts, case bar).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { URLS } from '../e2e/support/fixture-routes.mjs';
import { withFirefox } from './support/firefox.ts';
import { waitForContext } from './support/page.ts';

const WIDTHS = [240, 320, 400];

// KNOWN FAILING (issue #15): at 240 px the panel is 280 px wide (the status bar and the context header
// stick out). The CSS fix is made on another branch; once it is merged, delete this `todo` so the
// check fails `npm test` again. Until then the runner reports it as a failing TODO, not a pass.
const KNOWN_FAILING = 'sideways overflow at 240 px until the CSS fix for issue #15 is merged';

test(`no sideways overflow at ${WIDTHS.join(', ')} px on the plan page`, { todo: KNOWN_FAILING }, () =>
  withFirefox({}, async (session) => {
    const form = await session.open(URLS.nyPlan);
    const panel = await session.panelFor(form);
    await waitForContext(panel, 'oppfolgingsplan-leder-ny-plan');
    const overflow: Record<number, { scrollWidth: number; clientWidth: number; widest: string[] }> = {};
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
      if (measured.scrollWidth > measured.clientWidth) overflow[width] = measured;
    }
    assert.deepEqual(overflow, {}, `sideways overflow (width: measurements): ${JSON.stringify(overflow)}`);
  }),
);
