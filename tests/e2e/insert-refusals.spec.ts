import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { URLS } from './support/fixture-routes.mjs';
import { panelView } from './support/panel-view';
import { expect, test } from './support/session';

// «Sett inn» when it must not happen (issue 17): each bad case gets the panel's clear message, and nothing
// on the page changes. All on the controlled plan form (Preact state and a counter, as NAV's React form),
// so a write that slipped past the page's editing path would still show in the field or the counter.

type Session = Parameters<Parameters<typeof test>[2]>[0]['session'];

const FIELD = 'typiskArbeidshverdag';
const LABEL = 'Hvordan ser en vanlig arbeidsdag ut?';
const NOTE = 'Vi begynner med varemottak #arbeidsdag';
const DRAFTED = 'Vi begynner med varemottak.';

/** Opens the controlled plan and its panel, and drafts the one field from a tagged free note. */
async function draftOnPlan(session: Session): Promise<{ form: Page; panel: Page }> {
  const form = await session.open(URLS.controlledPlan);
  const panel = await session.panelFor(form);
  await panelView(panel).showsContext('oppfolgingsplan-leder-ny-plan');
  await panel.getByLabel(/Frie notater/).fill(NOTE);
  await expect(panel.locator(`[data-field="${FIELD}"] .draft__text`)).toHaveValue(DRAFTED);
  return { form, panel };
}

function insertButton(panel: Page) {
  return panel.locator(`[data-field="${FIELD}"]`).getByRole('button', { name: /^Sett inn/ });
}

/** The field and its counter as the page's own state keeps them: untouched. */
async function expectUntouched(form: Page): Promise<void> {
  await expect(form.locator(`#${FIELD}`)).toHaveValue('');
  await expect(form.locator(`[data-counter="${FIELD}"]`)).toHaveText('2000 tegn igjen');
}

test('the tab was closed: «fanen er lukket», nothing sent anywhere', async ({ session }) => {
  const { form, panel } = await draftOnPlan(session);
  await form.close();
  await insertButton(panel).click();
  await expect(panel.getByTestId('insert-status')).toHaveText(`Ikke satt inn i «${LABEL}»: fanen er lukket.`);
  expect(session.extensionRequests).toEqual([]);
});

test('the page navigated (the app changed route) before the insert reached it: nothing written', async ({
  session,
}) => {
  const { form, panel } = await draftOnPlan(session);
  // The app changes route while the panel still shows the form: the page's thread is busy for 2 s (so our
  // content script can tell nobody yet), then pushState to the active plan. The insert message waits
  // behind it and finds the page at another address than the one the panel drafted for.
  const aktivPlan = new URL(URLS.controlledPlan.replace(/ny-plan$/, 'aktiv-plan')).pathname;
  await form.evaluate((path) => {
    setTimeout(() => {
      const until = performance.now() + 2000;
      while (performance.now() < until) {
        // Busy, as an app rendering a heavy route is.
      }
      history.pushState(null, '', path);
    }, 0);
  }, aktivPlan);
  await insertButton(panel).click();
  await expect(panel.getByTestId('insert-status')).toHaveText(
    `Ikke satt inn i «${LABEL}»: siden er endret siden panelet leste den. Prøv igjen.`,
  );
  expect(new URL(form.url()).pathname).toBe(aktivPlan);
  await expectUntouched(form);
  // Once the content script reports the new address, the panel stops offering «Sett inn» there.
  await panelView(panel).showsContext('oppfolgingsplan-leder-aktiv-plan');
  await expect(panel.getByRole('button', { name: /^Sett inn/ })).toHaveCount(0);
});

test('the content script is not in the page: the tab moved on to a site it does not run on', async ({ session }) => {
  const { form, panel } = await draftOnPlan(session);
  // A link to a page outside NAV that is slow to finish loading: until it has, the panel still shows the
  // form, but the tab's document is one our content script is not in (as a tab opened before an update).
  let releaseImage: () => void = () => undefined;
  await session.context.route('https://www.example.org/treg-side', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: '<!doctype html><html lang="nb"><title>Treg side</title><h1>Treg side</h1><textarea name="typiskArbeidshverdag"></textarea><img src="/treg.png" alt="">',
    }),
  );
  await session.context.route('https://www.example.org/treg.png', (route) => {
    releaseImage = () => void route.abort().catch(() => undefined);
  });
  await form.goto('https://www.example.org/treg-side', { waitUntil: 'domcontentloaded' });
  await panelView(panel).showsContext('oppfolgingsplan-leder-ny-plan');
  await insertButton(panel).click();
  await expect(panel.getByTestId('insert-status')).toHaveText(
    `Ikke satt inn i «${LABEL}»: Følgesvenn får ikke kontakt med siden. Last inn siden på nytt og prøv igjen.`,
  );
  await expect(form.locator('textarea[name="typiskArbeidshverdag"]')).toHaveValue('');
  releaseImage();
  // Once the tab has loaded, the panel knows the page and offers no «Sett inn».
  await panelView(panel).showsContext('unknown');
  await expect(panel.getByRole('button', { name: /^Sett inn/ })).toHaveCount(0);
});

for (const [state, attribute, message] of [
  ['disabled', 'disabled', 'feltet er ikke aktivt på siden.'],
  ['read-only', 'readonly', 'feltet kan ikke redigeres på siden.'],
] as const) {
  test(`the field is ${state}: a message, the page's state unchanged`, async ({ session }) => {
    const { form, panel } = await draftOnPlan(session);
    // As NAV's form does while it saves, or for a plan that can no longer be edited.
    await form.locator(`#${FIELD}`).evaluate((field, name) => field.setAttribute(name, ''), attribute);
    await insertButton(panel).click();
    await expect(panel.getByTestId('insert-status')).toHaveText(`Ikke satt inn i «${LABEL}»: ${message}`);
    await expectUntouched(form);
    // «Fyll inn alle» tells the same for that field, and still fills nothing into it.
    await panel.getByRole('button', { name: 'Fyll inn alle' }).click();
    await expect(panel.getByTestId('insert-status')).toContainText(message);
    await expectUntouched(form);
  });
}

test('the field is not on the page (the summary step is showing): a message, the summary unchanged', async ({
  session,
}) => {
  const { form, panel } = await draftOnPlan(session);
  await form.getByRole('button', { name: 'Neste' }).click();
  await expect(form.locator('[data-step="oppsummering"]')).toBeVisible();
  await insertButton(panel).click();
  await expect(panel.getByTestId('insert-status')).toHaveText(
    `Ikke satt inn i «${LABEL}»: finner ikke feltet på siden. Er du på riktig steg i skjemaet?`,
  );
  await expect(form.locator(`[data-summary="${FIELD}"]`)).toHaveText('');
  // Back on the form step the field is as the user left it: empty, its counter full.
  await form.getByRole('button', { name: 'Tilbake' }).click();
  await expectUntouched(form);
});

test.describe('a journal page (the GP’s own journal, added as a site)', () => {
  // The journaltest build holds the synthetic journal origin from install (see journal.spec.ts).
  test.use({ extensionDir: resolve('.output/chrome-mv3-journaltest') });

  test('drafts the sykmelding messages for copying, and offers no «Sett inn»: the journal names its own fields', async ({
    session,
  }) => {
    const journal = await session.open(URLS.journal);
    const panel = await session.panelFor(journal);
    await panel.getByRole('button', { name: 'Bruk Følgesvenn på https://journal.example.org' }).click();
    await panelView(panel).showsContext('journal');
    await panel.getByLabel(/Frie notater/).fill('Kan jobbe med lette oppgaver #arbeidsgiver');
    const draft = panel.locator('[data-field="meldinger.tilArbeidsgiver"]');
    await expect(draft.locator('.draft__text')).toHaveValue('Kan jobbe med lette oppgaver.');
    await expect(draft.getByRole('button', { name: /^Kopier/ })).toBeVisible();
    await expect(panel.getByRole('button', { name: /^Sett inn/ })).toHaveCount(0);
    await expect(panel.getByRole('button', { name: 'Fyll inn alle' })).toHaveCount(0);
    await expect(journal.locator('#arbeidsgiver-melding')).toHaveValue('');
  });
});
