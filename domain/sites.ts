import { isRole, type Role } from './roles';

/** A journal site the panel may read: added by the user, or pre-listed by the organisation. */
export interface JournalSite {
  /** `https://host[:port]`, no path. */
  readonly origin: string;
  readonly source: 'bruker' | 'organisasjon';
  /** True when the browser has granted access to the site (the user said yes). */
  readonly granted: boolean;
}

/** What an organisation's policy (managed storage) says. */
export interface OrganisationPolicy {
  readonly journalSites: readonly string[];
  readonly defaultRole: Role | null;
}

/** Turns what the user typed or the tab's URL into a site origin; null for anything but https web pages. */
export function toJournalOrigin(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(raw.trim()) ? raw.trim() : `https://${raw.trim()}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.hostname === '' || url.username || url.password) return null;
  return url.origin;
}

/** The match pattern that covers a whole origin, e.g. `https://journal.example.no/*`. */
export function originPattern(origin: string): string {
  return `${origin}/*`;
}

/** Reads managed storage as the organisation's policy, ignoring anything malformed. */
export function readOrganisationPolicy(raw: Record<string, unknown>): OrganisationPolicy {
  const sites = Array.isArray(raw.journalSites) ? raw.journalSites : [];
  const journalSites = [
    ...new Set(sites.flatMap((site) => (typeof site === 'string' ? [toJournalOrigin(site)] : [])).filter(Boolean)),
  ] as string[];
  return { journalSites, defaultRole: isRole(raw.defaultRole) ? raw.defaultRole : null };
}

/** The user's own list and the organisation's, as one list with where each came from. */
export function mergeSites(
  userSites: readonly string[],
  policy: OrganisationPolicy,
  granted: readonly string[],
): JournalSite[] {
  const isGranted = (origin: string) => granted.includes(originPattern(origin));
  const fromOrganisation = policy.journalSites.map((origin) => ({
    origin,
    source: 'organisasjon' as const,
    granted: isGranted(origin),
  }));
  const own = userSites
    .filter((origin) => !policy.journalSites.includes(origin))
    .map((origin) => ({ origin, source: 'bruker' as const, granted: isGranted(origin) }));
  return [...fromOrganisation, ...own];
}
