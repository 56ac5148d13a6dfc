/**
 * The panel's languages and how a message template becomes text. Pure: the catalogues are data in
 * `content/messages/`, the chosen language is state in the UI layer.
 */

/** The languages the panel's UI speaks: bokmål (the default), nynorsk and English. */
export type Language = 'nb' | 'nn' | 'en';

/** Every UI language, in the order the settings list them. */
export const LANGUAGES: readonly Language[] = ['nb', 'nn', 'en'];

/** What the user chose: a language, or `auto` (follow the browser). */
export type LanguageSetting = Language | 'auto';

/** Values a message's `{name}` placeholders are filled with. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** True for a stored value that is a valid language setting. */
export function isLanguageSetting(value: unknown): value is LanguageSetting {
  return value === 'auto' || (typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value));
}

/** The UI language for the browser's preferred languages: nynorsk, bokmål (also `no`), English; else bokmål. */
export function languageFromBrowser(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (primary === 'nn') return 'nn';
    if (primary === 'nb' || primary === 'no') return 'nb';
    if (primary === 'en') return 'en';
    // Danish and Swedish readers read bokmål more easily than English; any other first choice
    // falls through to the next preferred language.
    if (primary === 'da' || primary === 'sv') return 'nb';
  }
  return 'nb';
}

/** The language in use: the user's choice, or the browser's when the choice is `auto`. */
export function resolveLanguage(setting: LanguageSetting, preferred: readonly string[]): Language {
  return setting === 'auto' ? languageFromBrowser(preferred) : setting;
}

const PLACEHOLDER = /\{([a-zA-Z][a-zA-Z0-9]*)\}/g;

/** The placeholder names in a template, sorted and without repeats. */
export function placeholdersOf(template: string): string[] {
  return [...new Set(Array.from(template.matchAll(PLACEHOLDER), (match) => match[1] as string))].sort();
}

/** Fills `{name}` placeholders; a placeholder without a value stays visible, so a gap is never silent. */
export function formatMessage(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** The plural form a count takes in bokmål, nynorsk and English alike: `one` for 1, else `other`. */
export function pluralForm(count: number): 'one' | 'other' {
  return count === 1 ? 'one' : 'other';
}
