import type { Page } from '@playwright/test';
import { URLS } from './support/fixture-routes.mjs';
import { panelView } from './support/panel-view';
import { expect, test } from './support/session';

// Page-side hostility. A page at a real NAV URL (synthetic, tests/fixtures/pages/hostile/) tampers with
// its own built-ins, posts 1 000 random window messages (our message types, WXT's internal event
// names, huge and deep values), fires WXT's internal DOM events with our id, and tries
// runtime.sendMessage / connect to our id. It must get no answer, and nothing the panel shows, holds or
// stores may change. Afterwards the content script must still follow the page.

const SEED = 20261123;

interface ExtensionApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: Record<'session' | 'local', { get(keys: null): Promise<Record<string, unknown>> }>;
}

interface AttackReport {
  posted: number;
  failures: string[];
  received: number;
  notFromSelf: number;
  attempts: Record<string, string>;
  answers: string[];
}

/** What the panel shows and what the extension holds and stores, read from the panel page. */
async function observe(panel: Page, tabId: number) {
  const main = panelView(panel).root;
  const inside = await panel.evaluate(async (tab) => {
    const api = (globalThis as unknown as { chrome: ExtensionApi }).chrome;
    return {
      snapshot: await api.runtime.sendMessage({ type: 'getSnapshot', tabId: tab }),
      session: await api.storage.session.get(null),
      local: await api.storage.local.get(null),
    };
  }, tabId);
  return {
    context: await main.getAttribute('data-context'),
    heading: await panel.getByRole('heading', { level: 1 }).textContent(),
    ...inside,
  };
}

test('a hostile page posting 1 000 random messages gets no answer and changes nothing', async ({ session }) => {
  const page = await session.open(URLS.hostile);
  const panel = await session.panelFor(page);
  const panelErrors: string[] = [];
  panel.on('pageerror', (error) => panelErrors.push(error.message));
  const tabId = Number(new URL(panel.url()).searchParams.get('tab'));
  await panelView(panel).showsContext('oppfolgingsplan-leder-ny-plan');

  // Something stored, so "unchanged" means something.
  const note = 'Notat før angrepet (syntetisk)';
  await panel.locator('textarea').first().fill(note);
  await expect
    .poll(async () => JSON.stringify(await observe(panel, tabId)).includes(note), { timeout: 10_000 })
    .toBe(true);
  // Let the save settle before taking the "before" picture.
  await panel.waitForTimeout(1000);
  const before = await observe(panel, tabId);

  // The content script read the real DOM from its isolated world, not the page's tampered built-ins.
  const snapshot = before.snapshot as { ok: boolean; snapshot: { title: string; fields: { label: string }[] } };
  expect(snapshot.ok).toBe(true);
  expect(snapshot.snapshot.title).toBe('Oppfølgingsplan');
  expect(snapshot.snapshot.fields.map((field) => field.label)).toContain('Hvordan ser en vanlig arbeidsdag ut?');
  expect(JSON.stringify(snapshot)).not.toMatch(/evil/i);

  const report = await page.evaluate(
    ([extensionId, seed]) =>
      (window as unknown as { __attack(id: string, count: number, seed: number): Promise<AttackReport> }).__attack(
        extensionId,
        1000,
        seed,
      ),
    [session.extensionId, SEED] as const,
  );
  test
    .info()
    .annotations.push({ type: 'runtime.sendMessage from the page', description: JSON.stringify(report.attempts) });

  expect(report.failures).toEqual([]);
  expect(report.posted).toBe(1000);
  // Every message the page received was one it posted itself: no answer from anyone.
  expect(report.received).toBe(report.posted);
  expect(report.notFromSelf).toBe(0);
  expect(report.answers.filter((answer) => answer !== 'undefined')).toEqual([]);
  // Without externally_connectable a web page has no runtime.sendMessage to reach us with, or it throws.
  expect(
    report.attempts.sendMessage !== 'function' || /^threw/.test(report.attempts.sendMessageResult ?? ''),
    JSON.stringify(report.attempts),
  ).toBe(true);

  await panel.waitForTimeout(1000);
  expect(await observe(panel, tabId)).toEqual(before);
  await expect(panel.locator('textarea').first()).toHaveValue(note);
  expect(panelErrors).toEqual([]);

  // The content script survived the fake WXT "newer script started" events: it still follows the page.
  await page.evaluate(() => {
    const real = (window as unknown as { __real: { querySelector: typeof document.querySelector } }).__real;
    (real.querySelector.call(document, 'a[data-spa="aktiv-plan"]') as HTMLElement).click();
  });
  await panelView(panel).showsContext('oppfolgingsplan-leder-aktiv-plan');
});
