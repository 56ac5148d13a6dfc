// Serves the synthetic pages at the real NAV URLs, so no test and no demo ever touches the network.
// Shared by the Playwright tests and `npm run demo` (plain JavaScript for that reason).
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PAGES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/pages');

/** Synthetic ids in the URLs: never a real relation, plan or meeting id. */
export const SYNTHETIC = {
  lederId: 'a1b2c3d4-0000-4000-8000-000000000001',
  moteId: 'c0ffee00-0000-4000-8000-000000000003',
};

/** The real URLs the journeys and the demo open. */
export const URLS = {
  nyPlan: `https://www.nav.no/syk/oppfolgingsplan/${SYNTHETIC.lederId}/ny-plan`,
  aktivPlan: `https://www.nav.no/syk/oppfolgingsplan/${SYNTHETIC.lederId}/aktiv-plan`,
  referat: `https://syfomodiaperson.intern.nav.no/sykefravaer/dialogmote/${SYNTHETIC.moteId}/referat`,
  unknown: 'https://www.example.org/en-vanlig-side',
};

const ROUTES = [
  {
    pattern: /^https:\/\/www\.nav\.no\/syk\/oppfolgingsplan\/(?!sykmeldt(?:\/|$))[^/]+(\/(ny-plan|aktiv-plan))?\/?$/,
    file: 'nav/oppfolgingsplan-ny-plan.html',
  },
  {
    pattern: /^https:\/\/syfomodiaperson\.intern\.nav\.no\/sykefravaer\/dialogmote\/[^/]+\/referat\/?$/,
    file: 'nav/modia-referat.html',
  },
  { pattern: /^https:\/\/www\.example\.org\//, file: 'unknown.html' },
];

/** Finds the fixture file for a URL (query and hash ignored), or null. */
export function fixtureFor(url) {
  const { origin, pathname } = new URL(url);
  const target = `${origin}${pathname}`;
  return ROUTES.find((route) => route.pattern.test(target))?.file ?? null;
}

/**
 * Routes every page request in the context: fixture pages are served, everything else is aborted
 * and recorded in `blocked` (a request that would have left the machine).
 */
export async function routeFixtures(context, blocked = []) {
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://')) {
      // The extension's own files, loaded from disk: nothing leaves the machine.
      await route.continue();
      return;
    }
    const file = fixtureFor(url);
    if (file === null) {
      blocked.push(url);
      await route.abort('blockedbyclient');
      return;
    }
    await route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: await readFile(join(PAGES, file), 'utf8'),
    });
  });
  return blocked;
}
