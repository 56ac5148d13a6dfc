import { defineUnlistedScript } from '#imports';
import { FIRST_GUIDE_BY_CONTEXT } from '../content/guide-for-context';
import { issueEarlyReads, readPinnedTab } from '../platform/early-reads';
import { markStart } from '../platform/start-marks';

// A classic script at the top of the side panel's page: it runs while the HTML is parsed, before the
// panel's modules are fetched and compiled, and sends the reads the panel's start needs
// (platform/early-reads.ts). When the background's answer names the page kind, the chunk of the guide
// the panel will open there is fetched ahead (guide chunks have stable names: wxt.config.ts), so it is
// in when the panel asks for it. Kept tiny: it must not pull in the panel's code.

/** The stable file of a guide's chunk, for a page kind the background named; null for any other answer. */
export function guideChunkFor(answer: unknown): string | null {
  if (typeof answer !== 'object' || answer === null) return null;
  const contextId = (answer as { contextId?: unknown }).contextId;
  if (typeof contextId !== 'string' || !Object.hasOwn(FIRST_GUIDE_BY_CONTEXT, contextId)) return null;
  const guideId = FIRST_GUIDE_BY_CONTEXT[contextId];
  return guideId && /^[a-z0-9-]+$/.test(guideId) ? `/chunks/guide-${guideId}.js` : null;
}

function preloadGuide(answer: unknown): void {
  const href = guideChunkFor(answer);
  if (!href) return;
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = href;
  document.head.append(link);
}

export default defineUnlistedScript(() => {
  try {
    issueEarlyReads(readPinnedTab(location.search), preloadGuide);
    markStart('early-reads');
  } catch {
    // Without the early reads the panel reads as before, a little later.
  }
});
