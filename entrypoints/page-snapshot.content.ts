import { browser, defineContentScript } from '#imports';
import { INSERT_TARGETS } from '../content/forms/insert-targets';
import type { PageSnapshotMessage } from '../domain/messages';
import { NAV_CONTENT_SCRIPT_MATCHES } from '../domain/nav-hosts';
import type { PageSnapshot } from '../domain/page-snapshot';
import { createThrottle } from '../domain/throttle';
import { insertIntoPage } from '../platform/page-insert';
import { readPageStructure } from '../platform/page-structure';

// Wiring only: read the page's structure, send it to the background, and send it again when the
// single-page app navigates or re-renders. Event-driven, no polling loop: the Navigation API
// (history API and hash changes), popstate and hashchange where it is missing, and a MutationObserver
// (re-renders, and title or heading text changed in place). No `setInterval`, and no
// `wxt:locationchange`, whose watcher polls `location` once a second where the Navigation API is missing.
// Every report goes through a throttle: a page that navigates in every task is read and reported at
// most 4 times a second, the latest state each time, and once more after it stops.

/** Quiet time after the last DOM change before the page is read again. */
const SETTLE_MS = 150;
/** Longest wait on a page that never stops changing (a ticking clock would otherwise starve the read). */
const MAX_WAIT_MS = 1000;
/** Shortest time between two reads and reports (at most 4 a second; the first at once). */
const REPORT_INTERVAL_MS = 250;

export default defineContentScript({
  matches: [...NAV_CONTENT_SCRIPT_MATCHES],
  runAt: 'document_idle',
  // WXT would otherwise announce the script to the page with window.postMessage, extension id included.
  noScriptStartedPostMessage: true,
  main() {
    // Our own lifetime, not WXT's context: a page can end that context by dispatching WXT's
    // "newer script started" event, which is named after our (public) extension id.
    const lifetime = new AbortController();
    const { signal } = lifetime;
    let lastSent = '';
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pendingSince = 0;

    const read = (): PageSnapshot | null => {
      try {
        return readPageStructure(document, location);
      } catch {
        return null; // A page we cannot read is reported as nothing rather than breaking the page.
      }
    };

    const stop = (): void => {
      lifetime.abort();
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
      throttle.cancel();
    };

    const report = (): void => {
      // After the extension is reloaded or removed this script is orphaned: stop listening.
      if (!browser.runtime?.id) {
        stop();
        return;
      }
      const snapshot = read();
      if (!snapshot) return;
      const serialised = JSON.stringify(snapshot);
      if (serialised === lastSent) return;
      lastSent = serialised;
      browser.runtime.sendMessage({ type: 'pageSnapshot', snapshot } satisfies PageSnapshotMessage).catch(() => {
        // The background may be restarting; it asks again when a panel needs this tab.
      });
    };
    const throttle = createThrottle(report, REPORT_INTERVAL_MS, {
      now: () => performance.now(),
      setTimeout: (run, ms) => setTimeout(run, ms),
      clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    });

    // Debounced, with a ceiling: read once the page has been quiet for SETTLE_MS, or MAX_WAIT_MS
    // after the first change it has not yet read, whichever comes first.
    const schedule = (): void => {
      const now = performance.now();
      if (timer === undefined) pendingSince = now;
      else clearTimeout(timer);
      timer = setTimeout(
        () => {
          timer = undefined;
          throttle.request();
        },
        Math.min(SETTLE_MS, Math.max(0, pendingSince + MAX_WAIT_MS - now)),
      );
    };

    const onNavigate = (): void => {
      throttle.request(); // The URL alone decides the context: report at once (unless flooded)...
      schedule(); // ...and again once the app has rendered the new route.
    };

    const navigation = (globalThis as { navigation?: EventTarget }).navigation;
    if (navigation) navigation.addEventListener('navigatesuccess', onNavigate, { signal });
    addEventListener('popstate', onNavigate, { signal });
    addEventListener('hashchange', onNavigate, { signal });

    // childList catches re-renders and `document.title = …` (Chromium replaces the title's text node);
    // characterData catches text changed in place (a title's or heading's text node data, as frameworks do).
    const observer = new MutationObserver(schedule);
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });

    browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
      if (signal.aborted || sender.id !== browser.runtime.id || sender.tab) return undefined;
      if ((message as { type?: unknown } | null)?.type === 'insertIntoPage') {
        sendResponse(insertIntoPage(document, location, message, INSERT_TARGETS, window.top === window));
        return undefined;
      }
      if ((message as { type?: unknown } | null)?.type !== 'requestSnapshot') return undefined;
      sendResponse(read());
      return undefined;
    });

    throttle.request();
  },
});
