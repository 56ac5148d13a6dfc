import { describe, expect, it } from 'vitest';
import { GUIDE_INDEX } from '../../../content/guide-index';
import { GUIDE_LOADERS } from '../../../content/guide-loaders';
import { GUIDES } from '../../../content/library';
import { toGuideMeta } from '../../../domain/guide';

describe('the panel’s guide index and loaders', () => {
  it('index matches the library (run `npm run guide-index` after editing a guide)', () => {
    expect(GUIDE_INDEX).toEqual(GUIDES.map(toGuideMeta));
  });

  it('has one loader per guide, each loading the guide with its id', async () => {
    expect(Object.keys(GUIDE_LOADERS).sort()).toEqual(GUIDES.map((guide) => guide.id).sort());
    for (const [id, load] of Object.entries(GUIDE_LOADERS)) {
      expect((await load()).id).toBe(id);
    }
  });
});
