import type { CASE as NB_CASE } from '../nb/case';
import type { AreaCatalogue } from '../types';

/** English: the case area's UI text. */
export const CASE: AreaCatalogue<typeof NB_CASE> = {
};
