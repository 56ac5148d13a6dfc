import { unreachable } from './exhaustive';
import type { Language } from './i18n';
import { ROLES } from './roles';
import * as s from './shape';

/**
 * The five source documents (`shared/seeds/`), plus the rules in force (`shared/domain/timeline.md`),
 * NAV's forms as read from NAV's code (`shared/domain/nav-forms.md`) and NAV's pages and their addresses
 * (`shared/domain/pages.md`, cited by the patient handout's «where to read more»).
 */
export const SOURCE_DOCUMENTS = [
  'jobbmestringssamtalen-fastlege',
  'kartlegging-arr-jobbforventninger',
  'behandlingsveileder-jobbfokusert-terapi',
  'den-viktige-samtalen-leder',
  'ia-funksjonsvurdering',
  'timeline',
  'nav-forms',
  'pages',
] as const;

/**
 * Where an item's facts come from: one document and a section that exists in it. A rule in force also
 * names the law (`law`, e.g. «arbeidsmiljøloven § 4-6 tredje ledd»): users are shown the law, and the
 * section of timeline.md stays for whoever checks the rule.
 */
export const sourceSchema = s.object({
  document: s.oneOf(SOURCE_DOCUMENTS),
  section: s.string({ min: 1 }),
  law: s.optional(s.string({ pattern: /^(arbeidsmiljøloven|folketrygdloven) §§? \d/ })),
});

/** A reference to a target form field, `formId.fieldId` (field ids from `shared/domain/nav-forms.md`). */
const fieldRefSchema = s.string({ pattern: /^[a-z][a-zA-Z-]*\.[a-zA-Z][a-zA-Z.]*$/ });

const idSchema = s.string({ pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/ });
const textSchema = s.string({ min: 2, max: 600 });

/**
 * Nynorsk text of an item. Each field is optional: a field left out is shown in bokmål. Only the
 * words change; ids, sources, feeds and scale ranges are the bokmål item's.
 */
const itemTextNn = {
  text: s.optional(textSchema),
  help: s.optional(textSchema),
};

const itemBase = {
  id: idSchema,
  text: textSchema,
  /** Short help that folds away. */
  help: s.optional(textSchema),
  /** The item in nynorsk, where it has been written (else the panel shows bokmål). */
  nn: s.optional(s.object(itemTextNn)),
  source: sourceSchema,
  /** Target fields this item's notes feed into when drafting. */
  feeds: s.optional(s.array(fieldRefSchema)),
  /** Whether the item offers a note field (default: true for questions and scales). */
  note: s.optional(s.boolean()),
  /** On the guide's core path: the few questions and steps that matter in the moment, shown first. */
  core: s.optional(s.literal(true)),
};

/** One unit of a guide: a question, advice, a checklist step, a scale, a choice or a rule. */
export const guideItemSchema = s.tagged('kind', [
  s.object({ ...itemBase, kind: s.literal('question') }),
  s.object({ ...itemBase, kind: s.literal('advice') }),
  s.object({ ...itemBase, kind: s.literal('step') }),
  s.object({ ...itemBase, kind: s.literal('fact') }),
  s.object({
    ...itemBase,
    kind: s.literal('scale'),
    scale: s.object({
      min: s.number(),
      max: s.number(),
      minLabel: s.optional(s.string()),
      maxLabel: s.optional(s.string()),
    }),
    nn: s.optional(s.object({ ...itemTextNn, minLabel: s.optional(s.string()), maxLabel: s.optional(s.string()) })),
  }),
  s.refine(
    s.object({
      ...itemBase,
      kind: s.literal('choice'),
      options: s.array(s.string({ min: 1 }), { min: 2 }),
      /** Nynorsk options, when given, are as many as bokmål's and in the same order (answers are stored by index). */
      nn: s.optional(s.object({ ...itemTextNn, options: s.optional(s.array(s.string({ min: 1 }))) })),
    }),
    (item) => item.nn?.options === undefined || item.nn.options.length === item.options.length,
    'nn.options must have as many options as options, in the same order',
    ['nn', 'options'],
  ),
]);

/** A folding section of a guide. */
export const guideSectionSchema = s.object({
  id: idSchema,
  title: textSchema,
  /** The section's title in nynorsk, where it has been written. */
  nn: s.optional(s.object({ title: s.optional(textSchema) })),
  items: s.array(guideItemSchema, { min: 1 }),
});

/** A guide: an ordered set of sections for one or more roles, opened on the pages it names. */
export const guideSchema = s.object({
  id: idSchema,
  title: textSchema,
  summary: textSchema,
  /** The guide's title and summary in nynorsk, where they have been written. */
  nn: s.optional(s.object({ title: s.optional(textSchema), summary: s.optional(textSchema) })),
  roles: s.array(s.oneOf(ROLES), { min: 1 }),
  /** Page context ids on which this guide opens first. */
  contexts: s.array(s.string()),
  /** Id of a printable handout (content/handouts.ts) the guide offers to print for the person followed. */
  handout: s.optional(idSchema),
  sections: s.array(guideSectionSchema, { min: 1 }),
});

/** A source reference. */
export type Source = s.Infer<typeof sourceSchema>;
/** A guide item. */
export type GuideItem = s.Infer<typeof guideItemSchema>;
/** The kinds of guide item. */
export type GuideItemKind = GuideItem['kind'];
/** A guide section. */
export type GuideSection = s.Infer<typeof guideSectionSchema>;
/** A guide. */
export type Guide = s.Infer<typeof guideSchema>;

/** Whether an item offers a note field: explicit `note`, else questions, scales and items that feed a field. */
export function hasNoteField(item: GuideItem): boolean {
  return item.note ?? (invitesNote(item) || (item.feeds?.length ?? 0) > 0);
}

/** Whether an item's kind asks for a note by itself (questions and scales do; the rest only when they feed a field). */
function invitesNote(item: GuideItem): boolean {
  switch (item.kind) {
    case 'question':
    case 'scale':
      return true;
    case 'advice':
    case 'step':
    case 'fact':
    case 'choice':
      return false;
    default:
      return unreachable(item);
  }
}

/** Whether an item is on its guide's core path. */
export function isCore(item: GuideItem): boolean {
  return item.core === true;
}

/** The guide's core items in reading order (empty when the guide marks none). */
export function coreItems(guide: Guide): GuideItem[] {
  return guide.sections.flatMap((section) => section.items.filter(isCore));
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

/** For each page kind a guide is for, the guide the panel opens there first (the first that fits, in index order). */
export function firstGuideByContext(
  index: readonly { readonly id: string; readonly contexts: readonly string[] }[],
): Record<string, string> {
  const first: Record<string, string> = {};
  for (const guide of index) for (const context of guide.contexts) first[context] ??= guide.id;
  return first;
}

/** What the panel knows of a guide before loading it: enough to list it, pick it for a page, and read stored cases. */
export interface GuideMeta {
  readonly id: string;
  readonly title: string;
  /** The title in nynorsk, where the guide has one (left out otherwise, so the index stays small). */
  readonly nn?: { readonly title?: string };
  readonly roles: Guide['roles'];
  readonly contexts: readonly string[];
  /** The ids of its choice items (left out when it has none): stored cases older than version 3 need them. */
  readonly choiceItemIds?: readonly string[];
}

/** Every item id of each guide, by guide id: which guides a case has answers in (loaded apart from the index). */
export type GuideItemIds = Readonly<Record<string, readonly string[]>>;

/** Whether a case holds any note, scale or choice, i.e. whether `guidesAnswered` can find anything. */
export function hasAnswers(record: {
  readonly notes: Readonly<Record<string, unknown>>;
  readonly scales: Readonly<Record<string, unknown>>;
  readonly choices: Readonly<Record<string, unknown>>;
}): boolean {
  return Object.keys(record.notes).length + Object.keys(record.scales).length + Object.keys(record.choices).length > 0;
}

/** The ids of the guides holding a note or an answer of the case, in index order (drafting reads them all). */
export function guidesAnswered(
  index: readonly GuideMeta[],
  itemIds: GuideItemIds,
  record: {
    readonly notes: Readonly<Record<string, unknown>>;
    readonly scales: Readonly<Record<string, unknown>>;
    readonly choices: Readonly<Record<string, unknown>>;
  },
): string[] {
  const answered = new Set([
    ...Object.keys(record.notes),
    ...Object.keys(record.scales),
    ...Object.keys(record.choices),
  ]);
  return index.filter((meta) => (itemIds[meta.id] ?? []).some((id) => answered.has(id))).map((meta) => meta.id);
}

/** The ids of every choice item in a library's index. */
export function choiceItemIdsOf(index: readonly GuideMeta[]): ReadonlySet<string> {
  return new Set(index.flatMap((meta) => meta.choiceItemIds ?? []));
}

/** The index entry of a guide. */
export function toGuideMeta(guide: Guide): GuideMeta {
  const choiceItemIds = listGuideItems(guide)
    .filter(({ item }) => item.kind === 'choice')
    .map(({ item }) => item.id);
  return {
    id: guide.id,
    title: guide.title,
    ...(guide.nn?.title === undefined ? {} : { nn: { title: guide.nn.title } }),
    roles: guide.roles,
    contexts: guide.contexts,
    ...(choiceItemIds.length === 0 ? {} : { choiceItemIds }),
  };
}

/** Every item id of each guide, by guide id, in library order. */
export function toGuideItemIds(guides: readonly Guide[]): GuideItemIds {
  return Object.fromEntries(guides.map((guide) => [guide.id, listGuideItems(guide).map(({ item }) => item.id)]));
}

/**
 * The guide library as the panel uses it: a small index up front; every guide's item ids, and each
 * guide, loaded when needed.
 */
export interface GuideLibrary {
  readonly index: readonly GuideMeta[];
  /** Every guide's item ids (needed once a case has answers, to find the guides holding them). */
  loadItemIds(): Promise<GuideItemIds>;
  load(id: string): Promise<Guide | null>;
}

/** A library over guides already in memory (tests, and tools that read the whole library). */
export function createStaticLibrary(guides: readonly Guide[]): GuideLibrary {
  const itemIds = toGuideItemIds(guides);
  return {
    index: guides.map(toGuideMeta),
    loadItemIds: () => Promise.resolve(itemIds),
    load: (id) => Promise.resolve(guides.find((guide) => guide.id === id) ?? null),
  };
}

/** Whether an item can be ticked off (facts are read, not done). */
export function isTickable(item: GuideItem): boolean {
  switch (item.kind) {
    case 'fact':
      return false;
    case 'question':
    case 'advice':
    case 'step':
    case 'scale':
    case 'choice':
      return true;
    default:
      return unreachable(item);
  }
}

/** Counts ticked and tickable items in a list. */
export function countProgress(
  items: readonly GuideItem[],
  ticks: Readonly<Record<string, boolean>>,
): { done: number; total: number } {
  const tickable = items.filter(isTickable);
  return { done: tickable.filter((item) => ticks[item.id]).length, total: tickable.length };
}

// Guide text in a language. Guides are written in bokmål; an item, section or guide may also carry its
// text in nynorsk (`nn`). These resolvers give the text for a UI language: nynorsk where it has been
// written, bokmål for every field that has not (and always for English, which guides are not written in).

/** An item as shown in a language: each text field in nynorsk where written, else bokmål. */
export function localizeItem<T extends GuideItem>(item: T, language: Language): T {
  if (language !== 'nn' || item.nn === undefined) return item;
  const { nn } = item;
  const localized: GuideItem = { ...item, text: nn.text ?? item.text };
  const help = nn.help ?? item.help;
  if (help !== undefined) localized.help = help;
  return { ...localized, ...localizedKindFields(item) } as T;
}

/** The fields of an item's own kind, in nynorsk where written: a scale's end labels, a choice's options. */
function localizedKindFields(item: GuideItem): Partial<GuideItem> {
  switch (item.kind) {
    case 'scale': {
      const minLabel = item.nn?.minLabel ?? item.scale.minLabel;
      const maxLabel = item.nn?.maxLabel ?? item.scale.maxLabel;
      return {
        scale: {
          ...item.scale,
          ...(minLabel === undefined ? {} : { minLabel }),
          ...(maxLabel === undefined ? {} : { maxLabel }),
        },
      };
    }
    case 'choice': {
      const options = item.nn?.options;
      // Answers are stored by index: options in another number or order would change what was answered.
      return options !== undefined && options.length === item.options.length ? { options } : {};
    }
    case 'question':
    case 'advice':
    case 'step':
    case 'fact':
      return {};
    default:
      return unreachable(item);
  }
}

/** A section as shown in a language: its title and every item. */
function localizeSection(section: GuideSection, language: Language): GuideSection {
  if (language !== 'nn') return section;
  return {
    ...section,
    title: sectionTitle(section, language),
    items: section.items.map((item) => localizeItem(item, language)),
  };
}

/** A guide as shown in a language: title, summary, sections and items. */
export function localizeGuide(guide: Guide, language: Language): Guide {
  if (language !== 'nn') return guide;
  return {
    ...guide,
    title: guide.nn?.title ?? guide.title,
    summary: guide.nn?.summary ?? guide.summary,
    sections: guide.sections.map((section) => localizeSection(section, language)),
  };
}

/** A guide's title in a language, from the guide or from its index entry. */
export function guideTitle(guide: Pick<GuideMeta, 'title' | 'nn'>, language: Language): string {
  return (language === 'nn' ? guide.nn?.title : undefined) ?? guide.title;
}

/** A section's title in a language. */
export function sectionTitle(section: Pick<GuideSection, 'title' | 'nn'>, language: Language): string {
  return (language === 'nn' ? section.nn?.title : undefined) ?? section.title;
}

/** Where a guide's text has no nynorsk yet (`guide`, `section-id`, `item-id.help`, …), in reading order. */
export function missingNynorsk(guide: Guide): string[] {
  const missing: string[] = [];
  if (guide.nn?.title === undefined) missing.push('title');
  if (guide.nn?.summary === undefined) missing.push('summary');
  for (const section of guide.sections) {
    if (section.nn?.title === undefined) missing.push(`${section.id}.title`);
    for (const item of section.items) {
      const nn = item.nn;
      if (nn?.text === undefined) missing.push(`${item.id}.text`);
      if (item.help !== undefined && nn?.help === undefined) missing.push(`${item.id}.help`);
      missing.push(...missingKindNynorsk(item));
    }
  }
  return missing;
}

/** The fields of an item's own kind that have no nynorsk yet. */
function missingKindNynorsk(item: GuideItem): string[] {
  switch (item.kind) {
    case 'scale': {
      const missing: string[] = [];
      if (item.scale.minLabel !== undefined && item.nn?.minLabel === undefined) missing.push(`${item.id}.minLabel`);
      if (item.scale.maxLabel !== undefined && item.nn?.maxLabel === undefined) missing.push(`${item.id}.maxLabel`);
      return missing;
    }
    case 'choice':
      return item.nn?.options?.length === item.options.length ? [] : [`${item.id}.options`];
    case 'question':
    case 'advice':
    case 'step':
    case 'fact':
      return [];
    default:
      return unreachable(item);
  }
}

/**
 * The language a guide's text is shown in for a UI language: nynorsk when the UI is nynorsk and every
 * text of the guide has been written in nynorsk; otherwise bokmål (a partly written guide shows its
 * nynorsk parts, but still counts as bokmål, so the panel says so).
 */
export function guideTextLanguage(guide: Guide, language: Language): 'nb' | 'nn' {
  return language === 'nn' && missingNynorsk(guide).length === 0 ? 'nn' : 'nb';
}
