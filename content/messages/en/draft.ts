import type { DRAFT as NB_DRAFT } from '../nb/draft';
import type { AreaCatalogue } from '../types';

/** English: the draft area's UI text. */
export const DRAFT: AreaCatalogue<typeof NB_DRAFT> = {
};
