import type { Page } from '@playwright/test';
import { unfold } from './support/disclosure.mjs';
import { URLS } from './support/fixture-routes.mjs';
import { panelView } from './support/panel-view';
import { expect, screenshot, test } from './support/session';

async function writeNote(panel: Page, itemId: string, text: string) {
  // Open the folded section that holds the item, as the user would.
  await unfold(panel.locator(`.section:has([data-item="${itemId}"])`));
  await panel.locator(`#note-${itemId}`).fill(text);
}

async function pasteInto(page: Page, selector: string) {
  await page.bringToFront();
  const field = page.locator(selector).first();
  await field.click();
  await page.keyboard.press('Control+V');
  return field;
}

test('leader: a diagnosis word in an employer field is held back, then copied on confirmation', async ({ session }) => {
  const form = await session.open(URLS.nyPlan);
  const panel = await session.panelFor(form);
  await writeNote(panel, 'ia-arbeidsdagen', 'har depresjon og jobber halve dager');
  const draft = panelView(panel).draft('typiskArbeidshverdag');
  await draft.getByRole('button', { name: /^Kopier teksten/ }).click();
  const findings = panelView(panel).privacyFindings;
  await expect(findings).toContainText('depresjon');
  await expect(findings).toContainText('Arbeidsgiveren har ikke krav på medisinske opplysninger');
  await expect(panelView(panel).announcer).toContainText('Ikke kopiert ennå');
  await screenshot(panel, 'drafting-privacy-warning');
  await findings.getByRole('button', { name: 'Kopier likevel' }).click();
  await expect(panelView(panel).announcer).toContainText('Kopiert');
  const field = await pasteInto(form, 'textarea#typiskArbeidshverdag');
  await expect(field).toHaveValue('Har depresjon og jobber halve dager.');
});

test('leader: an edited draft is what gets copied, and survives a note change', async ({ session }) => {
  const form = await session.open(URLS.nyPlan);
  const panel = await session.panelFor(form);
  await writeNote(panel, 'ia-endres-hva-skal-til', 'faste pauser');
  const text = panel.locator('#draft-tilretteleggingFremover');
  await expect(text).toHaveValue('- faste pauser');
  await text.fill('- faste pauser hver time\n- hjemmekontor fredag');
  await writeNote(panel, 'ia-endres-hva-skal-til', 'faste pauser\nkortere dager');
  await expect(panelView(panel).draft('tilretteleggingFremover')).toContainText(
    'Notatene er endret siden du redigerte',
  );
  await panel
    .locator('[data-field="tilretteleggingFremover"]')
    .getByRole('button', { name: /^Kopier teksten/ })
    .click();
  const field = await pasteInto(form, 'textarea#tilretteleggingFremover');
  await expect(field).toHaveValue('- faste pauser hver time\n- hjemmekontor fredag');
});

test('GP: the message to the employer goes from notes to the sykmelding field', async ({ session }) => {
  const page = await session.open(URLS.sykInn);
  const panel = await session.panelFor(page);
  await panelView(panel).showsContext('syk-inn-fhir');
  await panelView(panel).guidePicker.selectOption('sykmelding-lege');
  await writeNote(panel, 'lr-felt-til-arbeidsgiver', 'kan gjøre lette oppgaver\ntrenger å slippe nattskift');
  const draft = panel.locator('[data-field="meldinger.tilArbeidsgiver"]');
  await expect(draft).toContainText('Arbeidsgiveren ser dette feltet.');
  await draft.getByRole('button', { name: /^Kopier teksten/ }).click();
  await expect(panelView(panel).announcer).toContainText('Kopiert');
  await screenshot(panel, 'drafting-gp');
  const field = await pasteInto(page, 'textarea[name="meldinger.tilArbeidsgiver"]');
  await expect(field).toHaveValue('Kan gjøre lette oppgaver. Trenger å slippe nattskift.');
});

test('veileder: the referat conclusion goes from notes to the Modia field', async ({ session }) => {
  const page = await session.open(URLS.referat);
  const panel = await session.panelFor(page);
  await panelView(panel).showsContext('modia-dialogmote-referat');
  await panelView(panel).guidePicker.selectOption('dialogmote-veileder');
  await writeNote(panel, 'dmv-avtale-konklusjon', 'du øker til 60 % fra januar');
  const draft = panelView(panel).draft('konklusjon');
  await expect(draft).toContainText('Referatet skrives til den sykmeldte som «du»');
  await expect(draft.locator('.counter')).toHaveText('28/1500');
  await draft.getByRole('button', { name: /^Kopier teksten/ }).click();
  await expect(panelView(panel).announcer).toContainText('Kopiert');
  await screenshot(panel, 'drafting-veileder');
  const field = await pasteInto(page, 'textarea[name="konklusjon"]');
  await expect(field).toHaveValue('Du øker til 60 % fra januar.');
});
