import { isLanguageSetting, type LanguageSetting } from '../domain/i18n';
import { uiLanguageItem } from './storage-items';

// The user's settings that are not about a case: for now the UI language. Kept in storage.local,
// so the panel, the print view and the welcome page agree, and a change in one reaches the others.

/** The stored language setting; `auto` (follow the browser) when none, or when what is stored is not valid. */
export async function readLanguageSetting(): Promise<LanguageSetting> {
  try {
    const stored = await uiLanguageItem.getValue();
    return isLanguageSetting(stored) ? stored : 'auto';
  } catch {
    return 'auto';
  }
}

/** Stores the language setting (`auto` removes the choice). */
export async function saveLanguageSetting(setting: LanguageSetting): Promise<void> {
  if (setting === 'auto') await uiLanguageItem.removeValue();
  else await uiLanguageItem.setValue(setting);
}

/** Calls back with the new setting when another page of ours changes it. */
export function watchLanguageSetting(onChange: (setting: LanguageSetting) => void): () => void {
  return uiLanguageItem.watch((next) => {
    if (isLanguageSetting(next)) onChange(next);
    // A removal may be the case store rewriting the area (case-store.ts `eraseFromLocal`): read again.
    else void readLanguageSetting().then(onChange);
  });
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
