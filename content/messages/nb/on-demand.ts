import { DRAFT } from './draft';
import { TIMELINE_BODY } from './timeline-body';

/** Bokmål that the first view does not show: the draft list's and the open timeline's text (one chunk). */
export const NB_ON_DEMAND = { ...TIMELINE_BODY, ...DRAFT };
