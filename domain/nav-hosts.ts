/**
 * The NAV pages the content script runs on by default (pages.md §1–3). Journal sites are never
 * listed here: the user adds them at run time as optional host permissions.
 */
export const NAV_CONTENT_SCRIPT_MATCHES = [
  'https://www.nav.no/syk/*',
  'https://www.nav.no/arbeidsgiver/*',
  'https://www.nav.no/samarbeidspartner/sykmelding/*',
  'https://syfomodiaperson.intern.nav.no/*',
  'https://syfooversikt.intern.nav.no/*',
] as const;

const NAV_ORIGINS: ReadonlySet<string> = new Set(
  NAV_CONTENT_SCRIPT_MATCHES.map((pattern) => pattern.slice(0, pattern.indexOf('/', 'https://'.length))),
);

/** True for an origin on which the content script runs on some paths (www.nav.no, Modia's hosts). */
export function isNavContentScriptOrigin(origin: string): boolean {
  return NAV_ORIGINS.has(origin);
}
