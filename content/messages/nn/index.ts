import type { Catalogue } from '../catalogue';
import { CASE } from './case';
import { COMMON } from './common';
import { DRAFT } from './draft';
import { GUIDE } from './guide';
import { SITE } from './site';
import { TIMELINE } from './timeline';

/** Nynorsk, area by area (the catalogue test compares them with bokmål's). */
export const NN_AREAS = { common: COMMON, case: CASE, timeline: TIMELINE, guide: GUIDE, draft: DRAFT, site: SITE };

/** Nynorsk: every UI message. */
export const NN: Catalogue = { ...COMMON, ...CASE, ...TIMELINE, ...GUIDE, ...DRAFT, ...SITE };
