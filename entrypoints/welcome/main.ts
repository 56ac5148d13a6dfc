import { browser } from '#imports';
import './style.css';

// The welcome page explains the product and opens the side panel on request. `sidePanel.open`
// needs the user's click, so the window id is looked up before, not inside, the handler.

const button = document.getElementById('open-panel');
const status = document.getElementById('status');
let windowId: number | undefined;

browser.windows
  .getCurrent()
  .then((current) => {
    windowId = current.id;
  })
  .catch(() => undefined);

button?.addEventListener('click', () => {
  if (!status) return;
  if (!browser.sidePanel) {
    status.textContent = 'Denne nettleseren viser Følgesvenn i sidestolpen: bruk knappen på verktøylinjen.';
    return;
  }
  if (windowId === undefined) {
    status.textContent = 'Fant ikke vinduet. Klikk på Følgesvenn-knappen på verktøylinjen i stedet.';
    return;
  }
  browser.sidePanel
    .open({ windowId })
    .then(() => {
      status.textContent = 'Sidepanelet er åpnet.';
    })
    .catch(() => {
      status.textContent = 'Kunne ikke åpne sidepanelet. Klikk på Følgesvenn-knappen på verktøylinjen i stedet.';
    });
});
