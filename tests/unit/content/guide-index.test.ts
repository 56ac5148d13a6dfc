import { describe, expect, it } from 'vitest';
import { FORM_INDEX } from '../../../content/form-index';
import { TARGET_FORMS } from '../../../content/forms';
import { GUIDE_INDEX } from '../../../content/guide-index';
import { GUIDE_ITEM_IDS } from '../../../content/guide-index-items';
import { GUIDE_LOADERS, LAZY_LIBRARY } from '../../../content/guide-loaders';
import { GUIDES } from '../../../content/library';
import { listGuideItems, toGuideItemIds, toGuideMeta } from '../../../domain/guide';
import { summaryOfForm } from '../../../domain/target-form';

describe('the panel’s guide index and loaders', () => {
  it('index matches the library (run `npm run guide-index` after editing a guide)', () => {
    expect(GUIDE_INDEX).toEqual(GUIDES.map(toGuideMeta));
  });

  it('form index matches the forms, without their fields (run `npm run guide-index` after editing a form)', () => {
    expect(FORM_INDEX).toEqual(TARGET_FORMS.map(summaryOfForm));
    for (const summary of FORM_INDEX) expect(Object.keys(summary)).not.toContain('fields');
  });

  it('item ids match the library, guide by guide in library order (run `npm run guide-index`)', () => {
    expect(GUIDE_ITEM_IDS).toEqual(toGuideItemIds(GUIDES));
    expect(Object.keys(GUIDE_ITEM_IDS)).toEqual(GUIDE_INDEX.map((meta) => meta.id));
    for (const guide of GUIDES) {
      expect(GUIDE_ITEM_IDS[guide.id]).toEqual(listGuideItems(guide).map(({ item }) => item.id));
    }
  });

  it('keeps the item ids out of the index loaded up front, but the choice item ids in it', () => {
    for (const meta of GUIDE_INDEX) {
      const allowed = new Set(['id', 'title', 'nn', 'roles', 'contexts', 'choiceItemIds']);
      expect(Object.keys(meta).filter((key) => !allowed.has(key))).toEqual([]);
      for (const id of meta.choiceItemIds ?? []) expect(GUIDE_ITEM_IDS[meta.id]).toContain(id);
    }
    expect(GUIDE_INDEX.some((meta) => (meta.choiceItemIds ?? []).length > 0)).toBe(true);
  });

  it('has one loader per guide, each loading the guide with its id', async () => {
    expect(Object.keys(GUIDE_LOADERS).sort()).toEqual(GUIDES.map((guide) => guide.id).sort());
    for (const [id, load] of Object.entries(GUIDE_LOADERS)) {
      expect((await load()).id).toBe(id);
    }
  });

  it('the lazy library serves the index, the item ids and each guide', async () => {
    expect(LAZY_LIBRARY.index).toBe(GUIDE_INDEX);
    expect(await LAZY_LIBRARY.loadItemIds()).toBe(GUIDE_ITEM_IDS);
    expect((await LAZY_LIBRARY.load(GUIDES[0]?.id ?? ''))?.id).toBe(GUIDES[0]?.id);
    expect(await LAZY_LIBRARY.load('no-such-guide')).toBeNull();
  });
});
