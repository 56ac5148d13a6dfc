import { useEffect } from 'preact/hooks';

/** The guide items on screen, in order (each carries `data-item`, its id). */
function shownItemIds(): string[] {
  return Array.from(document.querySelectorAll<HTMLElement>('[data-item]'), (item) => item.dataset.item ?? '');
}

/** The item holding the focus, if any. */
function focusedItemId(): string | null {
  return (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-item]')?.dataset.item ?? null;
}

/** What the shortcuts do: the model's actions (the shortcuts only find which item or field holds the focus). */
export interface ShortcutActions {
  /** Copies a drafted field (the focused one, or null for the first with text). */
  onCopy: (fieldId: string | null) => void;
  /** Ticks or unticks a guide item (an item with no tick is left alone). */
  onTick: (itemId: string) => void;
  /** Brings an item into view and focuses its first field, or its note. */
  onFocusItem: (itemId: string, part: 'item' | 'note') => void;
  /** Moves the focus to the drafts (none when the panel shows none). */
  onGoToDrafts: (() => void) | null;
}

/** Handles the panel's keyboard shortcuts (Alt + key, so typing in notes is never taken over). */
export function useShortcuts(actions: ShortcutActions): void {
  const { onCopy, onTick, onFocusItem, onGoToDrafts } = actions;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const key = event.key.toLowerCase();
      if (key === 'arrowdown' || key === 'arrowup') {
        const list = shownItemIds();
        if (list.length === 0) return;
        const at = focusedItemId();
        const index = at ? list.indexOf(at) : -1;
        const next = key === 'arrowdown' ? Math.min(list.length - 1, index + 1) : Math.max(0, index - 1);
        const target = list[index === -1 ? 0 : next];
        if (target) onFocusItem(target, 'item');
      } else if (key === 't') {
        const itemId = focusedItemId();
        if (itemId) onTick(itemId);
      } else if (key === 'n') {
        const itemId = focusedItemId();
        if (itemId) onFocusItem(itemId, 'note');
      } else if (key === 'u') {
        if (!onGoToDrafts) return;
        onGoToDrafts();
      } else if (key === 'k') {
        const field = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-field]');
        onCopy(field?.dataset.field ?? null);
      } else {
        return;
      }
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onCopy, onTick, onFocusItem, onGoToDrafts]);
}
