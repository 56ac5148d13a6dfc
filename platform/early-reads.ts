import { browser } from '#imports';

// The side panel's first reads, sent by a small classic script (entrypoints/sidepanel-early.ts) that
// runs while the HTML is parsed, before the panel's own code is fetched and compiled: both storage areas
// whole, the organisation's policy, the tab the panel follows and its snapshot. The panel's code then
// takes these answers instead of asking again, so its start does not wait for round trips that could
// have run side by side with loading the code.
//
// An early answer is only used while it is what a fresh read would give:
// - a change in an area (ours or another page's) drops that area's early read;
// - each key is served at most once, and each area whole at most once (a second read asks storage);
// - the panel drops everything once its start is done (`releaseEarlyReads`).
// Values are handed out as copies, never the shared object.

type Area = 'local' | 'session' | 'managed';
type Stored = Record<string, unknown>;

/** The tab the panel follows at start, and its window (undefined for a pinned panel). */
export interface EarlyTab {
  readonly tabId: number | null;
  readonly windowId: number | undefined;
}

interface EarlyState {
  readonly areas: Partial<Record<Area, Promise<Stored>>>;
  readonly servedKeys: Set<string>;
  readonly servedWhole: Set<Area>;
  tab: Promise<EarlyTab> | null;
  snapshot: { readonly tabId: number; readonly answer: Promise<unknown> } | null;
  readonly stop: () => void;
}

const GLOBAL_KEY = '__folgesvennEarlyReads';
type Holder = { [GLOBAL_KEY]?: EarlyState };

function state(): EarlyState | undefined {
  return (globalThis as Holder)[GLOBAL_KEY];
}

function quiet<T>(promise: Promise<T>): Promise<T> {
  // The early script does not wait for its answers: a refusal (no managed storage in Firefox without a
  // policy, a background that is starting) is handled by the reader that takes it.
  promise.catch(() => undefined);
  return promise;
}

/** Reads `?tab=<id>`: a panel pinned to one tab (popped out, or under test). */
export function readPinnedTab(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  return Number(raw);
}

/**
 * Sends the panel's first reads now (the early script calls this once, while the page is parsed);
 * `onSnapshotAnswer` hears the background's answer about the tab as soon as it comes.
 */
export function issueEarlyReads(pinnedTab: number | null, onSnapshotAnswer?: (answer: unknown) => void): void {
  if (state()) return;
  const areas: EarlyState['areas'] = {
    session: quiet(browser.storage.session.get(null)),
    local: quiet(browser.storage.local.get(null)),
    managed: quiet(browser.storage.managed.get(null)),
  };
  const onChanged = (_changes: unknown, area: string) => {
    if (area === 'local' || area === 'session' || area === 'managed') delete areas[area];
  };
  browser.storage.onChanged.addListener(onChanged);
  const tab: Promise<EarlyTab> =
    pinnedTab !== null
      ? Promise.resolve({ tabId: pinnedTab, windowId: undefined })
      : quiet(
          browser.windows.getCurrent().then(async (current) => {
            const [active] = await browser.tabs.query({ active: true, windowId: current.id });
            return { tabId: active?.id ?? null, windowId: current.id };
          }),
        );
  const early: EarlyState = {
    areas,
    servedKeys: new Set(),
    servedWhole: new Set(),
    tab,
    snapshot: null,
    stop: () => browser.storage.onChanged.removeListener(onChanged),
  };
  (globalThis as Holder)[GLOBAL_KEY] = early;
  const askSnapshot = (tabId: number) => {
    const answer = quiet(browser.runtime.sendMessage({ type: 'getSnapshot', tabId }));
    if (onSnapshotAnswer) answer.then(onSnapshotAnswer, () => undefined);
    early.snapshot = { tabId, answer };
  };
  if (pinnedTab !== null) askSnapshot(pinnedTab);
  else {
    void tab.then(
      ({ tabId }) => {
        if (tabId !== null && state() === early && early.snapshot === null) askSnapshot(tabId);
      },
      () => undefined,
    );
  }
}

/** A whole area as read early (a shallow copy), once; null when there is none to use. */
export function takeEarlyArea(area: Area): Promise<Stored> | null {
  const early = state();
  const read = early?.areas[area];
  if (!early || !read || early.servedWhole.has(area)) return null;
  early.servedWhole.add(area);
  return read.then((all) => ({ ...all }));
}

/** One key's value as read early (a copy; null when absent), once per key; null when there is none to use. */
export function takeEarlyValue(area: Area, key: string): Promise<{ value: unknown }> | null {
  const early = state();
  const read = early?.areas[area];
  const served = `${area}:${key}`;
  if (!early || !read || early.servedKeys.has(served)) return null;
  early.servedKeys.add(served);
  return read.then((all) => ({ value: key in all ? structuredClone(all[key]) : null }));
}

/** The tab found early for an unpinned panel, once; null when there is none to use. */
export function takeEarlyTab(): Promise<EarlyTab> | null {
  const early = state();
  const tab = early?.tab ?? null;
  if (early) early.tab = null;
  return tab;
}

/** The background's early answer about a tab's snapshot, once and for that tab only. */
export function takeEarlySnapshot(tabId: number): Promise<unknown> | null {
  const early = state();
  const snapshot = early?.snapshot;
  if (!early || !snapshot || snapshot.tabId !== tabId) return null;
  early.snapshot = null;
  return snapshot.answer;
}

/** Drops every early answer (the panel's start is done; from now on each read asks the browser). */
export function releaseEarlyReads(): void {
  const early = state();
  if (!early) return;
  early.stop();
  delete (globalThis as Holder)[GLOBAL_KEY];
}
