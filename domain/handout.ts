import { type IsoDate, isIsoDate } from './dates';
import { sourceSchema } from './guide';
import * as s from './shape';
import { milestoneDateOf, type TimelineRule } from './timeline';

// A printable handout for the person on sick leave (the patient information letter, in our own words).
// Text is bokmål and written to the reader («du»); every section names its sources, like guide items.

const idSchema = s.string({ pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/ });
const textSchema = s.string({ min: 2, max: 600 });

/** When a deadline falls: the first day of absence, or a milestone of the legal timeline (content/timeline-rules.ts). */
export const handoutDeadlineAtSchema = s.tagged('kind', [
  s.object({ kind: s.literal('first-day') }),
  s.object({ kind: s.literal('milestone'), milestone: idSchema }),
]);

/** One line of the «what you do, and when» list: when (as the reader says it), and what happens. */
export const handoutDeadlineSchema = s.object({
  at: handoutDeadlineAtSchema,
  /** When, in words the reader knows («Innen 4 uker»); the figure must agree with the milestone's rule. */
  when: s.string({ min: 2, max: 60 }),
  text: textSchema,
});

/** A web page the reader can open: a label and an https address on nav.no. */
export const handoutLinkSchema = s.object({
  label: textSchema,
  url: s.string({ pattern: /^https:\/\/www\.nav\.no\/[a-z0-9/-]*$/ }),
});

/** One section of a handout: paragraphs, then an optional list, deadlines or links, and its sources. */
export const handoutSectionSchema = s.object({
  id: idSchema,
  title: textSchema,
  paragraphs: s.array(textSchema),
  bullets: s.optional(s.array(textSchema, { min: 1 })),
  deadlines: s.optional(s.array(handoutDeadlineSchema, { min: 1 })),
  links: s.optional(s.array(handoutLinkSchema, { min: 1 })),
  sources: s.array(sourceSchema, { min: 1 }),
});

/**
 * A handout: a title and an introduction, sections, and the few fixed lines the print shows around them
 * (bokmål, as the handout is; `{date}` in `datesFrom` is the first sick day).
 */
export const handoutSchema = s.object({
  id: idSchema,
  title: textSchema,
  intro: textSchema,
  sections: s.array(handoutSectionSchema, { min: 1 }),
  labels: s.object({
    /** Shown above the deadlines when they are dated from the first sick day; `{date}` is that day. */
    datesFrom: textSchema,
    /** Shown above the deadlines when no date is filled in. */
    datesBlank: textSchema,
    /** Column headings of the deadlines: when, what, date. */
    when: textSchema,
    what: textSchema,
    date: textSchema,
    /** Before an estimated date («ca.»). */
    about: s.string({ min: 2, max: 20 }),
    /** Heading of the list of sources at the end. */
    sources: textSchema,
    /** Last line of the page. */
    footer: textSchema,
  }),
});

/** A handout, as data. */
export type Handout = s.Infer<typeof handoutSchema>;
/** One section of a handout. */
export type HandoutSection = s.Infer<typeof handoutSectionSchema>;
/** One deadline line of a handout. */
export type HandoutDeadline = s.Infer<typeof handoutDeadlineSchema>;

/** A deadline line with its date for one first sick day (null without one, or when the milestone has none). */
export interface DatedHandoutDeadline {
  readonly deadline: HandoutDeadline;
  readonly date: IsoDate | null;
  /** True when the date is an estimate (the rule says so) and must be shown as «ca.». */
  readonly approximate: boolean;
}

/** The rule a deadline line points at, or null for the first day of absence; throws on an unknown milestone. */
export function ruleOfDeadline(deadline: HandoutDeadline, rules: readonly TimelineRule[]): TimelineRule | null {
  const { at } = deadline;
  if (at.kind === 'first-day') return null;
  const rule = rules.find((candidate) => candidate.id === at.milestone);
  if (!rule) throw new Error(`Handout deadline «${deadline.when}» names unknown milestone ${at.milestone}`);
  return rule;
}

/** A section's deadlines, each with its date counted from `firstSickDay` by the timeline's own rules (no date without it). */
export function datedDeadlines(
  section: HandoutSection,
  rules: readonly TimelineRule[],
  firstSickDay: IsoDate | null,
): DatedHandoutDeadline[] {
  if (firstSickDay !== null && !isIsoDate(firstSickDay))
    throw new RangeError(`Not a date (YYYY-MM-DD): ${firstSickDay}`);
  return (section.deadlines ?? []).map((deadline) => {
    const rule = ruleOfDeadline(deadline, rules);
    const approximate = rule?.approximate ?? false;
    if (firstSickDay === null) return { deadline, date: null, approximate };
    const date = rule === null ? firstSickDay : milestoneDateOf(rule, rules, firstSickDay);
    return { deadline, date, approximate };
  });
}

/** Every milestone id a handout's deadlines name, in order (for the checks against the timeline). */
export function milestonesOfHandout(handout: Handout): string[] {
  return handout.sections.flatMap((section) =>
    (section.deadlines ?? []).flatMap(({ at }) => (at.kind === 'milestone' ? [at.milestone] : [])),
  );
}
