// The panel's folding parts as the journeys open them. Each is a components/Disclosure.tsx: a wrapper
// (.section, .source, .case__details, .timeline, .milestone__details, .settings, .item__suggestions)
// marked data-open="true|false", whose first child is its toggle button. (Not <details>: issue 18.)

/** The toggle button of a disclosure wrapper, as a selector relative to the wrapper. */
export const TOGGLE = ':scope > .disclosure__toggle';

/**
 * Unfolds the disclosure `wrapper` (a Playwright locator for one wrapper) with a click on its toggle, as a
 * user would, if it is folded; resolves once it is open.
 * @param {import('@playwright/test').Locator} wrapper
 */
export async function unfold(wrapper) {
  if ((await wrapper.getAttribute('data-open')) === 'false') await wrapper.locator(TOGGLE).click();
  await wrapper.and(wrapper.page().locator('[data-open="true"]')).waitFor();
}

/**
 * Unfolds every folded disclosure matching `selector` in `page` (outer ones first, in document order: a
 * click on each toggle, also where an outer one is still folding open); resolves once none is folded.
 * @param {import('@playwright/test').Page} page
 * @param {string} selector wrappers, e.g. `main [data-open]` for every disclosure in the panel
 */
export async function unfoldAll(page, selector) {
  await page.locator(selector).evaluateAll((wrappers, toggle) => {
    for (const wrapper of wrappers) {
      if (wrapper.getAttribute('data-open') === 'false') wrapper.querySelector(toggle)?.click();
    }
  }, TOGGLE);
  await page.locator(`:is(${selector})[data-open="false"]`).first().waitFor({ state: 'detached' });
}
