import { type BackgroundResponse, parseBackgroundMessage, type SnapshotChangedMessage } from '../domain/messages';
import type { PageSnapshot } from '../domain/page-snapshot';
import {
  isAllowedPageUrl,
  isOwnContentScript,
  isOwnExtensionPage,
  type SenderInfo,
  type SenderPolicy,
} from '../domain/sender';
import { pageSnapshotSchema } from '../domain/snapshot';

/** What the hub needs from the browser, injected so the hub is tested without one. */
export interface SnapshotHubDeps {
  /** Who may send what; may be async (journal origins are read from storage after a worker restart). */
  readonly policy: () => SenderPolicy | Promise<SenderPolicy>;
  /** Tells open side panels that a tab's snapshot changed. */
  readonly broadcast: (message: SnapshotChangedMessage) => void;
  /** Asks the content script in a tab's top frame for a fresh snapshot (after a worker restart). */
  readonly requestFromTab: (tabId: number) => Promise<unknown>;
  /** The page kind a snapshot shows, sent with it as a hint (none: no hint). */
  readonly contextOf?: (snapshot: PageSnapshot) => string | Promise<string>;
}

/** Counts of refused messages, by reason: dropped, and counted, never answered with data. */
export interface HubStats {
  invalidMessage: number;
  forbiddenSender: number;
}

/** The background's state: the latest snapshot per tab, in memory only (never in storage). */
export function createSnapshotHub(deps: SnapshotHubDeps) {
  const latest = new Map<number, PageSnapshot>();
  const stats: HubStats = { invalidMessage: 0, forbiddenSender: 0 };

  const reject = (reason: 'invalid-message' | 'forbidden-sender'): BackgroundResponse => {
    if (reason === 'invalid-message') stats.invalidMessage += 1;
    else stats.forbiddenSender += 1;
    return { ok: false, reason };
  };

  // Every path that hands out or keeps a snapshot checks the origin, port included, against the allowed
  // list as it is now: a journal site removed a moment ago, or https://www.nav.no:8443 (match patterns
  // ignore the port, so the content script runs there), gives nothing. The URL checked is the one our
  // own content script read from the page's location (origin and path), which the page cannot forge
  // without navigating.
  async function snapshotFor(tabId: number, policy: SenderPolicy): Promise<PageSnapshot | null> {
    const known = latest.get(tabId);
    if (known && isAllowedPageUrl(known.url, policy)) return known;
    latest.delete(tabId);
    let reply: unknown;
    try {
      reply = await deps.requestFromTab(tabId);
    } catch {
      return null; // No content script in that tab: not a page we read.
    }
    const parsed = pageSnapshotSchema.safeParse(reply);
    if (!parsed.success || !isAllowedPageUrl(parsed.data.url, policy)) return null;
    latest.set(tabId, parsed.data);
    return parsed.data;
  }

  async function handle(raw: unknown, sender: SenderInfo): Promise<BackgroundResponse> {
    const message = parseBackgroundMessage(raw);
    if (!message) return reject('invalid-message');
    const policy = await deps.policy();
    switch (message.type) {
      case 'pageSnapshot': {
        const tabId = sender.tab?.id;
        if (!isOwnContentScript(sender, policy) || tabId === undefined) return reject('forbidden-sender');
        // The snapshot must describe a page of an allowed origin too, not only come from one.
        if (!isAllowedPageUrl(message.snapshot.url, policy)) return reject('forbidden-sender');
        latest.set(tabId, message.snapshot);
        deps.broadcast({ type: 'snapshotChanged', tabId, snapshot: message.snapshot });
        return { ok: true, type: 'accepted' };
      }
      case 'getSnapshot': {
        if (!isOwnExtensionPage(sender, policy)) return reject('forbidden-sender');
        const snapshot = await snapshotFor(message.tabId, policy);
        // The page kind rides along as a hint (the panel's early script fetches that page's guide ahead);
        // the panel decides the page kind itself.
        const contextId = snapshot && deps.contextOf ? await deps.contextOf(snapshot) : null;
        return contextId === null
          ? { ok: true, type: 'snapshot', snapshot }
          : { ok: true, type: 'snapshot', snapshot, contextId };
      }
    }
  }

  return {
    handle,
    /** The tab's snapshot, read again from the tab when none is held (the page check before «Sett inn»). */
    async current(tabId: number): Promise<PageSnapshot | null> {
      return snapshotFor(tabId, await deps.policy());
    },
    /** Forgets a closed tab. */
    forget(tabId: number): void {
      latest.delete(tabId);
    },
    /** How many snapshots are held (for tests). */
    size(): number {
      return latest.size;
    },
    stats(): Readonly<HubStats> {
      return { ...stats };
    },
  };
}

/** The hub's public shape. */
export type SnapshotHub = ReturnType<typeof createSnapshotHub>;
