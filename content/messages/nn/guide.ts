import type { GUIDE as NB_GUIDE } from '../nb/guide';
import type { AreaCatalogue } from '../types';

/** Nynorsk: the guide area's UI text. */
export const GUIDE: AreaCatalogue<typeof NB_GUIDE> = {
};
