import { describe, expect, it } from 'vitest';
import { mergeSites, originPattern, readOrganisationPolicy, toJournalOrigin } from '../../../domain/sites';

describe('toJournalOrigin', () => {
  it.each([
    ['https://journal.eksempel.no/pasient/123?x=1', 'https://journal.eksempel.no'],
    ['journal.eksempel.no', 'https://journal.eksempel.no'],
    ['  https://journal.eksempel.no:8443/a  ', 'https://journal.eksempel.no:8443'],
    ['http://journal.eksempel.no', null],
    ['file:///etc/passwd', null],
    ['https://user:pw@journal.eksempel.no', null],
    ['not a url at all', null],
    ['', null],
  ])('%s → %s', (raw, origin) => {
    expect(toJournalOrigin(raw)).toBe(origin);
  });
});

describe('organisation policy', () => {
  it('reads sites and a default role, ignoring what is malformed', () => {
    expect(
      readOrganisationPolicy({
        journalSites: ['https://a.example.no/x', 'http://b.example.no', 42, 'https://a.example.no'],
        defaultRole: 'lege',
      }),
    ).toEqual({ journalSites: ['https://a.example.no'], defaultRole: 'lege' });
    expect(readOrganisationPolicy({ journalSites: 'x', defaultRole: 'sjef' })).toEqual({
      journalSites: [],
      defaultRole: null,
    });
  });

  it('lists the organisation’s sites first, marks what is granted, and never lists a site twice', () => {
    const sites = mergeSites(
      ['https://mine.example.no', 'https://org.example.no'],
      { journalSites: ['https://org.example.no'], defaultRole: null },
      [originPattern('https://mine.example.no')],
    );
    expect(sites).toEqual([
      { origin: 'https://org.example.no', source: 'organisasjon', granted: false },
      { origin: 'https://mine.example.no', source: 'bruker', granted: true },
    ]);
  });
});
