import { storage } from '#imports';

// The single storage keys beside the cases (`case:<id>`, case-store.ts), each one WXT storage item
// with its area, key and version. What a key holds is read as `unknown` and checked where it is used:
// storage can hold anything (an older build, a hand edit, a corrupt profile), and a bad value must
// read as "nothing stored", never break a page. A change of shape raises the version and adds a
// migration here (`migrations: { 2: (old) => new }`); WXT keeps the version beside the key (`<key>$`).

/** The UI language the user chose (`nb`, `nn`, `en`); absent means «Automatisk» (follow the browser). */
export const uiLanguageItem = storage.defineItem<unknown>('local:uiLanguage', { version: 1 });

/** The journal sites the user added, as origins. */
export const journalSitesItem = storage.defineItem<unknown>('local:journalSites', { version: 1 });

/** The role the user chose by hand per site, by origin. */
export const siteRolesItem = storage.defineItem<unknown>('local:siteRoles', { version: 1 });

/** Which case was last used in each tab, by tab id (session only: tab ids do not outlive the browser). */
export const tabCasesItem = storage.defineItem<unknown>('session:tabCases', { version: 1 });

/** What could not be read from storage or an import, set aside for the user to export (session only). */
export const quarantineItem = storage.defineItem<unknown>('session:quarantine', { version: 1 });

/** An item's key in its area (`local:uiLanguage` → `uiLanguage`), as the browser's storage.onChanged names it. */
const areaKey = (item: { key: string }) => item.key.slice(item.key.indexOf(':') + 1);

/** Each item's key in its area, derived from the items themselves. */
export const STORAGE_KEYS = {
  uiLanguage: areaKey(uiLanguageItem),
  journalSites: areaKey(journalSitesItem),
  siteRoles: areaKey(siteRolesItem),
  tabCases: areaKey(tabCasesItem),
  quarantine: areaKey(quarantineItem),
} as const;
