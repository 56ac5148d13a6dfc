import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { URLS } from './support/fixture-routes.mjs';
import { openPinnedPanel, tabIdOf, unpackedExtensionId } from './support/launch.mjs';
import { panelView } from './support/panel-view';
import { expect, screenshot, test } from './support/session';

// The browser's permission prompt cannot be clicked by any test, so these journeys use a build that
// holds the synthetic journal origin from install (`--mode journaltest`): asking for it again
// resolves at once, as it would after the user said yes. Everything after the prompt is real.
const JOURNAL_BUILD = resolve('.output/chrome-mv3-journaltest');
const ORIGIN = 'https://journal.example.org';

test.describe('a journal site the user adds', () => {
  test.use({ extensionDir: JOURNAL_BUILD });

  test('is added from the panel, read as a GP page, remembered, and removed again with its permission', async ({
    session,
  }) => {
    const journal = await session.open(URLS.journal);
    let panel = await session.panelFor(journal);
    await panelView(panel).showsContext('unknown');
    // The local heuristic suggests it (labels about sykmelding, diagnose, journalnotat) and waits.
    await expect(panel.getByTestId('journal-suggestion')).toContainText('ser ut som et journalsystem');
    await panelView(panel).showsContext('unknown');
    await panel.getByRole('button', { name: `Bruk Følgesvenn på ${ORIGIN}` }).click();
    await panelView(panel).showsContext('journal');
    await expect(panel.getByRole('heading', { level: 1 })).toHaveText('Journalsystem (lagt til av deg)');
    await expect(panelView(panel).rolePicker).toHaveValue('');
    await expect(panelView(panel).rolePicker.locator('option').first()).toHaveText('Fra siden (Lege)');
    await screenshot(panel, 'journal-added');

    // The registered content script reads the journal on its next load too.
    await journal.reload();
    await panelView(panel).showsContext('journal');

    // The role can be changed by hand and is remembered for the site.
    await panelView(panel).rolePicker.selectOption('leder');
    // Stored (a read and a write) before the panel is closed: a person is never that quick.
    await expect
      .poll(() => panel.evaluate(async () => (await chrome.storage.local.get('siteRoles')).siteRoles))
      .toEqual({ [ORIGIN]: 'leder' });
    await panel.close();
    ({ panel } = await openPinnedPanel(session.context, session.extensionId, await tabIdOf(session.context, journal)));
    await expect(panelView(panel).rolePicker).toHaveValue('leder');

    // Settings lists the site; removing it gives the permission back.
    await panel.getByText('Innstillinger').click();
    const row = panel.locator(`[data-site="${ORIGIN}"]`);
    await expect(row).toContainText('Lagt til av deg · tilgang gitt');
    await row.getByRole('button', { name: 'Fjern' }).click();
    await expect(row).toHaveCount(0);
    // The content script is unregistered. (The permission itself is handed back with
    // permissions.remove; this test build holds it from install, so Chromium keeps it here.)
    const registered = await panel.evaluate(() => chrome.scripting.getRegisteredContentScripts());
    expect(registered).toEqual([]);
    await journal.reload();
    await panelView(panel).showsContext('unknown');
  });
});

const POLICY_DIR = '/etc/chromium/policies/managed';
const canWritePolicy = typeof process.getuid === 'function' && process.getuid() === 0;

test.describe('a journal site the organisation lists (managed storage)', () => {
  test.use({ extensionDir: JOURNAL_BUILD });
  test.skip(!canWritePolicy, 'writing a Chromium policy file needs root (CI runs as root)');

  const policyFile = `${POLICY_DIR}/folgesvenn-e2e.json`;
  test.beforeAll(() => {
    mkdirSync(POLICY_DIR, { recursive: true });
    const id = unpackedExtensionId(JOURNAL_BUILD);
    writeFileSync(
      policyFile,
      JSON.stringify({ '3rdparty': { extensions: { [id]: { journalSites: [ORIGIN], defaultRole: 'lege' } } } }),
    );
  });
  test.afterAll(() => {
    if (existsSync(policyFile)) rmSync(policyFile);
  });

  test('is used without being added, marked as coming from the organisation', async ({ session }) => {
    const journal = await session.open(URLS.journal);
    const panel = await session.panelFor(journal);
    await panelView(panel).showsContext('journal');
    await expect(panelView(panel).rolePicker.locator('option').first()).toHaveText('Fra siden (Lege)');
    await panel.getByText('Innstillinger').click();
    const row = panel.locator(`[data-site="${ORIGIN}"]`);
    await expect(row).toContainText('Fra organisasjonen din · tilgang gitt');
    await expect(row.getByRole('button', { name: 'Fjern' })).toHaveCount(0);
    await screenshot(panel, 'journal-managed');
  });
});
