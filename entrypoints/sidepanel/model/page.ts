import { batch, computed, type ReadonlySignal, signal } from '@preact/signals';
import type { JournalScore } from '../../../domain/journal-heuristic';
import { isNavContentScriptOrigin } from '../../../domain/nav-hosts';
import {
  type DetectedContext,
  detectPageContextWithSites,
  type PageContextDefinition,
  UNKNOWN_CONTEXT_ID,
} from '../../../domain/page-context';
import type { PageSnapshot } from '../../../domain/page-snapshot';
import { type JournalSite, toJournalOrigin } from '../../../domain/sites';
import type { PanelPlatform } from '../../../platform/panel-platform';

type PagePlatform = Pick<
  PanelPlatform,
  'followTab' | 'getSnapshot' | 'onSnapshotChanged' | 'onTabLoaded' | 'probePage' | 'tabOrigin'
>;

/** The page the panel follows: its tab, its snapshot, the context detected from it, and its origin. */
export function createPage(deps: {
  platform: PagePlatform;
  contexts: readonly PageContextDefinition[];
  /** The journal sites known now (their granted origins count as journal pages). */
  sites: ReadonlySignal<readonly JournalSite[]>;
}) {
  const { platform, contexts } = deps;
  const tabId = signal<number | null>(null);
  const snapshot = signal<PageSnapshot | null>(null);
  const snapshotSettled = signal(false);
  const visibleTabOrigin = signal<string | null>(null);
  /** The local journal heuristic's verdict on an unlisted page (pages.md §5): a suggestion only. */
  const journalSuggestion = signal<JournalScore | null>(null);
  let requestSerial = 0;

  const grantedOrigins = computed(() => deps.sites.value.filter((site) => site.granted).map((site) => site.origin));
  const context = computed<DetectedContext>(() =>
    detectPageContextWithSites(snapshot.value, contexts, grantedOrigins.value),
  );
  /** The origin of the page the panel follows, when known (from its snapshot, or from the browser). */
  const pageOrigin = computed<string | null>(() => {
    const url = snapshot.value?.url;
    if (url) {
      try {
        return new URL(url).origin;
      } catch {
        return null;
      }
    }
    return visibleTabOrigin.value;
  });
  /** An unknown https page that could be added as a journal site. */
  const addableOrigin = computed<string | null>(() => {
    if (context.value.id !== UNKNOWN_CONTEXT_ID) return null;
    const origin = pageOrigin.value ? toJournalOrigin(pageOrigin.value) : null;
    if (!origin || /(^|\.)nav\.no$/.test(new URL(origin).hostname)) return null;
    return origin;
  });

  /**
   * A NAV page the panel gets no snapshot from, though the browser shows its address: most often a tab
   * opened before Følgesvenn was installed or updated (its content script is gone until the page loads
   * again), or a NAV page outside the sick-leave apps. The panel says so and how to fix the first.
   */
  const navPageUnread = computed(
    () =>
      snapshotSettled.value &&
      snapshot.value === null &&
      visibleTabOrigin.value !== null &&
      isNavContentScriptOrigin(visibleTabOrigin.value),
  );

  /** Reads the tab's snapshot (or, without one, its origin); a newer request wins the race. */
  async function loadSnapshot(id: number | null): Promise<void> {
    const serial = ++requestSerial;
    const next = id === null ? null : await platform.getSnapshot(id);
    const origin = next === null && id !== null ? await platform.tabOrigin(id).catch(() => null) : null;
    if (serial !== requestSerial) return; // A newer tab switch won the race.
    batch(() => {
      snapshot.value = next;
      visibleTabOrigin.value = origin;
      snapshotSettled.value = true;
      journalSuggestion.value = null;
    });
    // Only with the panel open on an unlisted page the browser lets us read: judge it once, locally.
    if (id !== null && next === null && origin !== null && addableOrigin.value !== null) {
      // The heuristic loads only here (an unlisted page): the start-up chunks do not carry it.
      const [probed, { scoreJournalPage }] = await Promise.all([
        platform.probePage(id),
        import('../../../domain/journal-heuristic'),
      ]);
      if (serial !== requestSerial || !probed) return;
      const score = scoreJournalPage(probed);
      journalSuggestion.value = score.suggest ? score : null;
    }
  }

  return {
    tabId,
    snapshot,
    snapshotSettled,
    context,
    pageOrigin,
    addableOrigin,
    navPageUnread,
    journalSuggestion,
    loadSnapshot,

    /** Takes pushed snapshots for this tab, and reads again when the tab loads a new document. */
    watchPage(): (() => void)[] {
      return [
        platform.onSnapshotChanged((changedTab, changed) => {
          if (changedTab !== tabId.value) return;
          requestSerial += 1; // A pushed snapshot is newer than any request in flight.
          batch(() => {
            snapshot.value = changed;
            snapshotSettled.value = true;
          });
        }),
        platform.onTabLoaded((loadedTab) => {
          if (loadedTab === tabId.value) void loadSnapshot(loadedTab);
        }),
      ];
    },

    /** Follows the active tab; `onTab` hears of each switch after its snapshot is asked for. */
    followTab(onTab: (id: number | null) => void): () => void {
      return platform.followTab((id) => {
        tabId.value = id;
        void loadSnapshot(id);
        onTab(id);
      });
    },
  };
}

/** The page area's shape. */
export type PageModel = ReturnType<typeof createPage>;
