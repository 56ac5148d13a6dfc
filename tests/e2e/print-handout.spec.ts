import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { URLS } from './support/fixture-routes.mjs';
import { panelView } from './support/panel-view';
import { expect, screenshot, test } from './support/session';

// The GP prints the patient handout from the panel (issue 19): our own plain bokmål, with no case data
// unless the GP ticks the box for the first sick day's dates. Printed to PDF and read with pdftotext.

async function printedText(session: { context: BrowserContext }, url: URL, name: string) {
  url.searchParams.set('noprint', '1');
  const page = await session.context.newPage();
  await page.goto(url.toString());
  await expect(page.locator('main')).toContainText('Sykmeldt: om arbeid, aktivitet og veien tilbake');
  await page.emulateMedia({ media: 'print' });
  await screenshot(page, `print-${name}`);
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
  mkdirSync('test-results/print', { recursive: true });
  const file = `test-results/print/${name}.pdf`;
  writeFileSync(file, pdf);
  await page.close();
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

async function openHandout(panel: Page, context: BrowserContext): Promise<URL> {
  const opened = context.waitForEvent('page');
  await panel.getByRole('button', { name: 'Skriv ut informasjon til pasienten' }).click();
  const tab = await opened;
  await tab.waitForLoadState();
  const url = new URL(tab.url());
  await tab.close();
  return url;
}

test('the GP prints the patient handout: no case data unless the first sick day’s dates are chosen', async ({
  session,
}) => {
  const page = await session.open(URLS.sykInn);
  const panel = await session.panelFor(page);
  await panelView(panel).ready();
  const note = panel.locator('main textarea.note').first();
  await note.fill('hemmelig-notat-123');
  await expect(panelView(panel).saved).toBeVisible();

  const plain = await openHandout(panel, session.context);
  expect(plain.pathname).toBe('/print.html');
  expect(plain.searchParams.get('handout')).toBe('pasientinformasjon');
  expect(plain.searchParams.has('case')).toBe(false);
  const text = await printedText(session, plain, 'handout');
  for (const heading of ['Gradert sykmelding', 'Hva du skal gjøre, og når', 'Kontakt med arbeidsgiveren', 'Les mer']) {
    expect(text).toContain(heading);
  }
  expect(text).toContain('Innen 4 uker');
  expect(text).not.toContain('hemmelig-notat-123');

  // With the first sick day given and the box ticked, the deadlines get their dates; still no notes.
  await panelView(panel).nextDeadline.click();
  await panel.getByLabel('Første sykedag').fill('2026-11-02');
  await panel.getByLabel(/Fyll inn datoer fra første sykedag/).check();
  const dated = await openHandout(panel, session.context);
  expect(dated.searchParams.has('case')).toBe(true);
  const withDates = await printedText(session, dated, 'handout-dated');
  expect(withDates).toContain('02.11.2026');
  // The plan (aml § 4-6): the last day of week 4 from 2 November 2026 is 29 November; dialogmøte 1
  // (week 7) 20 December.
  expect(withDates).toMatch(/Innen 4 uker.*29\.11\.2026/);
  expect(withDates).toMatch(/Innen 7 uker.*20\.12\.2026/);
  expect(withDates).not.toContain('hemmelig-notat-123');
});
