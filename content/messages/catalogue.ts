import type { Language } from '../../domain/i18n';
import { NB } from './nb';

/** The key of a UI message (`area.what`). */
export type MessageKey = keyof typeof NB;

/** A whole language: a string for every key bokmål has. */
export type Catalogue = { readonly [K in MessageKey]: string };

/** The base of a message that comes in `.one` and `.other` forms. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}.one` ? Base : never) : never;

/** Bokmål, always in the bundle: the default and the fallback. */
export const DEFAULT_CATALOGUE: Catalogue = NB;

/** The catalogue for a language; nynorsk and English load on demand (one chunk each). */
export async function loadCatalogue(language: Language): Promise<Catalogue> {
  if (language === 'nn') return (await import('./nn')).NN;
  if (language === 'en') return (await import('./en')).EN;
  return NB;
}
