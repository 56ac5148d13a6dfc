import * as s from './shape';

// Calendar dates as the panel keeps them: plain ISO strings 'YYYY-MM-DD'; day arithmetic is done on
// whole days counted from a fixed epoch with integer civil-calendar maths, so no time zone or
// daylight-saving shift can move a date. `today` is always a parameter: nothing here reads the clock.
// Small on purpose: the panel's first view and its case store load it; the timeline's engine
// (domain/timeline.ts) is loaded later.

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when the value is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

// Days since 1970-01-01 from a civil date and back (H. Hinnant's days_from_civil / civil_from_days).
function toDayNumber(date: IsoDate): number {
  if (!isIsoDate(date)) throw new RangeError(`Not a date (YYYY-MM-DD): ${String(date)}`);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function fromDayNumber(dayNumber: number): IsoDate {
  const z0 = dayNumber + 719468;
  const era = Math.floor(z0 / 146097);
  const dayOfEra = z0 - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The date `days` calendar days after (or, when negative, before) `date`. */
export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`Not a whole number of days: ${days}`);
  return fromDayNumber(toDayNumber(date) + days);
}

/** Calendar days from `earlier` to `later` (negative when `later` comes first). */
export function diffDays(later: IsoDate, earlier: IsoDate): number {
  return toDayNumber(later) - toDayNumber(earlier);
}

/** The earliest date a user or a file may give (first sick day, maksdato, periods, answers, evaluation date). */
export const DATE_MIN: IsoDate = '1900-01-01';

/** The latest date a user or a file may give; milestones computed from it may fall later and still format. */
export const DATE_MAX: IsoDate = '2200-12-31';

/** True when the value is a real calendar date between DATE_MIN and DATE_MAX (inclusive). */
export function isDateInRange(value: unknown): value is IsoDate {
  return isIsoDate(value) && value >= DATE_MIN && value <= DATE_MAX;
}

const ANY_YEAR_DATE = /^(\d{4,})-(\d{2})-(\d{2})$/;

/** A date as Norwegians write it, `dd.mm.yyyy`; never throws (anything that is not a date is returned as it is). */
export function formatDateNb(date: IsoDate): string {
  const match = typeof date === 'string' ? ANY_YEAR_DATE.exec(date) : null;
  if (!match) return String(date);
  return `${match[3]}.${match[2]}.${match[1]}`;
}

/** A calendar date a user or a file gives: `YYYY-MM-DD`, a day that exists, between DATE_MIN and DATE_MAX. */
export const isoDateSchema = s.refine(
  s.string(),
  isDateInRange,
  `Dato må være en gyldig dato (ÅÅÅÅ-MM-DD) mellom ${DATE_MIN} og ${DATE_MAX}`,
);

// ---------------------------------------------------------------------------------------------
// Weeks of a case

/** Last day of week `week` of the case ("innen uke N" = day 1 + 7·N − 1; NAV's formula for week 8). */
export function endOfCaseWeek(day1: IsoDate, week: number): IsoDate {
  return addDays(day1, 7 * week - 1);
}

/** The week of the case a date falls in: day 1–7 is week 1 (0 or less before day 1). */
export function caseWeekOf(day1: IsoDate, date: IsoDate): number {
  return Math.floor(diffDays(date, day1) / 7) + 1;
}
