// Debian's Firefox ESR with the Firefox build installed, driven by puppeteer-core over WebDriver BiDi
// (no geckodriver). Fixture pages are served at their real URLs per tab over BiDi; a monitor in the
// browser's parent process sees every HTTP(S) request of the whole browser, whichever process or
// context starts it, and cancels any the extension or Firefox itself starts.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { fixtureFor } from '../../e2e/support/fixture-routes.mjs';

/** Where Debian puts Firefox ESR; override with FIREFOX_PATH. */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** The production Firefox build the journeys run against. */
export const FIREFOX_BUILD = resolve('.output/firefox-mv3');

/** The add-on id in the Firefox manifest (wxt.config.ts). */
export const GECKO_ID = 'folgesvenn@folgesvenn.invalid';

/** The moz-extension:// host the journeys fix for the add-on (pref `extensions.webextensions.uuids`). */
export const EXTENSION_UUID = 'f0f0f0f0-0000-4000-8000-00000000f1fe';

/** The extension's own origin. */
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** A request the parent-process monitor saw. */
export interface SeenRequest {
  url: string;
  /** Who started it: the extension (any of its contexts), a web page, or Firefox itself. */
  by: 'extension' | 'page' | 'firefox';
  /** The document of the browsing context it came from, where Firefox knows one. */
  context: string;
  /** Cancelled by the monitor before it could leave (extension and Firefox requests). */
  cancelled: boolean;
}

/** A request seen over BiDi (`network.beforeRequestSent`, subscribed for all contexts). */
export interface BidiRequest {
  url: string;
  /** The URL of the browsing context that started it, or '' when BiDi gives none. */
  context: string;
}

export interface FirefoxSession {
  browser: Browser;
  profileDir: string;
  /** Firefox's warnings on the installed manifest (`extension.warnings`). */
  manifestWarnings: string[];
  /** Page requests to anything but a fixture (aborted over BiDi: they would have left the machine). */
  blocked: string[];
  /** Requests BiDi reported from a tab showing an extension page (the browser-wide subscription). */
  bidiExtensionRequests: BidiRequest[];
  /** Opens a new tab at a real URL, served from the fixtures. */
  open(url: string): Promise<Page>;
  /** Opens an extension page (path and query) in a new tab and waits until it is there. */
  extensionPage(path: string): Promise<Page>;
  /** The WebExtension tab id of a page (it is brought to the front to ask). */
  tabIdOf(page: Page): Promise<number>;
  /** Opens the panel pinned to the page's tab (`sidepanel.html?tab=<id>`) and waits for `data-ready`. */
  panelFor(page: Page): Promise<Page>;
  /** Evaluates JavaScript in the browser window's parent-process (chrome) document. */
  chrome<T>(expression: string): Promise<T>;
  /** Everything the parent-process monitor has seen so far. */
  seenRequests(): Promise<SeenRequest[]>;
  /** Stops Firefox (and waits for the process to end); removes the profile unless `keepProfile`. */
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

export interface LaunchOptions {
  extensionDir?: string;
  /** More Firefox preferences for this launch. */
  prefs?: Record<string, string | number | boolean>;
  /** Reuse a profile (a restart); a fresh one otherwise. */
  profileDir?: string;
}

/**
 * Less of Firefox's own traffic: add-on updates and recommendations, telemetry, captive portal, prefetch.
 * What still goes out (Firefox 153 keeps polling its Remote Settings) is cancelled by the monitor.
 */
const QUIET_PREFS: Record<string, string | number | boolean> = {
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.htmlaboutaddons.recommendations.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'toolkit.telemetry.enabled': false,
  'browser.ping-centre.telemetry': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.http.speculative-parallel-limit': 0,
};

/**
 * The monitor, installed in the parent process before the add-on: `http-on-opening-request` fires there
 * for every HTTP(S) channel of every process (pages, extension pages, the sidebar, the background page,
 * content scripts). What the extension or Firefox itself starts is recorded and cancelled.
 */
const MONITOR = `(() => {
  if (window.__folgesvennMonitor) return 'already';
  const seen = [];
  const fromExtension = (principal) => {
    if (!principal) return false;
    if (principal.addonId) return true;
    if (principal.isExpandedPrincipal) {
      try {
        return principal.QueryInterface(Ci.nsIExpandedPrincipal).allowlist.some(fromExtension);
      } catch {
        return false;
      }
    }
    return (principal.origin ?? '').startsWith('moz-extension://');
  };
  const observer = {
    observe(subject) {
      const channel = subject.QueryInterface(Ci.nsIHttpChannel);
      const info = channel.loadInfo;
      let context = '';
      try {
        context = BrowsingContext.get(info.browsingContextID)?.currentURI?.spec ?? '';
      } catch {}
      const by = fromExtension(info.triggeringPrincipal) || fromExtension(info.loadingPrincipal)
        ? 'extension'
        : info.loadingPrincipal?.isSystemPrincipal ? 'firefox' : 'page';
      const cancelled = by !== 'page';
      if (cancelled) channel.cancel(Cr.NS_BINDING_ABORTED);
      seen.push({ url: channel.URI.spec, by, context, cancelled });
    },
  };
  Services.obs.addObserver(observer, 'http-on-opening-request');
  window.__folgesvennMonitor = { seen };
  return 'installed';
})()`;

/** Puppeteer's WebDriver BiDi connection (not in its public types): raw commands and every event. */
interface BidiConnection {
  send(method: string, params: object): Promise<unknown>;
  // biome-ignore lint/suspicious/noExplicitAny: each BiDi event has its own shape; the handlers type it.
  on(event: string, handler: (event: any) => void): void;
}

/** The few WebExtension APIs the journeys call inside extension pages (Firefox's `browser` global). */
export type ExtensionWindow = Window & {
  browser: {
    extension: { getViews(filter: { type: 'sidebar' | 'tab' }): Window[] };
    runtime: { getBackgroundPage(): Promise<Window> };
    sidebarAction: { open(): Promise<void> };
    storage: Record<'local' | 'session' | 'managed', { get(keys: null): Promise<Record<string, unknown>> }>;
    permissions: { getAll(): Promise<{ origins?: string[] }> };
  };
};

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Polls `read` until `accept` holds (or throws after `timeoutMs` with the last value). */
export async function until<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  { timeoutMs = 10_000, what = 'condition' }: { timeoutMs?: number; what?: string } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      last = await read();
      if (accept(last)) return last;
    } catch (error) {
      lastError = error;
    }
    await sleep(100);
  }
  throw new Error(
    `Timed out after ${timeoutMs} ms waiting for ${what}; last value: ${JSON.stringify(last)}${lastError ? `; last error: ${lastError}` : ''}`,
  );
}

/** Serves the fixtures at their real URLs in one tab; anything else is aborted and recorded in `blocked`. */
async function routeFixtures(page: Page, blocked: string[]): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    const file = url.startsWith('https://') ? fixtureFor(url) : null;
    if (file === null) {
      blocked.push(url);
      void request.abort('blockedbyclient').catch(() => undefined);
      return;
    }
    // fixtureFor gives the file's whole path (a page, or a module the controlled page runs).
    const contentType = /\.m?js$/.test(file) ? 'text/javascript; charset=utf-8' : 'text/html; charset=utf-8';
    void readFile(file, 'utf8')
      .then((body) => request.respond({ status: 200, contentType, body }))
      .catch(() => request.abort('failed').catch(() => undefined));
  });
}

/** Launches Firefox ESR with a fresh (or the given) profile, the monitor, and the add-on installed. */
export async function launchFirefox({
  extensionDir = FIREFOX_BUILD,
  profileDir,
  prefs = {},
}: LaunchOptions = {}): Promise<FirefoxSession> {
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(`Firefox ESR not found at ${FIREFOX_PATH}. Install it: apt-get install firefox-esr`);
  }
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No Firefox build in ${extensionDir}. Run: npx wxt build -b firefox`);
  }
  const dir = profileDir ?? (await mkdtemp(join(tmpdir(), 'folgesvenn-firefox-')));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    userDataDir: dir,
    // Without it Firefox refuses to navigate to moz-extension:// and gives no parent-process context.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      ...QUIET_PREFS,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'intl.accept_languages': 'nb-NO, nb',
      ...prefs,
    },
  });
  const child = browser.process();
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 })) as {
    result: { contexts: { context: string; url: string }[] };
  };
  const chromeContext = tree.result.contexts.find((entry) => entry.url === 'chrome://browser/content/browser.xhtml');
  if (!chromeContext) throw new Error('no browser window in the parent process (is --remote-allow-system-access set?)');

  async function chrome<T>(expression: string): Promise<T> {
    // Returned as JSON: BiDi would otherwise give its own serialisation of objects.
    const { result } = (await connection.send('script.evaluate', {
      expression: `(async () => JSON.stringify((await (${expression})) ?? null))()`,
      target: { context: chromeContext?.context ?? '' },
      awaitPromise: true,
      resultOwnership: 'none',
    })) as { result: { type: string; result?: { value?: unknown }; exceptionDetails?: { text: string } } };
    if (result.type !== 'success') throw new Error(`chrome evaluation failed: ${result.exceptionDetails?.text}`);
    return JSON.parse(String(result.result?.value ?? 'null')) as T;
  }

  await chrome(MONITOR);

  // Every BiDi request event of the session (Puppeteer subscribes to the network module for all contexts).
  const contextUrls = new Map<string, string>();
  connection.on('browsingContext.contextCreated', (event: { context: string; url: string }) => {
    contextUrls.set(event.context, event.url);
  });
  connection.on('browsingContext.navigationStarted', (event: { context: string; url: string }) => {
    contextUrls.set(event.context, event.url);
  });
  const bidiExtensionRequests: BidiRequest[] = [];
  connection.on('network.beforeRequestSent', (event: { context: string | null; request: { url: string } }) => {
    const context = event.context === null ? '' : (contextUrls.get(event.context) ?? '');
    if (context.startsWith('moz-extension://') && !event.request.url.startsWith('moz-extension://')) {
      bidiExtensionRequests.push({ url: event.request.url, context });
    }
  });

  await browser.installExtension(extensionDir);
  // What Firefox said while reading the manifest (an unknown key, a bad value): it installs anyway.
  const manifestWarnings = await chrome<string[]>(
    `WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)}).extension.warnings`,
  );
  const blocked: string[] = [];

  const session: FirefoxSession = {
    browser,
    profileDir: dir,
    manifestWarnings,
    blocked,
    bidiExtensionRequests,
    chrome,
    async open(url) {
      const page = await browser.newPage();
      await routeFixtures(page, blocked);
      await page.goto(url);
      return page;
    },
    async extensionPage(path) {
      const page = await browser.newPage();
      const url = `${EXTENSION_ORIGIN}/${path}`;
      // goto() of an extension page never resolves over BiDi: start it, then poll where the tab is.
      void page.goto(url).catch(() => undefined);
      await until(
        () => page.evaluate(() => location.href),
        (href) => href === url,
        { what: `the tab to show ${url}` },
      );
      return page;
    },
    async tabIdOf(page) {
      await page.bringToFront();
      return chrome<number>(`(() => {
        const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
        return ExtensionParent.apiManager.global.tabTracker.getId(gBrowser.selectedTab);
      })()`);
    },
    async panelFor(page) {
      const tabId = await session.tabIdOf(page);
      const panel = await session.extensionPage(`sidepanel.html?tab=${tabId}`);
      await panel.waitForSelector('main[data-ready]', { timeout: 15_000 });
      return panel;
    },
    async seenRequests() {
      return chrome<SeenRequest[]>('window.__folgesvennMonitor.seen');
    },
    async close({ keepProfile = false } = {}) {
      await browser.close().catch(() => undefined);
      if (child && child.exitCode === null && child.signalCode === null) {
        await Promise.race([new Promise((done) => child.once('exit', done)), sleep(5_000)]);
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      }
      if (!keepProfile) await rm(dir, { recursive: true, force: true });
    },
  };
  return session;
}

/** Runs a journey on a fresh Firefox and always stops it and removes its profile afterwards. */
export async function withFirefox<T>(
  options: LaunchOptions,
  journey: (session: FirefoxSession) => Promise<T>,
): Promise<T> {
  const session = await launchFirefox(options);
  try {
    return await journey(session);
  } finally {
    await session.close();
  }
}
