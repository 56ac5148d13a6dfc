import { browser, defineContentScript } from '#imports';
import { NAV_CONTENT_SCRIPT_MATCHES } from '../domain/nav-hosts';
import { readPageStructure } from '../platform/page-structure';

// Wiring only: read the page's structure, send it to the background, and send it again when the
// single-page app navigates or re-renders. Event-driven (Navigation API, history events, a
// debounced MutationObserver): no polling loop.

const SETTLE_MS = 150;

export default defineContentScript({
  matches: [...NAV_CONTENT_SCRIPT_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    let lastSent = '';
    let timer: ReturnType<typeof setTimeout> | undefined;

    const report = (force = false): void => {
      timer = undefined;
      if (ctx.isInvalid) return;
      let snapshot: ReturnType<typeof readPageStructure>;
      try {
        snapshot = readPageStructure(document, location);
      } catch {
        return; // A page we cannot read is reported as nothing rather than breaking the page.
      }
      const serialised = JSON.stringify(snapshot);
      if (!force && serialised === lastSent) return;
      lastSent = serialised;
      browser.runtime.sendMessage({ type: 'pageSnapshot', snapshot }).catch(() => {
        // The background may be restarting; it asks again when a panel needs this tab.
      });
    };

    const schedule = (delay = SETTLE_MS): void => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(report, delay);
    };

    const onNavigate = (): void => {
      report(); // The URL alone decides the context: report at once...
      schedule(); // ...and again once the app has rendered the new route.
    };

    const navigation = (globalThis as { navigation?: EventTarget }).navigation;
    if (navigation) ctx.addEventListener(navigation, 'navigatesuccess' as never, onNavigate);
    ctx.addEventListener(window, 'popstate', onNavigate);
    ctx.addEventListener(window, 'hashchange', onNavigate);

    const observer = new MutationObserver(() => schedule());
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: false });
    ctx.onInvalidated(() => {
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
    });

    browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
      if (sender.id !== browser.runtime.id || sender.tab) return undefined;
      if ((message as { type?: unknown } | null)?.type !== 'requestSnapshot') return undefined;
      try {
        sendResponse(readPageStructure(document, location));
      } catch {
        sendResponse(null);
      }
      return undefined;
    });

    report(true);
  },
});
