import { browser } from '#imports';
import { applyLanguage, t } from '../../components/i18n';
import type { MessageKey } from '../../content/messages/catalogue';
import { resolveLanguage } from '../../domain/i18n';
import { readLanguageSetting } from '../../platform/settings';
import './style.css';

// The welcome page explains the product and opens the side panel on request. `sidePanel.open`
// needs the user's click, so the window id is looked up before, not inside, the handler. The page's
// text comes from the message catalogue, in the language the panel uses: elements marked
// `data-i18n` are filled with their message once the language is known.

const button = document.getElementById('open-panel');
const status = document.getElementById('status');
let windowId: number | undefined;

async function showText(): Promise<void> {
  // A catalogue that fails to load leaves bokmål, the default, in place.
  await applyLanguage(resolveLanguage(await readLanguageSetting(), navigator.languages)).catch(() => undefined);
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    element.textContent = t(element.dataset.i18n as MessageKey);
  }
}

void showText();

browser.windows
  .getCurrent()
  .then((current) => {
    windowId = current.id;
  })
  .catch(() => undefined);

button?.addEventListener('click', () => {
  if (!status) return;
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
