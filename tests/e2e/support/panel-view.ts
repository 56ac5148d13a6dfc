import { expect, type Locator, type Page } from '@playwright/test';

// The side panel as the journeys see it: one place that knows its names, test ids and selectors, so a
// journey reads as what the user does and a change to the panel's markup is fixed here once.
// Names are the accessible ones a user hears (the testing contract in the README); the few CSS
// selectors left are for parts without a role of their own (a drafted field's box, an item's row).

/** The first question of the leader's guide on the plan form, whose note most journeys type into. */
export const ARBEIDSDAG = 'Gå sammen gjennom en vanlig arbeidsdag';

/** The panel in `page`: its parts as locators, and what a user does with them. */
export function panelView(page: Page) {
  const root = page.locator('main');
  const caseSelect = page.getByRole('combobox', { name: 'Sak', exact: true });
  const item = (id: string): Locator => page.locator(`[data-item="${id}"]`);
  const draft = (field: string): Locator => page.locator(`[data-field="${field}"]`);
  const caseSettings = page.getByText('Om saken og lagring');

  return {
    page,
    /** The panel root: `data-context` (the recognised page) and `data-ready`. */
    root,
    /** The case picker. */
    caseSelect,
    /** The case picker's options (their text is the case labels). */
    caseOptions: caseSelect.locator('option'),
    /** The live region that announces what just happened. */
    announcer: page.getByTestId('announcer'),
    /** Where the active case is stored («Lagres bare til …» / «Beholdes på denne maskinen …»). */
    storageMode: page.getByTestId('storage-mode'),
    /** The status bar's next deadline. */
    nextDeadline: page.getByTestId('next-deadline'),
    /** The privacy guard's findings for a draft. */
    privacyFindings: page.getByTestId('privacy-findings'),
    /** Shown once every change is saved. */
    saved: page.locator('[data-save-state="saved"]'),
    /** Shown when saving failed, with the reason. */
    saveError: page.locator('[data-save-state="error"]'),
    /** The drafts' heading, where «Til utkastene» and Alt + U put the focus. */
    draftsHeading: page.locator('#drafts-title'),
    /** The guide picker. */
    guidePicker: page.getByLabel('Samtaleguide'),
    /** The role picker. */
    rolePicker: page.getByLabel('Rolle', { exact: true }),
    /** The note field of the question named `question`. */
    note: (question: string): Locator => page.getByLabel(`Notat: ${question}`),
    /** An item's row in the guide. */
    item,
    /** An item's tick box. */
    tick: (id: string): Locator => item(id).locator('.item__tick'),
    /** A drafted field's box (its text, counter and buttons). */
    draft,
    /** A drafted field's text. */
    draftText: (field: string): Locator => draft(field).locator('.draft__text'),

    /** Waits until the panel has read the page and its cases. */
    async ready(): Promise<void> {
      await expect(root).toHaveAttribute('data-ready', 'true');
    },
    /** Waits until the panel has recognised the page as `context`. */
    async showsContext(context: string): Promise<void> {
      await expect(root).toHaveAttribute('data-context', context);
    },
    /** Types into the note of the question named `question` and waits until it is saved. */
    async typeNote(question: string, text: string): Promise<void> {
      await page.getByLabel(`Notat: ${question}`).fill(text);
      await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
    },
    /** Starts a new case. */
    async newCase(): Promise<void> {
      await page.getByRole('button', { name: 'Ny sak' }).click();
    },
    /** Opens the case by its label. */
    async selectCase(label: string): Promise<void> {
      await caseSelect.selectOption({ label });
    },
    /** Opens or closes «Om saken og lagring». */
    async toggleCaseSettings(): Promise<void> {
      await caseSettings.click();
    },
    /** Names the active case and keeps it on this machine (the settings must be open). */
    async keepCase(label: string): Promise<void> {
      await page.getByLabel('Navn på saken').fill(label);
      await page.getByLabel('Behold på denne maskinen').check();
      await expect(page.getByTestId('storage-mode')).toHaveText(/Beholdes på denne maskinen/);
      await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
    },
    /** Sets the active case back to this session only (the settings must be open). */
    async unkeepCase(): Promise<void> {
      await page.getByLabel('Bare til nettleseren lukkes').check();
      await expect(page.getByTestId('storage-mode')).toHaveText(/Lagres bare til nettleseren lukkes/);
    },
    /** «Slett saken», confirmed (the settings must be open). */
    async deleteCase(): Promise<void> {
      await page.getByRole('button', { name: 'Slett saken' }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: 'Ja, slett saken' }).click();
    },
    /** «Slett alt», confirmed. */
    async deleteEverything(): Promise<void> {
      await page.getByRole('button', { name: 'Slett alt' }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: 'Ja, slett alt' }).click();
    },
  };
}

/** The panel's page object. */
export type PanelView = ReturnType<typeof panelView>;
