import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { unfold } from './support/disclosure.mjs';
import { URLS } from './support/fixture-routes.mjs';
import { panelView } from './support/panel-view';
import { expect, screenshot, test } from './support/session';

test('the case summary and the drafted plan print on A4', async ({ session }) => {
  const form = await session.open(URLS.nyPlan);
  const panel = await session.panelFor(form);
  await panel.locator('#note-ia-arbeidsdagen').fill('Kontor 08–16\nkundemøter på telefon');
  await panelView(panel).tick('ia-arbeidsdagen').check();
  await panel.getByText('Frie notater').click();
  await panel.locator('.free-notes textarea').fill('faste pauser #tilrettelegging');
  await expect(panelView(panel).saved).toBeVisible();

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

test('the printout carries the edited draft and the choice made, as the panel shows them', async ({ session }) => {
  const form = await session.open(URLS.nyPlan);
  const panel = await session.panelFor(form);
  await unfold(panel.locator('.section:has([data-item="ia-endres-hva-skal-til"])'));
  await panel.locator('#note-ia-endres-hva-skal-til').fill('faste pauser');
  await expect(panel.locator('#draft-tilretteleggingFremover')).toHaveValue('- faste pauser');
  await panel.locator('#draft-tilretteleggingFremover').fill('- faste pauser hver time\n- hjemmekontor fredag');
  await unfold(panel.locator('.section:has([data-item="ia-enige-medvirket"])'));
  await panelView(panel).item('ia-enige-medvirket').getByLabel('Nei').check();
  await expect(panelView(panel).saved).toBeVisible();

  const opened = session.context.waitForEvent('page');
  await panel.getByRole('button', { name: 'Skriv ut / lagre som PDF' }).click();
  const printTab = await opened;
  await printTab.waitForLoadState();
  const url = new URL(printTab.url());
  await printTab.close();
  url.searchParams.set('noprint', '1');
  const page = await session.context.newPage();
  await page.goto(url.toString());
  const summary = page.locator('main.print');
  await expect(summary).toContainText('hjemmekontor fredag');
  await expect(summary).toContainText('Har den ansatte medvirket i planen?');
  await expect(summary).not.toContainText('Svar: 1');

  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
  mkdirSync('test-results/print', { recursive: true });
  writeFileSync('test-results/print/edited.pdf', pdf);
  const text = execFileSync('pdftotext', ['-layout', 'test-results/print/edited.pdf', '-'], { encoding: 'utf8' });
  const flat = text.replace(/\s+/g, ' ');
  // The user's own text, not the automatic draft.
  expect(flat).toContain('- faste pauser hver time - hjemmekontor fredag');
  // The choice prints as the option chosen, in the item and in the drafted radio field.
  expect(flat).toContain('Har den ansatte vært med på å lage planen?');
  expect(flat).toMatch(/Svar: Nei/);
  expect(flat).not.toMatch(/Svar: \d/);
  expect(flat).toMatch(/Har den ansatte medvirket i planen\? Nei/);
});
