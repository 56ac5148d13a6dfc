// What the built extension may contain. A change here is a product decision: say why in the commit.
import type { ForbiddenPattern } from './gates';

/**
 * Chrome's permissions: storage for notes, sidePanel for the panel; scripting and activeTab to read a
 * journal page the user added (the content script is injected there at run time, never declared).
 */
export const CHROME_PERMISSIONS = ['sidePanel', 'storage', 'scripting', 'activeTab'];

/** Firefox has no sidePanel permission (it uses sidebar_action) and no need of activeTab here. */
export const FIREFOX_PERMISSIONS = ['storage', 'scripting'];

/**
 * Optional host permissions: journal (EHR) sites, which the user adds at run time one origin at a time
 * (permissions.request for that origin, with the browser's prompt). Declaring `https://*\/*` as optional
 * is what lets the product ask for any one https origin; nothing is granted at install, and plain
 * http, `<all_urls>` and every other broad pattern stay refused by the gate.
 */
export const OPTIONAL_HOST_PERMISSIONS: string[] = ['https://*/*'];

/** Manifest keys that must never appear. */
export const FORBIDDEN_MANIFEST_KEYS = ['web_accessible_resources', 'externally_connectable', 'host_permissions'];

/** Permissions that must never appear, whatever else changes. */
export const FORBIDDEN_PERMISSIONS = [
  '<all_urls>',
  'tabs',
  'webRequest',
  'clipboardRead',
  'unlimitedStorage',
  'history',
];

/** The extension pages' policy, directive by directive. */
export const INTENDED_CSP: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'object-src': ["'none'"],
  'connect-src': ["'none'"],
  'img-src': ["'self'", 'data:'],
  'style-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

/**
 * Patterns forbidden in the built JavaScript, with the places a dependency ships one and why it is
 * harmless. `allowed` counts the occurrences that are accepted per file-name prefix.
 */
export const FORBIDDEN_JS: ForbiddenPattern[] = [
  { name: 'eval', pattern: /\beval\s*\(/g },
  { name: 'new Function', pattern: /\bnew\s+Function\s*\(/g },
  { name: 'Function()', pattern: /(?<![\w$.])Function\s*\(/g },
  {
    name: 'innerHTML',
    pattern: /\binnerHTML\b/g,
    allowed: {
      // Rollup names the chunk Preact lands in after whatever module comes first, so the chunk is
      // recognised by Preact's own handling of the `__html` prop rather than by its name.
      file: /^chunks\/[\w-]+\.js$/,
      marker: /\.__html\b/,
      count: 3,
      why: "Preact's renderer supports dangerouslySetInnerHTML; our source never uses it (source scan below).",
    },
  },
  { name: 'outerHTML', pattern: /\bouterHTML\b/g },
  { name: 'insertAdjacentHTML', pattern: /\binsertAdjacentHTML\b/g },
  { name: 'document.write', pattern: /\bdocument\.write(ln)?\s*\(/g },
  { name: 'fetch', pattern: /(?<![\w$])fetch\s*\(/g },
  { name: 'XMLHttpRequest', pattern: /\bXMLHttpRequest\b/g },
  { name: 'WebSocket', pattern: /\bWebSocket\b/g },
  { name: 'sendBeacon', pattern: /\bsendBeacon\b/g },
  { name: 'EventSource', pattern: /\bEventSource\b/g },
  {
    name: 'clipboard write',
    pattern: /\bnavigator\.clipboard\b|\bexecCommand\s*\(\s*[`'"](?:copy|cut)\b/g,
    allowed: {
      file: /^chunks\/sidepanel-/,
      count: 3,
      why: 'platform/clipboard.ts, called from the «Kopier» click only: never in the content script or background.',
    },
  },
  {
    // «Sett inn» types into the page's field through the browser's editing path (platform/page-insert.ts).
    name: 'page editing',
    pattern: /\bexecCommand\s*\(\s*[`'"](?!copy\b|cut\b)/g,
    allowed: {
      file: /^content-scripts\/page-snapshot\.js$/,
      marker: /\bexecCommand\s*\(\s*[`'"]insertText\b/,
      count: 1,
      why: 'platform/page-insert.ts, on an insert the panel asked for: insertText into one listed field, nothing else.',
    },
  },
  { name: 'clipboard read', pattern: /\breadText\b|\bclipboardData\b/g },
];

/** URL prefixes that may appear in built JS: the NAV pages we recognise, and XML namespaces. */
export const ALLOWED_URL_PREFIXES = [
  'https://www.nav.no/',
  'https://syfomodiaperson.intern.nav.no/',
  'https://syfooversikt.intern.nav.no/',
  'https://arbeidsgiver.nav.no/',
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/1998/Math/MathML',
  'http://www.w3.org/1999/xlink',
  'http://www.w3.org/XML/1998/namespace',
  // WXT names its docs and an issue in error messages (browser shim, storage); never requested.
  'https://wxt.dev/',
  'https://github.com/wxt-dev/wxt/issues/',
  // domain/sites.ts: a journal address the user typed without a scheme gets `https://` in front, to
  // ask for that one origin (permissions.request); a template, never a fixed address.
  'https://${',
  // The journal-site field's placeholder and hint text (components/SiteAccess.tsx, the panel model).
  'https://journal.eksempel.no',
];
