// Meta-tests over who an item speaks to, how its source is named to users, and each guide's core path.
// An item is shown to every role of its guide (the catalogue's `roles`), so its wording must suit them all.
import { describe, expect, it } from 'vitest';
import { GUIDE_INDEX } from '../../../content/guide-index';
import { GUIDES } from '../../../content/library';
import { SOURCE_SECTIONS } from '../../../content/source-sections';
import { sourceLabel } from '../../../content/sources';
import { coreItems, type Guide, listGuideItems, pickGuides } from '../../../domain/guide';
import type { Role } from '../../../domain/roles';

/**
 * Wording that names who reads it, and the roles it may be shown to. «Som behandler» speaks to a clinician;
 * «dere begge» and «leder og ansatt» speak to the leader and the employee together.
 */
const VOICES: readonly { pattern: RegExp; roles: readonly Role[]; says: string }[] = [
  {
    pattern: /(^|[.!?:]\s+)Som (behandler|sykmelder|lege|fastlege|terapeut)\b/,
    roles: ['lege'],
    says: 'speaks to a clinician',
  },
  { pattern: /(^|[.!?:]\s+)Som ((nærmeste )?leder|arbeidsgiver)\b/, roles: ['leder'], says: 'speaks to the leader' },
  { pattern: /(^|[.!?:]\s+)Som (Nav-)?veileder\b/, roles: ['veileder'], says: 'speaks to the Nav veileder' },
  {
    pattern: /\b(dere begge|Forbered dere|leder og ansatt|du og den ansatte)\b/i,
    roles: ['leder'],
    says: 'speaks to the leader and the employee',
  },
];

/** The GP is the sykmelder: an item shown to the GP must not send them to work with «the one who sykmelder». */
const SYKMELDER_AS_OTHER = /\bsamarbeid\p{L}*[^.!?]{0,20}\b(den som sykmelder|sykmelderen|sykmeldende lege)\b/iu;

function textsOf(item: Guide['sections'][number]['items'][number]): string[] {
  return [item.text, item.help ?? ''];
}

describe('an item’s wording suits every role it is shown to', () => {
  const items = GUIDES.flatMap((guide) => listGuideItems(guide).map(({ item }) => ({ guide, item })));

  it.each(VOICES)('wording that $says is shown only to $roles', ({ pattern, roles }) => {
    const bad = items
      .filter(({ item }) => textsOf(item).some((text) => pattern.test(text)))
      .filter(({ guide }) => guide.roles.some((role) => !roles.includes(role)))
      .map(({ guide, item }) => `${item.id} (${guide.roles.join(', ')}): ${item.text}`);
    expect(bad, 'reword the item, or move it to a guide for these roles only').toEqual([]);
  });

  it('never tells the GP to work with the sykmelder as someone else', () => {
    const bad = items
      .filter(({ guide }) => guide.roles.includes('lege'))
      .filter(({ item }) => textsOf(item).some((text) => SYKMELDER_AS_OTHER.test(text)))
      .map(({ item }) => `${item.id}: ${item.text}`);
    expect(bad).toEqual([]);
  });
});

describe('sources as users see them', () => {
  const items = GUIDES.flatMap((guide) => listGuideItems(guide).map(({ item }) => item));

  it('name the law for every rule in force', () => {
    const bad = items
      .filter((item) => item.source.document === 'timeline' && item.source.law === undefined)
      .map((item) => item.id);
    expect(bad, 'add source.law, e.g. «arbeidsmiljøloven § 4-6 tredje ledd»').toEqual([]);
  });

  it('are Norwegian: no English heading of our own notes is shown', () => {
    const english = /\b(the|table|where|rules|version|new|current)\b/i;
    const bad = items.map((item) => `${item.id}: ${sourceLabel(item.source)}`).filter((label) => english.test(label));
    expect(bad).toEqual([]);
  });

  it('give a shown name for every section of our own (English) notes', () => {
    for (const document of ['timeline', 'nav-forms', 'pages'] as const) {
      const { sections, shown } = SOURCE_SECTIONS[document];
      expect(sections.filter((section) => shown?.[section] === undefined)).toEqual([]);
    }
  });
});

/** The most items a GP sees first in the sykmelding form: a fifteen-minute consultation has room for no more. */
const GP_FIRST_VIEW_MAX = 12;

describe('the core path', () => {
  it.each(GUIDES.map((guide) => [guide.id, guide] as const))('%s marks a short core path', (_id, guide) => {
    const core = coreItems(guide);
    expect(core.length, 'mark the few items that matter in the moment with core: true').toBeGreaterThan(0);
    expect(core.length).toBeLessThanOrEqual(GP_FIRST_VIEW_MAX);
    expect(
      core.filter((item) => item.kind === 'fact').length,
      'a core path is questions and steps, with few facts',
    ).toBeLessThanOrEqual(3);
  });

  it.each(['syk-inn-fhir', 'syk-inn-standalone'])('shows the GP at most 12 items first on %s', (context) => {
    const first = pickGuides(GUIDES, context).forPage[0];
    expect(first?.roles).toContain('lege');
    expect(first ? coreItems(first).length : 0).toBeLessThanOrEqual(GP_FIRST_VIEW_MAX);
    expect(first ? coreItems(first)[0]?.kind : undefined, 'the GP’s first item is not background').not.toBe('fact');
  });

  it('offers the therapist manual to the GP by hand, not by default on any page', () => {
    const manual = GUIDE_INDEX.find((meta) => meta.id === 'jobbfokusert-terapi');
    expect(manual?.contexts).toEqual([]);
  });
});
