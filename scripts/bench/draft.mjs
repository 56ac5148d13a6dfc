// Drafting time in Node: domain/draft.ts's draftFields over 10 KB, 100 KB and 1 MB of notes, loaded
// from the TypeScript sources with jiti (the same code the panel bundles).
import { performance } from 'node:perf_hooks';
import { createJiti } from 'jiti';
import { median, round } from './stats.mjs';

const jiti = createJiti(import.meta.url);

/** Notes of `bytes` characters in all, spread over the items that feed the form, line by line. */
function makeNotes(itemIds, bytes) {
  const notes = {};
  const perItem = Math.floor(bytes / itemIds.length);
  itemIds.forEach((id, itemIndex) => {
    let text = '';
    for (let line = 0; text.length < perItem; line += 1) {
      // Mostly distinct lines, with some repeats (drafting drops duplicates) and list markers.
      const marker = line % 7 === 0 ? '- ' : '';
      const repeat =
        line % 11 === 0 ? 'samme linje som før' : `punkt ${itemIndex}.${line} om arbeidsdagen og tilretteleggingen`;
      text += `${marker}${repeat}\n`;
    }
    notes[id] = text.slice(0, perItem);
  });
  return notes;
}

/** Median drafting time per size, and the growth per 10× input. */
export async function measureDrafting({ runs }) {
  const { draftFields } = await jiti.import('../../domain/draft.ts');
  const { listGuideItems } = await jiti.import('../../domain/guide.ts');
  const { GUIDES } = await jiti.import('../../content/library.ts');
  const { TARGET_FORMS } = await jiti.import('../../content/forms/index.ts');
  const form = TARGET_FORMS[0];
  // The guide that feeds the most fields of the form (the leader's IA guide on the plan form).
  const feeding = (guide) =>
    listGuideItems(guide)
      .map(({ item }) => item)
      .filter((item) => item.feeds?.some((ref) => ref.startsWith(`${form.id}.`)));
  const guide = [...GUIDES].sort((a, b) => feeding(b).length - feeding(a).length)[0];
  const itemIds = feeding(guide).map((item) => item.id);

  const sizes = { '10KB': 10_000, '100KB': 100_000, '1MB': 1_000_000 };
  const inputs = Object.entries(sizes).map(([name, bytes]) => [
    name,
    { guides: [guide], notes: makeNotes(itemIds, bytes), form },
  ]);
  // Warm-up over every size first (about 150 ms each), so the JIT has settled before any sample.
  for (const [, input] of inputs) {
    const until = performance.now() + 150;
    while (performance.now() < until) draftFields(input);
  }
  const times = {};
  // Two passes over the sizes: the first only settles the JIT and the heap, the second is kept.
  for (const [name, input] of [...inputs, ...inputs]) {
    // Enough calls per sample that each sample lasts ≥ 25 ms: the small sizes are not lost in the
    // timer's resolution.
    let single = performance.now();
    draftFields(input);
    single = performance.now() - single;
    const calls = Math.max(1, Math.ceil(25 / Math.max(single, 0.001)));
    const samples = [];
    for (let run = 0; run < runs; run += 1) {
      const started = performance.now();
      for (let call = 0; call < calls; call += 1) draftFields(input);
      samples.push((performance.now() - started) / calls);
    }
    times[name] = median(samples);
  }
  return {
    draft1MbMs: round(times['1MB']),
    draft100KbMs: round(times['100KB']),
    draft10KbMs: round(times['10KB']),
    // Linear growth is 10 per 10× input; quadratic would be 100.
    draftGrowthPer10x: round(Math.sqrt(times['1MB'] / times['10KB'])),
    draftGrowthSteps: [round(times['100KB'] / times['10KB']), round(times['1MB'] / times['100KB'])],
    draftSetup: `guide ${guide.id}, ${itemIds.length} items feeding ${form.id}`,
  };
}
