import { describe, expect, it } from 'vitest';
import { FIRST_GUIDE_BY_CONTEXT } from '../../../content/guide-for-context';
import { GUIDE_INDEX } from '../../../content/guide-index';
import { GUIDE_LOADERS } from '../../../content/guide-loaders';
import { pickGuides } from '../../../domain/guide';
import { PAGE_CONTEXTS } from '../../../domain/page-contexts';
import { guideChunkFor } from '../../../entrypoints/sidepanel-early';

// The early script fetches the chunk of the guide the panel will open, from the page kind the
// background names: the map must agree with the panel's own choice, and only a known kind counts.

describe('the side panel’s early script', () => {
  it('maps each page kind to the guide the panel opens first there', () => {
    for (const context of [...PAGE_CONTEXTS.map((definition) => definition.id), 'journal', 'unknown']) {
      expect(FIRST_GUIDE_BY_CONTEXT[context], context).toBe(pickGuides(GUIDE_INDEX, context).forPage[0]?.id);
    }
    for (const guideId of Object.values(FIRST_GUIDE_BY_CONTEXT)) expect(GUIDE_LOADERS[guideId]).toBeDefined();
  });

  it('names the stable chunk of that guide for a known page kind', () => {
    expect(
      guideChunkFor({ ok: true, type: 'snapshot', snapshot: null, contextId: 'oppfolgingsplan-leder-ny-plan' }),
    ).toBe('/chunks/guide-ia-funksjonsvurdering-leder.js');
  });

  it('names nothing for an answer without a known page kind, or a hostile one', () => {
    for (const answer of [
      null,
      undefined,
      'snapshot',
      { ok: true, type: 'snapshot', snapshot: null },
      { contextId: 'unknown' },
      { contextId: '__proto__' },
      { contextId: 'toString' },
      { contextId: '../../evil' },
      { contextId: 42 },
    ]) {
      expect(guideChunkFor(answer)).toBeNull();
    }
  });
});
