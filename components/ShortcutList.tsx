import type { MessageKey } from '../content/messages/catalogue';
import { t } from '../i18n/ui-text';
import { Disclosure } from './Disclosure';

/** The panel's own shortcuts: the keys (the same in every language) and the message saying what they do. */
const SHORTCUTS: readonly { keys: string; does: MessageKey }[] = [
  { keys: 'Alt + ↓ / Alt + ↑', does: 'site.shortcut.next-previous' }, // ui-text-ok: key combination
  { keys: 'Alt + T', does: 'site.shortcut.tick' }, // ui-text-ok: key combination
  { keys: 'Alt + N', does: 'site.shortcut.note' }, // ui-text-ok: key combination
  { keys: 'Alt + K', does: 'site.shortcut.copy' }, // ui-text-ok: key combination
  { keys: 'Alt + U', does: 'site.shortcut.drafts' }, // ui-text-ok: key combination
  { keys: 'Alt + Shift + F', does: 'site.shortcut.open-panel' }, // ui-text-ok: key combination
];

/** The shortcuts, folded away at the bottom of the panel. */
export function ShortcutList() {
  return (
    <Disclosure class="settings" summary={t('site.shortcut.title')}>
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
    </Disclosure>
  );
}
