import { describe, expect, it } from 'vitest';
import {
  isNavHost,
  JOURNAL_SCORE_THRESHOLD,
  JOURNAL_WEIGHTS,
  scoreJournalPage,
} from '../../../domain/journal-heuristic';
import type { PageSnapshot, SnapshotField } from '../../../domain/page-snapshot';

// Synthetic snapshots only: invented hosts, invented people, no real journal.

function page(url: string, { title = '', headings = [] as string[], labels = [] as string[] } = {}): PageSnapshot {
  return {
    url,
    title,
    headings: headings.map((text) => ({ level: 2 as const, text })),
    fields: labels.map((label, index): SnapshotField => ({ id: `f${index}`, name: '', label, tag: 'input' })),
  };
}

const EPJ = 'https://epj.eksempel-journal.test/konsultasjon';

describe('scoreJournalPage', () => {
  it('uses the weights and threshold of pages.md §5', () => {
    expect(JOURNAL_SCORE_THRESHOLD).toBe(8);
    expect(JOURNAL_WEIGHTS).toEqual({ strong: 3, medium: 2, weak: 1, code: 2, negative: -3 });
  });

  it('suggests a page that reads like a GP journal', () => {
    const verdict = scoreJournalPage(
      page(EPJ, {
        title: 'Konsultasjon – Eksempel EPJ',
        headings: ['Journalnotat', 'Sykmelding'],
        labels: ['Kontaktårsak', 'Diagnose', 'Aktivitet ikke mulig', 'Melding til arbeidsgiver'],
      }),
    );
    expect(verdict.suggest).toBe(true);
    expect(verdict.score).toBeGreaterThanOrEqual(JOURNAL_SCORE_THRESHOLD);
    expect(verdict.reasons).toEqual(
      expect.arrayContaining([
        'strong:sykmelding',
        'strong:aktivitet-ikke-mulig',
        'strong:melding-til-arbeidsgiver',
        'medium:konsultasjon',
        'medium:journalnotat',
        'medium:kontaktarsak',
        'medium:diagnose',
        'medium:epj',
      ]),
    );
  });

  it('scores each kind exactly', () => {
    expect(scoreJournalPage(page(EPJ, { headings: ['Sykmelding'] })).score).toBe(3);
    expect(scoreJournalPage(page(EPJ, { headings: ['Epikrise'] })).score).toBe(2);
    expect(scoreJournalPage(page(EPJ, { headings: ['Pasient'] })).score).toBe(1);
    expect(scoreJournalPage(page(EPJ, { headings: ['Været i dag'] }))).toEqual({
      score: 0,
      suggest: false,
      reasons: [],
    });
  });

  it('counts a word once however often it occurs', () => {
    const verdict = scoreJournalPage(
      page(EPJ, { title: 'Sykmelding', headings: ['Sykmelding', 'Ny sykmelding'], labels: ['Sykmelding'] }),
    );
    expect(verdict.score).toBe(3);
    expect(verdict.reasons).toEqual(['strong:sykmelding']);
  });

  it('stops exactly at the threshold', () => {
    // 3 + 3 + 2 = 8: suggested; 3 + 2 + 2 = 7: not.
    const eight = scoreJournalPage(page(EPJ, { labels: ['Sykmelding', 'Melding til Nav', 'Henvisning'] }));
    expect(eight.score).toBe(8);
    expect(eight.suggest).toBe(true);
    const seven = scoreJournalPage(page(EPJ, { labels: ['Sykmelding', 'Resept', 'Henvisning'] }));
    expect(seven.score).toBe(7);
    expect(seven.suggest).toBe(false);
  });

  it('finds words in compounds, spellings and without æøå', () => {
    const verdict = scoreJournalPage(
      page(EPJ, { labels: ['Delsykmelding', 'Hoveddiagnose', 'Arbeidsuforhet', 'Sykemeldingsperiode', 'ICD10'] }),
    );
    expect(verdict.reasons).toEqual(
      expect.arrayContaining(['strong:sykmelding', 'medium:diagnose', 'strong:arbeidsufor', 'medium:icd-10']),
    );
  });

  it('does not read "saksbehandler" as "behandler", nor "hpr" inside a word', () => {
    expect(scoreJournalPage(page(EPJ, { headings: ['Saksbehandler', 'AHPR-liste'] })).reasons).toEqual([]);
    expect(scoreJournalPage(page(EPJ, { headings: ['Behandler', 'HPR-nummer'] })).reasons).toEqual([
      'weak:behandler',
      'weak:hpr',
    ]);
  });

  it('counts a diagnosis code at most once, and an undotted one only beside a word that says so', () => {
    expect(scoreJournalPage(page(EPJ, { labels: ['Diagnose: L03'] })).reasons).toEqual([
      'medium:diagnose',
      'code:diagnosis-code',
    ]);
    expect(scoreJournalPage(page(EPJ, { labels: ['F32.1 Depressiv episode'] })).reasons).toEqual([
      'code:diagnosis-code',
    ]);
    expect(scoreJournalPage(page(EPJ, { labels: ['Kode A04', 'Kode K86', 'R05.0'] })).score).toBe(JOURNAL_WEIGHTS.code);
    // Road names, models and flights look like codes and are not.
    expect(scoreJournalPage(page(EPJ, { headings: ['E18 stengt ved Sandvika', 'Fly SK123 til A10'] })).reasons).toEqual(
      [],
    );
  });

  it('never puts page text into the reasons', () => {
    const verdict = scoreJournalPage(
      page(EPJ, { headings: ['Pasient Test Testesen, diagnose F32.1'], labels: ['Sykmelding for Test Testesen'] }),
    );
    for (const reason of verdict.reasons) {
      expect(reason).toMatch(/^(strong|medium|weak|code|negative):[a-z0-9-]+$/);
      expect(reason).not.toMatch(/Testesen|F32/);
    }
  });
});

describe('negative signals', () => {
  const journalWords = {
    title: 'Sykmelding og melding om arbeidsuførhet',
    headings: ['Gradert sykmelding', 'Melding til arbeidsgiver', 'Fastlegens rolle'],
  };

  it('a NAV host scores −3 and is never suggested', () => {
    const verdict = scoreJournalPage(page('https://www.nav.no/samarbeidspartner/ukjent', journalWords));
    expect(verdict.reasons).toContain('negative:nav-host');
    expect(verdict.score).toBeGreaterThanOrEqual(JOURNAL_SCORE_THRESHOLD);
    expect(verdict.suggest).toBe(false);
    expect(isNavHost('syfomodiaperson.intern.nav.no')).toBe(true);
    expect(isNavHost('NAV.NO')).toBe(true);
    expect(isNavHost('www.nav.no.evil.example')).toBe(false);
    expect(isNavHost('minnav.no')).toBe(false);
  });

  it('news, lovdata and encyclopaedias score −3 and are never suggested', () => {
    for (const url of [
      'https://www.nrk.no/norge/sak-om-sykmelding-1.000000',
      'https://lovdata.no/dokument/SF/forskrift/2000-00-00-0',
      'https://no.wikipedia.org/wiki/Sykmelding',
      'https://sml.snl.no/sykmelding',
    ]) {
      const verdict = scoreJournalPage(page(url, journalWords));
      expect(
        verdict.reasons.some((reason) => reason.startsWith('negative:')),
        url,
      ).toBe(true);
      expect(verdict.suggest, url).toBe(false);
    }
  });

  it('a wiki on any other host costs 3 points but is not ruled out', () => {
    const strongPage = {
      title: 'Konsultasjon',
      headings: ['Journalnotat', 'Sykmelding', 'Melding til Nav'],
      labels: ['Diagnose', 'Henvisning'],
    };
    const plain = scoreJournalPage(page('https://intranett.eksempel.test/epj', strongPage));
    const wiki = scoreJournalPage(page('https://intranett.eksempel.test/wiki/epj', strongPage));
    expect(wiki.reasons).toContain('negative:wiki');
    expect(wiki.score).toBe(plain.score + JOURNAL_WEIGHTS.negative);
    expect(wiki.suggest).toBe(wiki.score >= JOURNAL_SCORE_THRESHOLD);
    const wikiHost = scoreJournalPage(page('https://wiki.eksempel.test/side', strongPage));
    expect(wikiHost.reasons).toContain('negative:wiki');
  });

  it('lookalike hosts are not NAV', () => {
    const verdict = scoreJournalPage(page('https://www.nav.no.eksempel.test/epj', journalWords));
    expect(verdict.reasons).not.toContain('negative:nav-host');
  });

  it('pages the extension cannot be granted are never suggested', () => {
    for (const url of ['chrome://settings', 'file:///tmp/journal.html', 'ikke en adresse', '']) {
      expect(scoreJournalPage(page(url, journalWords)).suggest, url).toBe(false);
    }
  });

  it('allows a plain-http journal on a local network', () => {
    const verdict = scoreJournalPage(
      page('http://10.0.0.5:8080/journal', {
        headings: ['Journalnotat', 'Sykmelding', 'Melding til arbeidsgiver'],
        labels: ['Diagnose'],
      }),
    );
    expect(verdict.suggest).toBe(true);
  });
});
