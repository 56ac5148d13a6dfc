import {
  addDays,
  caseWeekOf,
  diffDays,
  endOfCaseWeek,
  formatDateNb,
  type IsoDate,
  isIsoDate,
  isoDateSchema,
} from './dates';
import { sourceSchema } from './guide';
import { ROLES, type Role } from './roles';
import * as s from './shape';

// The legal timeline of a sick-leave case, as NAV computes it (rules in force: shared/domain/timeline.md).
// Dates and day arithmetic come from domain/dates.ts. `today` is always a parameter: nothing here reads the clock.

// ---------------------------------------------------------------------------------------------
// Sykmelding periods and NAV's 16-day gap rule (timeline.md §3.1)

/** Days without a sick day that close a case: the 16th such day ends it (isoppfolgingstilfelle, §3.1 point 3). */
const NEW_CASE_GAP_DAYS = 16;

/** One sykmelding period: first and last day (inclusive) and, for graded leave, the sick-leave percentage. */
export const sykmeldingPeriodSchema = s.refine(
  s.object({
    fom: isoDateSchema,
    tom: isoDateSchema,
    /** Percent on sick leave (100 or absent = fully absent). */
    grad: s.optional(s.number({ int: true, min: 1, max: 100 })),
  }),
  // Field errors are reported on their own; only compare two real dates.
  (period) => !isIsoDate(period.fom) || !isIsoDate(period.tom) || diffDays(period.tom, period.fom) >= 0,
  'tom kan ikke være før fom',
);

/** One sykmelding period. */
export type SykmeldingPeriod = s.Infer<typeof sykmeldingPeriodSchema>;

/** A sick-leave case (NAV's oppfølgingstilfelle) built from sykmelding periods. */
export interface SickCase {
  /** Day 1: the first sick day. */
  readonly start: IsoDate;
  /** The last sick day. */
  readonly end: IsoDate;
  /** Days covered by a sykmelding between start and end (gaps shorter than 16 days are not counted). */
  readonly sickDays: number;
  /** True when every period covering the last day is graded (NAV's gradertAtTilfelleEnd). */
  readonly gradedAtEnd: boolean;
}

function isGraded(period: SykmeldingPeriod): boolean {
  return period.grad !== undefined && period.grad < 100;
}

function checkPeriod(period: SykmeldingPeriod): void {
  if (diffDays(period.tom, period.fom) < 0) throw new RangeError(`tom ${period.tom} is before fom ${period.fom}`);
}

/** Groups sykmelding periods into cases: a gap of 16 or more days without a sick day starts a new case. */
export function splitIntoCases(periods: readonly SykmeldingPeriod[]): SickCase[] {
  for (const period of periods) checkPeriod(period);
  const sorted = [...periods].sort((a, b) => diffDays(a.fom, b.fom) || diffDays(a.tom, b.tom));
  const cases: SickCase[] = [];
  let current: { start: IsoDate; end: IsoDate; sickDays: number; covering: SykmeldingPeriod[] } | null = null;
  for (const period of sorted) {
    if (current) {
      // Days strictly between the last sick day and this period's first day.
      const gap = diffDays(period.fom, current.end) - 1;
      if (gap >= NEW_CASE_GAP_DAYS) {
        cases.push(closeCase(current));
        current = null;
      }
    }
    if (!current) {
      current = {
        start: period.fom,
        end: period.tom,
        sickDays: diffDays(period.tom, period.fom) + 1,
        covering: [period],
      };
      continue;
    }
    const newDaysFrom = diffDays(period.fom, current.end) > 0 ? period.fom : addDays(current.end, 1);
    const added = Math.max(0, diffDays(period.tom, newDaysFrom) + 1);
    current.sickDays += added;
    if (diffDays(period.tom, current.end) > 0) current.end = period.tom;
    current.covering.push(period);
  }
  if (current) cases.push(closeCase(current));
  return cases;
}

function closeCase(draft: { start: IsoDate; end: IsoDate; sickDays: number; covering: SykmeldingPeriod[] }): SickCase {
  const atEnd = draft.covering.filter((p) => diffDays(draft.end, p.fom) >= 0 && diffDays(p.tom, draft.end) >= 0);
  return {
    start: draft.start,
    end: draft.end,
    sickDays: draft.sickDays,
    gradedAtEnd: atEnd.length > 0 && atEnd.every(isGraded),
  };
}

/** The case that matters today: the latest one begun on or before today, else the first one still to come. */
export function findCurrentCase(periods: readonly SykmeldingPeriod[], today: IsoDate): SickCase | null {
  const cases = splitIntoCases(periods);
  const begun = cases.filter((c) => diffDays(today, c.start) >= 0);
  return begun.at(-1) ?? cases[0] ?? null;
}

/** True when 16 days without a sick day have passed since the case's last sick day (NAV closes the case). */
export function hasCaseEnded(sickCase: SickCase, today: IsoDate): boolean {
  return diffDays(today, sickCase.end) >= NEW_CASE_GAP_DAYS;
}

/** Whole weeks of sick days from day 1 up to and including today, as NAV's varighetUker counts them. */
export function countSickWeeks(input: {
  day1: IsoDate;
  today: IsoDate;
  periods?: readonly SykmeldingPeriod[];
}): number {
  // timeline.md §3.1 point 5 (isoppfolgingstilfelle calculateCurrentVarighetUker): days without sickness
  // inside the case are not sick days, and counting stops where a 16-day gap ends the case. Without
  // periods the leave is taken as unbroken since day 1. Days between day 1 and the first sykmelding
  // count as sick: they are egenmelding days (§3.3).
  const { day1, today, periods } = input;
  const elapsed = diffDays(today, day1) + 1;
  if (elapsed <= 0) return 0;
  if (!periods || periods.length === 0) return Math.floor(elapsed / 7);
  for (const period of periods) checkPeriod(period);
  const firstCovered = periods
    .filter((p) => diffDays(p.tom, day1) >= 0)
    .map((p) => (diffDays(p.fom, day1) > 0 ? p.fom : day1))
    .sort((a, b) => diffDays(a, b))[0];
  const isSickDay = (date: IsoDate) =>
    (firstCovered !== undefined && diffDays(date, day1) >= 0 && diffDays(firstCovered, date) > 0) ||
    periods.some((p) => diffDays(date, p.fom) >= 0 && diffDays(p.tom, date) >= 0);
  let sickDays = 0;
  let daysWithoutSickness = 0;
  for (let offset = 0; offset < elapsed; offset++) {
    if (isSickDay(addDays(day1, offset))) {
      sickDays++;
      daysWithoutSickness = 0;
    } else if (++daysWithoutSickness >= NEW_CASE_GAP_DAYS) {
      break;
    }
  }
  return Math.floor(sickDays / 7);
}

// ---------------------------------------------------------------------------------------------
// Rules as data: the schema the content/ file is written to

/** Kebab-case, ASCII-folded milestone id (`dialogmote-1`). */
const milestoneIdSchema = s.string({ pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/ });
const textSchema = s.string({ min: 2, max: 400 });
const weekSchema = s.number({ int: true, min: 1, max: 104 });

/** When a milestone falls, and what it is counted from. */
const milestoneTimingSchema = s.tagged('kind', [
  /** The Nth calendar day of the case (day 1 = the first sick day): day 1 + N − 1. */
  s.object({ kind: s.literal('day'), day: s.number({ int: true, min: 1, max: 730 }) }),
  /** Within week N: the last day of week N, day 1 + 7·N − 1. */
  s.object({ kind: s.literal('week-end'), week: weekSchema }),
  /** After N whole weeks: day 1 + 7·N (the first day of week N + 1). */
  s.object({ kind: s.literal('after-weeks'), week: weekSchema }),
  /** A number of days before another milestone's date. */
  s.object({
    kind: s.literal('before'),
    milestone: milestoneIdSchema,
    days: s.number({ int: true, min: 1, max: 365 }),
  }),
  /** No date of its own: held when someone asks. `orderWeek` only places it on the line. */
  s.object({ kind: s.literal('on-request'), orderWeek: weekSchema }),
  /** A period of `weeks` counted from its own start (not from day 1). `orderWeek` only places it on the line. */
  s.object({ kind: s.literal('period'), weeks: weekSchema, orderWeek: weekSchema }),
]);

/** When a milestone falls. */
export type MilestoneTiming = s.Infer<typeof milestoneTimingSchema>;

/**
 * One milestone of the legal timeline. Titles, descriptions, responsibility and exceptions are
 * bokmål in the product's own words; `checkBeforeRelease` is a note for maintainers (English).
 */
export const timelineRuleSchema = s.object({
  id: milestoneIdSchema,
  /** Short bokmål title, used as a label. */
  title: textSchema,
  /** One bokmål sentence saying what happens. */
  description: textSchema,
  timing: milestoneTimingSchema,
  /** Which absence the rule is counted from: full absence only, or full or partial (graded) absence. */
  absence: s.oneOf(['full', 'full-or-partial', 'not-applicable']),
  /** What the milestone becomes when the leave is graded. */
  whenGraded: s.oneOf(['applies', 'if-useful', 'fulfilled', 'not-applicable']),
  /** True where the law sets a last day ("senest"). */
  senest: s.boolean(),
  /** True when the date is only an estimate; such dates are never shown as exact. */
  approximate: s.boolean(),
  /** Who is responsible (bokmål). */
  responsible: textSchema,
  /** Legal basis, e.g. `aml. § 4-6 tredje ledd`, `ftrl. § 8-7 a`. */
  legalBasis: s.array(s.string({ pattern: /^(aml|ftrl)\. §§? \d/ }), { min: 1 }),
  /** Exceptions and conditions (bokmål, one sentence each). */
  exceptions: s.array(textSchema),
  /** When the rule in its present form came into force; null when no source in timeline.md gives it. */
  inForceSince: s.nullable(isoDateSchema),
  /** The roles the milestone matters to. */
  roles: s.array(s.oneOf(ROLES), { min: 1 }),
  /** Where the figures come from: headings of shared/domain/timeline.md. */
  sources: s.array(sourceSchema, { min: 1 }),
  /** The row of the milestone table (timeline.md §1) the rule is taken from. */
  tableRow: s.string({ pattern: /^\d+[a-z]?$/ }),
  /** What timeline.md marks as not yet confirmed ([G]); must be checked on lovdata.no / nav.no. */
  checkBeforeRelease: s.optional(s.string()),
});

/** One milestone of the legal timeline, as data. */
export type TimelineRule = s.Infer<typeof timelineRuleSchema>;

// ---------------------------------------------------------------------------------------------
// Milestones of one case

/**
 * Where a milestone sits on the case's line, as data (the UI words it): day N, week N, after week N,
 * about week N (an estimate), before the meeting it prepares, when needed, a period of N weeks, or
 * the maksdato the user copied from NAV.
 */
export type MilestonePlacement =
  | { readonly kind: 'day'; readonly day: number }
  | { readonly kind: 'week'; readonly week: number }
  | { readonly kind: 'after-week'; readonly week: number }
  | { readonly kind: 'about-week'; readonly week: number }
  | { readonly kind: 'before-meeting' }
  | { readonly kind: 'on-request' }
  | { readonly kind: 'period'; readonly weeks: number }
  | { readonly kind: 'nav-maksdato' };

/** Where a milestone stands today. `due` = it falls within the coming 7 days (today included). */
export type MilestoneStatus = 'passed' | 'due' | 'upcoming' | 'undated';

/** Whether the milestone applies to this case: always, only if someone finds it useful, or already met. */
export type MilestoneApplies = 'yes' | 'if-useful' | 'fulfilled';

/** A milestone placed on one case's calendar. */
export interface Milestone {
  readonly id: string;
  readonly rule: TimelineRule;
  /** Day 1 of the case the date was computed from. */
  readonly day1: IsoDate;
  /** The date, or null when it has none (on request, or a period counted from its own start). */
  readonly date: IsoDate | null;
  /** The week figure the milestone is known by (`uke 4`), or null. */
  readonly week: number | null;
  /** Where it sits on the line, as data the UI words (`uke 4`, `etter uke 17`, `dag 16`, `ca. uke 52`, `ved behov`). */
  readonly placement: MilestonePlacement;
  readonly senest: boolean;
  /** True when the date is an estimate and must not be shown as exact. */
  readonly approximate: boolean;
  /** True when the date is the maksdato the user copied from NAV. */
  readonly fromNav: boolean;
  readonly applies: MilestoneApplies;
  readonly status: MilestoneStatus;
  /** Days from today to the date (negative when passed), or null. */
  readonly daysLeft: number | null;
}

/** What `milestonesFor` reads. */
export interface MilestoneInput {
  readonly rules: readonly TimelineRule[];
  readonly day1: IsoDate;
  readonly today: IsoDate;
  /** True when the leave is graded (partial), not full absence. */
  readonly graded: boolean;
  /** Only the milestones that matter to this role; all when absent. */
  readonly role?: Role;
  /** NAV's maksdato, when the user has it; otherwise maksdato is shown as "ca. uke 52". */
  readonly maksdato?: IsoDate;
}

/** Days ahead (today included) in which a dated milestone counts as due now. */
export const DUE_WINDOW_DAYS = 7;

const MAKSDATO_ID = 'maksdato';

function resolveDate(
  rule: TimelineRule,
  rules: readonly TimelineRule[],
  day1: IsoDate,
  seen: string[],
): IsoDate | null {
  const timing = rule.timing;
  switch (timing.kind) {
    case 'day':
      return addDays(day1, timing.day - 1);
    case 'week-end':
      return endOfCaseWeek(day1, timing.week);
    case 'after-weeks':
      return addDays(day1, 7 * timing.week);
    case 'before': {
      if (seen.includes(timing.milestone)) throw new Error(`Circular timing: ${[...seen, rule.id].join(' → ')}`);
      const target = rules.find((r) => r.id === timing.milestone);
      if (!target) throw new Error(`Milestone ${rule.id} refers to unknown milestone ${timing.milestone}`);
      const targetDate = resolveDate(target, rules, day1, [...seen, rule.id]);
      return targetDate === null ? null : addDays(targetDate, -timing.days);
    }
    case 'on-request':
    case 'period':
      return null;
  }
}

/** The date a rule's milestone falls on for a case starting on `day1`, or null when it has no date of its own. */
export function milestoneDateOf(rule: TimelineRule, rules: readonly TimelineRule[], day1: IsoDate): IsoDate | null {
  if (!isIsoDate(day1)) throw new RangeError(`Not a date (YYYY-MM-DD): ${day1}`);
  return resolveDate(rule, rules, day1, []);
}

function figureWeek(rule: TimelineRule, day1: IsoDate, date: IsoDate | null): number | null {
  const timing = rule.timing;
  switch (timing.kind) {
    case 'week-end':
    case 'after-weeks':
      return timing.week;
    case 'day':
    case 'before':
      return date === null ? null : caseWeekOf(day1, date);
    case 'on-request':
    case 'period':
      return null;
  }
}

function placementFor(rule: TimelineRule, week: number | null, fromNav: boolean): MilestonePlacement {
  if (fromNav) return { kind: 'nav-maksdato' };
  const timing = rule.timing;
  if (rule.approximate && week !== null) return { kind: 'about-week', week };
  switch (timing.kind) {
    case 'day':
      return { kind: 'day', day: timing.day };
    case 'week-end':
      return { kind: 'week', week: timing.week };
    case 'after-weeks':
      return { kind: 'after-week', week: timing.week };
    case 'before':
      return week === null ? { kind: 'before-meeting' } : { kind: 'week', week };
    case 'on-request':
      return { kind: 'on-request' };
    case 'period':
      return { kind: 'period', weeks: timing.weeks };
  }
}

function appliesFor(rule: TimelineRule, graded: boolean): MilestoneApplies | null {
  if (!graded) return 'yes';
  switch (rule.whenGraded) {
    case 'applies':
      return 'yes';
    case 'if-useful':
      return 'if-useful';
    case 'fulfilled':
      return 'fulfilled';
    case 'not-applicable':
      return null;
  }
}

function sortDay(rule: TimelineRule, day1: IsoDate, date: IsoDate | null): number {
  if (date !== null) return diffDays(date, day1);
  const timing = rule.timing;
  return timing.kind === 'on-request' || timing.kind === 'period' ? 7 * timing.orderWeek : 0;
}

/** The case's milestones for a role, in date order, each with its date, week, "senest" flag and status today. */
export function milestonesFor(input: MilestoneInput): Milestone[] {
  const { rules, day1, today, graded, role, maksdato } = input;
  for (const date of [day1, today, maksdato]) {
    if (date !== undefined && !isIsoDate(date)) throw new RangeError(`Not a date (YYYY-MM-DD): ${date}`);
  }
  const placed: { milestone: Milestone; order: number; index: number }[] = [];
  rules.forEach((rule, index) => {
    if (role !== undefined && !rule.roles.includes(role)) return;
    const applies = appliesFor(rule, graded);
    if (applies === null) return;
    const navDate = rule.id === MAKSDATO_ID ? maksdato : undefined;
    const fromNav = navDate !== undefined;
    const date = navDate ?? resolveDate(rule, rules, day1, []);
    const week = navDate !== undefined ? caseWeekOf(day1, navDate) : figureWeek(rule, day1, date);
    const daysLeft = date === null ? null : diffDays(date, today);
    const status: MilestoneStatus =
      daysLeft === null ? 'undated' : daysLeft < 0 ? 'passed' : daysLeft < DUE_WINDOW_DAYS ? 'due' : 'upcoming';
    const milestone: Milestone = {
      id: rule.id,
      rule,
      day1,
      date,
      week,
      placement: placementFor(rule, week, fromNav),
      senest: rule.senest && applies === 'yes',
      approximate: rule.approximate && !fromNav,
      fromNav,
      applies,
      status,
      daysLeft,
    };
    placed.push({ milestone, order: sortDay(rule, day1, date), index });
  });
  return placed.sort((a, b) => a.order - b.order || a.index - b.index).map((p) => p.milestone);
}

function isAhead(milestone: Milestone): boolean {
  return milestone.applies === 'yes' && (milestone.status === 'due' || milestone.status === 'upcoming');
}

/** The next milestone where the law sets a last day ("senest"), from a list made by `milestonesFor`. */
export function nextDeadline(milestones: readonly Milestone[]): Milestone | null {
  return milestones.find((m) => isAhead(m) && m.senest) ?? null;
}

/** The next dated milestone that applies to the case, deadline or not. */
export function nextMilestone(milestones: readonly Milestone[]): Milestone | null {
  return milestones.find(isAhead) ?? null;
}

/**
 * When a milestone falls, as data the UI words: its placement alone (no date, or only an estimate),
 * or with its date: plain, as the last day the law sets ("senest"), or as NAV's maksdato.
 */
export type MilestoneWhen =
  | { readonly kind: 'without-date'; readonly placement: MilestonePlacement }
  | { readonly kind: 'dated' | 'senest' | 'nav'; readonly placement: MilestonePlacement; readonly date: IsoDate };

/** When a milestone falls: its placement, and its date unless it has none or the date is an estimate. */
export function whenOf(milestone: Milestone): MilestoneWhen {
  const { placement, date } = milestone;
  if (date === null || milestone.approximate) return { kind: 'without-date', placement };
  if (milestone.fromNav) return { kind: 'nav', placement, date };
  return { kind: milestone.senest ? 'senest' : 'dated', placement, date };
}

// Bokmål wording for documents only (the calendar file is a document and stays bokmål); the panel
// words placements and dates from its message catalogues (content/messages/*/timeline.ts).
function placementInBokmal(placement: MilestonePlacement): string {
  switch (placement.kind) {
    case 'day':
      return `dag ${placement.day}`;
    case 'week':
      return `uke ${placement.week}`;
    case 'after-week':
      return `etter uke ${placement.week}`;
    case 'about-week':
      return `ca. uke ${placement.week}`;
    case 'before-meeting':
      return 'før møtet';
    case 'on-request':
      return 'ved behov';
    case 'period':
      return `inntil ${placement.weeks} ${placement.weeks === 1 ? 'uke' : 'uker'}`;
    case 'nav-maksdato':
      return 'Navs maksdato';
  }
}

/** Week and date in bokmål words for documents (the calendar file): `uke 4, senest 06.02.2028`; estimates carry no date. */
export function describeWhen(milestone: Milestone): string {
  const when = whenOf(milestone);
  const place = placementInBokmal(when.placement);
  switch (when.kind) {
    case 'without-date':
      return place;
    case 'nav':
      return `${place} ${formatDateNb(when.date)}`;
    case 'senest':
      return `${place}, senest ${formatDateNb(when.date)}`;
    case 'dated':
      return `${place}, ${formatDateNb(when.date)}`;
  }
}

/** The next deadline or milestone, as data the UI words ("Neste frist: … (uke 4, senest 06.02.2028)."). */
export type NextDescription =
  | { readonly kind: 'none' }
  | { readonly kind: 'deadline' | 'milestone'; readonly title: string; readonly when: MilestoneWhen };

/** What to say about the next deadline or milestone: none left, or which one and when (a deadline when "senest"). */
export function describeNext(milestone: Milestone | null): NextDescription {
  if (milestone === null) return { kind: 'none' };
  return { kind: milestone.senest ? 'deadline' : 'milestone', title: milestone.rule.title, when: whenOf(milestone) };
}
