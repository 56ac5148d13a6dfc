import { browser } from '#imports';
import { NAV_CONTENT_SCRIPT_MATCHES } from '../domain/nav-hosts';
import type { SenderPolicy } from '../domain/sender';

/** Our own id and extension origin, and the page origins our content script runs on. */
export function currentSenderPolicy(extraOrigins: readonly string[] = []): SenderPolicy {
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
  const pageOrigins = NAV_CONTENT_SCRIPT_MATCHES.map((pattern) => new URL(pattern.replace(/\*$/, '')).origin);
  return {
    extensionId: browser.runtime.id,
    extensionOrigin: extensionOrigin === 'null' ? browser.runtime.getURL('/').replace(/\/$/, '') : extensionOrigin,
    pageOrigins: [...new Set([...pageOrigins, ...extraOrigins])],
  };
}

type Responder = (
  raw: unknown,
  sender: Parameters<Parameters<typeof browser.runtime.onMessage.addListener>[0]>[1],
) => Promise<unknown> | undefined;

/**
 * Listens for runtime messages with an async handler. Uses `sendResponse` + `return true`, which
 * every engine supports (returning a promise from the listener is not universal).
 */
export function listenForMessages(respond: Responder): void {
  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    const pending = respond(raw, sender);
    if (!pending) return undefined;
    pending.then(sendResponse, () => sendResponse({ ok: false, reason: 'invalid-message' }));
    return true;
  });
}
