import type { Page } from '@playwright/test';
import { unfold } from './support/disclosure.mjs';
import { URLS } from './support/fixture-routes.mjs';
import { LEADER_NOTES, writeLeaderNotes } from './support/leader-notes.mjs';
import { panelView } from './support/panel-view';
import { expect, recordMetric, screenshot, test } from './support/session';

// «Sett inn» and «Fyll inn alle» (issue 17): the draft goes from the panel into the open form's own field,
// without the clipboard. The plan journey runs on a controlled form (Preact state and counter, as NAV's
// React form keeps them), so text that bypassed the page's editing path would be missing from its summary.

async function openSection(panel: Page, itemId: string): Promise<void> {
  await unfold(panel.locator(`.section:has([data-item="${itemId}"])`));
}

test('the plan: insert one field (state, counter, Ctrl+Z), the overwrite question, then «Fyll inn alle»', async ({
  session,
}) => {
  const form = await session.open(URLS.controlledPlan);
  const target = form.locator('#typiskArbeidshverdag');
  const counter = form.locator('[data-counter="typiskArbeidshverdag"]');
  await expect(counter).toHaveText('2000 tegn igjen');
  const panel = await session.panelFor(form);
  await panelView(panel).showsContext('oppfolgingsplan-leder-ny-plan');
  await writeLeaderNotes(panel);
  const expected = LEADER_NOTES.draftedArbeidsdag;
  const draft = panelView(panel).draft('typiskArbeidshverdag');
  await expect(draft.locator('.draft__text')).toHaveValue(expected);

  // One field: the page's state and counter follow, and nothing went through the clipboard.
  await draft.getByRole('button', { name: /^Sett inn/ }).click();
  await expect(panel.getByTestId('insert-status')).toContainText('Satt inn i «Hvordan ser en vanlig arbeidsdag ut?»');
  await expect(target).toHaveValue(expected);
  await expect(counter).toHaveText(`${2000 - expected.length} tegn igjen`);
  await screenshot(panel, 'insert-panel');

  // Ctrl+Z on the page takes the insert back, as the user's own typing would be.
  await form.bringToFront();
  await target.click();
  await form.keyboard.press('Control+z');
  await expect(target).toHaveValue('');
  await expect(counter).toHaveText('2000 tegn igjen');

  // Never overwrites silently: the user's own text on the page is kept unless they choose.
  await target.fill('Egen tekst');
  await draft.getByRole('button', { name: /^Sett inn/ }).click();
  const question = panel.getByTestId('insert-question');
  await expect(question).toContainText('har allerede tekst på siden (10 tegn)');
  await question.getByRole('button', { name: 'Avbryt' }).click();
  await expect(question).toHaveCount(0);
  await expect(target).toHaveValue('Egen tekst');
  await draft.getByRole('button', { name: /^Sett inn/ }).click();
  await question.getByRole('button', { name: 'Legg til' }).click();
  await expect(target).toHaveValue(`Egen tekst\n${expected}`);

  // «Fyll inn alle»: text, the date (Aksel's text input) and the Ja/Nei choice (found by legend and label).
  await openSection(panel, 'ia-enige-evaluering');
  await panel.locator('#note-ia-enige-evaluering').fill('Vi ser på planen igjen 01.03.2027');
  await openSection(panel, 'ia-enige-medvirket');
  await panelView(panel).item('ia-enige-medvirket').getByLabel('Ja').check();
  await expect(panelView(panel).draft('harDenAnsatteMedvirket')).toContainText('Ja');
  // Timed on both ends in the browser (performance.timeOrigin + now): the click in the panel, the last
  // input or change event the page's own listeners saw.
  await form.evaluate(() => {
    const mark = () => {
      (window as { lastEdit?: number }).lastEdit = performance.timeOrigin + performance.now();
    };
    document.addEventListener('input', mark, true);
    document.addEventListener('change', mark, true);
  });
  const clickedAt = await panel.getByRole('button', { name: 'Fyll inn alle' }).evaluate((button) => {
    const at = performance.timeOrigin + performance.now();
    (button as HTMLButtonElement).click();
    return at;
  });
  await expect(form.locator('#harDenAnsatteMedvirket input[value="ja"]')).toBeChecked();
  const lastEdit = await form.evaluate(() => (window as { lastEdit?: number }).lastEdit ?? Number.NaN);
  recordMetric('insertAllMs', lastEdit - clickedAt);
  await expect(form.locator('#evalueringsDato')).toHaveValue('01.03.2027');
  await expect(form.locator('#tilretteleggingFremover')).toHaveValue(
    '- slipper tunge løft i fire uker\n- kortere dager: 09–13',
  );
  // The one field that already held text is asked about, once.
  await expect(question).toContainText('«Hvordan ser en vanlig arbeidsdag ut?» har allerede tekst');
  await question.getByRole('button', { name: 'Erstatt' }).click();
  await expect(target).toHaveValue(expected);

  // The page's own state holds it all: its summary shows what the panel inserted.
  await form.bringToFront();
  await form.getByRole('button', { name: 'Neste' }).click();
  await expect(form.locator('[data-summary="typiskArbeidshverdag"]')).toHaveText(expected);
  await expect(form.locator('[data-summary="evalueringsDato"]')).toHaveText('01.03.2027');
  await expect(form.locator('[data-summary="harDenAnsatteMedvirket"]')).toHaveText('ja');

  // On the summary step the fields are gone: a clear message, nothing changed.
  await draft.getByRole('button', { name: /^Sett inn/ }).click();
  await expect(panel.getByTestId('insert-status')).toContainText('finner ikke feltet på siden');
  expect(session.extensionRequests).toEqual([]);
});

test('no «Sett inn» where the page is not the form’s kind (the active plan)', async ({ session }) => {
  const form = await session.open(URLS.aktivPlan);
  const panel = await session.panelFor(form);
  await writeLeaderNotes(panel);
  await expect(panelView(panel).draftText('typiskArbeidshverdag')).toHaveValue(LEADER_NOTES.draftedArbeidsdag);
  await expect(panel.getByRole('button', { name: /^Sett inn/ })).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Fyll inn alle' })).toHaveCount(0);
});

/** Opens a form's page, writes a tagged free note in its panel, and inserts the one field it drafts. */
async function insertTaggedNote(
  session: Parameters<Parameters<typeof test>[2]>[0]['session'],
  url: string,
  note: string,
  fieldId: string,
): Promise<Page> {
  const page = await session.open(url);
  const panel = await session.panelFor(page);
  await panel.getByLabel(/Frie notater/).fill(note);
  await panel
    .locator(`[data-field="${fieldId}"]`)
    .getByRole('button', { name: /^Sett inn/ })
    .click();
  await expect(panel.getByTestId('insert-status')).toContainText('Satt inn');
  return page;
}

test('the referat and the sykmelding message take a draft into their named fields', async ({ session }) => {
  const referat = await insertTaggedNote(
    session,
    URLS.referat,
    'Du og lederen din ble enige om kortere dager #situasjon',
    'situasjon',
  );
  await expect(referat.locator('textarea[name="situasjon"]')).toHaveValue(
    'Du og lederen din ble enige om kortere dager.',
  );
  const sykInn = await insertTaggedNote(
    session,
    URLS.sykInn,
    'Kan jobbe med lette oppgaver #arbeidsgiver',
    'meldinger.tilArbeidsgiver',
  );
  await expect(sykInn.locator('textarea[name="meldinger.tilArbeidsgiver"]')).toHaveValue(
    'Kan jobbe med lette oppgaver.',
  );
});
