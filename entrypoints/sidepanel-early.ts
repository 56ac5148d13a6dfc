import { defineUnlistedScript } from '#imports';
import { issueEarlyReads, readPinnedTab } from '../platform/early-reads';
import { markStart } from '../platform/start-marks';

// A classic script at the top of the side panel's page: it runs while the HTML is parsed, before the
// panel's modules are fetched and compiled, and sends the reads the panel's start needs
// (platform/early-reads.ts). Kept tiny: it must not pull in the panel's code.
export default defineUnlistedScript(() => {
  try {
    issueEarlyReads(readPinnedTab(location.search));
    markStart('early-reads');
  } catch {
    // Without the early reads the panel reads as before, a little later.
  }
});
