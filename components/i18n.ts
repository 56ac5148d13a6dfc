import { signal } from '@preact/signals';
import {
  type Catalogue,
  DEFAULT_CATALOGUE,
  loadCatalogue,
  type MessageKey,
  type PluralKey,
} from '../content/messages/catalogue';
import { formatMessage, type Language, type MessageParams, pluralForm } from '../domain/i18n';

/** The language the UI speaks now (components that call `t` re-render when it changes). */
export const uiLanguage = signal<Language>('nb');

const catalogue = signal<Catalogue>(DEFAULT_CATALOGUE);

/** The UI text for a key in the current language, placeholders filled. */
export function t(key: MessageKey, params?: MessageParams): string {
  const template = catalogue.value[key] ?? DEFAULT_CATALOGUE[key] ?? key;
  return formatMessage(template, params);
}

/** The UI text for a count: the key's `.one` form for 1, else its `.other` form; `{count}` is filled. */
export function tCount(base: PluralKey, count: number, params?: MessageParams): string {
  return t(`${base}.${pluralForm(count)}` as MessageKey, { ...params, count });
}

/** Switches the UI to a language (loads its catalogue first, so the switch is one render). */
export async function applyLanguage(language: Language): Promise<void> {
  const next = await loadCatalogue(language);
  catalogue.value = next;
  uiLanguage.value = language;
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}
