import { batch, signal } from '@preact/signals';
import {
  BOKMAAL_AT_START,
  type Catalogue,
  loadBokmaal,
  loadCatalogue,
  type MessageKey,
  type PluralKey,
} from '../content/messages/catalogue';
import {
  formatMessage,
  type Language,
  type LanguageSetting,
  type MessageParams,
  pluralForm,
  resolveLanguage,
} from '../domain/i18n';

/** The language the UI speaks now (components that call `t` re-render when it changes). */
export const uiLanguage = signal<Language>('nb');

// Bokmål, the fallback for a missing key: its start-up part until `ensureMessages` brings the rest.
const bokmaal = signal<Partial<Catalogue>>(BOKMAAL_AT_START);
const catalogue = signal<Partial<Catalogue>>(BOKMAAL_AT_START);

/**
 * The UI text for a key in the current language, placeholders filled. A draft-list key reads as its
 * key until `ensureMessages` is done: the draft list renders only after it, and the model's
 * announcements of draft actions await it; text on screen follows when it arrives (a signal).
 */
export function t(key: MessageKey, params?: MessageParams): string {
  const template = catalogue.value[key] ?? bokmaal.value[key] ?? key;
  return formatMessage(template, params);
}

/** Fetches the rest of bokmål (the draft list's text) once; resolves when every key has its text. */
export async function ensureMessages(): Promise<void> {
  const whole = await loadBokmaal();
  batch(() => {
    if (catalogue.peek() === bokmaal.peek()) catalogue.value = whole;
    bokmaal.value = whole;
  });
}

/** True once every bokmål key has its text (`ensureMessages` is done). */
export function messagesComplete(): boolean {
  return bokmaal.peek() !== BOKMAAL_AT_START;
}

/** The UI text for a count: the key's `.one` form for 1, else its `.other` form; `{count}` is filled. */
export function tCount(base: PluralKey, count: number, params?: MessageParams): string {
  return t(`${base}.${pluralForm(count)}` as MessageKey, { ...params, count });
}

/** A UI text kept as its key and values, so a message on screen follows a language switch. */
export interface UiText {
  readonly key: MessageKey;
  readonly params?: MessageParams;
}

/** A UI text to show later (rendered by `shown`, in whatever language is current then). */
export function uiText(key: MessageKey, params?: MessageParams): UiText {
  return params ? { key, params } : { key };
}

/** A counted UI text to show later: the `.one` or `.other` form of `base`, with `{count}`. */
export function uiTextCount(base: PluralKey, count: number, params?: MessageParams): UiText {
  return { key: `${base}.${pluralForm(count)}` as MessageKey, params: { ...params, count } };
}

/** The text of a kept UI text in the current language; null stays null. */
export function shown(text: UiText | null): string | null {
  return text === null ? null : t(text.key, text.params);
}

/**
 * Switches the UI to a language (loads its catalogue first, so the switch is one render). Bokmål
 * while bokmål is spoken (the panel's start) does not wait for the draft list's text: the start-up
 * part is in the bundle and the rest follows (`ensureMessages`). Back to bokmål from another
 * language waits for all of it.
 */
export async function applyLanguage(language: Language): Promise<void> {
  const next: Partial<Catalogue> =
    language === 'nb' && uiLanguage.peek() === 'nb' ? bokmaal.peek() : await loadCatalogue(language);
  batch(() => {
    if (language === 'nb') bokmaal.value = next;
    catalogue.value = next;
    uiLanguage.value = language;
  });
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

/** Fills every element marked `data-i18n="<key>"` with its message (a page's static text). */
export function fillMarkedText(root: ParentNode = document): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    element.textContent = t(element.dataset.i18n as MessageKey);
  }
}

/**
 * For a page of ours outside the panel: speaks the stored language with every bokmål text in (print
 * shows drafts), fills the marked text, and does both again when the setting changes. A catalogue
 * that fails to load leaves bokmål in place.
 */
export async function followStoredLanguage(store: {
  read: () => Promise<LanguageSetting>;
  watch: (onChange: (setting: LanguageSetting) => void) => () => void;
  preferred: () => readonly string[];
}): Promise<void> {
  const speak = async (setting: LanguageSetting) => {
    await Promise.all([
      applyLanguage(resolveLanguage(setting, store.preferred())).catch(() => undefined),
      ensureMessages().catch(() => undefined),
    ]);
    fillMarkedText();
  };
  store.watch((setting) => void speak(setting));
  await speak(await store.read());
}
