import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TIMELINE_RULES } from '../../../content/timeline-rules';
import { addDays, caseWeekOf, diffDays, endOfCaseWeek, formatDateNb, isIsoDate } from '../../../domain/dates';
import type { Role } from '../../../domain/roles';
import {
  countSickWeeks,
  DUE_WINDOW_DAYS,
  describeNext,
  describeWhen,
  findCurrentCase,
  hasCaseEnded,
  type Milestone,
  milestonesFor,
  nextDeadline,
  nextMilestone,
  type SykmeldingPeriod,
  splitIntoCases,
  sykmeldingPeriodSchema,
  type TimelineRule,
  timelineRuleSchema,
  whenOf,
} from '../../../domain/timeline';

// All dates are fixed. Expected dates were worked out by hand (and cross-checked with another
// calendar library), never with the helpers under test.

const byId = (milestones: readonly Milestone[]) => new Map(milestones.map((m) => [m.id, m]));
const ids = (milestones: readonly Milestone[]) => milestones.map((m) => m.id);

describe('ISO date helpers', () => {
  it.each([
    ['2028-01-10', 15, '2028-01-25'],
    ['2028-02-28', 1, '2028-02-29'], // leap day exists in 2028
    ['2027-02-28', 1, '2027-03-01'], // and not in 2027
    ['2100-02-28', 1, '2100-03-01'], // nor in 2100 (century rule)
    ['2000-02-28', 1, '2000-02-29'], // but in 2000 (400-year rule)
    ['2027-12-31', 1, '2028-01-01'], // year boundary
    ['2028-01-01', -1, '2027-12-31'],
    ['2028-03-01', -1, '2028-02-29'],
    ['2026-03-29', 1, '2026-03-30'], // the night clocks go forward in Norway
    ['2026-10-25', 1, '2026-10-26'], // and back
    ['1970-01-01', -1, '1969-12-31'],
    ['2027-12-20', 363, '2028-12-17'],
  ])('addDays(%s, %i) = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
    expect(diffDays(expected, date)).toBe(days);
  });

  it.each([
    ['2028-02-29', true],
    ['2027-02-29', false],
    ['2100-02-29', false],
    ['2000-02-29', true],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-1-10', false],
    ['10.01.2026', false],
    ['2026-01-10T00:00:00Z', false],
    ['', false],
    [20260110, false],
  ])('isIsoDate(%j) is %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it('refuses dates that do not exist and fractional days', () => {
    expect(() => addDays('2027-02-29', 1)).toThrow(RangeError);
    expect(() => diffDays('2026-01-01', 'i går')).toThrow(RangeError);
    expect(() => addDays('2026-01-01', 0.5)).toThrow(RangeError);
  });

  it('writes dates the Norwegian way', () => {
    expect(formatDateNb('2028-02-06')).toBe('06.02.2028');
  });
});

describe('weeks of a case', () => {
  it.each([
    // "within week N" = day 1 + 7·N − 1
    ['2028-01-10', 1, '2028-01-16'],
    ['2028-01-10', 4, '2028-02-06'],
    ['2028-01-10', 8, '2028-03-05'], // across 29 February
    ['2028-01-05', 8, '2028-02-29'], // lands on the leap day
    ['2027-12-20', 4, '2028-01-16'], // across new year
    ['2027-12-20', 26, '2028-06-18'],
  ])('week end: day 1 %s, week %i → %s', (day1, week, expected) => {
    expect(endOfCaseWeek(day1, week)).toBe(expected);
    expect(caseWeekOf(day1, expected)).toBe(week);
    expect(caseWeekOf(day1, addDays(expected, 1))).toBe(week + 1);
  });

  it('counts day 1 as week 1 and days before it as week 0 or less', () => {
    expect(caseWeekOf('2028-01-10', '2028-01-10')).toBe(1);
    expect(caseWeekOf('2028-01-10', '2028-01-09')).toBe(0);
    expect(caseWeekOf('2028-01-10', '2028-01-02')).toBe(-1);
  });
});

describe('rules in force (content/timeline-rules.ts against shared/domain/timeline.md)', () => {
  const timelineHeadings = [
    '1. The milestone table',
    '2. Where the seed documents state older (superseded) rules',
    '3.1 Start date: the "oppfølgingstilfelle" (sick-leave case)',
    '3.2 Milestone formulas used by NAV',
    '3.3 Recommended computation for our product',
    '5. Facts NOT confirmed from a stored source in this session (double-check)',
  ];

  it.each(TIMELINE_RULES.map((rule) => [rule.id, rule] as const))('%s is valid data with real citations', (_, rule) => {
    const parsed = timelineRuleSchema.safeParse(rule);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    for (const source of rule.sources) {
      expect(source.document).toBe('timeline');
      expect(timelineHeadings, `${rule.id} cites a heading that timeline.md does not have`).toContain(source.section);
    }
    expect(rule.description.trim().endsWith('.'), `${rule.id}: the description is one sentence`).toBe(true);
    expect(rule.description.slice(0, -1), `${rule.id}: one sentence only`).not.toMatch(/[.!?] [A-ZÆØÅ]/);
    if (rule.senest) expect(['week-end', 'before', 'day']).toContain(rule.timing.kind);
    if (rule.approximate) expect(rule.senest).toBe(false);
  });

  it('has unique ids, and every reference points at a rule', () => {
    const all = TIMELINE_RULES.map((rule) => rule.id);
    expect(new Set(all).size).toBe(all.length);
    for (const rule of TIMELINE_RULES) {
      if (rule.timing.kind === 'before') expect(all).toContain(rule.timing.milestone);
    }
  });

  // One row per milestone: the figures as timeline.md states them (section and row in the comment).
  const expected: Record<
    string,
    Pick<TimelineRule, 'timing' | 'senest' | 'absence' | 'whenGraded' | 'approximate' | 'inForceSince'> & {
      law: string[];
    }
  > = {
    // §1 row 2: days 1–16, ftrl § 8-19
    arbeidsgiverperiode: {
      timing: { kind: 'day', day: 16 },
      senest: false,
      absence: 'full-or-partial',
      whenGraded: 'applies',
      approximate: false,
      inForceSince: null,
      law: ['ftrl. § 8-19'],
    },
    // §1 row 5: ready within 4 weeks of full or partial absence, since 1 July 2011
    oppfolgingsplan: {
      timing: { kind: 'week-end', week: 4 },
      senest: true,
      absence: 'full-or-partial',
      whenGraded: 'applies',
      approximate: false,
      inForceSince: '2011-07-01',
      law: ['aml. § 4-6 tredje ledd'],
    },
    // §1 row 6
    'oppfolgingsplan-til-sykmelder': {
      timing: { kind: 'week-end', week: 4 },
      senest: true,
      absence: 'full-or-partial',
      whenGraded: 'applies',
      approximate: false,
      inForceSince: '2011-07-01',
      law: ['aml. § 4-6 tredje ledd'],
    },
    // §1 row 8, §3.3: 7 weeks of full absence; graded only if useful; "helt" since 1 July 2014
    'dialogmote-1': {
      timing: { kind: 'week-end', week: 7 },
      senest: true,
      absence: 'full',
      whenGraded: 'if-useful',
      approximate: false,
      inForceSince: '2014-07-01',
      law: ['aml. § 4-6 fjerde ledd'],
    },
    // §1 row 9, §3.2: week 8 (isaktivitetskrav), graded = fulfilled, since 1 July 2004
    aktivitetskrav: {
      timing: { kind: 'week-end', week: 8 },
      senest: true,
      absence: 'full',
      whenGraded: 'fulfilled',
      approximate: false,
      inForceSince: '2004-07-01',
      law: ['ftrl. § 8-8 andre ledd', 'ftrl. § 8-7'],
    },
    // §1 row 10, §3.2: after 17 whole weeks (start + 119 days)
    motebehov: {
      timing: { kind: 'after-weeks', week: 17 },
      senest: false,
      absence: 'full-or-partial',
      whenGraded: 'applies',
      approximate: false,
      inForceSince: null,
      law: ['ftrl. § 8-7 a'],
    },
    // §1 row 7: at least 1 week before dialogmøte 2
    'oppfolgingsplan-til-nav': {
      timing: { kind: 'before', milestone: 'dialogmote-2', days: 7 },
      senest: true,
      absence: 'full-or-partial',
      whenGraded: 'applies',
      approximate: false,
      inForceSince: null,
      law: ['aml. § 4-6 tredje ledd', 'ftrl. § 25-2'],
    },
    // §1 row 11, §3.2: within 26 weeks
    'dialogmote-2': {
      timing: { kind: 'week-end', week: 26 },
      senest: true,
      absence: 'full-or-partial',
      whenGraded: 'applies',
      approximate: false,
      inForceSince: null,
      law: ['ftrl. § 8-7 a'],
    },
    // §1 row 12: on request, since 1 July 2011
    'dialogmote-3': {
      timing: { kind: 'on-request', orderWeek: 39 },
      senest: false,
      absence: 'full-or-partial',
      whenGraded: 'applies',
      approximate: false,
      inForceSince: '2011-07-01',
      law: ['ftrl. § 8-7 a'],
    },
    // §1 row 14: about 39 weeks
    'snart-slutt-pa-sykepengene': {
      timing: { kind: 'after-weeks', week: 39 },
      senest: false,
      absence: 'full-or-partial',
      whenGraded: 'applies',
      approximate: true,
      inForceSince: null,
      law: ['ftrl. § 8-12'],
    },
    // §1 row 15, §3.3: about 52 weeks, never exact
    maksdato: {
      timing: { kind: 'week-end', week: 52 },
      senest: false,
      absence: 'full-or-partial',
      whenGraded: 'applies',
      approximate: true,
      inForceSince: null,
      law: ['ftrl. § 8-12 første ledd'],
    },
    // §1 row 16, §3.2: up to 12 weeks from its own start
    'friskmelding-til-arbeidsformidling': {
      timing: { kind: 'period', weeks: 12, orderWeek: 40 },
      senest: false,
      absence: 'not-applicable',
      whenGraded: 'applies',
      approximate: false,
      inForceSince: null,
      law: ['ftrl. § 8-5'],
    },
    // §1 row 13, §3.2: 7·7, 17·7, 39·7 days; week 7 only when activity is not possible
    'utdypende-sporsmal-uke-7': {
      timing: { kind: 'after-weeks', week: 7 },
      senest: false,
      absence: 'full',
      whenGraded: 'not-applicable',
      approximate: false,
      inForceSince: null,
      law: ['ftrl. § 8-7'],
    },
    'utdypende-sporsmal-uke-17': {
      timing: { kind: 'after-weeks', week: 17 },
      senest: false,
      absence: 'full-or-partial',
      whenGraded: 'applies',
      approximate: false,
      inForceSince: null,
      law: ['ftrl. § 8-7'],
    },
    'utdypende-sporsmal-uke-39': {
      timing: { kind: 'after-weeks', week: 39 },
      senest: false,
      absence: 'full-or-partial',
      whenGraded: 'applies',
      approximate: false,
      inForceSince: null,
      law: ['ftrl. § 8-7'],
    },
  };

  it('holds exactly the milestones the issue asks for', () => {
    expect(TIMELINE_RULES.map((rule) => rule.id).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))('%s has the figures of timeline.md', (id, figures) => {
    const rule = TIMELINE_RULES.find((r) => r.id === id);
    expect(rule).toBeDefined();
    if (!rule) return;
    const { law, ...rest } = figures;
    expect(rule).toMatchObject(rest);
    for (const basis of law) expect(rule.legalBasis).toContain(basis);
  });
});

describe('milestone dates for every rule in force', () => {
  // Offsets from day 1: AGP +15, week 4 +27, week 7 +48, after 7 weeks +49, week 8 +55, after 17 weeks +119,
  // plan to NAV (week 26 − 7 days) +174, week 26 +181, after 39 weeks +273, week 52 +363.
  const table: [string, Record<string, string>][] = [
    [
      '2028-01-10', // crosses 29 February 2028
      {
        arbeidsgiverperiode: '2028-01-25',
        oppfolgingsplan: '2028-02-06',
        'oppfolgingsplan-til-sykmelder': '2028-02-06',
        'dialogmote-1': '2028-02-27',
        'utdypende-sporsmal-uke-7': '2028-02-28',
        aktivitetskrav: '2028-03-05',
        motebehov: '2028-05-08',
        'utdypende-sporsmal-uke-17': '2028-05-08',
        'oppfolgingsplan-til-nav': '2028-07-02',
        'dialogmote-2': '2028-07-09',
        'snart-slutt-pa-sykepengene': '2028-10-09',
        'utdypende-sporsmal-uke-39': '2028-10-09',
        maksdato: '2029-01-07',
      },
    ],
    [
      '2027-12-20', // crosses new year and 29 February
      {
        arbeidsgiverperiode: '2028-01-04',
        oppfolgingsplan: '2028-01-16',
        'oppfolgingsplan-til-sykmelder': '2028-01-16',
        'dialogmote-1': '2028-02-06',
        'utdypende-sporsmal-uke-7': '2028-02-07',
        aktivitetskrav: '2028-02-13',
        motebehov: '2028-04-17',
        'utdypende-sporsmal-uke-17': '2028-04-17',
        'oppfolgingsplan-til-nav': '2028-06-11',
        'dialogmote-2': '2028-06-18',
        'snart-slutt-pa-sykepengene': '2028-09-18',
        'utdypende-sporsmal-uke-39': '2028-09-18',
        maksdato: '2028-12-17',
      },
    ],
    [
      '2026-03-02', // an ordinary year, across both daylight-saving changes
      {
        arbeidsgiverperiode: '2026-03-17',
        oppfolgingsplan: '2026-03-29',
        'oppfolgingsplan-til-sykmelder': '2026-03-29',
        'dialogmote-1': '2026-04-19',
        'utdypende-sporsmal-uke-7': '2026-04-20',
        aktivitetskrav: '2026-04-26',
        motebehov: '2026-06-29',
        'utdypende-sporsmal-uke-17': '2026-06-29',
        'oppfolgingsplan-til-nav': '2026-08-23',
        'dialogmote-2': '2026-08-30',
        'snart-slutt-pa-sykepengene': '2026-11-30',
        'utdypende-sporsmal-uke-39': '2026-11-30',
        maksdato: '2027-02-28',
      },
    ],
    [
      '2027-11-01', // week 8 ends on Boxing Day, møtebehov on 28 February of a leap year
      {
        arbeidsgiverperiode: '2027-11-16',
        oppfolgingsplan: '2027-11-28',
        'oppfolgingsplan-til-sykmelder': '2027-11-28',
        'dialogmote-1': '2027-12-19',
        'utdypende-sporsmal-uke-7': '2027-12-20',
        aktivitetskrav: '2027-12-26',
        motebehov: '2028-02-28',
        'utdypende-sporsmal-uke-17': '2028-02-28',
        'oppfolgingsplan-til-nav': '2028-04-23',
        'dialogmote-2': '2028-04-30',
        'snart-slutt-pa-sykepengene': '2028-07-31',
        'utdypende-sporsmal-uke-39': '2028-07-31',
        maksdato: '2028-10-29',
      },
    ],
  ];

  it.each(table)('day 1 %s', (day1, dates) => {
    const milestones = milestonesFor({ rules: TIMELINE_RULES, day1, today: day1, graded: false });
    const found = byId(milestones);
    for (const [id, date] of Object.entries(dates)) expect(found.get(id)?.date, id).toBe(date);
    expect(found.get('dialogmote-3')?.date).toBeNull();
    expect(found.get('friskmelding-til-arbeidsformidling')?.date).toBeNull();
    // Every rule shows up for a fully absent employee when no role is chosen.
    expect(milestones).toHaveLength(TIMELINE_RULES.length);
  });

  it('puts a deadline on the leap day when the week ends there', () => {
    const found = byId(
      milestonesFor({ rules: TIMELINE_RULES, day1: '2028-01-05', today: '2028-01-05', graded: false }),
    );
    expect(found.get('aktivitetskrav')?.date).toBe('2028-02-29');
    expect(whenOf(found.get('aktivitetskrav') as Milestone)).toEqual({
      kind: 'senest',
      placement: { kind: 'week', week: 8 },
      date: '2028-02-29',
    });
    // The calendar file (a document, in bokmål) words it so.
    expect(describeWhen(found.get('aktivitetskrav') as Milestone)).toBe('uke 8, senest 29.02.2028');
  });

  it('lists milestones in date order, undated ones where the rules place them', () => {
    const milestones = milestonesFor({ rules: TIMELINE_RULES, day1: '2028-01-10', today: '2028-01-10', graded: false });
    expect(ids(milestones)).toEqual([
      'arbeidsgiverperiode',
      'oppfolgingsplan',
      'oppfolgingsplan-til-sykmelder',
      'dialogmote-1',
      'utdypende-sporsmal-uke-7',
      'aktivitetskrav',
      'motebehov',
      'utdypende-sporsmal-uke-17',
      'oppfolgingsplan-til-nav',
      'dialogmote-2',
      'snart-slutt-pa-sykepengene',
      'dialogmote-3',
      'utdypende-sporsmal-uke-39',
      'friskmelding-til-arbeidsformidling',
      'maksdato',
    ]);
  });

  it.each([
    ['arbeidsgiverperiode', { kind: 'day', day: 16 }, 'dag 16', 3],
    ['oppfolgingsplan', { kind: 'week', week: 4 }, 'uke 4', 4],
    ['dialogmote-1', { kind: 'week', week: 7 }, 'uke 7', 7],
    ['aktivitetskrav', { kind: 'week', week: 8 }, 'uke 8', 8],
    ['motebehov', { kind: 'after-week', week: 17 }, 'etter uke 17', 17],
    ['oppfolgingsplan-til-nav', { kind: 'week', week: 25 }, 'uke 25', 25],
    ['dialogmote-2', { kind: 'week', week: 26 }, 'uke 26', 26],
    ['snart-slutt-pa-sykepengene', { kind: 'about-week', week: 39 }, 'ca. uke 39', 39],
    ['dialogmote-3', { kind: 'on-request' }, 'ved behov', null],
    ['friskmelding-til-arbeidsformidling', { kind: 'period', weeks: 12 }, 'inntil 12 uker', null],
    ['maksdato', { kind: 'about-week', week: 52 }, 'ca. uke 52', 52],
    ['utdypende-sporsmal-uke-7', { kind: 'after-week', week: 7 }, 'etter uke 7', 7],
  ] as const)('%s is placed as %j ("%s", week %s)', (id, placement, words, week) => {
    const found = byId(
      milestonesFor({ rules: TIMELINE_RULES, day1: '2028-01-10', today: '2028-01-10', graded: false }),
    );
    expect(found.get(id)?.placement).toEqual(placement);
    expect(found.get(id)?.week).toBe(week);
    const milestone = found.get(id) as Milestone;
    if (milestone.date === null || milestone.approximate) expect(describeWhen(milestone)).toBe(words);
    else expect(describeWhen(milestone)).toMatch(new RegExp(`^${words}, `));
  });

  it('says "senest" exactly where the law does', () => {
    const milestones = milestonesFor({ rules: TIMELINE_RULES, day1: '2028-01-10', today: '2028-01-10', graded: false });
    expect(milestones.filter((m) => m.senest).map((m) => m.id)).toEqual([
      'oppfolgingsplan',
      'oppfolgingsplan-til-sykmelder',
      'dialogmote-1',
      'aktivitetskrav',
      'oppfolgingsplan-til-nav',
      'dialogmote-2',
    ]);
  });
});

describe('graded versus full leave', () => {
  const day1 = '2028-01-10';
  const full = byId(milestonesFor({ rules: TIMELINE_RULES, day1, today: day1, graded: false }));
  const graded = byId(milestonesFor({ rules: TIMELINE_RULES, day1, today: day1, graded: true }));

  it.each([
    // id, applies when full, applies when graded (null = not on the timeline), senest when graded
    ['arbeidsgiverperiode', 'yes', 'yes', false],
    ['oppfolgingsplan', 'yes', 'yes', true],
    ['oppfolgingsplan-til-sykmelder', 'yes', 'yes', true],
    ['dialogmote-1', 'yes', 'if-useful', false],
    ['aktivitetskrav', 'yes', 'fulfilled', false],
    ['motebehov', 'yes', 'yes', false],
    ['oppfolgingsplan-til-nav', 'yes', 'yes', true],
    ['dialogmote-2', 'yes', 'yes', true],
    ['dialogmote-3', 'yes', 'yes', false],
    ['snart-slutt-pa-sykepengene', 'yes', 'yes', false],
    ['maksdato', 'yes', 'yes', false],
    ['friskmelding-til-arbeidsformidling', 'yes', 'yes', false],
    ['utdypende-sporsmal-uke-7', 'yes', null, false],
    ['utdypende-sporsmal-uke-17', 'yes', 'yes', false],
    ['utdypende-sporsmal-uke-39', 'yes', 'yes', false],
  ] as const)('%s: full %s, graded %s', (id, whenFull, whenGraded, senestGraded) => {
    expect(full.get(id)?.applies).toBe(whenFull);
    expect(graded.get(id)?.applies ?? null).toBe(whenGraded);
    if (whenGraded !== null) {
      expect(graded.get(id)?.senest).toBe(senestGraded);
      expect(graded.get(id)?.date).toBe(full.get(id)?.date);
    }
  });

  it('skips dialogmøte 1 and the activity duty as deadlines when the leave is graded', () => {
    const today = '2028-02-07'; // after week 4, before week 7
    const leader = milestonesFor({ rules: TIMELINE_RULES, day1, today, graded: true, role: 'leder' });
    expect(nextDeadline(leader)?.id).toBe('oppfolgingsplan-til-nav');
    const leaderFull = milestonesFor({ rules: TIMELINE_RULES, day1, today, graded: false, role: 'leder' });
    expect(nextDeadline(leaderFull)?.id).toBe('dialogmote-1');
  });
});

describe('what matters to each role', () => {
  const day1 = '2028-01-10';
  const forRole = (role: Role) => ids(milestonesFor({ rules: TIMELINE_RULES, day1, today: day1, graded: false, role }));

  it('leader: the plan, dialogmøte 1, the plan to Nav, and what else concerns the employer', () => {
    expect(forRole('leder')).toEqual([
      'arbeidsgiverperiode',
      'oppfolgingsplan',
      'oppfolgingsplan-til-sykmelder',
      'dialogmote-1',
      'aktivitetskrav',
      'motebehov',
      'oppfolgingsplan-til-nav',
      'dialogmote-2',
      'snart-slutt-pa-sykepengene',
      'dialogmote-3',
      'maksdato',
    ]);
  });

  it('veileder: aktivitetskrav, møtebehov, dialogmøte 2 and Nav’s other steps', () => {
    expect(forRole('veileder')).toEqual([
      'aktivitetskrav',
      'motebehov',
      'oppfolgingsplan-til-nav',
      'dialogmote-2',
      'snart-slutt-pa-sykepengene',
      'dialogmote-3',
      'friskmelding-til-arbeidsformidling',
      'maksdato',
    ]);
  });

  it('GP: the week 7/17/39 questions, the dialogmøter and what the sykmelder documents or receives', () => {
    expect(forRole('lege')).toEqual([
      'oppfolgingsplan-til-sykmelder',
      'dialogmote-1',
      'utdypende-sporsmal-uke-7',
      'aktivitetskrav',
      'utdypende-sporsmal-uke-17',
      'dialogmote-2',
      'dialogmote-3',
      'utdypende-sporsmal-uke-39',
      'friskmelding-til-arbeidsformidling',
    ]);
  });
});

describe('status today and the next deadline', () => {
  const day1 = '2028-01-10';

  it('before day 1: everything dated is still to come', () => {
    const milestones = milestonesFor({ rules: TIMELINE_RULES, day1, today: '2027-12-01', graded: false });
    expect(milestones.every((m) => m.status === (m.date === null ? 'undated' : 'upcoming'))).toBe(true);
    expect(nextMilestone(milestones)?.id).toBe('arbeidsgiverperiode');
    expect(nextDeadline(milestones)?.id).toBe('oppfolgingsplan');
  });

  it('long after: everything dated has passed and no deadline is left', () => {
    const milestones = milestonesFor({ rules: TIMELINE_RULES, day1, today: '2031-06-01', graded: false });
    expect(milestones.every((m) => m.status === (m.date === null ? 'undated' : 'passed'))).toBe(true);
    expect(nextDeadline(milestones)).toBeNull();
    expect(nextMilestone(milestones)).toBeNull();
    expect(describeNext(null)).toEqual({ kind: 'none' });
  });

  it.each([
    ['2028-01-30', 'upcoming', 7], // 7 days before the week-4 deadline
    ['2028-01-31', 'due', 6], // the last week
    ['2028-02-06', 'due', 0], // the deadline itself
    ['2028-02-07', 'passed', -1],
  ] as const)('the plan on %s is %s', (today, status, daysLeft) => {
    const plan = byId(milestonesFor({ rules: TIMELINE_RULES, day1, today, graded: false })).get('oppfolgingsplan');
    expect(plan?.status).toBe(status);
    expect(plan?.daysLeft).toBe(daysLeft);
    expect(DUE_WINDOW_DAYS).toBe(7);
  });

  const deadline = (title: string, week: number, date: string) => ({
    kind: 'deadline',
    title,
    when: { kind: 'senest', placement: { kind: 'week', week }, date },
  });

  // The panel words these as "Neste frist: Oppfølgingsplan klar (uke 4, senest 06.02.2028)." and so on
  // (tests/unit/i18n/timeline-text.test.tsx).
  it.each([
    // role, today, next deadline
    ['leder', '2028-01-10', deadline('Oppfølgingsplan klar', 4, '2028-02-06')],
    ['leder', '2028-02-07', deadline('Dialogmøte 1', 7, '2028-02-27')],
    ['leder', '2028-02-28', deadline('Aktivitetsplikt', 8, '2028-03-05')],
    ['leder', '2028-03-06', deadline('Oppdatert oppfølgingsplan sendt til Nav', 25, '2028-07-02')],
    ['veileder', '2028-01-10', deadline('Aktivitetsplikt', 8, '2028-03-05')],
    ['veileder', '2028-03-06', deadline('Oppdatert oppfølgingsplan sendt til Nav', 25, '2028-07-02')],
    ['veileder', '2028-07-03', deadline('Dialogmøte 2', 26, '2028-07-09')],
    ['lege', '2028-01-10', deadline('Oppfølgingsplan sendt til sykmelder', 4, '2028-02-06')],
    ['lege', '2028-02-20', deadline('Dialogmøte 1', 7, '2028-02-27')],
    ['lege', '2028-07-10', { kind: 'none' }],
  ] as const)('%s on %s: %j', (role, today, expected) => {
    expect(
      describeNext(nextDeadline(milestonesFor({ rules: TIMELINE_RULES, day1, today, graded: false, role }))),
    ).toEqual(expected);
  });

  it.each([
    [
      'leder',
      '2028-01-10',
      'Arbeidsgiverperioden slutter',
      { kind: 'dated', placement: { kind: 'day', day: 16 }, date: '2028-01-25' },
    ],
    [
      'veileder',
      '2028-03-06',
      'Nav spør om behov for dialogmøte',
      { kind: 'dated', placement: { kind: 'after-week', week: 17 }, date: '2028-05-08' },
    ],
    [
      'lege',
      '2028-02-28',
      'Utdypende spørsmål i sykmeldingen, uke 7',
      { kind: 'dated', placement: { kind: 'after-week', week: 7 }, date: '2028-02-28' },
    ],
    [
      'leder',
      '2028-07-10',
      'Brev om at sykepengene snart tar slutt',
      { kind: 'without-date', placement: { kind: 'about-week', week: 39 } },
    ],
    [
      'leder',
      '2028-10-10',
      'Maksdato for sykepenger',
      { kind: 'without-date', placement: { kind: 'about-week', week: 52 } },
    ],
  ] as const)('next milestone for %s on %s: %s', (role, today, title, when) => {
    expect(
      describeNext(nextMilestone(milestonesFor({ rules: TIMELINE_RULES, day1, today, graded: false, role }))),
    ).toEqual({ kind: 'milestone', title, when });
  });
});

describe('maksdato', () => {
  const day1 = '2028-01-10';

  it('is only "ca. uke 52" without NAV’s date, never an exact date in words', () => {
    const maks = byId(milestonesFor({ rules: TIMELINE_RULES, day1, today: day1, graded: false })).get('maksdato');
    expect(maks?.approximate).toBe(true);
    expect(maks?.fromNav).toBe(false);
    expect(describeWhen(maks as Milestone)).toBe('ca. uke 52');
  });

  it('shows the maksdato the user copied from NAV', () => {
    const maks = byId(
      milestonesFor({ rules: TIMELINE_RULES, day1, today: day1, graded: false, maksdato: '2029-01-19' }),
    ).get('maksdato');
    expect(maks).toMatchObject({ date: '2029-01-19', approximate: false, fromNav: true, week: 54 });
    expect(describeNext(maks as Milestone)).toEqual({
      kind: 'milestone',
      title: 'Maksdato for sykepenger',
      when: { kind: 'nav', placement: { kind: 'nav-maksdato' }, date: '2029-01-19' },
    });
    expect(describeWhen(maks as Milestone)).toBe('Navs maksdato 19.01.2029');
  });

  it('refuses a maksdato that is not a date', () => {
    expect(() =>
      milestonesFor({ rules: TIMELINE_RULES, day1, today: day1, graded: false, maksdato: '19.01.2029' }),
    ).toThrow(RangeError);
  });
});

describe('timing kinds, on a small fixture', () => {
  const base: Omit<TimelineRule, 'id' | 'title' | 'description' | 'timing'> = {
    absence: 'full-or-partial',
    whenGraded: 'applies',
    senest: false,
    approximate: false,
    responsible: 'Noen.',
    legalBasis: ['ftrl. § 8-7'],
    exceptions: [],
    inForceSince: null,
    roles: ['leder'],
    sources: [{ document: 'timeline', section: '1. The milestone table' }],
    tableRow: '1',
  };
  const rule = (id: string, timing: TimelineRule['timing']): TimelineRule => ({
    ...base,
    id,
    title: `Regel ${id}`,
    description: 'En regel for test.',
    timing,
  });

  it('chains "before" through another rule and rejects unknown or circular references', () => {
    const rules = [rule('a', { kind: 'week-end', week: 2 }), rule('b', { kind: 'before', milestone: 'a', days: 3 })];
    const found = byId(milestonesFor({ rules, day1: '2028-02-20', today: '2028-02-20', graded: false }));
    expect(found.get('a')?.date).toBe('2028-03-04');
    expect(found.get('b')?.date).toBe('2028-03-01');
    const unknown = [rule('c', { kind: 'before', milestone: 'x', days: 1 })];
    expect(() => milestonesFor({ rules: unknown, day1: '2028-02-20', today: '2028-02-20', graded: false })).toThrow(
      /unknown/,
    );
    const circular = [
      rule('d', { kind: 'before', milestone: 'e', days: 1 }),
      rule('e', { kind: 'before', milestone: 'd', days: 1 }),
    ];
    expect(() => milestonesFor({ rules: circular, day1: '2028-02-20', today: '2028-02-20', graded: false })).toThrow(
      /Circular/,
    );
  });

  it('refuses days that do not exist', () => {
    const rules = [rule('a', { kind: 'day', day: 1 })];
    expect(() => milestonesFor({ rules, day1: '2027-02-29', today: '2027-03-01', graded: false })).toThrow(RangeError);
    expect(() => milestonesFor({ rules, day1: '2027-02-28', today: 'i dag', graded: false })).toThrow(RangeError);
  });
});

describe('day 1 from sykmelding periods: NAV’s 16-day gap rule (timeline.md §3.1)', () => {
  const first: SykmeldingPeriod = { fom: '2026-01-05', tom: '2026-01-20' };

  it.each([
    // gap = days without a sick day between the two periods
    ['2026-02-04', 14, 1],
    ['2026-02-05', 15, 1], // merged: 15 days without sickness do not close the case
    ['2026-02-06', 16, 2], // split: the 16th day without sickness closes it
    ['2026-02-07', 17, 2],
  ])('next fom %s (gap %i days) → %i case(s)', (fom, gap, count) => {
    const second: SykmeldingPeriod = { fom, tom: '2026-03-31' };
    expect(diffDays(fom, first.tom) - 1).toBe(gap);
    const cases = splitIntoCases([second, first]); // order of input does not matter
    expect(cases).toHaveLength(count);
    expect(findCurrentCase([first, second], '2026-03-01')?.start).toBe(count === 1 ? '2026-01-05' : fom);
  });

  it('counts the sick days of a merged case without its gap', () => {
    const [merged] = splitIntoCases([first, { fom: '2026-02-05', tom: '2026-02-10' }]);
    expect(merged).toEqual({ start: '2026-01-05', end: '2026-02-10', sickDays: 16 + 6, gradedAtEnd: false });
  });

  it('joins overlapping and back-to-back periods, and reads grading on the last day', () => {
    const cases = splitIntoCases([
      { fom: '2027-12-20', tom: '2028-01-09' },
      { fom: '2028-01-01', tom: '2028-01-20', grad: 100 },
      { fom: '2028-01-21', tom: '2028-03-05', grad: 50 },
    ]);
    expect(cases).toEqual([{ start: '2027-12-20', end: '2028-03-05', sickDays: 77, gradedAtEnd: true }]);
  });

  it('is graded at the end only when every period covering the last day is graded', () => {
    const [sickCase] = splitIntoCases([
      { fom: '2028-01-01', tom: '2028-01-31', grad: 60 },
      { fom: '2028-01-15', tom: '2028-01-31' },
    ]);
    expect(sickCase?.gradedAtEnd).toBe(false);
  });

  it('picks the case that has begun by today, or the first to come, or none', () => {
    const periods = [first, { fom: '2026-03-01', tom: '2026-03-20' }];
    expect(findCurrentCase(periods, '2026-02-20')?.start).toBe('2026-01-05');
    expect(findCurrentCase(periods, '2026-03-01')?.start).toBe('2026-03-01');
    expect(findCurrentCase(periods, '2025-12-01')?.start).toBe('2026-01-05');
    expect(findCurrentCase([], '2026-01-01')).toBeNull();
  });

  it('knows when a case has ended (16 days back at work)', () => {
    const [sickCase] = splitIntoCases([first]);
    if (!sickCase) throw new Error('no case');
    expect(hasCaseEnded(sickCase, '2026-02-04')).toBe(false);
    expect(hasCaseEnded(sickCase, '2026-02-05')).toBe(true);
  });

  it('validates periods at the boundary', () => {
    expect(sykmeldingPeriodSchema.safeParse({ fom: '2026-01-05', tom: '2026-01-04' }).success).toBe(false);
    expect(sykmeldingPeriodSchema.safeParse({ fom: '2026-02-30', tom: '2026-03-04' }).success).toBe(false);
    expect(sykmeldingPeriodSchema.safeParse({ fom: '2026-01-05', tom: '2026-01-05', grad: 0 }).success).toBe(false);
    expect(sykmeldingPeriodSchema.safeParse({ fom: '2026-01-05', tom: '2026-01-05', grad: 50 }).success).toBe(true);
    expect(() => splitIntoCases([{ fom: '2026-01-05', tom: '2026-01-04' }])).toThrow(RangeError);
  });
});

describe('current week as NAV counts it (whole weeks of sick days)', () => {
  it.each([
    // day1, today, periods, weeks
    ['2028-01-10', '2028-01-16', undefined, 1], // 7 days, day 1 and today included
    ['2028-01-10', '2028-01-15', undefined, 0],
    ['2028-01-10', '2028-03-05', undefined, 8], // leap day counted
    ['2027-12-20', '2028-01-02', undefined, 2], // across new year
    ['2028-01-10', '2027-12-31', undefined, 0], // today before day 1
    ['2028-01-10', '2028-01-10', [], 0],
  ] as const)('day 1 %s, today %s, periods %j → %i whole weeks', (day1, today, periods, weeks) => {
    expect(countSickWeeks({ day1, today, periods })).toBe(weeks);
  });

  const merged: SykmeldingPeriod[] = [
    { fom: '2026-01-05', tom: '2026-01-20' },
    { fom: '2026-02-05', tom: '2026-03-31' },
  ];

  it('leaves out the days without sickness inside the case', () => {
    // 5 Jan – 18 Feb is 45 days; 15 of them are the gap: 30 sick days = 4 whole weeks.
    expect(countSickWeeks({ day1: '2026-01-05', today: '2026-02-18', periods: merged })).toBe(4);
  });

  it('stops at the case end and at a 16-day gap', () => {
    // Case ends 31 March: 16 + 55 = 71 sick days = 10 weeks, whatever today is.
    expect(countSickWeeks({ day1: '2026-01-05', today: '2027-06-01', periods: merged })).toBe(10);
    const split: SykmeldingPeriod[] = [
      { fom: '2026-01-05', tom: '2026-01-20' },
      { fom: '2026-02-06', tom: '2026-03-31' },
    ];
    expect(countSickWeeks({ day1: '2026-01-05', today: '2026-03-31', periods: split })).toBe(2);
    expect(countSickWeeks({ day1: '2026-02-06', today: '2026-03-31', periods: split })).toBe(7);
  });

  it('counts egenmelding days between day 1 and the first sykmelding', () => {
    const periods: SykmeldingPeriod[] = [{ fom: '2026-01-08', tom: '2026-02-28' }];
    expect(countSickWeeks({ day1: '2026-01-05', today: '2026-01-18', periods })).toBe(2);
  });
});

describe('purity', () => {
  it.each(['domain/dates.ts', 'domain/timeline.ts', 'domain/ics.ts'])('%s never reads the clock', (file) => {
    const source = readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8');
    expect(source).not.toMatch(/new Date\(\s*\)|Date\.now\(|performance\.now\(/);
    expect(source).not.toMatch(/from '\.\.\/content/);
  });
});

describe('dates a user or a file gives are bounded (issue 14.1)', () => {
  it('accepts 1900-01-01 … 2200-12-31 and nothing outside', async () => {
    const { isDateInRange, isoDateSchema, DATE_MIN, DATE_MAX } = await import('../../../domain/dates');
    expect([DATE_MIN, DATE_MAX]).toEqual(['1900-01-01', '2200-12-31']);
    for (const inside of ['1900-01-01', '2200-12-31', '2024-02-29']) {
      expect(isDateInRange(inside)).toBe(true);
      expect(isoDateSchema.safeParse(inside).success).toBe(true);
    }
    for (const outside of ['1899-12-31', '2201-01-01', '9999-12-31', '0001-01-01', '2026-02-30', 20261001, null]) {
      expect(isDateInRange(outside)).toBe(false);
      expect(isoDateSchema.safeParse(outside).success).toBe(false);
    }
  });

  it('formats a date of any year and never throws, whatever it is given', async () => {
    const { formatDateNb, addDays } = await import('../../../domain/dates');
    expect(formatDateNb(addDays('9999-12-31', 15))).toBe('15.01.10000');
    expect(formatDateNb('2200-12-31')).toBe('31.12.2200');
    expect(formatDateNb('i morgen')).toBe('i morgen');
    expect(formatDateNb(undefined as unknown as string)).toBe('undefined');
  });

  it('drafts no date from a note outside the range', async () => {
    const { findDate } = await import('../../../domain/draft');
    expect(findDate('Evaluering 31.12.9999')).toBeNull();
    expect(findDate('Evaluering 31.12.2200')).toBe('2200-12-31');
  });
});
