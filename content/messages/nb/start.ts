import { CASE } from './case';
import { COMMON } from './common';
import { DRAFT_AT_START } from './draft-start';
import { GUIDE } from './guide';
import { SITE } from './site';
import { TIMELINE } from './timeline';

/**
 * Bokmål in the start-up chunks: every area but the draft list's and the open
 * timeline's own text (./on-demand.ts, loaded on demand).
 */
export const NB_AT_START = { ...COMMON, ...CASE, ...TIMELINE, ...GUIDE, ...DRAFT_AT_START, ...SITE };
