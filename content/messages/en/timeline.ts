import type { TIMELINE as NB_TIMELINE } from '../nb/timeline';
import type { AreaCatalogue } from '../types';

/** English: the timeline area's UI text. */
export const TIMELINE: AreaCatalogue<typeof NB_TIMELINE> = {
};
