import { browser } from '#imports';
import { isRole, type Role } from '../domain/roles';
import {
  type JournalSite,
  mergeSites,
  type OrganisationPolicy,
  originPattern,
  readOrganisationPolicy,
} from '../domain/sites';
import { takeEarlyArea } from './early-reads';
import { journalSitesItem, STORAGE_KEYS, siteRolesItem } from './storage-items';

// Journal sites: the user adds an origin from the panel; the browser asks the user to grant it as
// an optional host permission; the page-snapshot content script is then registered for it. Removing
// a site gives the permission back. An organisation may pre-list sites in managed storage.

const SCRIPT_FILE = '/content-scripts/page-snapshot.js';
const scriptId = (origin: string) => `journal:${origin}`;

/** The organisation's policy from managed storage (empty where there is none, as on most machines). */
export async function readPolicy(): Promise<OrganisationPolicy> {
  try {
    return readOrganisationPolicy(await (takeEarlyArea('managed') ?? browser.storage.managed.get(null)));
  } catch {
    return { journalSites: [], defaultRole: null };
  }
}

async function userSites(): Promise<string[]> {
  const stored = await journalSitesItem.getValue();
  return Array.isArray(stored) ? stored.filter((value): value is string => typeof value === 'string') : [];
}

async function grantedPatterns(): Promise<string[]> {
  return (await browser.permissions.getAll()).origins ?? [];
}

/** Every journal site, with where it came from and whether access is granted. */
export async function listJournalSites(): Promise<JournalSite[]> {
  const [own, policy, granted] = await Promise.all([userSites(), readPolicy(), grantedPatterns()]);
  return mergeSites(own, policy, granted);
}

/** The origins whose pages the background accepts snapshots from (granted journal sites). */
export async function grantedJournalOrigins(): Promise<string[]> {
  return (await listJournalSites()).filter((site) => site.granted).map((site) => site.origin);
}

/**
 * Asks the browser for access to one origin. Must be the first thing a click handler does: the
 * permission prompt needs the user's gesture, so nothing may be awaited before it.
 */
export function requestSiteAccess(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [originPattern(origin)] });
}

/** After access was granted: remembers the site, registers the content script, and reads the open tab now. */
export async function rememberJournalSite(origin: string): Promise<void> {
  const own = await userSites();
  if (!own.includes(origin)) await journalSitesItem.setValue([...own, origin]);
  await syncContentScripts(); // Also reads the open tabs of the site, the user's among them.
}

/** Forgets a site the user added and gives its permission back. Organisation sites cannot be removed here. */
export async function removeJournalSite(origin: string): Promise<void> {
  const own = await userSites();
  await journalSitesItem.setValue(own.filter((site) => site !== origin));
  await browser.permissions.remove({ origins: [originPattern(origin)] }).catch(() => false);
  await syncContentScripts();
}

/** The host patterns the manifest asks for (NAV's own sites): granted at install, never given back. */
function requiredPatterns(): Set<string> {
  const manifest = browser.runtime.getManifest() as {
    host_permissions?: string[];
    content_scripts?: { matches?: string[] }[];
  };
  return new Set([
    ...(manifest.host_permissions ?? []),
    ...(manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []),
  ]);
}

/**
 * «Slett alt»: gives back every host access the user granted at run time (each journal site, also one no
 * longer in the list) and forgets the user's list, so nothing shows which journal was used. NAV's own
 * sites, which the manifest asks for, stay.
 */
export async function forgetAllJournalSites(): Promise<void> {
  const required = requiredPatterns();
  const granted = (await grantedPatterns()).filter((pattern) => !required.has(pattern));
  if (granted.length > 0) await browser.permissions.remove({ origins: granted }).catch(() => false);
  await journalSitesItem.removeValue();
  await syncContentScripts();
}

/** Registers the content script for exactly the granted journal sites, and unregisters the rest. */
export async function syncContentScripts(): Promise<void> {
  if (!browser.scripting?.registerContentScripts) return;
  const wanted = new Set(await grantedJournalOrigins());
  const registered = await browser.scripting.getRegisteredContentScripts();
  const stale = registered.filter((script) => script.id.startsWith('journal:') && !wanted.has(script.id.slice(8)));
  if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale.map((script) => script.id) });
  const have = new Set(registered.map((script) => script.id));
  const missing = [...wanted].filter((origin) => !have.has(scriptId(origin)));
  if (missing.length > 0) {
    await browser.scripting.registerContentScripts(
      missing.map((origin) => ({
        id: scriptId(origin),
        matches: [originPattern(origin)],
        js: [SCRIPT_FILE],
        runAt: 'document_idle' as const,
        allFrames: false,
        persistAcrossSessions: true,
      })),
    );
    // Tabs already open on a newly registered site get the script now, not on their next load.
    for (const origin of missing) {
      const tabs = await browser.tabs.query({ url: originPattern(origin) }).catch(() => []);
      for (const tab of tabs) {
        if (tab.id === undefined) continue;
        await browser.scripting
          .executeScript({ target: { tabId: tab.id, frameIds: [0] }, files: [SCRIPT_FILE] })
          .catch(() => undefined);
      }
    }
  }
}

/** The origin of a tab, when the browser lets us see it (a granted site, or the tab the toolbar button was used on). */
export async function tabOrigin(tabId: number): Promise<string | null> {
  try {
    const tab = await browser.tabs.get(tabId);
    return tab.url ? new URL(tab.url).origin : null;
  } catch {
    return null;
  }
}

/** The role the user chose by hand for each site, by origin. */
export async function readSiteRoles(): Promise<Record<string, Role>> {
  const stored = await siteRolesItem.getValue();
  if (typeof stored !== 'object' || stored === null) return {};
  return Object.fromEntries(Object.entries(stored).filter((entry): entry is [string, Role] => isRole(entry[1])));
}

/** Remembers the role chosen by hand for a site; null forgets it (the page decides again). */
export async function saveSiteRole(origin: string, role: Role | null): Promise<void> {
  const roles = await readSiteRoles();
  if (role === null) delete roles[origin];
  else roles[origin] = role;
  await siteRolesItem.setValue(roles);
}

/** Calls back when the site list, the permissions or the organisation's policy change. */
export function watchSites(onChange: () => void): () => void {
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || STORAGE_KEYS.journalSites in changes || STORAGE_KEYS.siteRoles in changes) onChange();
  };
  browser.storage.onChanged.addListener(onStorage);
  browser.permissions.onAdded.addListener(onChange);
  browser.permissions.onRemoved.addListener(onChange);
  return () => {
    browser.storage.onChanged.removeListener(onStorage);
    browser.permissions.onAdded.removeListener(onChange);
    browser.permissions.onRemoved.removeListener(onChange);
  };
}
