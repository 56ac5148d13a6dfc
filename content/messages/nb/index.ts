import { CASE } from './case';
import { CASE_CHART } from './case-chart';
import { CASE_DETAILS } from './case-details';
import { CASE_IMPORT } from './case-import';
import { COMMON } from './common';
import { COMMON_LATER } from './common-later';
import { DRAFT } from './draft';
import { DRAFT_AT_START } from './draft-start';
import { GUIDE } from './guide';
import { GUIDE_CONTEXTS } from './guide-contexts';
import { GUIDE_SCALE_NAMES } from './guide-scale-names';
import { NB_ON_DEMAND } from './on-demand';
import { SITE } from './site';
import { SITE_PAGES } from './site-pages';
import { NB_AT_START } from './start';
import { TIMELINE } from './timeline';
import { TIMELINE_BODY } from './timeline-body';

/** Bokmål, area by area: the source catalogue every other language must match key for key. */
export const NB_AREAS = {
  common: { ...COMMON, ...COMMON_LATER },
  case: { ...CASE, ...CASE_IMPORT, ...CASE_CHART, ...CASE_DETAILS },
  timeline: { ...TIMELINE, ...TIMELINE_BODY },
  guide: { ...GUIDE, ...GUIDE_CONTEXTS, ...GUIDE_SCALE_NAMES },
  draft: { ...DRAFT_AT_START, ...DRAFT },
  site: { ...SITE, ...SITE_PAGES },
};

/** Bokmål: every UI message (the default language, and the fallback for a missing key). */
export const NB = { ...NB_AT_START, ...NB_ON_DEMAND };
