import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { TOGGLE, unfoldAll } from './support/disclosure.mjs';
import { URLS } from './support/fixture-routes.mjs';
import { panelView } from './support/panel-view';
import { expect, test } from './support/session';

// Every main view of the panel at 360 px, in light and dark, in bokmål, nynorsk and English: a screenshot of
// each (test-results/views/), axe with 0 violations, nothing sticking out sideways, and no message
// key or unfilled placeholder anywhere on screen. The language is switched in the panel itself, as a
// user would, so the live switch is tested on every view.

const OUT = 'test-results/views';
const WIDTH = 360;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const LANGUAGES = ['nb', 'nn', 'en'] as const;
const THEMES = ['light', 'dark'] as const;

/** Text a missing translation would leave: a raw key (`case.new`) or a placeholder (`{label}`). */
const LEFTOVER = /\b(common|case|timeline|guide|draft|site)\.[a-z][a-z0-9-]*(\.[a-z0-9-]+)*\b|\{[a-zA-Z]+\}/;

/** Checks one view in one language and theme, and saves its screenshot. */
async function capture(panel: Page, view: string, language: string, theme: string): Promise<void> {
  const name = `${view}-${language}-${theme}`;
  await panel.emulateMedia({ colorScheme: theme === 'dark' ? 'dark' : 'light' });
  await expect(panel.locator('html')).toHaveAttribute('lang', language);
  const overflow = await panel.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect.soft(overflow, `${name}: wider than the panel`).toBe(0);
  const text = await panel.locator('body').innerText();
  expect.soft(text.match(LEFTOVER)?.[0] ?? null, `${name}: a message key or placeholder is showing`).toBeNull();
  const results = await new AxeBuilder({ page: panel }).withTags(TAGS).analyze();
  expect(results.passes.length, `${name}: axe checked nothing`).toBeGreaterThan(5);
  expect
    .soft(
      results.violations.map((violation) => `${name}: ${violation.id} ${violation.nodes.map((node) => node.target)}`),
    )
    .toEqual([]);
  mkdirSync(OUT, { recursive: true });
  // From the top: the status bar sticks to wherever the page was scrolled, also in a full-page shot.
  await panel.evaluate(() => window.scrollTo(0, 0));
  await panel.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
}

/** Picks the UI language in «Innstillinger», as a user would, and leaves the settings as they were. */
async function pickLanguage(panel: Page, language: string): Promise<void> {
  const settings = panel.locator('.settings:has(#language-select)');
  const wasOpen = (await settings.getAttribute('data-open')) === 'true';
  if (!wasOpen) await settings.locator(TOGGLE).click();
  await panel.locator('#language-select').selectOption(language);
  if (!wasOpen) await settings.locator(TOGGLE).click();
  await expect(settings).toHaveAttribute('data-open', String(wasOpen));
}

/** Captures the panel in every language and theme; the language is picked in the panel's settings. */
async function captureAll(panel: Page, view: string, prepare: () => Promise<void> = async () => undefined) {
  for (const language of LANGUAGES) {
    await pickLanguage(panel, language);
    await expect(panel.locator('html')).toHaveAttribute('lang', language);
    await prepare();
    for (const theme of THEMES) await capture(panel, view, language, theme);
  }
  await pickLanguage(panel, 'auto');
}

async function panelAt(
  session: { open(url: string): Promise<Page>; panelFor(page: Page): Promise<Page> },
  url: string,
) {
  const page = await session.open(url);
  const panel = await session.panelFor(page);
  await panel.setViewportSize({ width: WIDTH, height: 800 });
  return { page, panel };
}

test('the leader’s plan view: guide, notes, timeline and drafts', async ({ session }) => {
  const { panel } = await panelAt(session, URLS.nyPlan);
  await panel.locator('#note-ia-arbeidsdagen').fill('Kontor 08–16\nkundemøter på telefon');
  await panelView(panel).tick('ia-arbeidsdagen').check();
  await unfoldAll(panel, '.timeline');
  await panel.locator('.timeline__dates input[type="date"]').first().fill('2026-10-05');
  await expect(panel.locator('.timeline__list')).toBeVisible();
  await captureAll(panel, 'plan');
});

const PAGE_VIEWS = [
  {
    view: 'referat',
    title: 'the veileder’s referat view in Modia',
    url: URLS.referat,
    context: 'modia-dialogmote-referat',
  },
  { view: 'sykmelding', title: 'the GP’s sykmelding view', url: URLS.sykInn, context: 'syk-inn-fhir' },
  {
    view: 'unknown',
    title: 'an unknown page: the not-supported state and the empty guide state',
    url: URLS.unknown,
    context: 'unknown',
  },
] as const;

for (const { view, title, url, context } of PAGE_VIEWS) {
  test(title, async ({ session }) => {
    const { panel } = await panelAt(session, url);
    await panelView(panel).showsContext(context);
    await captureAll(panel, view);
  });
}

test('settings, case details, shortcuts and a confirmation, all open', async ({ session }) => {
  const { panel } = await panelAt(session, URLS.nyPlan);
  await panel.locator('#note-ia-arbeidsdagen').fill('Kontor');
  await expect(panelView(panel).saved).toBeVisible();
  await captureAll(panel, 'settings', async () => {
    await unfoldAll(panel, '.settings, .case__details');
    // «Slett alt» asks first: the confirmation is part of the view (never answered here).
    if ((await panel.getByRole('alertdialog').count()) === 0) {
      await panel.locator('.case__details > .disclosure__region > p > button.button--danger').click();
    }
    await expect(panel.getByRole('alertdialog')).toBeVisible();
  });
});

test('the printable summary', async ({ session }) => {
  const { panel } = await panelAt(session, URLS.nyPlan);
  await panel.locator('#note-ia-arbeidsdagen').fill('Kontor 08–16');
  await expect(panelView(panel).saved).toBeVisible();
  const caseId = await panel.evaluate(async () => {
    const stored = await chrome.storage.session.get(null);
    return (
      Object.keys(stored)
        .find((key) => key.startsWith('case:'))
        ?.slice('case:'.length) ?? null
    );
  });
  expect(caseId, 'the case is stored').not.toBeNull();
  for (const language of LANGUAGES) {
    await pickLanguage(panel, language);
    await expect(panel.locator('html')).toHaveAttribute('lang', language);
    const page = await session.context.newPage();
    await page.setViewportSize({ width: WIDTH, height: 800 });
    await page.goto(
      `chrome-extension://${session.extensionId}/print.html?case=${caseId}&guide=ia-funksjonsvurdering-leder&form=oppfolgingsplan&noprint=1`,
    );
    await expect(page.locator('main.print')).toContainText('Kontor 08–16');
    for (const theme of THEMES) await capture(page, 'print', language, theme);
    await page.close();
  }
  writeFileSync(join(OUT, 'README.txt'), 'Screenshots of every main view at 360 px: <view>-<language>-<theme>.png\n');
});
