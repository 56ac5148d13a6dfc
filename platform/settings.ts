import { browser } from '#imports';
import { isLanguageSetting, type LanguageSetting } from '../domain/i18n';

// The user's settings that are not about a case: for now the UI language. Kept in storage.local,
// so the panel, the print view and the welcome page agree, and a change in one reaches the others.

const LANGUAGE_KEY = 'uiLanguage';

/** The stored language setting; `auto` (follow the browser) when none, or when what is stored is not valid. */
export async function readLanguageSetting(): Promise<LanguageSetting> {
  try {
    const stored = (await browser.storage.local.get(LANGUAGE_KEY))[LANGUAGE_KEY];
    return isLanguageSetting(stored) ? stored : 'auto';
  } catch {
    return 'auto';
  }
}

/** Stores the language setting (`auto` removes the choice). */
export async function saveLanguageSetting(setting: LanguageSetting): Promise<void> {
  if (setting === 'auto') await browser.storage.local.remove(LANGUAGE_KEY);
  else await browser.storage.local.set({ [LANGUAGE_KEY]: setting });
}

/** Calls back with the new setting when another page of ours changes it. */
export function watchLanguageSetting(onChange: (setting: LanguageSetting) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(LANGUAGE_KEY in changes)) return;
    const next = changes[LANGUAGE_KEY]?.newValue;
    if (isLanguageSetting(next)) onChange(next);
    // A removal may be the case store rewriting the area (case-store.ts `eraseFromLocal`): read again.
    else void readLanguageSetting().then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** The browser's preferred languages, best first. */
export function browserLanguages(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : navigator.languages;
}

/** The stored language setting as the pages outside the panel follow it (print view, welcome page). */
export const LANGUAGE_STORE = {
  read: readLanguageSetting,
  watch: watchLanguageSetting,
  preferred: browserLanguages,
};
