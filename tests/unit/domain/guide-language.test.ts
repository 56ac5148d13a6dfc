import { describe, expect, it } from 'vitest';
import { GUIDE_INDEX } from '../../../content/guide-index';
import { GUIDES } from '../../../content/library';
import {
  type Guide,
  guideSchema,
  guideTextLanguage,
  guideTitle,
  listGuideItems,
  localizeGuide,
  localizeItem,
  missingNynorsk,
  sectionTitle,
  toGuideMeta,
} from '../../../domain/guide';
import { BOTH, FIRST, IA, IA_NN, NN_HELP, NN_TEXT, QUESTION, QUESTION_NN } from './guide-language-fixtures';

// The fixtures (guide-language-fixtures.ts) add nynorsk to ONE real item to prove the whole path: the
// schema accepts it, and the resolvers pick it for nynorsk only.

describe('the guide schema accepts nynorsk text', () => {
  it('on an item, a section and a guide (the real IA guide with one nynorsk item)', () => {
    const result = guideSchema.safeParse(IA_NN);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('for scale labels and choice options', () => {
    const result = guideSchema.safeParse(BOTH);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('but only for text: ids, sources and feeds stay the bokmål item’s', () => {
    const withSource = {
      ...IA_NN,
      sections: [{ ...FIRST, items: [{ ...QUESTION, nn: { source: QUESTION.source } }] }],
    };
    expect(guideSchema.safeParse(withSource).success).toBe(false);
  });

  it('and not an empty or one-letter text', () => {
    const empty = { ...IA, sections: [{ ...FIRST, items: [{ ...QUESTION, nn: { text: '' } }] }] };
    expect(guideSchema.safeParse(empty).success).toBe(false);
  });

  it('rejects nynorsk options that are not as many as bokmål’s (answers are stored by index)', () => {
    const [, choice] = BOTH.sections[0]?.items ?? [];
    if (choice?.kind !== 'choice') throw new Error('fixture');
    const short = { ...choice, nn: { options: ['Ja', 'Nei'] } };
    const guide = { ...BOTH, sections: [{ ...BOTH.sections[0], items: [short] }] };
    const result = guideSchema.safeParse(guide);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain('sections.0.items.0.nn.options');
  });

  it('is not used by the content yet, and content without it parses as before', () => {
    for (const guide of GUIDES) {
      expect(guideSchema.safeParse(guide).success, guide.id).toBe(true);
      expect(guideTextLanguage(guide, 'nn'), guide.id).toBe('nb');
    }
  });
});

describe('localizeItem', () => {
  it('gives the nynorsk text and help for nynorsk', () => {
    const shown = localizeItem(QUESTION_NN, 'nn');
    expect(shown.text).toBe(NN_TEXT);
    expect(shown.help).toBe(NN_HELP);
    expect({ id: shown.id, kind: shown.kind, source: shown.source, feeds: shown.feeds }).toEqual({
      id: QUESTION.id,
      kind: QUESTION.kind,
      source: QUESTION.source,
      feeds: QUESTION.feeds,
    });
  });

  it('gives bokmål for bokmål and English (guides are not written in English)', () => {
    expect(localizeItem(QUESTION_NN, 'nb')).toBe(QUESTION_NN);
    expect(localizeItem(QUESTION_NN, 'en')).toBe(QUESTION_NN);
    expect(localizeItem(QUESTION_NN, 'en').text).toBe(QUESTION.text);
  });

  it('gives bokmål for an item without nynorsk, and per field for an item with part of it', () => {
    expect(localizeItem(QUESTION, 'nn')).toBe(QUESTION);
    const textOnly = localizeItem({ ...QUESTION, nn: { text: NN_TEXT } }, 'nn');
    expect(textOnly.text).toBe(NN_TEXT);
    expect(textOnly.help).toBe(QUESTION.help);
  });

  it('gives nynorsk scale labels and choice options, keeping the range and the number of options', () => {
    const [scale, choice] = BOTH.sections[0]?.items ?? [];
    const shownScale = scale && localizeItem(scale, 'nn');
    const shownChoice = choice && localizeItem(choice, 'nn');
    if (shownScale?.kind !== 'scale' || shownChoice?.kind !== 'choice') throw new Error('fixture');
    expect(shownScale.scale).toEqual({ min: 1, max: 5, minLabel: 'Dårleg', maxLabel: 'Godt' });
    expect(shownChoice.options).toEqual(['Ja', 'Nei', 'Veit ikkje']);
  });

  it('keeps bokmål options when nynorsk has another number of them (data that skipped the schema)', () => {
    const [, choice] = BOTH.sections[0]?.items ?? [];
    if (choice?.kind !== 'choice') throw new Error('fixture');
    const shown = localizeItem({ ...choice, nn: { options: ['Ja', 'Nei'] } }, 'nn');
    expect(shown.kind === 'choice' && shown.options).toEqual(['Ja', 'Nei', 'Vet ikke']);
  });

  it('does not change the item it was given', () => {
    const before = structuredClone(QUESTION_NN);
    localizeItem(QUESTION_NN, 'nn');
    expect(QUESTION_NN).toEqual(before);
  });
});

describe('localizeGuide, guideTitle and sectionTitle', () => {
  it('give nynorsk where written and bokmål elsewhere', () => {
    const shown = localizeGuide(IA_NN, 'nn');
    expect(shown.title).toBe('IA-funksjonsvurdering: samtalen om arbeidsmoglegheiter');
    expect(shown.summary).toBe(IA.summary);
    expect(shown.sections[0]?.title).toBe('1. Korleis er arbeidsdagen?');
    expect(shown.sections[1]?.title).toBe(IA.sections[1]?.title);
    const items = listGuideItems(shown).map(({ item }) => item.text);
    expect(items[0]).toBe(NN_TEXT);
    expect(items.slice(1)).toEqual(
      listGuideItems(IA)
        .map(({ item }) => item.text)
        .slice(1),
    );
  });

  it('give the guide as it is for bokmål and English', () => {
    expect(localizeGuide(IA_NN, 'nb')).toBe(IA_NN);
    expect(localizeGuide(IA_NN, 'en')).toBe(IA_NN);
    expect(guideTitle(IA_NN, 'en')).toBe(IA.title);
    expect(sectionTitle(IA_NN.sections[0] ?? FIRST, 'en')).toBe(FIRST.title);
  });

  it('read the nynorsk title from the index entry too, which carries it only when the guide has one', () => {
    const meta = toGuideMeta(IA_NN);
    expect(meta.nn).toEqual({ title: 'IA-funksjonsvurdering: samtalen om arbeidsmoglegheiter' });
    expect(guideTitle(meta, 'nn')).toBe('IA-funksjonsvurdering: samtalen om arbeidsmoglegheiter');
    expect(guideTitle(meta, 'nb')).toBe(IA.title);
    expect('nn' in toGuideMeta(IA)).toBe(false);
    expect(GUIDE_INDEX.every((entry) => entry.nn === undefined)).toBe(true);
  });
});

describe('guideTextLanguage and missingNynorsk', () => {
  it('count a guide as nynorsk only when every text of it is written in nynorsk', () => {
    expect(missingNynorsk(BOTH)).toEqual([]);
    expect(guideTextLanguage(BOTH, 'nn')).toBe('nn');
    expect(guideTextLanguage(IA_NN, 'nn')).toBe('nb');
    expect(missingNynorsk(IA_NN)).not.toContain('ia-arbeidsdagen.text');
    expect(missingNynorsk(IA_NN)).not.toContain('ia-arbeidsdagen.help');
    expect(missingNynorsk(IA_NN).slice(0, 3)).toEqual([
      'summary',
      'ia-arbeidsdagen-bra-vanskelig.text',
      'ia-arbeidsdagen-kan-ikke.text',
    ]);
  });

  it('name what is missing: title, summary, section title, text, help, labels and options', () => {
    const [scale, choice] = BOTH.sections[0]?.items ?? [];
    if (!scale || !choice) throw new Error('fixture');
    const bare: Guide = {
      ...BOTH,
      nn: undefined,
      sections: [
        {
          ...(BOTH.sections[0] ?? FIRST),
          nn: undefined,
          items: [
            { ...scale, nn: undefined },
            { ...choice, nn: undefined },
          ],
        },
      ],
    };
    expect(missingNynorsk(bare)).toEqual([
      'title',
      'summary',
      'forste.title',
      'proeve-skala.text',
      'proeve-skala.help',
      'proeve-skala.minLabel',
      'proeve-skala.maxLabel',
      'proeve-valg.text',
      'proeve-valg.options',
    ]);
  });

  it('say bokmål for bokmål and English whatever the guide holds', () => {
    expect(guideTextLanguage(BOTH, 'nb')).toBe('nb');
    expect(guideTextLanguage(BOTH, 'en')).toBe('nb');
  });
});
