// Serves the synthetic pages at the real NAV URLs, so no test and no demo ever touches the network.
// Shared by the Playwright tests and `npm run demo` (plain JavaScript for that reason).
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PAGES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/pages');
const MODULES = join(dirname(fileURLToPath(import.meta.url)), '../../../node_modules');

/** Synthetic ids in the URLs: never a real relation, plan or meeting id. */
export const SYNTHETIC = {
  lederId: 'a1b2c3d4-0000-4000-8000-000000000001',
  moteId: 'c0ffee00-0000-4000-8000-000000000003',
  pasientId: 'b0b0b0b0-0000-4000-8000-000000000004',
};

/** Hostile synthetic pages for the content script (tests/fixtures/pages/stress/), each at its own plan id. */
const STRESS_PAGES = {
  fields10000: ['57e55000-0000-4000-8000-000000000001', 'fields-10000.html'],
  deep5000: ['57e55000-0000-4000-8000-000000000002', 'deep-5000.html'],
  shadow200: ['57e55000-0000-4000-8000-000000000003', 'shadow-200.html'],
  iframes50: ['57e55000-0000-4000-8000-000000000004', 'iframes-50.html'],
  labels100kb: ['57e55000-0000-4000-8000-000000000005', 'labels-100kb.html'],
  markupInLabels: ['57e55000-0000-4000-8000-000000000006', 'markup-in-labels.html'],
  overrides: ['57e55000-0000-4000-8000-000000000007', 'overrides.html'],
  valueTraps: ['57e55000-0000-4000-8000-000000000008', 'value-traps.html'],
  navigation: ['57e55000-0000-4000-8000-000000000009', 'navigation.html'],
  clobbering: ['57e55000-0000-4000-8000-000000000010', 'clobbering.html'],
  pushFlood: ['57e55000-0000-4000-8000-000000000011', 'push-flood.html'],
  // Shaped like a national ID number (11 digits), so the URL itself must be masked too.
  nationalId: ['01019912345', 'national-id.html'],
};

/** The stress pages' real-shaped URLs (the leader's new-plan route), by name. */
export const STRESS_URLS = /** @type {Record<keyof typeof STRESS_PAGES, string>} */ (
  Object.fromEntries(
    Object.entries(STRESS_PAGES).map(([name, [id]]) => [name, `https://www.nav.no/syk/oppfolgingsplan/${id}/ny-plan`]),
  )
);

/** The controlled plan form (tests/fixtures/pages/controlled/, Preact state as NAV's React form) at its own plan id. */
const CONTROLLED_ID = 'c0a7e011-0000-4000-8000-000000000005';

/** The hostile page (tests/fixtures/pages/hostile/) at its own synthetic plan id. */
const HOSTILE_ID = 'ffffffff-0000-4000-8000-00000000beef';

/** The real URLs the journeys and the demo open. */
export const URLS = {
  nyPlan: `https://www.nav.no/syk/oppfolgingsplan/${SYNTHETIC.lederId}/ny-plan`,
  aktivPlan: `https://www.nav.no/syk/oppfolgingsplan/${SYNTHETIC.lederId}/aktiv-plan`,
  referat: `https://syfomodiaperson.intern.nav.no/sykefravaer/dialogmote/${SYNTHETIC.moteId}/referat`,
  unknown: 'https://www.example.org/en-vanlig-side',
  sykInn: `https://www.nav.no/samarbeidspartner/sykmelding/fhir/${SYNTHETIC.pasientId}/ny`,
  journal: 'https://journal.example.org/konsultasjon/ny',
  stress: STRESS_URLS,
  hostile: `https://www.nav.no/syk/oppfolgingsplan/${HOSTILE_ID}/ny-plan`,
  controlledPlan: `https://www.nav.no/syk/oppfolgingsplan/${CONTROLLED_ID}/ny-plan`,
};

const ROUTES = [
  // The controlled plan and the modules it runs (Preact from node_modules: served, never fetched).
  {
    pattern: new RegExp(`^https://www\\.nav\\.no/syk/oppfolgingsplan/${CONTROLLED_ID}/ny-plan/?$`),
    file: 'controlled/plan.html',
  },
  { pattern: /^https:\/\/www\.nav\.no\/__fixtures\/plan-app\.mjs$/, file: 'controlled/plan-app.mjs' },
  { pattern: /^https:\/\/www\.nav\.no\/__fixtures\/preact\.mjs$/, module: 'preact/dist/preact.module.js' },
  { pattern: /^https:\/\/www\.nav\.no\/__fixtures\/preact-hooks\.mjs$/, module: 'preact/hooks/dist/hooks.module.js' },
  // Before the generic oppfølgingsplan route, like the stress pages.
  {
    pattern: new RegExp(`^https://www\\.nav\\.no/syk/oppfolgingsplan/${HOSTILE_ID}/(ny-plan|aktiv-plan)/?$`),
    file: 'hostile/hostile-plan.html',
  },
  // Before the generic oppfølgingsplan route: each stress page at its own synthetic plan id.
  ...Object.values(STRESS_PAGES).map(([id, file]) => ({
    pattern: new RegExp(`^https://www\\.nav\\.no/syk/oppfolgingsplan/${id}/ny-plan/?$`),
    file: `stress/${file}`,
  })),
  {
    pattern: /^https:\/\/www\.nav\.no\/syk\/oppfolgingsplan\/(?!sykmeldt(?:\/|$))[^/]+(\/(ny-plan|aktiv-plan))?\/?$/,
    file: 'nav/oppfolgingsplan-ny-plan.html',
  },
  {
    pattern: /^https:\/\/syfomodiaperson\.intern\.nav\.no\/sykefravaer\/dialogmote\/[^/]+\/referat\/?$/,
    file: 'nav/modia-referat.html',
  },
  {
    pattern: /^https:\/\/www\.nav\.no\/samarbeidspartner\/sykmelding\/fhir\/[^/]+\/ny\/?$/,
    file: 'nav/syk-inn-ny.html',
  },
  { pattern: /^https:\/\/journal2?\.example\.org\//, file: 'journal/journal.html' },
  { pattern: /^https:\/\/www\.example\.org\//, file: 'unknown.html' },
];

/** The path of the fixture file (or served module) for a URL (query and hash ignored), or null. */
export function fixtureFor(url) {
  const { origin, pathname } = new URL(url);
  const target = `${origin}${pathname}`;
  const route = ROUTES.find((candidate) => candidate.pattern.test(target));
  if (!route) return null;
  return route.module ? join(MODULES, route.module) : join(PAGES, route.file);
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
      contentType: /\.m?js$/.test(file) ? 'text/javascript; charset=utf-8' : 'text/html; charset=utf-8',
      body: await readFile(file, 'utf8'),
    });
  });
  return blocked;
}
