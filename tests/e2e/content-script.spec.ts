import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import type { PageSnapshot } from '../../domain/page-snapshot';
import { STRESS_URLS, URLS } from './support/fixture-routes.mjs';
import { EXTENSION_DIR } from './support/launch.mjs';
import { panelView } from './support/panel-view';
import { expect, recordMetric, test } from './support/session';

// The content script in the production build, on hostile synthetic pages served at real NAV URLs:
// structure only, national ID numbers masked, bounded work, the page left alone, and reports on
// in-page navigation without polling. What the background holds is read through the panel (an
// extension page may ask for a tab's snapshot; a web page may not).

const CONTEXT = 'oppfolgingsplan-leder-ny-plan';
const BUILT_SCRIPT = `${EXTENSION_DIR}/content-scripts/page-snapshot.js`;

type Session = Parameters<Parameters<typeof test>[2]>[0]['session'];

interface Monitored {
  page: Page;
  /** Uncaught exceptions in any world of the page (main world, our isolated world, others). */
  exceptions: { world: string; text: string }[];
  /** Uncaught exceptions Playwright reports for the page's main world. */
  pageErrors: string[];
  /** The execution contexts seen, by id: `main`, `ours` (our content script) or `other:<name>`. */
  worlds: Map<number, string>;
}

/** Opens a page with a DevTools session attached first, so errors in every world are seen from the start. */
async function openMonitored(session: Session, url: string): Promise<Monitored> {
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  const worlds = new Map<number, string>();
  const exceptions: Monitored['exceptions'] = [];
  const pageErrors: string[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { isDefault?: boolean } | undefined;
    const world = aux?.isDefault
      ? 'main'
      : context.origin.includes(session.extensionId)
        ? 'ours'
        : `other:${context.name}`;
    worlds.set(context.id, world);
  });
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) => {
    const world = worlds.get(exceptionDetails.executionContextId ?? -1) ?? 'unknown';
    exceptions.push({ world, text: exceptionDetails.exception?.description ?? exceptionDetails.text });
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await cdp.send('Runtime.enable');
  await page.goto(url);
  return { page, exceptions, pageErrors, worlds };
}

/** The tab id the panel is pinned to (`sidepanel.html?tab=<id>`). */
function tabOf(panel: Page): number {
  return Number(new URL(panel.url()).searchParams.get('tab'));
}

/** The snapshot the background holds for the panel's tab, asked from the panel page. */
async function heldSnapshot(panel: Page): Promise<PageSnapshot | null> {
  const reply = await panel.evaluate(async (tabId) => {
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } })
      .chrome.runtime;
    return runtime.sendMessage({ type: 'getSnapshot', tabId });
  }, tabOf(panel));
  const typed = reply as { ok?: boolean; snapshot?: PageSnapshot | null };
  if (!typed.ok) throw new Error(`getSnapshot refused: ${JSON.stringify(reply)}`);
  return typed.snapshot ?? null;
}

/** Starts recording, in the panel page, every snapshot the background passes on for the panel's tab. */
async function recordPushes(panel: Page): Promise<void> {
  await panel.evaluate((tabId) => {
    const runtime = (
      globalThis as unknown as {
        chrome: { runtime: { onMessage: { addListener(listener: (message: unknown) => void): void } } };
      }
    ).chrome.runtime;
    const pushes: unknown[] = [];
    (window as unknown as { __pushes: unknown[] }).__pushes = pushes;
    runtime.onMessage.addListener((message) => {
      const typed = message as { type?: string; tabId?: number; snapshot?: unknown };
      if (typed.type === 'snapshotChanged' && typed.tabId === tabId) pushes.push(typed.snapshot);
    });
  }, tabOf(panel));
}

/**
 * The latest snapshot the content script sent by itself (the background passes each one on). Unlike
 * `heldSnapshot`, this cannot be satisfied by the background asking the tab afresh.
 */
function lastPush(panel: Page): Promise<PageSnapshot | null> {
  return panel.evaluate(
    () => ((window as unknown as { __pushes: PageSnapshot[] }).__pushes.at(-1) as PageSnapshot | undefined) ?? null,
  );
}

/** The page's own counter still counts. */
async function expectPageCounterWorks(page: Page): Promise<void> {
  const before = await page.evaluate(() => (window as unknown as { __clicks: number }).__clicks);
  await page.locator('#teller').click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __clicks: number }).__clicks)).toBe(before + 1);
  await expect(page.locator('#teller')).toHaveText(`Klikk: ${before + 1}`);
}

const pageValue = <T>(page: Page, name: string): Promise<T> =>
  page.evaluate((key) => (window as unknown as Record<string, T>)[key] as T, name);

test.describe('structure only', () => {
  test('never reads a field value: traps on prototypes and instances record 0 reads, the snapshot holds no value', async ({
    session,
  }) => {
    const { page, exceptions, pageErrors } = await openMonitored(session, STRESS_URLS.valueTraps);
    const panel = await session.panelFor(page);
    await panelView(panel).showsContext(CONTEXT);
    expect(await pageValue<boolean>(page, '__pageOk')).toBe(true);

    // The user types; the page re-renders, so the content script reads the page again.
    await page.locator('#fritekst').fill('HEMMELIG-SKREVET');
    await page.locator('#typiskArbeidshverdag').fill('HEMMELIG-SKREVET-TEKST');
    await page.locator('#endre').click();
    await expect
      .poll(async () => (await heldSnapshot(panel))?.headings.map((heading) => heading.text))
      .toContain('Mer om arbeidsdagen');

    const snapshot = await heldSnapshot(panel);
    expect(JSON.stringify(snapshot)).not.toContain('HEMMELIG');
    // Labels are read without what a wrapped textarea or select holds.
    expect(snapshot?.fields.map((field) => field.label)).toEqual([
      'Hvordan ser en vanlig arbeidsdag ut?',
      'Innpakket tekstfelt',
      'Innpakket valg',
      'Fritekst',
      'Avkrysset',
    ]);
    // The content script runs in an isolated world, so these main-world traps cannot see its reads: the
    // same traps in the reader's own world are the unit test's job (tests/unit/platform/page-structure),
    // and the snapshot above shows that no value reached the background. Here the traps show that the
    // extension put nothing into the page's own world that reads a value.
    expect(await pageValue<string[]>(page, '__valueReads')).toEqual([]);

    // Positive control: the page's own read is recorded, by the prototype trap and the instance trap.
    await page.evaluate(() => (document.getElementById('fritekst') as HTMLInputElement).value);
    await page.evaluate(() => (document.querySelector('select') as HTMLSelectElement).selectedIndex);
    expect(await pageValue<string[]>(page, '__valueReads')).toEqual([
      'instance.value',
      'HTMLInputElement.prototype.value',
      'HTMLSelectElement.prototype.selectedIndex',
    ]);
    expect(pageErrors).toEqual([]);
    expect(exceptions).toEqual([]);
  });

  test('masks 11-digit numbers before anything leaves the content script', async ({ session }) => {
    const { page, exceptions } = await openMonitored(session, STRESS_URLS.nationalId);
    const panel = await session.panelFor(page);
    // The masked URL still names the leader's new-plan page.
    await panelView(panel).showsContext(CONTEXT);
    const snapshot = await heldSnapshot(panel);
    const json = JSON.stringify(snapshot);
    expect(snapshot?.title).toBe('Journal – Kari Eksempel ***********');
    expect(snapshot?.url).toBe('https://www.nav.no/syk/oppfolgingsplan/***********/ny-plan');
    // Not even part of the number, where it straddles the places the reader cuts text.
    expect(json).not.toMatch(/\d{5,}/);
    expect(json).not.toContain('010199');
    expect(exceptions).toEqual([]);
  });
});

interface HostileCase {
  name: keyof typeof STRESS_URLS;
  /** Checks of what the page did and what the content script reported. */
  check(page: Page, snapshot: PageSnapshot): Promise<void>;
}

const labelsOf = (snapshot: PageSnapshot) => snapshot.fields.map((field) => field.label);
const namesOf = (snapshot: PageSnapshot) => snapshot.fields.map((field) => field.name);

const HOSTILE: HostileCase[] = [
  {
    name: 'fields10000',
    async check(page, snapshot) {
      expect(await page.locator('input, textarea, select').count()).toBe(10_000);
      expect(snapshot.fields).toHaveLength(150);
      expect(snapshot.fields[0]).toEqual({ id: 'f0', name: 'felt0', label: 'Felt nummer 0', tag: 'input' });
    },
  },
  {
    name: 'deep5000',
    async check(page, snapshot) {
      expect(await pageValue<number>(page, '__depth')).toBeGreaterThan(5000);
      expect(snapshot.fields).toEqual([{ id: '', name: 'dypt', label: 'Dypt felt', tag: 'input' }]);
      expect(snapshot.headings.map((heading) => heading.text)).toEqual(['Lag oppfølgingsplan', 'Helt nederst']);
    },
  },
  {
    name: 'shadow200',
    async check(page, snapshot) {
      expect(await pageValue<number>(page, '__shadowRoots')).toBe(200);
      // Top document only: the shadow trees' fields and headings are not read.
      expect(namesOf(snapshot)).toEqual(['lys']);
      expect(snapshot.headings.map((heading) => heading.text)).toEqual(['Lag oppfølgingsplan']);
    },
  },
  {
    name: 'iframes50',
    async check(page, snapshot) {
      await expect.poll(() => pageValue<number>(page, '__framesLoaded')).toBe(50);
      // Top document only: the frames' fields are not read, and the script is not injected into frames.
      expect(namesOf(snapshot)).toEqual(['topp']);
    },
  },
  {
    name: 'labels100kb',
    async check(page, snapshot) {
      expect(await pageValue<number>(page, '__labelBytes')).toBe(100_000);
      expect(snapshot.title.length).toBeLessThanOrEqual(300);
      expect(snapshot.headings[0]?.text).toMatch(/^(Lang etikett )+Lang$/);
      expect(snapshot.headings[0]?.text.length).toBeLessThanOrEqual(200);
      expect(snapshot.fields).toHaveLength(62);
      for (const label of labelsOf(snapshot)) expect(label.length).toBeLessThanOrEqual(200);
      // The label of 20 000 nodes and the 100 kB aria-label are read too, cut to length.
      expect(snapshot.fields.at(-2)?.name).toBe('mange-noder');
      expect(snapshot.fields.at(-2)?.label).toMatch(/^(ord ){49}ord$/);
      expect(snapshot.fields.at(-1)?.name).toBe('aria-stor');
    },
  },
  {
    name: 'markupInLabels',
    async check(page, snapshot) {
      const payloads = await pageValue<string[]>(page, '__payloads');
      // Kept as text, exactly: nothing parsed it, so nothing ran.
      expect(labelsOf(snapshot)).toEqual([...payloads, payloads[1]]);
      expect(namesOf(snapshot).slice(0, 4)).toEqual(payloads);
      expect(snapshot.title).toBe("<script>window.__injected = 'title'</script>");
      expect(await pageValue<unknown>(page, '__injected')).toBeUndefined();
    },
  },
  {
    name: 'overrides',
    async check(page, snapshot) {
      // Nobody but the page itself called the overridden functions...
      const own = await pageValue<Record<string, number>>(page, '__ownCalls');
      expect(await pageValue<Record<string, number>>(page, '__overrideCalls')).toEqual(own);
      // ...and the page's own code got what its overrides return.
      expect(await pageValue<string>(page, '__ownResult')).toBe('"overstyrt"2,1');
      expect(snapshot.fields).toEqual([
        { id: 'typiskArbeidshverdag', name: '', label: 'Hvordan ser en vanlig arbeidsdag ut?', tag: 'textarea' },
      ]);
    },
  },
  {
    name: 'clobbering',
    async check(page, snapshot) {
      // In the page's world, document.title and document.querySelectorAll are the named elements.
      expect(await pageValue<boolean>(page, '__clobbered')).toBe(true);
      expect(snapshot.title).toBe('Stresstest: navngitte elementer');
      expect(snapshot.fields.find((field) => field.id === 'typiskArbeidshverdag')?.label).toBe(
        'Hvordan ser en vanlig arbeidsdag ut?',
      );
      expect(snapshot.fields.find((field) => field.name === 'nextSibling')?.label).toBe('Innpakket felt');
    },
  },
];

test.describe('hostile pages', () => {
  for (const hostile of HOSTILE) {
    test(`${hostile.name}: no error, the page unaffected, the panel shows the context`, async ({ session }) => {
      const { page, exceptions, pageErrors, worlds } = await openMonitored(session, STRESS_URLS[hostile.name]);
      expect(await pageValue<boolean>(page, '__pageOk')).toBe(true);
      const panel = await session.panelFor(page);
      await panelView(panel).showsContext(CONTEXT);
      // Our content script ran in this page (its isolated world was created) and reported.
      expect([...worlds.values()]).toContain('ours');
      const snapshot = await heldSnapshot(panel);
      if (!snapshot) throw new Error('no snapshot held');
      await hostile.check(page, snapshot);
      await expectPageCounterWorks(page);
      // The page's DOM change from the click is read again without trouble.
      await page.waitForTimeout(400);
      expect(await panel.evaluate(() => (window as unknown as { __injected?: unknown }).__injected)).toBeUndefined();
      expect(pageErrors).toEqual([]);
      expect(exceptions).toEqual([]);
    });
  }
});

test.describe('in-page navigation, without polling', () => {
  test('reports again on a title-only change, history API, popstate and hash changes, also while the page keeps changing', async ({
    session,
  }) => {
    const { page, exceptions } = await openMonitored(session, STRESS_URLS.navigation);
    const panel = await session.panelFor(page);
    const root = panelView(panel).root;
    await expect(root).toHaveAttribute('data-context', CONTEXT);
    // The page changes only its title, half a second after load. (Read from the background, which may
    // also have asked the tab; the steps below watch what the content script sends by itself.)
    await expect.poll(async () => (await heldSnapshot(panel))?.title).toBe('Oppfølgingsplan – lagret');

    await recordPushes(panel);
    const pushed = async () => {
      const snapshot = await lastPush(panel);
      return {
        path: snapshot?.url.replace(/^.*\//, ''),
        title: snapshot?.title,
        headings: snapshot?.headings.map((heading) => heading.text),
      };
    };

    // A title-only change again, now watched.
    await page.evaluate(() => {
      setTimeout(() => {
        document.title = 'Oppfølgingsplan – sendt';
      }, 500);
    });
    await expect.poll(async () => (await pushed()).title).toBe('Oppfølgingsplan – sendt');

    // History API with no DOM change at all: only the navigation events can tell.
    await page.evaluate(() => history.pushState({}, '', 'aktiv-plan'));
    await expect.poll(async () => (await pushed()).path).toBe('aktiv-plan');
    await expect(root).toHaveAttribute('data-context', 'oppfolgingsplan-leder-aktiv-plan');
    await page.evaluate(() => history.back());
    await expect.poll(async () => (await pushed()).path).toBe('ny-plan');
    await expect(root).toHaveAttribute('data-context', CONTEXT);
    await page.evaluate(() => history.replaceState({}, '', 'aktiv-plan'));
    await expect.poll(async () => (await pushed()).path).toBe('aktiv-plan');
    await page.evaluate(() => history.replaceState({}, '', 'ny-plan'));
    await expect.poll(async () => (await pushed()).path).toBe('ny-plan');
    await expect(root).toHaveAttribute('data-context', CONTEXT);

    // A hash router renders the step named in the hash.
    await page.evaluate(() => {
      location.hash = 'steg-2';
    });
    await expect.poll(async () => (await pushed()).headings).toContain('Steg: steg-2');

    // A page that never stops changing (a clock every 20 ms) must not starve the debounced read. In
    // front, as the user has it: Chromium slows the timers of a background tab to once a second.
    await page.bringToFront();
    await page.evaluate(() => (window as unknown as { startClock(): void }).startClock());
    await page.waitForTimeout(300);
    const started = Date.now();
    // Text changed in place (a text node's data), as frameworks update a title or heading.
    await page.evaluate(() => {
      (document.querySelector('title')?.firstChild as Text).data = 'Tittel endret på stedet';
      (document.querySelector('h1')?.firstChild as Text).data = 'Oppfølgingsplan for Kari Eksempel';
    });
    await expect.poll(pushed, { timeout: 3000 }).toEqual({
      path: 'ny-plan',
      title: 'Tittel endret på stedet',
      headings: ['Oppfølgingsplan for Kari Eksempel', 'Steg: steg-2'],
    });
    recordMetric('contentScriptBusyPageUpdateMs', Date.now() - started);
    await page.evaluate(() => clearInterval((window as unknown as { __clock: number }).__clock));
    expect(exceptions).toEqual([]);
  });

  test('starts no interval and no animation-frame loop, and runs no timer while the page is quiet', async ({
    session,
  }) => {
    const page = await session.context.newPage();
    const cdp = await session.context.newCDPSession(page);
    const ours = `chrome-extension://${session.extensionId}/`;
    const timers: { event: string; ours: boolean; at: number }[] = [];
    const scriptUrls = new Map<string, string>();
    cdp.on('Debugger.scriptParsed', ({ scriptId, url }) => scriptUrls.set(scriptId, url));
    // Pause on every timer call and timer callback in any world of the page, note whose it is, go on.
    cdp.on('Debugger.paused', ({ data, callFrames }) => {
      const event = String((data as { eventName?: string } | undefined)?.eventName ?? '').replace(
        'instrumentation:',
        '',
      );
      const url = scriptUrls.get(callFrames[0]?.location.scriptId ?? '') ?? '';
      timers.push({ event, ours: url.startsWith(ours), at: Date.now() });
      cdp.send('Debugger.resume').catch(() => undefined);
    });
    await cdp.send('Debugger.enable');
    const events = ['setTimeout', 'setInterval', 'requestAnimationFrame'];
    for (const eventName of [...events, ...events.map((event) => `${event}.callback`)]) {
      await cdp.send('EventBreakpoints.setInstrumentationBreakpoint', { eventName });
    }
    await page.goto(STRESS_URLS.navigation);
    const panel = await session.panelFor(page);
    await panelView(panel).showsContext(CONTEXT);
    // The page's title change at 500 ms makes the content script schedule one debounced read.
    await expect.poll(async () => (await heldSnapshot(panel))?.title).toBe('Oppfølgingsplan – lagret');
    await page.waitForTimeout(500);
    const quietFrom = Date.now();
    await page.waitForTimeout(3000);

    // Positive controls: the monitor sees the page's own timer and the content script's debounce.
    expect(timers.some((timer) => !timer.ours && timer.event === 'setTimeout')).toBe(true);
    expect(timers.some((timer) => timer.ours && timer.event === 'setTimeout')).toBe(true);
    expect(timers.some((timer) => timer.ours && timer.event === 'setTimeout.callback')).toBe(true);
    // No interval, no animation-frame loop, and nothing at all from us while the page is quiet.
    expect(timers.filter((timer) => timer.ours && !timer.event.startsWith('setTimeout'))).toEqual([]);
    expect(timers.filter((timer) => timer.ours && timer.at >= quietFrom)).toEqual([]);
    // Positive control for intervals: the page's own clock is seen.
    await page.evaluate(() => (window as unknown as { startClock(): void }).startClock());
    await expect.poll(() => timers.some((timer) => !timer.ours && timer.event === 'setInterval')).toBe(true);
    await page.evaluate(() => clearInterval((window as unknown as { __clock: number }).__clock));
    await cdp.send('Debugger.disable');
  });

  test('the built script: our code has no setInterval, and WXT’s polling fallbacks are never started', () => {
    const source = readFileSync('entrypoints/page-snapshot.content.ts', 'utf8');
    const code = source.replace(/\/\/.*$/gm, '');
    // The entry never uses WXT's context (whose `wxt:locationchange` watcher polls every second
    // where the Navigation API is missing, and whose ctx.setInterval would be a loop).
    expect(code).not.toMatch(/setInterval|requestAnimationFrame|wxt:locationchange|\bctx\b/);
    expect(code).toMatch(/main\(\)\s*\{/);
    // WXT's runtime in the bundle holds exactly those two unused paths (its ctx.setInterval method and
    // the location watcher's fallback), and no other setInterval.
    const built = readFileSync(BUILT_SCRIPT, 'utf8');
    // (Shaped by the minifier: a binding may be `let` or `const`.)
    const wxtMethod = /setInterval\(\w+,\w+\)\{(?:let|const) \w+=setInterval\(/g;
    const wxtWatcher = /\w+\.setInterval\(\(\)=>\{(?:let|const) \w+=new URL\(location\.href\)/g;
    expect(built.match(wxtMethod)).toHaveLength(1);
    expect(built.match(wxtWatcher)).toHaveLength(1);
    expect(built.replace(wxtMethod, '').replace(wxtWatcher, '')).not.toContain('setInterval');
    expect(built).toContain('noScriptStartedPostMessage:!0');
    const gzipBytes = gzipSync(built, { level: 9 }).length;
    expect(gunzipSync(gzipSync(built)).toString()).toBe(built);
    recordMetric('contentScriptGzipBytes', gzipBytes);
    // 6 kB: the guard's normalisation (masking as the privacy guard reads) and «Sett inn»'s editing path live here.
    expect(gzipBytes).toBeLessThanOrEqual(6144);
  });
});

test('a page cannot silence the script with WXT’s “newer script started” event, nor learn the extension id', async ({
  session,
}) => {
  const page = await session.context.newPage();
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __messages: string[] }).__messages = seen;
    addEventListener('message', (event) => seen.push(JSON.stringify(event.data)));
  });
  await page.goto(URLS.nyPlan);
  const panel = await session.panelFor(page);
  const root = panelView(panel).root;
  await expect(root).toHaveAttribute('data-context', CONTEXT);
  // WXT ends its context when it sees this event; the name holds our (public) extension id.
  await page.evaluate((id) => {
    document.dispatchEvent(
      new CustomEvent(`${id}:page-snapshot:wxt:content-script-started`, {
        detail: { contentScriptName: 'page-snapshot', messageId: 'forged' },
      }),
    );
  }, session.extensionId);
  // Still listening: a change that only the MutationObserver sees, and an in-page navigation.
  await recordPushes(panel);
  await page.evaluate(() => {
    document.title = 'Oppfølgingsplan – etter den falske hendelsen';
  });
  await expect.poll(async () => (await lastPush(panel))?.title).toBe('Oppfølgingsplan – etter den falske hendelsen');
  await page.getByRole('link', { name: 'Aktiv plan' }).click();
  await expect(root).toHaveAttribute('data-context', 'oppfolgingsplan-leder-aktiv-plan');
  const messages = await pageValue<string[]>(page, '__messages');
  expect(messages.filter((message) => message.includes(session.extensionId))).toEqual([]);
});

test('the page observes nothing of the script: no event, message or DOM change while it reads and reports', async ({
  session,
}) => {
  const page = await session.context.newPage();
  // Listens before any script runs, capturing, on window and document, for every event type the page
  // can name: each `on…` handler of window, document and elements, and the names WXT builds from the
  // (public) extension id. An event the browser makes is trusted; one a script dispatches is not, and
  // the page dispatches none of its own. Every DOM change after the page has loaded is recorded too.
  await page.addInitScript((id) => {
    const seen: string[] = [];
    (window as unknown as { __observed: string[] }).__observed = seen;
    const types = new Set<string>();
    for (const target of [window, Document.prototype, HTMLElement.prototype, Element.prototype]) {
      for (let proto: object | null = target; proto; proto = Object.getPrototypeOf(proto)) {
        for (const key of Object.getOwnPropertyNames(proto)) if (key.startsWith('on')) types.add(key.slice(2));
      }
    }
    for (const name of ['content-script-started', 'locationchange']) {
      types.add(`${id}:page-snapshot:wxt:${name}`);
      types.add(`wxt:${name}`);
    }
    const record = (event: Event) => {
      if (!event.isTrusted || event.type === 'message') seen.push(`${event.type} (trusted: ${event.isTrusted})`);
    };
    for (const type of types) {
      addEventListener(type, record, true);
      document.addEventListener(type, record, true);
    }
    document.addEventListener('DOMContentLoaded', () => {
      new MutationObserver((mutations) => {
        for (const mutation of mutations) seen.push(`mutation ${mutation.type} ${mutation.attributeName ?? ''}`);
      }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    (window as unknown as { __types: number }).__types = types.size;
  }, session.extensionId);
  await page.goto(URLS.nyPlan);
  const panel = await session.panelFor(page);
  await panelView(panel).showsContext(CONTEXT);
  // The panel asks for the tab's snapshot as well: the script answers without touching the page.
  expect(await heldSnapshot(panel)).not.toBeNull();
  expect(await pageValue<number>(page, '__types')).toBeGreaterThan(100);
  expect(await pageValue<string[]>(page, '__observed')).toEqual([]);
});

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  args?: { data?: { url?: string }; fileName?: string };
}

test('time on the 10 000-field page (measured in a Chromium trace, not asserted)', async ({ session }) => {
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'v8'] },
    transferMode: 'ReportEvents',
  });
  await page.goto(STRESS_URLS.fields10000);
  const panel = await session.panelFor(page);
  await panelView(panel).showsContext(CONTEXT);
  // One more read after a DOM change (the click re-renders the counter's text).
  await page.locator('#teller').click();
  await page.waitForTimeout(500);
  await cdp.send('Tracing.end');
  await complete;

  const script = '/content-scripts/page-snapshot.js';
  const slices = (name: string, url: (event: TraceEvent) => string | undefined) =>
    events
      .filter((event) => event.ph === 'X' && event.name === name && (url(event) ?? '').includes(script))
      .map((event) => (event.dur ?? 0) / 1000);
  // EvaluateScript: the first run, with Chromium's setup of the isolated world; v8.run: our code in
  // it (WXT's wrapper, one read, one message); FunctionCall: each later callback (the debounced read).
  const figures = {
    evaluateScriptMs: slices('EvaluateScript', (event) => event.args?.data?.url),
    firstRunMs: slices('v8.run', (event) => event.args?.fileName),
    laterCallbacksMs: slices('FunctionCall', (event) => event.args?.data?.url),
  };
  console.log('content script on 10 000 fields:', JSON.stringify(figures));
  expect(figures.firstRunMs).toHaveLength(1);
  expect(figures.laterCallbacksMs.length).toBeGreaterThan(0);
  recordMetric('contentScript10000FieldsEvaluateScriptMs', figures.evaluateScriptMs[0] ?? -1);
  recordMetric('contentScript10000FieldsFirstRunMs', figures.firstRunMs[0] ?? -1);
  recordMetric('contentScript10000FieldsRereadMs', Math.max(...figures.laterCallbacksMs));
});
