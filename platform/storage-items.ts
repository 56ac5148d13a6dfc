import { browser } from '#imports';
import { takeEarlyValue } from './early-reads';

// The single storage keys beside the cases (`case:<id>`, case-store.ts), each one item with its area
// and key. What a key holds is read as `unknown` and checked where it is used: storage can hold
// anything (an older build, a hand edit, a corrupt profile), and a bad value must read as "nothing
// stored", never break a page. A change of shape gets a new key (or a migration where it is read).
// Earlier builds used WXT's storage items, which kept a version beside each key (`<key>$`): removing a
// value removes that too, and the rewrite of `storage.local` (case-store.ts) leaves it behind.

type Area = 'local' | 'session';

/** One value in one storage area, read as `unknown` (null when absent). */
export interface StorageItem {
  /** `<area>:<key>`, as shown in messages and docs. */
  readonly key: string;
  getValue(): Promise<unknown>;
  setValue(value: unknown): Promise<void>;
  removeValue(): Promise<void>;
  /** Calls `onChange(next, previous)` on each change of the value; returns the unwatch. */
  watch(onChange: (next: unknown, previous: unknown) => void): () => void;
}

function defineItem(area: Area, key: string): StorageItem {
  const store = () => browser.storage[area];
  return {
    key: `${area}:${key}`,
    async getValue() {
      const early = takeEarlyValue(area, key);
      if (early) return (await early).value ?? null;
      const stored = await store().get(key);
      return stored[key] ?? null;
    },
    async setValue(value) {
      await store().set({ [key]: value });
    },
    async removeValue() {
      await store().remove([key, `${key}$`]);
    },
    watch(onChange) {
      const listener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, changedArea: string) => {
        if (changedArea !== area || !(key in changes)) return;
        const change = changes[key];
        onChange(change?.newValue ?? null, change?.oldValue ?? null);
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}

/** The UI language the user chose (`nb`, `nn`, `en`); absent means «Automatisk» (follow the browser). */
export const uiLanguageItem = defineItem('local', 'uiLanguage');

/** The journal sites the user added, as origins. */
export const journalSitesItem = defineItem('local', 'journalSites');

/** The role the user chose by hand per site, by origin. */
export const siteRolesItem = defineItem('local', 'siteRoles');

/** Which case was last used in each tab, by tab id (session only: tab ids do not outlive the browser). */
export const tabCasesItem = defineItem('session', 'tabCases');

/** What could not be read from storage or an import, set aside for the user to export (session only). */
export const quarantineItem = defineItem('session', 'quarantine');

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
