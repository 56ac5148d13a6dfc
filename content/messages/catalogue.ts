import type { Language } from '../../domain/i18n';
import type { NB } from './nb';
import { NB_AT_START } from './nb/start';

/** The key of a UI message (`area.what`): every key bokmål has, the on-demand areas too. */
export type MessageKey = keyof typeof NB;

/** A whole language: a string for every key bokmål has. */
export type Catalogue = { readonly [K in MessageKey]: string };

/** The base of a message that comes in `.one` and `.other` forms. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}.one` ? Base : never) : never;

/**
 * Bokmål in the start-up chunks: what the first view can show (`loadBokmaal` adds the rest: the
 * draft list, the open timeline, an import's refusals, the folded settings and shortcuts, print and welcome).
 */
export const BOKMAAL_AT_START: Partial<Catalogue> = NB_AT_START;

let bokmaal: Promise<Catalogue> | null = null;

/** All of bokmål: the start-up part with the on-demand text, fetched once (again after a failure). */
export function loadBokmaal(): Promise<Catalogue> {
  bokmaal ??= import('./nb/on-demand').then(
    ({ NB_ON_DEMAND }) => ({ ...NB_AT_START, ...NB_ON_DEMAND }),
    (error: unknown) => {
      bokmaal = null;
      throw error;
    },
  );
  return bokmaal;
}

/** The whole catalogue for a language; each loads on demand (nynorsk and English one chunk each). */
export async function loadCatalogue(language: Language): Promise<Catalogue> {
  if (language === 'nn') return (await import('./nn')).NN;
  if (language === 'en') return (await import('./en')).EN;
  return loadBokmaal();
}
