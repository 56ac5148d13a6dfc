// Meta-test over the whole guide library, in the spirit of Refined GitHub's features.test.ts:
// every convention a guide must follow is checked here, with messages that say what to fix.
import { describe, expect, it } from 'vitest';
import { TARGET_FORMS } from '../../../content/forms';
import { HANDOUTS } from '../../../content/handouts';
import { GUIDES } from '../../../content/library';
import { JOBBHJULET_ITEM_IDS, SCALE_SUGGESTIONS } from '../../../content/scale-suggestions';
import { SOURCE_SECTIONS } from '../../../content/source-sections';
import { type Guide, guideSchema, listGuideItems, pickGuides, type Source } from '../../../domain/guide';
import { JOURNAL_CONTEXT_ID } from '../../../domain/page-context';
import { PAGE_CONTEXTS } from '../../../domain/page-contexts';
import type { PageAudience, Role } from '../../../domain/roles';
import { isEmployerVisible as isFieldEmployerVisible } from '../../../domain/target-form';
import { collectLibraryTexts, type LibraryText } from './library-texts';
import { compact, HAS_SEEDS, readSourceText, SEEDS_DIR } from './seed-text';

/**
 * Page contexts the guides may use that `domain/page-contexts.ts` does not list yet (it is extended in
 * parallel). TODO(2026-11-23): remove this constant once it stays empty; the test below fails when an
 * id here has reached the table.
 */
const PENDING_PAGE_CONTEXTS: Readonly<Record<string, PageAudience>> = {};

/** Every page id a guide may open on, with the audience of the page. Journal pages are the GP's. */
const KNOWN_CONTEXTS: ReadonlyMap<string, PageAudience> = new Map([
  ...Object.entries(PENDING_PAGE_CONTEXTS),
  [JOURNAL_CONTEXT_ID, 'lege'],
  ...PAGE_CONTEXTS.map((context): [string, PageAudience] => [context.id, context.audience]),
]);

/** Field ids per target form, from the forms as data (content/forms, read from nav-forms.md). */
const KNOWN_FIELDS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  TARGET_FORMS.map((form) => [form.id, form.fields.map((field) => field.id)]),
);

/** Fields the employer reads (nav-forms.md): the whole plan, the whole referat, and all of these but `meldinger.tilNav`. */
function isEmployerVisible(ref: string): boolean {
  const [formId, ...rest] = ref.split('.');
  const field = TARGET_FORMS.find((form) => form.id === formId)?.fields.find((entry) => entry.id === rest.join('.'));
  return field ? isFieldEmployerVisible(field) : true;
}

/** Words that point at medical content; allowed in a sentence only when it says not to write them. */
const MEDICAL = /\b(diagnose\w*|symptom\w*|medisin\w*|helseopplysning\w*|sykdom\w*)/i;
const NEGATION = /\b(ikke|aldri|ingen|uten)\b/i;

/** Bokmål spelling of NAV's words (docs/glossary.md). */
const SPELLING: readonly { pattern: RegExp; write: string }[] = [
  { pattern: /\bNAV\b/, write: '"Nav" (as Nav styles itself now)' },
  { pattern: /\bnav\b(?!\.no)/, write: '"Nav" with a capital N' },
  { pattern: /syke-?meld/i, write: '"sykmelding" / "sykmeldt" (not "sykemelding")' },
  { pattern: /oppfolgingsplan|oppfølgings[- ]plan/i, write: '"oppfølgingsplan"' },
  { pattern: /dialogmote|dialog[- ]møte/i, write: '"dialogmøte"' },
  {
    pattern: /tilrettelegning|tilretteleging|tilrettlegging|tilretellegging|tilrette-legging/i,
    write: '"tilrettelegging"',
  },
];

/** Scale ranges the source documents use: mestringstro 0–10, jobbhjulet 0–8, feasibility 1–5. */
const SCALE_RANGES = ['0-10', '0-8', '1-5'];

/** Page guides each role must have, per page: the e2e journeys open these. */
const PAGE_GUIDES: readonly { role: Role; contexts: readonly string[] }[] = [
  { role: 'leder', contexts: ['oppfolgingsplan-leder-ny-plan'] },
  { role: 'veileder', contexts: ['modia-dialogmote-referat', 'modia-dialogmote'] },
  { role: 'lege', contexts: ['syk-inn-fhir', 'syk-inn-standalone', 'journal'] },
];

const ALL_ITEMS = GUIDES.flatMap((guide) =>
  listGuideItems(guide).map(({ section, item }) => ({ guide, section, item })),
);

function describeSource(source: Source): string {
  return `${source.document} › ${source.section}`;
}

function listedSections(document: Source['document']): readonly string[] {
  return SOURCE_SECTIONS[document].sections;
}

describe('the guide library', () => {
  it('has guides', () => {
    expect(GUIDES.length).toBeGreaterThan(0);
  });

  it('has no pending page context that the page table already lists', () => {
    const listed = new Set(PAGE_CONTEXTS.map((context) => context.id));
    expect(
      Object.keys(PENDING_PAGE_CONTEXTS).filter((id) => listed.has(id)),
      'remove from PENDING_PAGE_CONTEXTS',
    ).toEqual([]);
  });

  it('has unique guide ids', () => {
    const ids = GUIDES.map((guide) => guide.id);
    expect(
      ids.filter((id, index) => ids.indexOf(id) !== index),
      'duplicate guide ids',
    ).toEqual([]);
  });

  it('has item ids that are unique across the whole library', () => {
    const ids = ALL_ITEMS.map(({ item }) => item.id);
    expect(
      ids.filter((id, index) => ids.indexOf(id) !== index),
      'duplicate item ids: rename one',
    ).toEqual([]);
  });

  it('keeps item ids stable (a change shows up here; update with `npx vitest run -u` only on purpose)', async () => {
    const listing = GUIDES.map((guide) =>
      [guide.id, ...listGuideItems(guide).map(({ item }) => `  ${item.id}`)].join('\n'),
    );
    await expect(`${listing.join('\n')}\n`).toMatchFileSnapshot('./__snapshots__/item-ids.txt');
  });

  it('keeps the contract of the end-to-end slice guide (ia-funksjonsvurdering-leder)', () => {
    const guide = GUIDES.find((candidate) => candidate.id === 'ia-funksjonsvurdering-leder');
    if (!guide) throw new Error('the e2e slice opens ia-funksjonsvurdering-leder: keep its id');
    expect(guide.sections.map((section) => section.id)).toEqual(['arbeidsdagen', 'endres', 'enige']);
    const feeds = Object.fromEntries(
      listGuideItems(guide)
        .filter(({ item }) => item.feeds)
        .map(({ item }) => [item.id, item.feeds]),
    );
    expect(feeds).toMatchObject({
      'ia-arbeidsdagen': ['oppfolgingsplan.typiskArbeidshverdag'],
      'ia-arbeidsdagen-bra-vanskelig': ['oppfolgingsplan.arbeidsoppgaverSomKanUtfores'],
      'ia-arbeidsdagen-tidligere-tiltak': ['oppfolgingsplan.tidligereTilrettelegging'],
      'ia-endres-hva-skal-til': ['oppfolgingsplan.tilretteleggingFremover'],
      'ia-endres-andre-muligheter': ['oppfolgingsplan.annenTilrettelegging'],
      'ia-enige-tiltak': ['oppfolgingsplan.tilretteleggingFremover'],
      'ia-enige-hvem-gjor-hva': ['oppfolgingsplan.hvordanFolgeOpp'],
      'ia-enige-avklaring-hjelp': ['oppfolgingsplan.annenTilrettelegging'],
      'ia-enige-neste-oppfolging': ['oppfolgingsplan.hvordanFolgeOpp'],
    });
  });

  it.each(PAGE_GUIDES)('gives the $role a page guide on each of its pages', ({ role, contexts }) => {
    for (const context of contexts) {
      const { forPage } = pickGuides(GUIDES, context);
      expect(
        forPage.filter((guide) => guide.roles.includes(role)).map((guide) => guide.id),
        `no ${role} guide opens on ${context}`,
      ).not.toEqual([]);
    }
    const pageGuides = GUIDES.filter(
      (guide) => guide.roles.includes(role) && guide.contexts.some((c) => contexts.includes(c)),
    );
    const hasScale = pageGuides.some((guide) => listGuideItems(guide).some(({ item }) => item.kind === 'scale'));
    expect(hasScale, `a ${role} page guide should offer a scale (the e2e journey fills one)`).toBe(true);
  });

  it('lists only sections that are cited, so the source list stays honest', () => {
    const cited = new Set([
      ...ALL_ITEMS.map(({ item }) => describeSource(item.source)),
      ...HANDOUTS.flatMap((handout) => handout.sections.flatMap((section) => section.sources.map(describeSource))),
    ]);
    const uncited = Object.entries(SOURCE_SECTIONS).flatMap(([document, { sections }]) =>
      sections.map((section) => `${document} › ${section}`).filter((key) => !cited.has(key)),
    );
    expect(uncited, 'remove these from content/sources.ts or cite them').toEqual([]);
  });
});

describe.each(GUIDES.map((guide) => [guide.id, guide] as const))('guide %s', (_id, guide) => {
  it('parses with guideSchema', () => {
    const result = guideSchema.safeParse(guide);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('has section ids unique within the guide', () => {
    const ids = guide.sections.map((section) => section.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('opens only on known page contexts, for pages of its own roles', () => {
    for (const context of guide.contexts) {
      const audience = KNOWN_CONTEXTS.get(context);
      expect(audience, `unknown page context "${context}" (see domain/page-contexts.ts)`).toBeDefined();
      expect(guide.roles as readonly PageAudience[], `"${context}" is a page for ${audience}`).toContain(audience);
    }
  });

  it('cites a listed section of a known document on every item', () => {
    const bad = listGuideItems(guide)
      .filter(({ item }) => !listedSections(item.source.document).includes(item.source.section))
      .map(({ item }) => `${item.id}: ${describeSource(item.source)}`);
    expect(bad, 'add the section to content/sources.ts (as the seed spells it) or fix the citation').toEqual([]);
  });

  it('feeds only known form fields', () => {
    const bad = listGuideItems(guide).flatMap(({ item }) =>
      (item.feeds ?? [])
        .filter((ref) => {
          const [form, ...rest] = ref.split('.');
          return !(KNOWN_FIELDS[form ?? ''] ?? []).includes(rest.join('.'));
        })
        .map((ref) => `${item.id}: ${ref}`),
    );
    expect(bad, 'field ids come from shared/domain/nav-forms.md').toEqual([]);
  });

  it('asks for no medical content in fields the employer reads', () => {
    const bad = listGuideItems(guide)
      .filter(({ item }) => (item.feeds ?? []).some(isEmployerVisible))
      .flatMap(({ item }) =>
        [item.text, item.help ?? '']
          .flatMap((text) => text.split(/(?<=[.!?])\s+/))
          .filter((sentence) => MEDICAL.test(sentence) && !NEGATION.test(sentence))
          .map((sentence) => `${item.id}: ${sentence}`),
      );
    expect(bad, 'say what to leave out ("ikke diagnose"), or stop feeding an employer-visible field').toEqual([]);
  });

  it('uses the scale ranges of the sources, with distinct choice options', () => {
    const bad = listGuideItems(guide).flatMap(({ item }): string[] => {
      if (item.kind === 'scale') {
        const range = `${item.scale.min}-${item.scale.max}`;
        return SCALE_RANGES.includes(range) ? [] : [`${item.id}: scale ${range}`];
      }
      if (item.kind === 'choice') {
        return new Set(item.options).size === item.options.length ? [] : [`${item.id}: repeated option`];
      }
      return [];
    });
    expect(bad).toEqual([]);
  });
});

describe('user-facing text', () => {
  const texts = collectLibraryTexts(GUIDES);

  it('is never empty and has no stray whitespace', () => {
    const bad = texts.filter(({ text }) => text.trim().length < 2 || text !== text.trim() || /\s{2,}/.test(text));
    expect(bad).toEqual([]);
  });

  it.each(SPELLING)('spells NAV words in bokmål as the glossary does: $write', ({ pattern }) => {
    expect(texts.filter(({ text }) => pattern.test(text))).toEqual([]);
  });
});

/** Bokmål words nynorsk writes otherwise (as in the message catalogues' test): one in nynorsk text is a slip. */
const BOKMAAL_ONLY =
  /\b(ikke|hva|hvem|hvordan|hvilken|hvilke|hvor|jeg|fra|noen|noe|bare|mye|ennå|sykmeld\p{L}*|sykdom\p{L}*|deres|dere)\b/iu;

/** Every nynorsk text of the guides (content may carry `nn` beside bokmål; see domain/guide.ts). */
function collectNynorskTexts(guides: readonly Guide[]): LibraryText[] {
  const texts: LibraryText[] = [];
  const add = (where: string, text: string | undefined) => {
    if (text !== undefined) texts.push({ where: `${where} (nn)`, text });
  };
  for (const guide of guides) {
    add(`${guide.id} (title)`, guide.nn?.title);
    add(`${guide.id} (summary)`, guide.nn?.summary);
    for (const section of guide.sections) {
      add(`${guide.id}/${section.id} (title)`, section.nn?.title);
      for (const item of section.items) {
        const where = `${guide.id}/${item.id}`;
        add(where, item.nn?.text);
        add(`${where} (help)`, item.nn?.help);
        if (item.kind === 'scale') {
          add(`${where} (minLabel)`, item.nn?.minLabel);
          add(`${where} (maxLabel)`, item.nn?.maxLabel);
        }
        if (item.kind === 'choice') for (const option of item.nn?.options ?? []) add(`${where} (option)`, option);
      }
    }
  }
  return texts;
}

describe('nynorsk text, where a guide has it', () => {
  const texts = collectNynorskTexts(GUIDES);

  it('is never empty and has no stray whitespace', () => {
    const bad = texts.filter(({ text }) => text.trim().length < 2 || text !== text.trim() || /\s{2,}/.test(text));
    expect(bad).toEqual([]);
  });

  it('is nynorsk: no bokmål-only words', () => {
    expect(texts.filter(({ text }) => BOKMAAL_ONLY.test(text))).toEqual([]);
  });

  it('translates help only where bokmål has help (else nynorsk readers would see more than bokmål readers)', () => {
    const bad = ALL_ITEMS.filter(({ item }) => item.nn?.help !== undefined && item.help === undefined).map(
      ({ item }) => item.id,
    );
    expect(bad).toEqual([]);
  });
});

describe('scale suggestions', () => {
  it('point at scale items that exist', () => {
    const scaleIds = new Set(ALL_ITEMS.filter(({ item }) => item.kind === 'scale').map(({ item }) => item.id));
    expect(Object.keys(SCALE_SUGGESTIONS).filter((id) => !scaleIds.has(id))).toEqual([]);
    expect(JOBBHJULET_ITEM_IDS).toHaveLength(8);
  });

  it('cite listed sections', () => {
    const bad = Object.values(SCALE_SUGGESTIONS)
      .flat()
      .filter(({ source }) => !listedSections(source.document).includes(source.section))
      .map(({ label, source }) => `${label}: ${describeSource(source)}`);
    expect(bad).toEqual([]);
  });

  it('are named in the huskeliste they cite', () => {
    if (!HAS_SEEDS) return;
    const seed = compact(readSourceText('den-viktige-samtalen-leder') ?? '');
    const firstWords = Object.values(SCALE_SUGGESTIONS)
      .flat()
      .map(({ label }) => label.split(' ')[0] ?? label)
      .filter((word) => !seed.includes(compact(word)));
    expect(firstWords).toEqual([]);
  });
});

describe('sources', () => {
  if (!HAS_SEEDS) {
    it.skip(`finds every listed section in its source text (skipped: no seeds at ${SEEDS_DIR})`, () => {});
    return;
  }

  it.each(Object.entries(SOURCE_SECTIONS))(
    'finds every listed section of %s in its source text',
    (document, { sections }) => {
      const text = readSourceText(document as Source['document']);
      expect(text, `source text for ${document} is missing`).toBeDefined();
      const haystack = compact(text ?? '');
      expect(sections.filter((section) => !haystack.includes(compact(section)))).toEqual([]);
    },
  );
});
