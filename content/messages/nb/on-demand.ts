import { CASE_CHART } from './case-chart';
import { CASE_DETAILS } from './case-details';
import { CASE_IMPORT } from './case-import';
import { COMMON_LATER } from './common-later';
import { DRAFT } from './draft';
import { GUIDE_CONTEXTS } from './guide-contexts';
import { GUIDE_SCALE_NAMES } from './guide-scale-names';
import { SITE_PAGES } from './site-pages';
import { TIMELINE_BODY } from './timeline-body';

/**
 * Bokmål that the first view does not show (one chunk): the draft list's and the open timeline's
 * text, an import's refusals, a scale's chart, the case's folded details, the questions before a deletion or an import, the pages' names, the names offered for a scale's area, the folded settings and shortcuts, and the print and welcome pages.
 */
export const NB_ON_DEMAND = {
  ...TIMELINE_BODY,
  ...DRAFT,
  ...CASE_IMPORT,
  ...CASE_CHART,
  ...CASE_DETAILS,
  ...COMMON_LATER,
  ...GUIDE_CONTEXTS,
  ...GUIDE_SCALE_NAMES,
  ...SITE_PAGES,
};
