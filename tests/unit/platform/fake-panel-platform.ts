import type { PageSnapshot } from '../../../domain/page-snapshot';
import { EMPTY_PANEL_STATE, type PanelState, type RestoredState } from '../../../domain/panel-state';
import type { PanelPlatform } from '../../../platform/panel-platform';

/** A scriptable stand-in for the browser behind the panel. */
export function createFakePanelPlatform(
  options: { snapshots?: Record<number, PageSnapshot>; stored?: RestoredState } = {},
) {
  const snapshots = new Map<number, PageSnapshot>(
    Object.entries(options.snapshots ?? {}).map(([k, v]) => [Number(k), v]),
  );
  let onTab: ((tabId: number | null) => void) | undefined;
  let onSnapshot: ((tabId: number, snapshot: PageSnapshot) => void) | undefined;
  let onLoaded: ((tabId: number) => void) | undefined;
  let onState: ((state: PanelState) => void) | undefined;
  const saved: PanelState[] = [];
  const copied: string[] = [];
  let failSaveWith: Error | null = null;
  let failCopy = false;

  const platform: PanelPlatform = {
    followTab(listener) {
      onTab = listener;
      listener(1);
      return () => {
        onTab = undefined;
      };
    },
    async getSnapshot(tabId) {
      return snapshots.get(tabId) ?? null;
    },
    onSnapshotChanged(listener) {
      onSnapshot = listener;
      return () => {
        onSnapshot = undefined;
      };
    },
    onTabLoaded(listener) {
      onLoaded = listener;
      return () => {
        onLoaded = undefined;
      };
    },
    async loadState() {
      return options.stored ?? { state: EMPTY_PANEL_STATE, quarantined: {} };
    },
    async saveState(state) {
      if (failSaveWith) throw failSaveWith;
      saved.push(state);
    },
    watchState(listener) {
      onState = listener;
      return () => {
        onState = undefined;
      };
    },
    async copy(text) {
      if (failCopy) throw new Error('refused');
      copied.push(text);
    },
  };

  return {
    platform,
    saved,
    copied,
    activate: (tabId: number | null) => onTab?.(tabId),
    push: (tabId: number, snapshot: PageSnapshot) => {
      snapshots.set(tabId, snapshot);
      onSnapshot?.(tabId, snapshot);
    },
    setSnapshot: (tabId: number, snapshot: PageSnapshot | null) => {
      if (snapshot) snapshots.set(tabId, snapshot);
      else snapshots.delete(tabId);
    },
    loaded: (tabId: number) => onLoaded?.(tabId),
    external: (state: PanelState) => onState?.(state),
    failSave: (error: Error | null) => {
      failSaveWith = error;
    },
    failCopy: (fail: boolean) => {
      failCopy = fail;
    },
  };
}

/** A snapshot of a page at a URL with nothing else on it. */
export function snapshotAt(url: string): PageSnapshot {
  return { url, title: '', headings: [], fields: [] };
}
