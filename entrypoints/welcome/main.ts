import { browser } from '#imports';
import type { MessageKey } from '../../content/messages/catalogue';
import { followStoredLanguage, t } from '../../i18n/ui-text';
import { LANGUAGE_STORE } from '../../platform/settings';
import './style.css';

// The welcome page explains the product and opens the side panel on request. `sidePanel.open`
// needs the user's click, so the window id is looked up before, not inside, the handler. The page's
// text comes from the message catalogue, in the language the panel uses: elements marked
// `data-i18n` are filled with their message once the language is known, and again when it changes.

const button = document.getElementById('open-panel');
const status = document.getElementById('status');
let windowId: number | undefined;

// Firefox shows the panel as a sidebar: `sidebarAction.open` also needs the click, and nothing else.
const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
if (sidebar) {
  button?.setAttribute('data-i18n', 'site.welcome.open-sidebar');
  document.getElementById('firefox-help')?.removeAttribute('hidden');
}

void followStoredLanguage(LANGUAGE_STORE);

/**
 * Shows a message in the status line, marked with its key: should the page's text not be in yet (it
 * comes on demand), it is filled in when it arrives, and again in another language.
 */
function say(line: HTMLElement, key: MessageKey): void {
  line.dataset.i18n = key;
  line.textContent = t(key);
}

browser.windows
  .getCurrent()
  .then((current) => {
    windowId = current.id;
  })
  .catch(() => undefined);

button?.addEventListener('click', () => {
  if (!status) return;
  if (sidebar) {
    sidebar
      .open()
      .then(() => {
        say(status, 'site.welcome.opened-sidebar');
      })
      .catch(() => {
        say(status, 'site.welcome.open-sidebar-failed');
      });
    return;
  }
  if (!browser.sidePanel) {
    say(status, 'site.welcome.no-side-panel');
    return;
  }
  if (windowId === undefined) {
    say(status, 'site.welcome.no-window');
    return;
  }
  browser.sidePanel
    .open({ windowId })
    .then(() => {
      say(status, 'site.welcome.opened');
    })
    .catch(() => {
      say(status, 'site.welcome.open-failed');
    });
});
