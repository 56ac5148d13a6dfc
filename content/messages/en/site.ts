import type { SITE as NB_SITE } from '../nb/site';
import type { AreaCatalogue } from '../types';

/** English: the site area's UI text. */
export const SITE: AreaCatalogue<typeof NB_SITE> = {
};
