import { z } from 'zod/mini';
import { ROLES } from './roles';

/** The five source documents (`shared/seeds/`), plus the rules in force (`shared/domain/timeline.md`). */
export const SOURCE_DOCUMENTS = [
  'jobbmestringssamtalen-fastlege',
  'kartlegging-arr-jobbforventninger',
  'behandlingsveileder-jobbfokusert-terapi',
  'den-viktige-samtalen-leder',
  'ia-funksjonsvurdering',
  'timeline',
] as const;

/** Where an item's facts come from: one document and a section that exists in it. */
export const sourceSchema = z.strictObject({
  document: z.enum(SOURCE_DOCUMENTS),
  section: z.string().check(z.minLength(1)),
});

/** A reference to a target form field, `formId.fieldId` (field ids from `shared/domain/nav-forms.md`). */
export const fieldRefSchema = z.string().check(z.regex(/^[a-z][a-zA-Z-]*\.[a-zA-Z][a-zA-Z.]*$/));

const idSchema = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));
const textSchema = z.string().check(z.minLength(2), z.maxLength(600));

const itemBase = {
  id: idSchema,
  text: textSchema,
  /** Short help that folds away. */
  help: z.optional(textSchema),
  source: sourceSchema,
  /** Target fields this item's notes feed into when drafting. */
  feeds: z.optional(z.array(fieldRefSchema)),
  /** Whether the item offers a note field (default: true for questions and scales). */
  note: z.optional(z.boolean()),
};

/** One unit of a guide: a question, advice, a checklist step, a scale, a choice or a rule. */
export const guideItemSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...itemBase, kind: z.literal('question') }),
  z.strictObject({ ...itemBase, kind: z.literal('advice') }),
  z.strictObject({ ...itemBase, kind: z.literal('step') }),
  z.strictObject({ ...itemBase, kind: z.literal('fact') }),
  z.strictObject({
    ...itemBase,
    kind: z.literal('scale'),
    scale: z.strictObject({
      min: z.number(),
      max: z.number(),
      minLabel: z.optional(z.string()),
      maxLabel: z.optional(z.string()),
    }),
  }),
  z.strictObject({
    ...itemBase,
    kind: z.literal('choice'),
    options: z.array(z.string().check(z.minLength(1))).check(z.minLength(2)),
  }),
]);

/** A folding section of a guide. */
export const guideSectionSchema = z.strictObject({
  id: idSchema,
  title: textSchema,
  items: z.array(guideItemSchema).check(z.minLength(1)),
});

/** A guide: an ordered set of sections for one or more roles, opened on the pages it names. */
export const guideSchema = z.strictObject({
  id: idSchema,
  title: textSchema,
  summary: textSchema,
  roles: z.array(z.enum(ROLES)).check(z.minLength(1)),
  /** Page context ids on which this guide opens first. */
  contexts: z.array(z.string()),
  sections: z.array(guideSectionSchema).check(z.minLength(1)),
});

/** A source reference. */
export type Source = z.infer<typeof sourceSchema>;
/** A guide item. */
export type GuideItem = z.infer<typeof guideItemSchema>;
/** The kinds of guide item. */
export type GuideItemKind = GuideItem['kind'];
/** A guide section. */
export type GuideSection = z.infer<typeof guideSectionSchema>;
/** A guide. */
export type Guide = z.infer<typeof guideSchema>;

/** Whether an item offers a note field: explicit `note`, else questions, scales and items that feed a field. */
export function hasNoteField(item: GuideItem): boolean {
  return item.note ?? (item.kind === 'question' || item.kind === 'scale' || (item.feeds?.length ?? 0) > 0);
}

/** Every item of a guide in order, with the section it belongs to. */
export function listGuideItems(guide: Guide): { section: GuideSection; item: GuideItem }[] {
  return guide.sections.flatMap((section) => section.items.map((item) => ({ section, item })));
}

/** Splits the library for a page: the guides that open on it first, then all the others. */
export function pickGuides<T extends { readonly contexts: readonly string[] }>(
  guides: readonly T[],
  contextId: string,
): { forPage: T[]; others: T[] } {
  const forPage = guides.filter((guide) => guide.contexts.includes(contextId));
  const others = guides.filter((guide) => !forPage.includes(guide));
  return { forPage, others };
}

/** What the panel knows of a guide before loading it: enough to list it, pick it, and find its items. */
export interface GuideMeta {
  readonly id: string;
  readonly title: string;
  readonly roles: Guide['roles'];
  readonly contexts: readonly string[];
  readonly itemIds: readonly string[];
}

/** The index entry of a guide. */
export function toGuideMeta(guide: Guide): GuideMeta {
  return {
    id: guide.id,
    title: guide.title,
    roles: guide.roles,
    contexts: guide.contexts,
    itemIds: listGuideItems(guide).map(({ item }) => item.id),
  };
}

/** The guide library as the panel uses it: a small index up front, each guide loaded when needed. */
export interface GuideLibrary {
  readonly index: readonly GuideMeta[];
  load(id: string): Promise<Guide | null>;
}

/** A library over guides already in memory (tests, and tools that read the whole library). */
export function createStaticLibrary(guides: readonly Guide[]): GuideLibrary {
  return {
    index: guides.map(toGuideMeta),
    load: (id) => Promise.resolve(guides.find((guide) => guide.id === id) ?? null),
  };
}
