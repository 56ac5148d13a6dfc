import type { COMMON as NB_COMMON } from '../nb/common';
import type { AreaCatalogue } from '../types';

/** Nynorsk: the common area's UI text. */
export const COMMON: AreaCatalogue<typeof NB_COMMON> = {
};
