import { useEffect } from 'preact/hooks';
import type { MessageKey } from '../content/messages/catalogue';
import { t } from '../i18n/ui-text';

/** The panel's own shortcuts: the keys (the same in every language) and the message saying what they do. */
export const SHORTCUTS: readonly { keys: string; does: MessageKey }[] = [
  { keys: 'Alt + ↓ / Alt + ↑', does: 'site.shortcut.next-previous' }, // ui-text-ok: key combination
  { keys: 'Alt + T', does: 'site.shortcut.tick' }, // ui-text-ok: key combination
  { keys: 'Alt + N', does: 'site.shortcut.note' }, // ui-text-ok: key combination
  { keys: 'Alt + K', does: 'site.shortcut.copy' }, // ui-text-ok: key combination
  { keys: 'Alt + U', does: 'site.shortcut.drafts' }, // ui-text-ok: key combination
  { keys: 'Alt + Shift + F', does: 'site.shortcut.open-panel' }, // ui-text-ok: key combination
];

/** The id of the drafts' heading (components/DraftList.tsx), where «Til utkastene» and Alt + U move focus. */
export const DRAFTS_HEADING_ID = 'drafts-title';

/** Moves focus to the drafts (the element with this id), as the «Til utkastene» button and Alt + U do. */
export function goToDrafts(draftsId: string): boolean {
  const target = document.getElementById(draftsId);
  if (!target) return false;
  const details = target.closest('details');
  if (details) details.open = true;
  if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
  target.scrollIntoView({ block: 'start' });
  target.focus();
  return true;
}

function items(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>('li.item'));
}

function currentItem(): HTMLElement | null {
  return (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('li.item') ?? null;
}

function focusItem(item: HTMLElement): void {
  const section = item.closest('details');
  if (section && !section.open) section.open = true;
  const target = item.querySelector<HTMLElement>('input, textarea') ?? item;
  if (target === item) item.tabIndex = -1;
  target.focus();
  item.scrollIntoView({ block: 'nearest' });
}

/** What the shortcuts do beyond moving the focus: the model's actions. */
export interface ShortcutActions {
  /** Copies a drafted field (the focused one, or null for the first with text). */
  onCopy: (fieldId: string | null) => void;
  /** Ticks or unticks a guide item (an item with no tick is left alone). */
  onTick: (itemId: string) => void;
}

/** Handles the panel's keyboard shortcuts (Alt + key, so typing in notes is never taken over). */
export function useShortcuts(actions: ShortcutActions): void {
  const { onCopy, onTick } = actions;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const key = event.key.toLowerCase();
      if (key === 'arrowdown' || key === 'arrowup') {
        const list = items();
        if (list.length === 0) return;
        const at = currentItem();
        const index = at ? list.indexOf(at) : -1;
        const next = key === 'arrowdown' ? Math.min(list.length - 1, index + 1) : Math.max(0, index - 1);
        const target = list[index === -1 ? 0 : next];
        if (target) focusItem(target);
      } else if (key === 't') {
        const itemId = currentItem()?.dataset.item;
        if (itemId) onTick(itemId);
      } else if (key === 'n') {
        currentItem()?.querySelector<HTMLTextAreaElement>('textarea.note')?.focus();
      } else if (key === 'u') {
        if (!goToDrafts(DRAFTS_HEADING_ID)) return;
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
  }, [onCopy, onTick]);
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
