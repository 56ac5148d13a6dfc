import { CASE } from './case';
import { COMMON } from './common';
import { DRAFT } from './draft';
import { GUIDE } from './guide';
import { SITE } from './site';
import { TIMELINE } from './timeline';

/** Bokmål, area by area: the source catalogue every other language must match key for key. */
export const NB_AREAS = { common: COMMON, case: CASE, timeline: TIMELINE, guide: GUIDE, draft: DRAFT, site: SITE };

/** Bokmål: every UI message (the default language, and the fallback for a missing key). */
export const NB = { ...COMMON, ...CASE, ...TIMELINE, ...GUIDE, ...DRAFT, ...SITE };
