import { mkdirSync, writeFileSync } from 'node:fs';
import { URLS } from './support/fixture-routes.mjs';
import { expect, screenshot, test } from './support/session';

test('the case summary and the drafted plan print on A4', async ({ session }) => {
  const form = await session.open(URLS.nyPlan);
  const panel = await session.panelFor(form);
  await panel.locator('#note-ia-arbeidsdagen').fill('Kontor 08–16\nkundemøter på telefon');
  await panel.locator('[data-item="ia-arbeidsdagen"] .item__tick').check();
  await panel.getByText('Frie notater').click();
  await panel.locator('.free-notes textarea').fill('faste pauser #tilrettelegging');
  await expect(panel.locator('[data-save-state="saved"]')).toBeVisible();

  const opened = session.context.waitForEvent('page');
  await panel.getByRole('button', { name: 'Skriv ut / lagre som PDF' }).click();
  const printTab = await opened;
  await printTab.waitForLoadState();
  const url = new URL(printTab.url());
  expect(url.pathname).toBe('/print.html');
  await printTab.close();

  // The same page without its own print dialog, printed to PDF by the test.
  url.searchParams.set('noprint', '1');
  const page = await session.context.newPage();
  await page.goto(url.toString());
  const summary = page.locator('main.print');
  await expect(summary).toContainText('Samtalenotat: Sak 1');
  await expect(summary).toContainText('✓ Gå sammen gjennom en vanlig arbeidsdag');
  await expect(summary).toContainText('Kontor 08–16');
  await expect(summary).toContainText('Utkast til Oppfølgingsplan på nav.no');
  await expect(summary).toContainText('Hvordan skal dere tilrettelegge arbeidshverdagen fremover?');
  await expect(page.getByText('Henter saken')).toHaveCount(0);
  await page.emulateMedia({ media: 'print' });
  await screenshot(page, 'print-summary');
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
  mkdirSync('test-results/print', { recursive: true });
  writeFileSync('test-results/print/summary.pdf', pdf);
  const text = pdf.toString('latin1');
  expect(text.startsWith('%PDF-')).toBe(true);
  // A4 is 210 × 297 mm: 595 × 842 points, give or take Chromium's rounding.
  const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(text);
  expect(Math.round(Number(box?.[1]))).toBe(595);
  expect(Math.round(Number(box?.[2]))).toBe(842);
  expect((text.match(/\/Type \/Page\b/g) ?? []).length).toBeGreaterThanOrEqual(1);
});
