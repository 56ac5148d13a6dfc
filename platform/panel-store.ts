import { storage } from '#imports';
import { EMPTY_PANEL_STATE, type PanelState, type RestoredState, restorePanelState } from '../domain/panel-state';

// Session storage: gone when the browser closes, and closed to content scripts (Chrome's default
// access level for storage.session is trusted contexts only).
const stateItem = storage.defineItem<unknown>('session:panelState', { fallback: undefined, version: 1 });
const quarantineItem = storage.defineItem<Record<string, unknown>>('session:quarantine', { fallback: {} });

/** Reads the stored state, re-validated; anything that no longer fits is kept under a quarantine key. */
export async function loadPanelState(): Promise<RestoredState> {
  let raw: unknown;
  try {
    raw = await stateItem.getValue();
  } catch {
    return { state: EMPTY_PANEL_STATE, quarantined: {} };
  }
  const restored = restorePanelState(raw);
  if (Object.keys(restored.quarantined).length > 0) {
    const previous = await quarantineItem.getValue();
    await quarantineItem.setValue({ ...previous, ...restored.quarantined });
  }
  return restored;
}

/** Saves the state; rejects (for the caller to show) when storage refuses, e.g. over quota. */
export async function savePanelState(state: PanelState): Promise<void> {
  await stateItem.setValue(state);
}

/** Calls back when another panel (another window) changed the stored state. */
export function watchPanelState(onChange: (state: PanelState) => void): () => void {
  return stateItem.watch((value) => onChange(restorePanelState(value).state));
}
