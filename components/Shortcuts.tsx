import { useEffect } from 'preact/hooks';
import type { MessageKey } from '../content/messages/catalogue';
import { t } from '../i18n/ui-text';

/** The panel's own shortcuts: the keys (the same in every language) and the message saying what they do. */
const SHORTCUTS: readonly { keys: string; does: MessageKey }[] = [
  { keys: 'Alt + ↓ / Alt + ↑', does: 'site.shortcut.next-previous' }, // ui-text-ok: key combination
  { keys: 'Alt + T', does: 'site.shortcut.tick' }, // ui-text-ok: key combination
  { keys: 'Alt + N', does: 'site.shortcut.note' }, // ui-text-ok: key combination
  { keys: 'Alt + K', does: 'site.shortcut.copy' }, // ui-text-ok: key combination
  { keys: 'Alt + U', does: 'site.shortcut.drafts' }, // ui-text-ok: key combination
  { keys: 'Alt + Shift + F', does: 'site.shortcut.open-panel' }, // ui-text-ok: key combination
];

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

/** The shortcuts, folded away at the bottom of the panel. */
export function ShortcutList() {
  return (
    <details class="settings">
      <summary>{t('site.shortcut.title')}</summary>
      <dl class="shortcuts">
        {SHORTCUTS.map((shortcut) => (
          <div key={shortcut.keys} class="shortcuts__row">
            <dt>
              <kbd>{shortcut.keys}</kbd>
            </dt>
            <dd>{t(shortcut.does)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
