import { browser } from '#imports';
import type { InsertResult } from '../domain/insert';
import {
  type BackgroundResponse,
  type GetSnapshotMessage,
  type InsertFieldMessage,
  parseInsertResult,
  snapshotChangedMessageSchema,
} from '../domain/messages';
import type { PageSnapshot } from '../domain/page-snapshot';
import { isOwnExtensionPage } from '../domain/sender';
import {
  clearQuarantine,
  deleteCase,
  loadCases,
  readQuarantine,
  readTabCase,
  rememberTabCase,
  type StoreClock,
  saveCase,
  setAside,
  watchCases,
} from './case-store';
import { copyToClipboard } from './clipboard';
import { SYSTEM_CLOCK } from './clock';
import { downloadText } from './download';
import { takeEarlySnapshot, takeEarlyTab } from './early-reads';
import {
  listJournalSites,
  readPolicy,
  readSiteRoles,
  rememberJournalSite,
  removeJournalSite,
  requestSiteAccess,
  saveSiteRole,
  tabOrigin,
  watchSites,
} from './journal-sites';
import { hasLocalLanguageModel, rewordLocally } from './language-model';
import { probePage } from './page-probe';
import { deleteAllData } from './recovery';
import { currentSenderPolicy } from './runtime';
import { browserLanguages, readLanguageSetting, saveLanguageSetting, watchLanguageSetting } from './settings';
import { timed } from './start-marks';

/** Everything the panel model needs from the browser: one interface, so tests can mock it. */
export interface PanelPlatform {
  /** Calls back with the tab the panel should follow now and whenever it changes. */
  followTab(onTab: (tabId: number | null) => void): () => void;
  getSnapshot(tabId: number): Promise<PageSnapshot | null>;
  onSnapshotChanged(listener: (tabId: number, snapshot: PageSnapshot) => void): () => void;
  /** Calls back when a tab finished loading a new document (the snapshot may be gone). */
  onTabLoaded(listener: (tabId: number) => void): () => void;
  readonly clock: StoreClock;
  loadCases(): ReturnType<typeof loadCases>;
  saveCase: typeof saveCase;
  deleteCase: typeof deleteCase;
  /** Deletes everything stored and gives back the journal sites' access («Slett alt»). */
  deleteEverything: () => Promise<void>;
  watchCases(onChange: Parameters<typeof watchCases>[0]): () => void;
  readTabCase: typeof readTabCase;
  rememberTabCase: typeof rememberTabCase;
  readQuarantine: typeof readQuarantine;
  setAside: typeof setAside;
  clearQuarantine: typeof clearQuarantine;
  copy(text: string): Promise<void>;
  /** «Sett inn»: asks the background to put a draft into the open form's field; never throws. */
  insertField(request: Omit<InsertFieldMessage, 'type'>): Promise<InsertResult>;
  download(filename: string, text: string, type?: string): void;
  /** True when the browser has a local language model ready (Chrome's Prompt API). */
  hasLanguageModel(): Promise<boolean>;
  reword(text: string, instruction: string): Promise<string>;
  listJournalSites: typeof listJournalSites;
  readPolicy: typeof readPolicy;
  /** Must be called first in a click handler: the browser's prompt needs the user's gesture. */
  requestSiteAccess: typeof requestSiteAccess;
  rememberJournalSite: typeof rememberJournalSite;
  removeJournalSite: typeof removeJournalSite;
  tabOrigin: typeof tabOrigin;
  readSiteRoles: typeof readSiteRoles;
  saveSiteRole: typeof saveSiteRole;
  watchSites: typeof watchSites;
  /** Opens an extension page of ours in a new tab (the print view). */
  openPage(path: string): void;
  /** Reads an unlisted page once for the journal suggestion; null where the browser gives no access. */
  probePage: typeof probePage;
  readLanguageSetting: typeof readLanguageSetting;
  saveLanguageSetting: typeof saveLanguageSetting;
  watchLanguageSetting: typeof watchLanguageSetting;
  /** The browser's preferred languages, best first (for the `auto` language setting). */
  browserLanguages(): readonly string[];
}

async function isOwnExtensionTab(tabId: number): Promise<boolean> {
  const runtime = browser.runtime as unknown as {
    getContexts?: (filter: { contextTypes: string[]; tabIds: number[] }) => Promise<unknown[]>;
  };
  if (!runtime.getContexts) return false;
  try {
    const contexts = await runtime.getContexts({ contextTypes: ['TAB'], tabIds: [tabId] });
    return contexts.length > 0;
  } catch {
    return false;
  }
}

/** The real browser behind the panel; `choiceItemIds` lets stored version 2 cases migrate. */
export function createBrowserPanelPlatform(
  pinnedTab: number | null,
  choiceItemIds: ReadonlySet<string> = new Set(),
): PanelPlatform {
  return {
    followTab(onTab) {
      if (pinnedTab !== null) {
        onTab(pinnedTab);
        return () => undefined;
      }
      let windowId: number | undefined;
      const onActivated = async ({ tabId, windowId: activatedIn }: { tabId: number; windowId: number }) => {
        if (windowId !== undefined && activatedIn !== windowId) return;
        // Our own pages (a popped-out panel, the options page) are not what the user works on.
        if (await isOwnExtensionTab(tabId)) return;
        onTab(tabId);
      };
      browser.tabs.onActivated.addListener(onActivated);
      // The early script (platform/early-reads.ts) may have found the tab already.
      (
        takeEarlyTab() ??
        browser.windows.getCurrent().then(async (current) => {
          const [tab] = await browser.tabs.query({ active: true, windowId: current.id });
          return { tabId: tab?.id ?? null, windowId: current.id };
        })
      )
        .then((found) => {
          windowId = found.windowId;
          onTab(found.tabId);
        })
        .catch(() => onTab(null));
      return () => browser.tabs.onActivated.removeListener(onActivated);
    },
    async getSnapshot(tabId) {
      try {
        const response = (await timed(
          'snapshot',
          () =>
            takeEarlySnapshot(tabId) ??
            browser.runtime.sendMessage({ type: 'getSnapshot', tabId } satisfies GetSnapshotMessage),
        )) as BackgroundResponse;
        return response?.ok && response.type === 'snapshot' ? response.snapshot : null;
      } catch {
        return null;
      }
    },
    onSnapshotChanged(listener) {
      const policy = currentSenderPolicy();
      const handler = (raw: unknown, sender: Parameters<typeof isOwnExtensionPage>[0]) => {
        // Only the background (our own extension origin, no tab) may tell the panel anything.
        if (!isOwnExtensionPage(sender, policy) || sender.tab) return undefined;
        let parsed: ReturnType<typeof snapshotChangedMessageSchema.safeParse>;
        try {
          parsed = snapshotChangedMessageSchema.safeParse(raw);
        } catch {
          return undefined; // A hostile shape (a throwing getter) is dropped like any other.
        }
        if (parsed.success) listener(parsed.data.tabId, parsed.data.snapshot);
        return undefined;
      };
      browser.runtime.onMessage.addListener(handler);
      return () => browser.runtime.onMessage.removeListener(handler);
    },
    onTabLoaded(listener) {
      const handler = (tabId: number, change: { status?: string }) => {
        if (change.status === 'complete') listener(tabId);
      };
      browser.tabs.onUpdated.addListener(handler);
      return () => browser.tabs.onUpdated.removeListener(handler);
    },
    clock: SYSTEM_CLOCK,
    loadCases: () => timed('read-cases', () => loadCases(SYSTEM_CLOCK, choiceItemIds)),
    saveCase,
    deleteCase,
    deleteEverything: deleteAllData,
    watchCases: (onChange) => watchCases(onChange, SYSTEM_CLOCK, choiceItemIds),
    readTabCase: (tabId) => timed('read-tab-case', () => readTabCase(tabId)),
    rememberTabCase,
    readQuarantine,
    setAside,
    clearQuarantine,
    copy: copyToClipboard,
    async insertField(request) {
      try {
        return parseInsertResult(await browser.runtime.sendMessage({ ...request, type: 'insertField' }));
      } catch {
        return { ok: false, reason: 'no-content-script' };
      }
    },
    download: downloadText,
    hasLanguageModel: hasLocalLanguageModel,
    reword: rewordLocally,
    listJournalSites: () => timed('read-sites', listJournalSites),
    readPolicy: () => timed('read-policy', readPolicy),
    requestSiteAccess,
    rememberJournalSite,
    removeJournalSite,
    tabOrigin,
    readSiteRoles: () => timed('read-site-roles', readSiteRoles),
    saveSiteRole,
    watchSites,
    probePage,
    readLanguageSetting: () => timed('read-language', readLanguageSetting),
    saveLanguageSetting,
    watchLanguageSetting,
    browserLanguages,
    openPage(path) {
      void browser.tabs.create({ url: browser.runtime.getURL(path as `/print.html${string}`) }).catch(() => undefined);
    },
  };
}
