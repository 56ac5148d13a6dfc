// Our own wording: no run of 10 or more consecutive words in any user-facing text of the library
// may equal a run in a seed document (lowercased, punctuation stripped). Facts, structures, scales
// and method names carry over from the seeds; sentences do not.
import { describe, expect, it } from 'vitest';
import { HANDOUTS } from '../../../content/handouts';
import { GUIDES } from '../../../content/library';
import { JOBBHJULET_SUGGESTIONS } from '../../../content/scale-suggestions';
import { SOURCE_DOCUMENTS } from '../../../domain/guide';
import { collectHandoutTexts, collectLibraryTexts } from './library-texts';
import { HAS_SEEDS, readSourceText, SEEDS_DIR, toWords, wordRuns } from './seed-text';

const RUN = 10;

// The rules in force, NAV's forms and NAV's pages are our own notes (in English), not seeds.
const OUR_NOTES: readonly string[] = ['timeline', 'nav-forms', 'pages'];
const SEED_DOCUMENTS = SOURCE_DOCUMENTS.filter((document) => !OUR_NOTES.includes(document));

describe('copy check against the seed documents', () => {
  if (!HAS_SEEDS) {
    it.skip(`no run of ${RUN} words equals a seed (skipped: seed documents not found at ${SEEDS_DIR})`, () => {});
    return;
  }

  const seedRuns = new Map<string, string>();
  for (const document of SEED_DOCUMENTS) {
    for (const run of wordRuns(toWords(readSourceText(document) ?? ''), RUN)) seedRuns.set(run, document);
  }

  it('reads all five seeds', () => {
    expect(SEED_DOCUMENTS.filter((document) => readSourceText(document) === undefined)).toEqual([]);
  });

  it(`finds no run of ${RUN} consecutive words copied from a seed`, () => {
    const texts = [
      ...collectLibraryTexts(GUIDES),
      ...collectHandoutTexts(HANDOUTS),
      ...JOBBHJULET_SUGGESTIONS.map(({ label }) => ({ where: 'scale-suggestions', text: label })),
    ];
    const copied = texts.flatMap(({ where, text }) =>
      wordRuns(toWords(text), RUN)
        .filter((run) => seedRuns.has(run))
        .map((run) => `${where}: "${run}" (${seedRuns.get(run)})`),
    );
    expect(copied, 'rewrite these in our own words').toEqual([]);
  });

  it('would catch a copied sentence (self-check)', () => {
    const [first] = [...seedRuns.keys()];
    expect(first && seedRuns.has(wordRuns(toWords(first), RUN)[0] ?? '')).toBe(true);
  });
});
