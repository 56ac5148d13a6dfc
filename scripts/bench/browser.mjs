// The figures measured in Chromium, all in one browser run: panel ready against an empty extension
// page, context update after in-page navigation, the content script's reader on 10 000 fields, and the
// panel's heap with a 1 MB case open. Times are taken inside the pages (performance.now and
// performance.timeOrigin), so Playwright's own round trips are not counted.
import { routeFixtures, URLS } from '../../tests/e2e/support/fixture-routes.mjs';
import { launchWithExtension, tabIdOf } from '../../tests/e2e/support/launch.mjs';
import { log, median, round } from './stats.mjs';

/** A synthetic NAV page with 10 000 labelled fields (never a real plan id). */
export const TEN_K_URL = 'https://www.nav.no/syk/oppfolgingsplan/be11c400-0000-4000-8000-000000010000/ny-plan';

function tenThousandFieldsPage() {
  const tags = ['input', 'textarea', 'select'];
  const parts = [];
  for (let index = 0; index < 10_000; index += 1) {
    if (index % 500 === 0) parts.push(`<h2>Del ${index / 500 + 1}</h2>`);
    const tag = tags[index % 3];
    const close = tag === 'input' ? '' : `</${tag}>`;
    parts.push(
      `<label for="f${index}">Felt nummer ${index}</label><${tag} id="f${index}" name="felt${index}">${close}`,
    );
  }
  return `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Benchmark: 10 000 felt</title></head>
<body><h1>Lag oppfølgingsplan (syntetisk)</h1>${parts.join('\n')}</body></html>`;
}

const READY_SIGNAL = 'folgesvenn-bench:ready';

/** Records, inside the page, when `main[data-ready]` first appears (ms since the navigation started). */
function recordReady(READY_SIGNAL) {
  const check = () => {
    if (window.__readyAt || !document.querySelector('main[data-ready]')) return;
    window.__readyAt = performance.now();
    // Told to the bench through the console: waiting with page.waitForFunction would inject
    // Playwright's own script into the panel while it starts, and its evaluation would count as ours.
    console.debug(READY_SIGNAL);
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-ready'],
  });
}

/**
 * Where the panel's start went, in ms, read inside the panel once it is ready: the navigation's own
 * timing, the panel's User Timing marks and measures (platform/start-marks.ts; the first of each name)
 * and the moment main[data-ready] appeared. Phases from navigation start unless named a duration.
 */
function startBreakdown() {
  const navigation = performance.getEntriesByType('navigation')[0];
  const first = (type, name) => performance.getEntriesByName(`folgesvenn:${name}`, type)[0];
  const markAt = (name) => first('mark', name)?.startTime ?? null;
  const took = (name) => first('measure', name)?.duration ?? null;
  const endOf = (name) => {
    const measure = first('measure', name);
    return measure ? measure.startTime + measure.duration : null;
  };
  const evaluated = markAt('evaluated');
  return {
    readyMs: window.__readyAt,
    breakdown: {
      htmlMs: navigation.responseEnd,
      earlyReadsSentAtMs: markAt('early-reads'),
      htmlToFirstScriptMs: navigation.domInteractive,
      scriptEvaluationMs: evaluated === null ? null : evaluated - navigation.domInteractive,
      scriptsEvaluatedAtMs: evaluated,
      readLanguageMs: took('read-language'),
      readSitesMs: took('read-sites'),
      readPolicyMs: took('read-policy'),
      readSiteRolesMs: took('read-site-roles'),
      readCasesMs: took('read-cases'),
      readTabCaseMs: took('read-tab-case'),
      snapshotAnswerMs: took('snapshot'),
      firstRenderAtMs: markAt('first-render'),
      loadGuideMs: took('load-guide'),
      guideLoadedAtMs: endOf('load-guide'),
      dataReadyAtMs: window.__readyAt,
    },
  };
}

async function openAndTime(context, url, readiness) {
  const page = await context.newPage();
  await page.addInitScript(recordReady, READY_SIGNAL);
  const signalled =
    readiness === 'ready'
      ? page.waitForEvent('console', { predicate: (message) => message.text() === READY_SIGNAL, timeout: 20_000 })
      : null;
  await page.goto(url);
  let value;
  if (readiness === 'ready') {
    await signalled;
    value = await page.evaluate(startBreakdown);
  } else if (readiness === 'floor') {
    await page.waitForFunction(() => window.__floorAt !== undefined);
    value = await page.evaluate(() => window.__floorAt);
  } else {
    await page.waitForFunction(() => performance.getEntriesByType('navigation')[0]?.loadEventEnd > 0);
    value = await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd);
  }
  await page.close();
  return value;
}

async function measurePanelReady(context, extensionId, emptyPage, floorPage, tabId, runs) {
  const panelUrl = `chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`;
  const emptyUrl = `chrome-extension://${extensionId}/${emptyPage}`;
  const floorUrl = `chrome-extension://${extensionId}/${floorPage}`;
  // One warm-up of each (the first open of an extension page pays for starting its process).
  await openAndTime(context, emptyUrl, 'load');
  await openAndTime(context, floorUrl, 'floor');
  await openAndTime(context, panelUrl, 'ready');
  const empty = [];
  const floor = [];
  const panel = [];
  const breakdowns = [];
  for (let run = 0; run < runs; run += 1) {
    empty.push(await openAndTime(context, emptyUrl, 'load'));
    floor.push(await openAndTime(context, floorUrl, 'floor'));
    const opened = await openAndTime(context, panelUrl, 'ready');
    panel.push(opened.readyMs);
    breakdowns.push(opened.breakdown);
  }
  // Each phase's median over the same runs (a phase the panel did not reach in a run is left out).
  const panelStartMs = Object.fromEntries(
    Object.keys(breakdowns[0]).map((phase) => {
      const values = breakdowns.map((entry) => entry[phase]).filter((value) => typeof value === 'number');
      return [phase, values.length > 0 ? round(median(values)) : null];
    }),
  );
  return {
    panelReadyMs: round(median(panel)),
    emptyPageLoadMs: round(median(empty)),
    panelReadyRatio: round(median(panel) / median(empty)),
    floorPageMs: round(median(floor)),
    floorPageRatio: round(median(floor) / median(empty)),
    panelReadyRatioToFloor: round(median(panel) / median(floor)),
    panelStartMs,
    samples: {
      panelReadyMs: panel.map((v) => round(v)),
      emptyPageLoadMs: empty.map((v) => round(v)),
      floorPageMs: floor.map((v) => round(v)),
    },
  };
}

async function measureContextUpdate(context, extensionId, runs) {
  const form = await context.newPage();
  await form.goto(URLS.nyPlan);
  const tabId = await tabIdOf(context, form);
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
  await panel.locator('main[data-context="oppfolgingsplan-leder-ny-plan"]').waitFor({ timeout: 20_000 });
  const samples = [];
  // Alternate between the two routes; the first round trip is a warm-up.
  for (let run = -2; run < runs; run += 1) {
    const route = run % 2 === 0 ? 'aktiv-plan' : 'ny-plan';
    const expected = `oppfolgingsplan-leder-${route}`;
    await panel.evaluate((wanted) => {
      window.__contextShown = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (document.querySelector('main')?.getAttribute('data-context') !== wanted) return;
          observer.disconnect();
          resolve(performance.timeOrigin + performance.now());
        });
        observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-context'] });
      });
    }, expected);
    const clickedAt = await form.evaluate((target) => {
      const link = document.querySelector(`a[data-spa="${target}"]`);
      const at = performance.timeOrigin + performance.now();
      link.click();
      return at;
    }, route);
    const shownAt = await panel.evaluate(() => window.__contextShown);
    if (run >= 0) samples.push(shownAt - clickedAt);
  }
  await panel.close();
  await form.close();
  return { contextUpdateMs: round(median(samples)), samples: samples.map((v) => round(v)) };
}

async function measureReader(context, readerSource, runs) {
  // Cold: the first read on a freshly loaded page, as the content script does on each page; warm:
  // later reads on the same page (as after an in-page navigation).
  const cold = [];
  const warm = [];
  let fieldsRead = 0;
  for (let run = 0; run < runs; run += 1) {
    const page = await context.newPage();
    await page.goto(TEN_K_URL);
    await page.waitForFunction(() => document.querySelectorAll('input, textarea, select').length === 10_000);
    await page.addScriptTag({ content: readerSource });
    const times = await page.evaluate(() => {
      const read = () => {
        const started = performance.now();
        const snapshot = window.FolgesvennBench.readPageStructure(document, location);
        return { ms: performance.now() - started, fields: snapshot.fields.length };
      };
      const first = read();
      const later = [read(), read(), read(), read(), read()];
      return { first, later };
    });
    cold.push(times.first.ms);
    warm.push(median(times.later.map((entry) => entry.ms)));
    fieldsRead = times.first.fields;
    await page.close();
  }
  return {
    contentScriptMsOn10kFields: round(median(cold)),
    contentScriptWarmMsOn10kFields: round(median(warm)),
    fieldsReportedOf10k: fieldsRead,
    samples: { cold: cold.map((v) => round(v)), warm: warm.map((v) => round(v)) },
  };
}

async function heapMb(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  // usedSize: the V8 (JavaScript) heap. embedderHeapUsedSize: Blink's own heap (the DOM), where the
  // engine reports it. Strings handed to the DOM may be externalised and then count in neither.
  return {
    js: usage.usedSize / 2 ** 20,
    withEmbedder: (usage.usedSize + (usage.embedderHeapUsedSize ?? 0) + (usage.backingStorageSize ?? 0)) / 2 ** 20,
  };
}

/**
 * Presses a key at the end of a textarea's text, `runs` times after 2 warm-ups, 300 ms of rest before
 * each: keydown → the first requestAnimationFrame callback after its input event, in ms, in-page.
 */
async function timeKeystrokes(page, area, runs) {
  await area.evaluate((element) => {
    element.focus();
    element.setSelectionRange(element.value.length, element.value.length);
    window.__keystrokes = [];
    let downAt = null;
    element.addEventListener('keydown', () => {
      downAt = performance.now();
    });
    element.addEventListener('input', () => {
      const started = downAt;
      requestAnimationFrame(() => {
        if (started !== null) window.__keystrokes.push(performance.now() - started);
      });
    });
  });
  const keystrokes = [];
  for (let run = -2; run < runs; run += 1) {
    await page.waitForTimeout(300); // Typing rests: each keystroke starts from a settled page.
    const before = await page.evaluate(() => window.__keystrokes.length);
    await page.keyboard.press('x');
    await page.waitForFunction((count) => window.__keystrokes.length > count, before, { timeout: 10_000 });
    const last = await page.evaluate(() => window.__keystrokes.at(-1));
    if (run >= 0) keystrokes.push(last);
  }
  return keystrokes;
}

async function measureHeap(context, extensionId, emptyPage, runs) {
  const emptyUrl = `chrome-extension://${extensionId}/${emptyPage}`;
  const form = await context.newPage();
  await form.goto(URLS.nyPlan);
  const tabId = await tabIdOf(context, form);
  const url = `chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`;
  const open = async () => {
    const panel = await context.newPage();
    await panel.goto(url);
    await panel.locator('main[data-ready]').waitFor({ timeout: 30_000 });
    return panel;
  };

  // The empty case, for comparison.
  const empty = [];
  for (let run = 0; run < Math.min(runs, 3); run += 1) {
    const panel = await open();
    empty.push(await heapMb(context, panel));
    await panel.close();
  }

  // Paste 1 MB of notes into the panel itself (so it is stored in whatever shape the product stores):
  // one input event, as a paste is. (Playwright's fill() would insert a multi-line text line by line,
  // one input event per line.) Wait until storage holds it, then open the case afresh.
  const big = 'Lang linje med notater om arbeidsdagen og tilretteleggingen.\n'.repeat(20_000).slice(0, 1_000_000);
  const writer = await open();
  await writer
    .locator('main textarea')
    .first()
    .evaluate((area, text) => {
      area.focus();
      area.value = text;
      area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    }, big);
  await writer.waitForFunction(
    async () => {
      const stored = await chrome.storage.session.get(null);
      return JSON.stringify(stored).length > 1_000_000;
    },
    undefined,
    { timeout: 30_000, polling: 250 },
  );
  await writer.close();

  const full = [];
  for (let run = 0; run < runs; run += 1) {
    const panel = await open();
    await panel.waitForFunction(() => document.querySelector('main textarea')?.value.length === 1_000_000, undefined, {
      timeout: 30_000,
    });
    full.push(await heapMb(context, panel));
    await panel.close();
  }

  // A keystroke at the end of the 1 MB note: keydown → the next animation frame after its input
  // event (the panel's own work for that keystroke done), both in-page, on a panel opened afresh.
  const typing = await open();
  const note = typing.locator('main textarea').first();
  await typing.waitForFunction(() => document.querySelector('main textarea')?.value.length >= 1_000_000, undefined, {
    timeout: 30_000,
  });
  const keystrokes = await timeKeystrokes(typing, note, runs);
  await typing.close();

  // The same keystrokes in a bare textarea holding the same 1 MB on an empty extension page (no script,
  // no panel): what the browser's own editing of 1 MB costs in this measure, for comparison.
  const bare = await context.newPage();
  await bare.goto(emptyUrl);
  await bare.evaluate((text) => {
    const area = document.createElement('textarea');
    area.rows = 8;
    area.style.width = '360px';
    area.value = text;
    document.body.append(area);
  }, big);
  const bareKeystrokes = await timeKeystrokes(bare, bare.locator('textarea'), runs);
  await bare.close();
  await form.close();
  const js = (list) => list.map((entry) => entry.js);
  const all = (list) => list.map((entry) => entry.withEmbedder);
  return {
    panelHeapMb: round(median(js(full))),
    panelHeapMbEmptyCase: round(median(js(empty))),
    panelHeapMbWithDom: round(median(all(full))),
    panelHeapMbWithDomEmptyCase: round(median(all(empty))),
    noteKeystrokeMs: round(median(keystrokes)),
    noteKeystrokeBareMs: round(median(bareKeystrokes)),
    // The panel's keystroke against the browser's own editing of the same 1 MB, in the same run.
    noteKeystrokeRatioToBare: round(median(keystrokes) / median(bareKeystrokes)),
    samples: {
      full: js(full).map((v) => round(v)),
      empty: js(empty).map((v) => round(v)),
      noteKeystrokeMs: keystrokes.map((v) => round(v)),
      noteKeystrokeBareMs: bareKeystrokes.map((v) => round(v)),
    },
  };
}

/** Runs every browser measurement in one Chromium with the given build. */
export async function measureInBrowser({ extensionDir, emptyPage, floorPage, readerSource, runs }) {
  const { context, extensionId } = await launchWithExtension({ extensionDir });
  try {
    const blocked = await routeFixtures(context, []);
    const page = tenThousandFieldsPage();
    await context.route(TEN_K_URL, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page }),
    );
    const browserVersion = context.browser()?.version() ?? null;

    log('▸ panel ready vs empty extension page …');
    const form = await context.newPage();
    await form.goto(URLS.nyPlan);
    const tabId = await tabIdOf(context, form);
    const ready = await measurePanelReady(context, extensionId, emptyPage, floorPage, tabId, runs);
    await form.close();

    log('▸ context update after in-page navigation …');
    const contextUpdate = await measureContextUpdate(context, extensionId, runs);

    log('▸ content script reader on 10 000 fields …');
    const reader = await measureReader(context, readerSource, runs);

    log('▸ panel heap and a keystroke with a 1 MB case …');
    const heap = await measureHeap(context, extensionId, emptyPage, runs);

    if (blocked.length > 0) throw new Error(`requests left the router during the bench: ${blocked.join(', ')}`);
    return { browserVersion, ready, contextUpdate, reader, heap };
  } finally {
    await context.close();
  }
}
