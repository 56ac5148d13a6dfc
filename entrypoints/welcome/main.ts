import { browser } from '#imports';
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
        status.textContent = t('site.welcome.opened-sidebar');
      })
      .catch(() => {
        status.textContent = t('site.welcome.open-sidebar-failed');
      });
    return;
  }
  if (!browser.sidePanel) {
    status.textContent = t('site.welcome.no-side-panel');
    return;
  }
  if (windowId === undefined) {
    status.textContent = t('site.welcome.no-window');
    return;
  }
  browser.sidePanel
    .open({ windowId })
    .then(() => {
      status.textContent = t('site.welcome.opened');
    })
    .catch(() => {
      status.textContent = t('site.welcome.open-failed');
    });
});
