import { describe, expect, it } from 'vitest';
import type { PageSnapshot } from '../../../domain/page-snapshot';
import { withoutPersonHeadings } from '../../../domain/person-headings';

const HEADINGS: PageSnapshot['headings'] = [
  { level: 1, text: 'Ola Testmann' },
  { level: 2, text: 'Olas sideoversikt' },
  { level: 2, text: 'Oppfølgingsplan for Ola Testmann' },
  { level: 3, text: 'Arbeidsoppgaver' },
];

function at(url: string): PageSnapshot {
  return { url, title: 'Oppfølgingsplan', headings: HEADINGS, fields: [] };
}

describe('withoutPersonHeadings', () => {
  it.each([
    'https://www.nav.no/syk/oppfolgingsplan/a1b2c3d4-0000-4000-8000-000000000001',
    'https://www.nav.no/syk/oppfolgingsplan/a1b2c3d4-0000-4000-8000-000000000001/ny-plan',
    'https://www.nav.no/syk/dialogmoter/arbeidsgiver/a1b2c3d4-0000-4000-8000-000000000001/motebehov/meld',
  ])('drops the name from the leader’s page %s, keeping the signal «Oppfølgingsplan for»', (url) => {
    expect(withoutPersonHeadings(at(url)).headings).toEqual([
      { level: 2, text: 'Oppfølgingsplan for …' },
      { level: 3, text: 'Arbeidsoppgaver' },
    ]);
  });

  it.each([
    'https://www.nav.no/syk/oppfolgingsplan/sykmeldt',
    'https://www.nav.no/syk/oppfolgingsplan/sykmeldt/aktiv-plan/f0e1d2c3-0000-4000-8000-000000000002',
    'https://www.nav.no/syk/dialogmoter/sykmeldt',
    'https://syfomodiaperson.intern.nav.no/sykefravaer',
    'https://journal.example.org/konsultasjon/ny',
  ])('leaves other pages as they are: %s', (url) => {
    const snapshot = at(url);
    expect(withoutPersonHeadings(snapshot)).toBe(snapshot);
  });
});
