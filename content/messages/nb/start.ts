import { CASE } from './case';
import { COMMON } from './common';
import { DRAFT_AT_START } from './draft-start';
import { GUIDE } from './guide';
import { SITE } from './site';
import { TIMELINE } from './timeline';

/**
 * Bokmål in the start-up chunks: what the first view can show; the rest
 * (./on-demand.ts) is loaded on demand.
 */
export const NB_AT_START = { ...COMMON, ...CASE, ...TIMELINE, ...GUIDE, ...DRAFT_AT_START, ...SITE };
