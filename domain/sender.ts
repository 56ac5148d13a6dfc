/** The parts of `runtime.MessageSender` the checks look at (plain data, so the checks stay pure). */
export interface SenderInfo {
  readonly id?: string | undefined;
  readonly url?: string | undefined;
  readonly origin?: string | undefined;
  readonly frameId?: number | undefined;
  readonly tab?: { readonly id?: number | undefined; readonly url?: string | undefined } | undefined;
}

/** What the checks compare against: our own id and extension origin, and the allowed page origins. */
export interface SenderPolicy {
  readonly extensionId: string;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`, without a trailing slash. */
  readonly extensionOrigin: string;
  /** Page origins where our content script runs, e.g. `https://www.nav.no`. */
  readonly pageOrigins: readonly string[];
}

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    // Extension URLs report origin "null" in some engines: rebuild it from scheme and host.
    return parsed.origin === 'null' ? `${parsed.protocol}//${parsed.host}` : parsed.origin;
  } catch {
    return null;
  }
}

/** True for our own content script in the top frame of a tab on an allowed page origin. */
export function isOwnContentScript(sender: SenderInfo, policy: SenderPolicy): boolean {
  if (sender.id !== policy.extensionId) return false;
  // A real tab id: a non-negative integer (NaN, fractions and Infinity are not tabs).
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || !Number.isSafeInteger(tabId) || tabId < 0) return false;
  if (sender.frameId !== 0) return false;
  const origin = originOf(sender.url);
  if (origin === null || origin === policy.extensionOrigin) return false;
  if (sender.origin !== undefined && sender.origin !== origin) return false;
  return policy.pageOrigins.includes(origin);
}

/** True for one of our own extension pages (side panel, or the panel opened in a tab). */
export function isOwnExtensionPage(sender: SenderInfo, policy: SenderPolicy): boolean {
  if (sender.id !== policy.extensionId) return false;
  if (originOf(sender.url) !== policy.extensionOrigin) return false;
  return sender.origin === undefined || originOf(sender.origin) === policy.extensionOrigin;
}

/** True when a page URL's origin (scheme, host and port) is one the policy allows snapshots from. */
export function isAllowedPageUrl(url: string | undefined, policy: SenderPolicy): boolean {
  const origin = originOf(url);
  return origin !== null && origin !== policy.extensionOrigin && policy.pageOrigins.includes(origin);
}
