import type { PageSnapshot } from './page-snapshot';
import type { PageAudience } from './roles';

/**
 * Structure on the page that confirms a URL match. Any one signal that matches confirms; none of
 * them ever decides which definition applies (the URL does). Taken from NAV's code and from the
 * rendered pages in `shared/nav-rendered/`; NAV's titles and headings change more often than its
 * routes, so a page that no longer confirms still gets its context, only with `confirmed: false`.
 */
export interface PageContextSignals {
  /** Element ids of form fields (NAV's plan form keys its fields by id). */
  readonly fieldIds?: readonly string[];
  /** `name` attributes of form fields (Modia's referat form keys its fields by name). */
  readonly fieldNames?: readonly string[];
  /** Tested against the text of each h1–h3. */
  readonly headings?: readonly RegExp[];
  /** Tested against `document.title`. */
  readonly titles?: readonly RegExp[];
}

/**
 * One kind of page Følgesvenn recognises. The URL pattern decides; the optional signals only
 * confirm (NAV's titles change more often than its routes). Every definition has example URLs
 * (domain/page-context-examples.ts), and the matrix test checks that each matches its own definition only.
 */
export interface PageContextDefinition {
  /** Stable id: part of the testing contract (`data-context`) and of the guides' `contexts`. */
  readonly id: string;
  /** What the panel says it recognised, in bokmål. */
  readonly label: string;
  /** Who uses this page. */
  readonly audience: PageAudience;
  /** Tested against `origin + pathname` (no query, no hash); anchored, `https://` only. */
  readonly pattern: RegExp;
  /** Headings, titles or field keys that confirm the page when the URL alone is not enough. */
  readonly signals?: PageContextSignals;
}

/** The id the panel shows when no definition matches. */
export const UNKNOWN_CONTEXT_ID = 'unknown';

/** The id of a page on a journal site the user (or the organisation) has listed. */
export const JOURNAL_CONTEXT_ID = 'journal';

/** What the detector concluded about a page. */
export interface DetectedContext {
  readonly id: string;
  readonly label: string;
  readonly audience: PageAudience | null;
  /** True when the page's own structure confirmed the URL match. */
  readonly confirmed: boolean;
}

/** The result for a page no definition matches (or for no page at all). */
export const UNKNOWN_CONTEXT: DetectedContext = {
  id: UNKNOWN_CONTEXT_ID,
  label: 'Ukjent side',
  audience: null,
  confirmed: false,
};

/**
 * The result for a page on a listed journal origin that no NAV definition matches. Not confirmed:
 * the user chose the site, but nothing on the page itself was checked (it may be a login page).
 */
export const JOURNAL_CONTEXT: DetectedContext = {
  id: JOURNAL_CONTEXT_ID,
  label: 'Journalsystem (lagt til av deg)',
  audience: 'lege',
  confirmed: false,
};

function parseWebUrl(raw: string): URL | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  return url;
}

/** Returns the `origin + pathname` of a URL string, or null when it is not an http(s) URL. */
export function toMatchableUrl(raw: string): string | null {
  const url = parseWebUrl(raw);
  return url === null ? null : `${url.origin}${url.pathname}`;
}

/** Finds every definition whose URL pattern matches (the matrix test expects at most one). */
export function matchPageContexts(
  rawUrl: string,
  definitions: readonly PageContextDefinition[],
): PageContextDefinition[] {
  const target = toMatchableUrl(rawUrl);
  if (target === null) return [];
  return definitions.filter((definition) => definition.pattern.test(target));
}

/** True when any of the definition's signals is present in the snapshot. */
export function hasConfirmingSignal(definition: PageContextDefinition, snapshot: PageSnapshot): boolean {
  const signals = definition.signals;
  if (!signals) return false;
  const { fieldIds = [], fieldNames = [], headings = [], titles = [] } = signals;
  if (fieldIds.length > 0) {
    const ids = new Set(snapshot.fields.map((field) => field.id).filter(Boolean));
    if (fieldIds.some((id) => ids.has(id))) return true;
  }
  if (fieldNames.length > 0) {
    const names = new Set(snapshot.fields.map((field) => field.name).filter(Boolean));
    if (fieldNames.some((name) => names.has(name))) return true;
  }
  if (headings.some((pattern) => snapshot.headings.some((heading) => pattern.test(heading.text)))) return true;
  return titles.some((pattern) => pattern.test(snapshot.title));
}

/** Decides which page the snapshot shows; unknown when nothing matches. */
export function detectPageContext(
  snapshot: PageSnapshot | null,
  definitions: readonly PageContextDefinition[],
): DetectedContext {
  if (!snapshot) return UNKNOWN_CONTEXT;
  const [definition] = matchPageContexts(snapshot.url, definitions);
  if (!definition) return UNKNOWN_CONTEXT;
  return {
    id: definition.id,
    label: definition.label,
    audience: definition.audience,
    confirmed: hasConfirmingSignal(definition, snapshot),
  };
}

/** Returns the origin of a listed site (`https://host[:port]`), or null when it is not an http(s) URL. */
export function toSiteOrigin(raw: string): string | null {
  return parseWebUrl(raw.trim())?.origin ?? null;
}

/** True when the URL's origin is exactly one of the listed origins (scheme, host and port). */
export function isOnListedOrigin(rawUrl: string, origins: readonly string[]): boolean {
  const origin = toSiteOrigin(rawUrl);
  if (origin === null) return false;
  return origins.some((listed) => toSiteOrigin(listed) === origin);
}

/**
 * Like `detectPageContext`, and a page on a listed journal origin that no NAV definition matches
 * is the journal context. NAV definitions win: a NAV page stays a NAV page even if its host is listed.
 */
export function detectPageContextWithSites(
  snapshot: PageSnapshot | null,
  definitions: readonly PageContextDefinition[],
  journalOrigins: readonly string[],
): DetectedContext {
  const detected = detectPageContext(snapshot, definitions);
  if (detected.id !== UNKNOWN_CONTEXT_ID || !snapshot) return detected;
  return isOnListedOrigin(snapshot.url, journalOrigins) ? JOURNAL_CONTEXT : UNKNOWN_CONTEXT;
}
