// @vitest-environment happy-dom
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scoreJournalPage } from '../../../domain/journal-heuristic';
import { detectPageContextWithSites, UNKNOWN_CONTEXT_ID } from '../../../domain/page-context';
import { PAGE_CONTEXTS } from '../../../domain/page-contexts';
import type { PageSnapshot } from '../../../domain/page-snapshot';
import { readPageStructure } from '../../../platform/page-structure';

// Where the URL is not enough: pages parsed as HTML, reduced by the content script's own reader to the
// structure it reports (URL, title, headings, labels, field ids and names; never a value), then detected.

// Node's URL, not the page environment's: paths come from the test file's own location.
const HERE = dirname(fileURLToPath(import.meta.url));
const FIXTURE_DIR = resolve(HERE, '../../fixtures/pages/detection');
const REAL_PAGES_DIR = resolve(process.env.NAV_RENDERED_DIR ?? resolve(HERE, '../../../../shared/nav-rendered'));

// Parse pages without fetching anything they link to (the rendered pages point at local dev servers).
interface ResourceSettings {
  disableCSSFileLoading: boolean;
  disableJavaScriptFileLoading: boolean;
  disableIframePageLoading: boolean;
  handleDisabledFileLoadingAsSuccess: boolean;
}
const environment = globalThis as { happyDOM?: { settings: ResourceSettings } };
if (environment.happyDOM) {
  Object.assign(environment.happyDOM.settings, {
    disableCSSFileLoading: true,
    disableJavaScriptFileLoading: true,
    disableIframePageLoading: true,
    handleDisabledFileLoadingAsSuccess: true,
  } satisfies ResourceSettings);
}

/** The snapshot the shipped content script's reader (platform/page-structure.ts) takes of a page at a URL. */
function extractSnapshot(doc: Document, url: string): PageSnapshot {
  return readPageStructure(doc, new URL(url) as unknown as Location);
}

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function meta(doc: Document, name: string): string | null {
  return doc.querySelector(`meta[name="folgesvenn:${name}"]`)?.getAttribute('content') ?? null;
}

function snapshotText(snapshot: PageSnapshot): string {
  return [snapshot.title, ...snapshot.headings.map((h) => h.text), ...snapshot.fields.map((f) => f.label)].join('\n');
}

describe('synthetic pages where the URL is not enough', () => {
  const files = readdirSync(FIXTURE_DIR)
    .filter((file) => file.endsWith('.html'))
    .sort();

  it('the fixture folder has pages', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const file of files) {
    it(file, () => {
      const doc = parse(readFileSync(join(FIXTURE_DIR, file), 'utf8'));
      const url = meta(doc, 'url');
      const expectedId = meta(doc, 'expect-context');
      const expectedConfirmed = meta(doc, 'expect-confirmed');
      expect(url, `${file}: add <meta name="folgesvenn:url" content="…">`).toBeTruthy();
      expect(expectedId, `${file}: add <meta name="folgesvenn:expect-context" content="…">`).toBeTruthy();
      expect(['true', 'false'], `${file}: folgesvenn:expect-confirmed must be true or false`).toContain(
        expectedConfirmed,
      );
      const origins = (meta(doc, 'journal-origins') ?? '').split(/\s+/).filter(Boolean);

      const snapshot = extractSnapshot(doc, url ?? '');
      const detected = detectPageContextWithSites(snapshot, PAGE_CONTEXTS, origins);
      expect(detected.id, `${file}: detected '${detected.id}', the fixture expects '${expectedId}'`).toBe(expectedId);
      expect(
        detected.confirmed,
        `${file}: confirmed is ${detected.confirmed}; check the signals of '${detected.id}' against the page`,
      ).toBe(expectedConfirmed === 'true');

      const expectedSuggest = meta(doc, 'expect-journal-suggest');
      if (expectedSuggest !== null) {
        const verdict = scoreJournalPage(snapshot);
        expect(
          verdict.suggest,
          `${file}: journal suggestion is ${verdict.suggest} (score ${verdict.score}: ${verdict.reasons.join(', ')})`,
        ).toBe(expectedSuggest === 'true');
      }

      // What leaves the page: no national-ID-shaped number, nothing from the person card.
      expect(snapshotText(snapshot)).not.toMatch(/\d{6}\s?\d{5}/);
      expect(snapshotText(snapshot)).not.toContain('Persontest');
    });
  }
});

// NAV's own pages as rendered offline (../shared/nav-rendered/README.md), each at the real URL it
// stands for; the ids in the URLs are synthetic. The folder lives outside the repository.
const LEDER = 'a1b2c3d4-0000-4000-8000-000000000001';
const PLAN = 'f0e1d2c3-0000-4000-8000-000000000002';
const MOTE = 'c0ffee00-0000-4000-8000-000000000003';
const REAL_PAGES: Readonly<Record<string, { url: string; id: string }>> = {
  'oppf-ny-plan-prodbuild.html': {
    url: `https://www.nav.no/syk/oppfolgingsplan/${LEDER}/ny-plan`,
    id: 'oppfolgingsplan-leder-ny-plan',
  },
  'oppf-ag-oversikt.html': {
    url: `https://www.nav.no/syk/oppfolgingsplan/${LEDER}`,
    id: 'oppfolgingsplan-leder-oversikt',
  },
  'oppf-ag-aktiv-plan.html': {
    url: `https://www.nav.no/syk/oppfolgingsplan/${LEDER}/aktiv-plan`,
    id: 'oppfolgingsplan-leder-aktiv-plan',
  },
  'oppf-ag-tidligere-plan.html': {
    url: `https://www.nav.no/syk/oppfolgingsplan/${LEDER}/tidligere-planer/${PLAN}`,
    id: 'oppfolgingsplan-leder-tidligere-plan',
  },
  'oppf-sm-oversikt.html': {
    url: 'https://www.nav.no/syk/oppfolgingsplan/sykmeldt',
    id: 'oppfolgingsplan-arbeidstaker',
  },
  'oppf-sm-aktiv-plan.html': {
    url: `https://www.nav.no/syk/oppfolgingsplan/sykmeldt/aktiv-plan/${PLAN}`,
    id: 'oppfolgingsplan-arbeidstaker',
  },
  'modia-root.html': { url: 'https://syfomodiaperson.intern.nav.no/sykefravaer', id: 'modia-sykefravaer' },
  'modia-moteoversikt.html': {
    url: 'https://syfomodiaperson.intern.nav.no/sykefravaer/moteoversikt',
    id: 'modia-moteoversikt',
  },
  'modia-referat.html': {
    url: `https://syfomodiaperson.intern.nav.no/sykefravaer/dialogmote/${MOTE}/referat`,
    id: 'modia-dialogmote-referat',
  },
  'dmf-ag.html': { url: `https://www.nav.no/syk/dialogmoter/arbeidsgiver/${LEDER}`, id: 'dialogmote-leder' },
  'dmf-ag-motebehov-meld.html': {
    url: `https://www.nav.no/syk/dialogmoter/arbeidsgiver/${LEDER}/motebehov/meld`,
    id: 'dialogmote-leder-motebehov',
  },
  'dmf-sm.html': { url: 'https://www.nav.no/syk/dialogmoter/sykmeldt', id: 'dialogmote-arbeidstaker' },
  'dmf-sm-motebehov-meld.html': {
    url: 'https://www.nav.no/syk/dialogmoter/sykmeldt/motebehov/meld',
    id: 'dialogmote-arbeidstaker-motebehov',
  },
  'dmf-sm-motebehov-svar.html': {
    url: 'https://www.nav.no/syk/dialogmoter/sykmeldt/motebehov/svar',
    id: 'dialogmote-arbeidstaker-motebehov',
  },
  'dmf-sm-moteinnkalling.html': {
    url: 'https://www.nav.no/syk/dialogmoter/sykmeldt/moteinnkalling',
    id: 'dialogmote-arbeidstaker-innkalling',
  },
};

const hasRealPages = existsSync(REAL_PAGES_DIR);

describe.skipIf(!hasRealPages)(
  `NAV's real rendered pages${hasRealPages ? '' : ` (SKIPPED: ${REAL_PAGES_DIR} not found; set NAV_RENDERED_DIR to run)`}`,
  () => {
    const files = hasRealPages
      ? readdirSync(REAL_PAGES_DIR)
          .filter((file) => file.endsWith('.html'))
          .sort()
      : [];

    it('every rendered page has a real URL in REAL_PAGES', () => {
      const unmapped = files.filter((file) => !(file in REAL_PAGES));
      expect(unmapped, 'map these files to their real URL (README table) in REAL_PAGES').toEqual([]);
    });

    for (const [file, expected] of Object.entries(REAL_PAGES)) {
      it(`${file} → ${expected.id}, confirmed`, () => {
        expect(files, `${file} is listed in REAL_PAGES but missing from ${REAL_PAGES_DIR}`).toContain(file);
        const snapshot = extractSnapshot(parse(readFileSync(join(REAL_PAGES_DIR, file), 'utf8')), expected.url);
        const detected = detectPageContextWithSites(snapshot, PAGE_CONTEXTS, []);
        expect(detected.id, `${file} at ${expected.url}`).toBe(expected.id);
        expect(
          detected.confirmed,
          `${file}: the page no longer confirms '${expected.id}'; update its signals (title "${snapshot.title}", headings ${snapshot.headings
            .map((h) => `"${h.text}"`)
            .join(', ')})`,
        ).toBe(true);
        expect(detected.id).not.toBe(UNKNOWN_CONTEXT_ID);
        expect(scoreJournalPage(snapshot).suggest, `${file}: a NAV page is never suggested as a journal`).toBe(false);
        expect(snapshotText(snapshot)).not.toMatch(/\d{6}\s?\d{5}/);
      });
    }
  },
);
