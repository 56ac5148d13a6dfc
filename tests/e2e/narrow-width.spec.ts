import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { unfoldAll } from './support/disclosure.mjs';
import { URLS } from './support/fixture-routes.mjs';
import { panelView } from './support/panel-view';
import { expect, test } from './support/session';

// Issue 15.3: the panel works in a narrow sidebar (Firefox's is 252 px by default, Chrome's side panel can be
// dragged narrow) with nothing sticking out sideways, from 240 px up. Every supported page kind, in its main
// views with everything folded open, at each width: no sideways scroll, no visible box past the right edge,
// no text cut short, every target at least 24 px. The printable summary and the welcome page too. Screenshots:
// test-results/narrow-width/<view>-<width>.png; the measured overflow at each width: <view>.json beside them.

const OUT = 'test-results/narrow-width';
const WIDTHS = [240, 320, 400] as const;

/** A long origin and a long case label (one compound word): what a narrow panel must wrap, not push out. */
const LONG_ORIGIN = 'https://journalsystem-for-fastlegekontoret.helseforetaksnavn.example.org:8443';
const LONG_LABEL = 'Sykefraværsoppfølgingsplanleggingssamtalereferatutkast-2026-uke-12';

interface Layout {
  /** How far the document scrolls sideways (scrollWidth − clientWidth), in px. */
  scroll: number;
  /** How far the worst visible box reaches past either edge, in px. */
  worst: number;
  /** The boxes past an edge, or scrolling sideways, each described with its overshoot. */
  outside: string[];
  /** Text cut short (an ellipsis or hidden overflow), described. */
  cut: string[];
  /** Targets (buttons, the disclosures' toggles, fields, links) smaller than 24 × 24 px, described. */
  small: string[];
}

/** Measures the panel as laid out now (runs in the page: self-contained). */
function measureLayout(): Layout {
  const root = document.documentElement;
  const right = root.clientWidth;
  const describe = (element: Element, extra: string) => {
    const classes = element.classList.length > 0 ? `.${[...element.classList].join('.')}` : '';
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return `${element.tagName.toLowerCase()}${classes} «${text}» ${extra}`;
  };
  const FIELDS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
  /** Clipped on purpose by an ancestor that hides what overflows (the ancestor is measured itself). */
  const clippedByAncestor = (element: Element) => {
    for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) {
      if (getComputedStyle(node).overflowX !== 'visible') return true;
    }
    return false;
  };
  const outside: string[] = [];
  const cut: string[] = [];
  const small: string[] = [];
  let worst = 0;
  for (const element of document.body.querySelectorAll('*')) {
    if (!element.checkVisibility({ visibilityProperty: true })) continue;
    const box = element.getBoundingClientRect();
    if (box.width <= 0 || box.height <= 0) continue;
    const style = getComputedStyle(element);
    const html = element as HTMLElement;
    const hidden = element.closest('.visually-hidden') !== null;
    if (!FIELDS.has(element.tagName) && !hidden && html.scrollWidth > html.clientWidth + 1) {
      if (/auto|scroll/.test(style.overflowX)) outside.push(describe(element, 'scrolls sideways'));
      else if (style.overflowX !== 'visible')
        cut.push(describe(element, `${html.scrollWidth - html.clientWidth}px cut`));
    }
    const past = Math.max(box.right - right, -box.left);
    if (past > 0.5 && !clippedByAncestor(element)) {
      worst = Math.max(worst, past);
      outside.push(describe(element, `${Math.round(past)}px past the edge`));
    }
    const target = element.matches(
      'button, .disclosure__toggle, select, a[href], input:not([type="hidden"]), textarea',
    );
    if (target && !hidden) {
      // A checkbox or radio is reached through its label: the label is the target.
      const owner = element.matches('input[type="checkbox"], input[type="radio"]') ? element.closest('label') : null;
      const area = (owner ?? element).getBoundingClientRect();
      if (area.width < 24 || area.height < 24) {
        small.push(describe(owner ?? element, `${Math.round(area.width)}×${Math.round(area.height)}`));
      }
    }
  }
  return { scroll: root.scrollWidth - root.clientWidth, worst: Math.round(worst), outside, cut, small };
}

/** Unfolds every disclosure matching `selector` (every one in the panel by default). */
async function openAll(panel: Page, selector = 'main [data-open]'): Promise<void> {
  await unfoldAll(panel, selector);
}

/** Checks one view at every width, records its figures, and saves its screenshots. */
async function checkWidths(panel: Page, view: string): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const figures: { width: number; scroll: number; worst: number; outside: number }[] = [];
  for (const width of WIDTHS) {
    await panel.setViewportSize({ width, height: 800 });
    await panel.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const layout = await panel.evaluate(measureLayout);
    const name = `${view}-${width}`;
    figures.push({ width, scroll: layout.scroll, worst: layout.worst, outside: layout.outside.length });
    writeFileSync(join(OUT, `${view}.json`), `${JSON.stringify(figures, null, 1)}\n`);
    await panel.evaluate(() => window.scrollTo(0, 0));
    await panel.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
    expect.soft(layout.scroll, `${name}: the panel scrolls sideways`).toBe(0);
    expect.soft(layout.outside, `${name}: boxes past the edge`).toEqual([]);
    expect.soft(layout.cut, `${name}: text cut short`).toEqual([]);
    expect.soft(layout.small, `${name}: targets under 24 px`).toEqual([]);
  }
}

async function panelAt(
  session: { open(url: string): Promise<Page>; panelFor(page: Page): Promise<Page> },
  url: string,
  context: string,
): Promise<Page> {
  const page = await session.open(url);
  const panel = await session.panelFor(page);
  await panelView(panel).showsContext(context);
  return panel;
}

/** The extension's service worker (where storage can be filled before the panel opens). */
function workerOf(context: BrowserContext): Worker {
  const [worker] = context.serviceWorkers();
  if (!worker) throw new Error('the extension has no service worker');
  return worker;
}

/** A first sick day 30 days back: the timeline, the status bar's next deadline and the milestones fill in. */
async function fillTimeline(panel: Page): Promise<void> {
  const day1 = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
  await openAll(panel, '.timeline');
  await panel.getByLabel('Første sykedag').fill(day1);
  await expect(panel.locator('.timeline__list')).toBeVisible();
  await expect(panel.getByTestId('status-next')).toBeVisible();
}

test('the leader’s plan: the guide open with notes, ticks and sources, and the drafts with a privacy warning', async ({
  session,
}) => {
  const panel = await panelAt(session, URLS.nyPlan, 'oppfolgingsplan-leder-ny-plan');
  await openAll(panel);
  await panel.locator('#note-ia-arbeidsdagen').fill('har depresjon og jobber halve dager, kontor 08–16');
  await panelView(panel).tick('ia-arbeidsdagen').check();
  await expect(panelView(panel).saved).toBeVisible();
  await panel
    .locator('[data-field="typiskArbeidshverdag"]')
    .getByRole('button', { name: /^Kopier teksten/ })
    .click();
  await expect(panelView(panel).privacyFindings).toContainText('depresjon');
  await expect(panel.getByTestId('status-progress')).toBeVisible();
  await checkWidths(panel, 'plan');
});

test('the timeline open, with the next deadline in the status bar', async ({ session }) => {
  const panel = await panelAt(session, URLS.nyPlan, 'oppfolgingsplan-leder-ny-plan');
  await fillTimeline(panel);
  await panel.getByLabel(/^Gradert sykmelding/).check();
  await openAll(panel, '.timeline [data-open]');
  await checkWidths(panel, 'timeline');
});

test('the case bar: «Ny sak», a long label, the details open and a confirmation', async ({ session }) => {
  const panel = await panelAt(session, URLS.nyPlan, 'oppfolgingsplan-leder-ny-plan');
  await panel.locator('#note-ia-arbeidsdagen').fill('Kontor');
  await expect(panelView(panel).saved).toBeVisible();
  await openAll(panel, '.case__details');
  await panel.getByLabel(/^Navn på saken/).fill(LONG_LABEL);
  await panelView(panel).newCase();
  await expect(panel.locator('.case__picker select option')).toHaveCount(2);
  await panel.locator('.case__picker select').selectOption({ label: LONG_LABEL });
  await panel.getByLabel('Behold på denne maskinen').check();
  await panel.locator('.case__details > .disclosure__region > p > button.button--danger').click();
  await expect(panel.getByRole('alertdialog')).toBeVisible();
  await checkWidths(panel, 'case');
});

test('settings: the language, a journal site with a long address, and the shortcuts', async ({ session }) => {
  await workerOf(session.context).evaluate(
    (origin) => chrome.storage.local.set({ journalSites: [origin] }),
    LONG_ORIGIN,
  );
  const panel = await panelAt(session, URLS.nyPlan, 'oppfolgingsplan-leder-ny-plan');
  await openAll(panel, '.settings');
  await expect(panel.locator(`[data-site="${LONG_ORIGIN}"]`)).toBeVisible();
  await checkWidths(panel, 'settings');
});

test('the veileder’s referat in Modia, guide and timeline open', async ({ session }) => {
  const panel = await panelAt(session, URLS.referat, 'modia-dialogmote-referat');
  await fillTimeline(panel);
  await openAll(panel, '.section');
  await checkWidths(panel, 'referat');
});

test('the GP’s sykmelding in syk-inn, guide and timeline open', async ({ session }) => {
  const panel = await panelAt(session, URLS.sykInn, 'syk-inn-fhir');
  await fillTimeline(panel);
  await openAll(panel, '.section');
  await checkWidths(panel, 'sykmelding');
});

test('an unknown page: not recognised, the typed-address form, no guide, and search hits', async ({ session }) => {
  const panel = await panelAt(session, URLS.unknown, 'unknown');
  await panel.getByLabel(/Bruk Følgesvenn på et journalsystem/).fill(LONG_ORIGIN);
  await panel.getByRole('searchbox').fill('arbeidsdag');
  await expect(panel.locator('.search__hit').first()).toBeVisible();
  await expect(panel.getByText('Velg en samtaleguide for å komme i gang.')).toBeVisible();
  await checkWidths(panel, 'unknown');
});

test('a stored case that could not be read: the set-aside warning', async ({ session }) => {
  // Not a case at all (as a damaged or foreign store might hold): set aside, and the panel says so.
  await workerOf(session.context).evaluate(() =>
    chrome.storage.local.set({ 'case:skadet': ['ikke', 'en', 'sak'], 'case:tom': 'Sak uten innhold' }),
  );
  const panel = await panelAt(session, URLS.nyPlan, 'oppfolgingsplan-leder-ny-plan');
  await expect(panel.getByText(/kunne ikke leses og er lagt til side/)).toBeVisible();
  await checkWidths(panel, 'set-aside');
});

test('the printable summary and the welcome page', async ({ session }) => {
  const panel = await panelAt(session, URLS.nyPlan, 'oppfolgingsplan-leder-ny-plan');
  await panel.locator('#note-ia-arbeidsdagen').fill(`Kontor 08–16, se ${LONG_ORIGIN}/rutiner/${LONG_LABEL}`);
  await expect(panelView(panel).saved).toBeVisible();
  // The print tab as the panel's button opens it, then again without its own print dialog.
  const opened = session.context.waitForEvent('page');
  await panel.getByRole('button', { name: 'Skriv ut / lagre som PDF' }).click();
  const print = await opened;
  await print.waitForLoadState();
  const url = new URL(print.url());
  url.searchParams.set('noprint', '1');
  await print.goto(url.toString());
  await expect(print.locator('main.print')).toContainText('Kontor 08–16');
  await checkWidths(print, 'print');
  const welcome = await session.context.newPage();
  await welcome.goto(`chrome-extension://${session.extensionId}/welcome.html`);
  await expect(welcome.locator('#open-panel')).not.toBeEmpty();
  await checkWidths(welcome, 'welcome');
  writeFileSync(
    join(OUT, 'README.txt'),
    'Each view at 240, 320 and 400 px: <view>-<width>.png; <view>.json the overflow.\n',
  );
});
