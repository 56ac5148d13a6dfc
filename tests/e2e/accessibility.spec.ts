import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { URLS } from './support/fixture-routes.mjs';
import { panelView } from './support/panel-view';
import { expect, screenshot, test } from './support/session';

// Accessibility: axe-core on every panel view and state, WCAG 2.0/2.1 A and AA, 0 violations; and a
// keyboard-only journey from opening the panel to «Kopiert», with visible focus at every step.

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const OUT = 'test-results/accessibility';

/**
 * Violations found in product code and not yet fixed, each with where and why. Anything not listed
 * fails the test; an entry that no longer occurs is reported (annotation) so it can be removed.
 */
const KNOWN_VIOLATIONS: { state: string; rule: string; target: string; why: string }[] = [
  // None at present. (Found and since fixed in components/DraftList.tsx: a long draft in a scrolling
  // <pre> that the keyboard could not reach, rule scrollable-region-focusable.)
];

/** Focus stops where the visible focus is only the browser's own thin ring, with why they are tolerated for now. */
const KNOWN_WEAK_FOCUS: { tag: string; type: string; why: string }[] = [
  {
    tag: 'input',
    type: 'date',
    why: "components/Timeline.tsx «Første sykedag»: the date field's calendar button (inside the field) takes focus without :focus-visible on the field, so style.css's 3px outline is not drawn; only Chromium's thin ring around the icon shows.",
  },
];

interface Violation {
  state: string;
  rule: string;
  impact: string | null | undefined;
  help: string;
  nodes: { target: string; summary: string | undefined }[];
}

/** Runs axe on the panel and returns its violations, also written to test-results/accessibility/. */
async function audit(panel: Page, state: string): Promise<Violation[]> {
  const results = await new AxeBuilder({ page: panel }).withTags(TAGS).analyze();
  const violations = results.violations.map((violation) => ({
    state,
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    nodes: violation.nodes.map((node) => ({ target: node.target.join(' '), summary: node.failureSummary })),
  }));
  mkdirSync(OUT, { recursive: true });
  writeFileSync(
    join(OUT, `${state}.json`),
    `${JSON.stringify({ passes: results.passes.length, violations }, null, 2)}\n`,
  );
  // The audit must have looked at something: a blank page would pass trivially.
  expect(results.passes.length, `${state}: axe checked nothing`).toBeGreaterThan(5);
  const known = KNOWN_VIOLATIONS.filter((entry) => entry.state === state);
  for (const entry of known) {
    const seen = violations.some((v) => v.rule === entry.rule && v.nodes.some((node) => node.target === entry.target));
    if (!seen) {
      test
        .info()
        .annotations.push({ type: 'stale a11y exception', description: `${state}: ${entry.rule} ${entry.target}` });
    }
  }
  // Unexpected: violations, or nodes of a known rule other than the known target.
  return violations
    .map((v) => ({
      ...v,
      nodes: v.nodes.filter((node) => !known.some((entry) => entry.rule === v.rule && entry.target === node.target)),
    }))
    .filter((v) => v.nodes.length > 0);
}

/** Opens every closed disclosure in the panel, so axe sees the whole view. */
async function openAllDisclosures(panel: Page): Promise<void> {
  for (let round = 0; round < 200; round += 1) {
    const closed = panel.locator('main [data-open="false"] > .disclosure__toggle:visible');
    if ((await closed.count()) === 0) return;
    await closed.first().click();
  }
}

async function fillNotes(panel: Page): Promise<void> {
  const notes = panel.locator('main textarea');
  await notes.nth(0).fill('Kontorarbeid 08–16\nkundemøter på telefon');
  if ((await notes.count()) > 1) await notes.nth(1).fill('slipper tunge løft i fire uker');
  await expect(panel.getByRole('button', { name: /Kopier/ }).first()).toBeVisible();
}

test.describe('axe-core finds no WCAG 2.1 A/AA violation', () => {
  test('on the plan form: empty, filled with notes and drafts, every disclosure open, after a copy', async ({
    session,
  }) => {
    const form = await session.open(URLS.nyPlan);
    const panel = await session.panelFor(form);
    await panelView(panel).showsContext('oppfolgingsplan-leder-ny-plan');
    expect.soft(await audit(panel, 'plan-empty')).toEqual([]);

    await fillNotes(panel);
    expect.soft(await audit(panel, 'plan-filled')).toEqual([]);

    await openAllDisclosures(panel);
    expect.soft(await audit(panel, 'plan-filled-open')).toEqual([]);

    await panel
      .getByRole('button', { name: /Kopier/ })
      .first()
      .click();
    await expect(panelView(panel).announcer).toContainText('Kopiert');
    expect.soft(await audit(panel, 'plan-copied')).toEqual([]);

    // Positive control: axe does run in the extension page (under its CSP) and does report a violation.
    await panel.evaluate(() => {
      const image = document.createElement('img');
      image.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      document.querySelector('main')?.append(image);
    });
    expect((await audit(panel, 'control-image-without-alt')).map((violation) => violation.rule)).toContain('image-alt');
  });

  test('in dark mode: the plan form filled, every disclosure open, and the privacy warning', async ({ session }) => {
    const form = await session.open(URLS.nyPlan);
    const panel = await session.panelFor(form);
    await panel.emulateMedia({ colorScheme: 'dark' });
    await fillNotes(panel);
    await openAllDisclosures(panel);
    expect.soft(await audit(panel, 'dark-plan-filled-open')).toEqual([]);
    await panel.locator('main textarea').first().fill('har depresjon');
    await panel
      .getByRole('button', { name: /^Kopier teksten/ })
      .first()
      .click();
    await expect(panelView(panel).privacyFindings).toBeVisible();
    expect.soft(await audit(panel, 'dark-privacy-warning')).toEqual([]);
    await screenshot(panel, 'dark-plan-privacy-warning');
  });

  test('on a page it does not know, before and after picking a guide by hand', async ({ session }) => {
    const page = await session.open(URLS.unknown);
    const panel = await session.panelFor(page);
    await panelView(panel).showsContext('unknown');
    expect.soft(await audit(panel, 'unknown')).toEqual([]);

    await panelView(panel).guidePicker.selectOption({ index: 1 });
    await expect(panel.locator('main textarea').first()).toBeVisible();
    await fillNotes(panel);
    expect.soft(await audit(panel, 'unknown-guide-picked')).toEqual([]);
  });

  test('on the referat page in Modia (veileder)', async ({ session }) => {
    const page = await session.open(URLS.referat);
    const panel = await session.panelFor(page);
    await panelView(panel).showsContext('modia-dialogmote-referat');
    expect.soft(await audit(panel, 'referat')).toEqual([]);
  });

  test('with the save error shown (storage full)', async ({ session }) => {
    const form = await session.open(URLS.nyPlan);
    const panel = await session.panelFor(form);
    // Fill storage.session (10 MB) to within a few hundred bytes, so that saving a short note fails.
    await panel.evaluate(async () => {
      let fits = 0;
      let refused = 10 * 1024 * 1024;
      while (refused - fits > 256) {
        const size = Math.floor((fits + refused) / 2);
        try {
          await chrome.storage.session.set({ filler: 'x'.repeat(size) });
          fits = size;
        } catch {
          refused = size;
        }
      }
      await chrome.storage.session.set({ filler: 'x'.repeat(fits) });
    });
    await panel.locator('main textarea').first().fill('Kontorarbeid 08–16');
    await expect(panelView(panel).saveError).toBeVisible();
    expect.soft(await audit(panel, 'save-error')).toEqual([]);
  });

  test('with a draft longer than its box', async ({ session }) => {
    const form = await session.open(URLS.nyPlan);
    const panel = await session.panelFor(form);
    const lines = Array.from({ length: 120 }, (_, index) => `linje ${index + 1} om arbeidsdagen`).join('\n');
    await panel.locator('main textarea').first().fill(lines);
    await expect(panel.getByRole('button', { name: /Kopier/ }).first()).toBeVisible();
    expect.soft(await audit(panel, 'long-draft')).toEqual([]);
  });

  test('with the privacy warning before a copy', async ({ session }) => {
    const form = await session.open(URLS.nyPlan);
    const panel = await session.panelFor(form);
    await panel.locator('main textarea').first().fill('har depresjon, diagnose F32.1');
    await panel
      .getByRole('button', { name: /^Kopier teksten/ })
      .first()
      .click();
    await expect(panelView(panel).privacyFindings).toBeVisible();
    expect.soft(await audit(panel, 'privacy-warning')).toEqual([]);
  });

  test('with the delete-everything confirmation open', async ({ session }) => {
    const form = await session.open(URLS.nyPlan);
    const panel = await session.panelFor(form);
    await fillNotes(panel);
    await openAllDisclosures(panel);
    await panel.getByRole('button', { name: 'Slett alt' }).click();
    await expect(panel.getByRole('alertdialog')).toBeVisible();
    expect.soft(await audit(panel, 'delete-confirmation')).toEqual([]);
  });

  test('with the warning that stored data was set aside', async ({ session }) => {
    const form = await session.open(URLS.nyPlan);
    // Stored data that no longer fits the schema (the first release's key, with broken entries).
    const worker = session.context.serviceWorkers()[0];
    if (!worker) throw new Error('no service worker');
    await worker.evaluate(async () => {
      await chrome.storage.session.set({ panelState: { notes: { 'ia-arbeidsdagen': 5 }, ticks: 'nei', extra: 1 } });
    });
    const panel = await session.panelFor(form);
    await expect(panel.getByRole('alert').first()).toBeVisible();
    expect.soft(await audit(panel, 'quarantine-warning')).toEqual([]);
  });
});

/** The focused element, and whether its focus is visible (an outline or a box shadow). */
async function focusState(panel: Page) {
  return panel.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none';
    const type = element.getAttribute('type') ?? '';
    const label =
      element.getAttribute('aria-label') ??
      (element as HTMLInputElement).labels?.[0]?.textContent ??
      element.textContent ??
      '';
    return {
      tag: element.tagName.toLowerCase(),
      type,
      label: label.trim().replace(/\s+/g, ' ').slice(0, 80),
      visible: outline || shadow,
      closedSection: element.matches('.section[data-open="false"] > .section__summary'),
      how: `outline ${style.outlineStyle} ${style.outlineWidth}; box-shadow ${style.boxShadow}`,
    };
  });
}

/**
 * Presses Tab until `wanted` matches the focused element, checking visible focus at every stop. A
 * closed guide section met on the way is opened with Enter, as a keyboard user looking for the
 * questions would.
 */
async function tabTo(panel: Page, wanted: (focus: { tag: string; label: string }) => boolean, limit: number) {
  for (let step = 1; step <= limit; step += 1) {
    await panel.keyboard.press('Tab');
    const focus = await focusState(panel);
    if (!focus) continue;
    const weak = KNOWN_WEAK_FOCUS.find((entry) => entry.tag === focus.tag && entry.type === focus.type);
    if (!focus.visible && weak) {
      const description = `<${focus.tag} type=${focus.type}>: ${weak.why}`;
      const annotations = test.info().annotations;
      if (!annotations.some((entry) => entry.description === description)) {
        annotations.push({ type: 'known weak focus', description });
      }
      continue;
    }
    expect(focus.visible, `focus not visible on <${focus.tag}> «${focus.label}» (${focus.how})`).toBe(true);
    if (wanted(focus)) return step;
    if (focus.closedSection) await panel.keyboard.press('Enter');
  }
  throw new Error(`not reached in ${limit} Tab presses`);
}

// The leader's journey. (The veileder's referat guide has its notes in closed sections and, on the first
// note, no drafted field to copy yet; a journey per role joins here when each role's guide feeds a form.)
for (const [role, url, context] of [['leader', URLS.nyPlan, 'oppfolgingsplan-leder-ny-plan']] as const) {
  test(`keyboard only, ${role}: open the panel, Tab to the first note, type, Tab to «Kopier», Enter, «Kopiert»`, async ({
    session,
  }) => {
    const page = await session.open(url);
    const panel = await session.panelFor(page);
    await panelView(panel).showsContext(context);

    const toNote = await tabTo(panel, (focus) => focus.tag === 'textarea' && /^Notat/.test(focus.label), 80);
    await panel.keyboard.type('Kontorarbeid 08–16');
    const toCopy = await tabTo(panel, (focus) => focus.tag === 'button' && /Kopier/.test(focus.label), 400);
    await panel.keyboard.press('Enter');
    await expect(panelView(panel).announcer).toContainText('Kopiert');
    const after = await focusState(panel);
    expect(after?.visible, 'focus stays visible on the button after copying').toBe(true);
    test
      .info()
      .annotations.push({ type: 'Tab presses', description: `to the first note ${toNote}, to «Kopier» ${toCopy}` });
  });
}

test('a disclosure is a button: Enter and Space unfold and fold it, and it says whether it is open', async ({
  session,
}) => {
  const form = await session.open(URLS.nyPlan);
  const panel = await session.panelFor(form);
  await panelView(panel).showsContext('oppfolgingsplan-leder-ny-plan');
  // None of the panel's folding is a <details> (a closed one makes typing in a large note slow, issue 18).
  await expect(panel.locator('details, summary')).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Innstillinger', exact: true, expanded: false })).toBeVisible();
  const toggle = panel.getByRole('button', { name: 'Innstillinger', exact: true });
  const region = panel.locator(`[id="${await toggle.getAttribute('aria-controls')}"]`);
  await expect(region).toBeHidden();
  await toggle.focus();
  await panel.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(region).toBeVisible();
  await expect(region.getByLabel('Språk')).toBeVisible();
  await panel.keyboard.press('Space');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(region).toBeHidden();
  await expect(toggle).toBeFocused();
  expect((await focusState(panel))?.visible, 'the focus shows on the toggle').toBe(true);
});
