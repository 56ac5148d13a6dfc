import { type NormalizedText, normalizeForCheck } from './text-fold';

// Norwegian national identity numbers (fødselsnummer and its relatives): 11 digits, `ddmmyy` + a
// three-digit individual number + two mod-11 control digits (k1, k2).
//
// The encodings recognised (a number is one of these, decided by the first and third digit):
// - fødselsnummer: the birth date as it is;
// - D-nummer: day + 40 (first digit 4–7), for people without a fødselsnummer;
// - H-nummer: month + 40 (third digit 4–5), auxiliary numbers given by health services. NAV's own
//   synthetic test numbers (Dolly) use the same month + 40 and cannot be told apart: both are 'hnr';
// - synthetic test numbers from Skatteetaten's Tenor: month + 80 (third digit 8–9), also on D-numbers;
//   a D-number with month + 40 only exists as NAV test data, so it is 'testnr' too.
//
// Control digits: k1 with weights 3 7 6 1 8 9 4 5 2, k2 with weights 5 4 3 2 7 6 5 4 3 2 (over the
// first ten digits). Written as sums that include the control digit itself (weight 1), a number is
// valid when sum2 mod 11 is 0 and sum1 mod 11 is 0. From 1 January 2032 Folkeregisteret also issues
// numbers whose sum1 mod 11 is 1, 2 or 3 (Skatteetaten, "Nye fødselsnummer og d-nummer fra 2032");
// the guard accepts both by default, as NAV's own validator does, because missing a real number is
// worse than one more question before copying.
//
// The century is not checked (individual-number ranges are not needed to reject), but the date must
// exist: 29 February is accepted when the two-digit year is divisible by 4 (2000 was a leap year).
//
// Numbers are found as people write them (issue 14): 11 digits, or 6 + 5, 6 + 3 + 2, 2 + 2 + 2 + 5 or
// 2 + 2 + 2 + 3 + 2 digit groups (DDMMYY NNNNN, DDMMYY NNN NN, DD.MM.YY NNNNN …), each gap one to
// three separators (spaces, a tab, a line break, a dash, a dot, an underscore), in text normalised
// first (full-width digits, zero-width spaces and soft hyphens: domain/text-fold.ts). The date and
// the two control digits keep false hits rare: about 0.7 % of random 11-digit strings pass.

/** The kinds of national identity number the guard recognises. */
export const NATIONAL_ID_KINDS = ['fnr', 'dnr', 'hnr', 'testnr'] as const;

/** A kind of national identity number: fødselsnummer, D-nummer, H-nummer (or NAV test number), Tenor test number. */
export type NationalIdKind = (typeof NATIONAL_ID_KINDS)[number];

/** Which first-control-digit rule to accept: today's only, or today's plus the one used from 2032. */
export type ControlDigitRule = 'classic' | 'from2032';

/** Options for validating and finding national identity numbers. */
export interface NationalIdOptions {
  /** Default `'from2032'`: accept numbers issued under both control-digit rules. */
  readonly controlDigitRule?: ControlDigitRule;
}

/** Why a string is not a national identity number, or which kind it is. */
export type NationalIdCheck =
  | { readonly valid: true; readonly kind: NationalIdKind }
  | { readonly valid: false; readonly problem: 'format' | 'date' | 'control' };

/** A national identity number found in a text: where it is and which kind. */
export interface NationalIdMatch {
  readonly kind: NationalIdKind;
  /** Index of the first digit in the text as written. */
  readonly index: number;
  /** Characters covered in the text as written, separators and invisible characters included. */
  readonly length: number;
  /** The eleven digits, without separators. */
  readonly digits: string;
}

const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2] as const;
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;
const ZERO = 48;

function digitAt(digits: string, position: number): number {
  return digits.charCodeAt(position) - ZERO;
}

function isDigitCode(code: number): boolean {
  return code >= ZERO && code <= ZERO + 9;
}

function isElevenDigits(value: string): boolean {
  if (value.length !== 11) return false;
  for (let i = 0; i < 11; i++) if (!isDigitCode(value.charCodeAt(i))) return false;
  return true;
}

function weightedSum(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (weights[i] ?? 0) * digitAt(digits, i);
  return sum;
}

function daysInMonth(month: number, twoDigitYear: number): number {
  if (month === 2) return twoDigitYear % 4 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Kind from the first and third digit, or null when no encoding fits. */
function kindOf(digits: string): { kind: NationalIdKind; dayOffset: number; monthOffset: number } | null {
  const first = digitAt(digits, 0);
  const third = digitAt(digits, 2);
  const dayOffset = first <= 3 ? 0 : first <= 7 ? 40 : -1;
  const monthOffset = third <= 1 ? 0 : third === 4 || third === 5 ? 40 : third >= 8 ? 80 : -1;
  if (dayOffset < 0 || monthOffset < 0) return null;
  if (monthOffset === 80) return { kind: 'testnr', dayOffset, monthOffset };
  if (monthOffset === 40) return { kind: dayOffset === 40 ? 'testnr' : 'hnr', dayOffset, monthOffset };
  return { kind: dayOffset === 40 ? 'dnr' : 'fnr', dayOffset, monthOffset };
}

function hasValidControlDigits(digits: string, rule: ControlDigitRule): boolean {
  const rest1 = (weightedSum(digits, K1_WEIGHTS) + digitAt(digits, 9)) % 11;
  if (rule === 'classic' ? rest1 !== 0 : rest1 > 3) return false;
  return (weightedSum(digits, K2_WEIGHTS) + digitAt(digits, 10)) % 11 === 0;
}

/** Checks an 11-digit string: its kind, or whether the format, the date or the control digits fail. */
export function checkNationalId(digits: string, options: NationalIdOptions = {}): NationalIdCheck {
  if (!isElevenDigits(digits)) return { valid: false, problem: 'format' };
  const decoded = kindOf(digits);
  if (!decoded) return { valid: false, problem: 'date' };
  const day = digitAt(digits, 0) * 10 + digitAt(digits, 1) - decoded.dayOffset;
  const month = digitAt(digits, 2) * 10 + digitAt(digits, 3) - decoded.monthOffset;
  const year = digitAt(digits, 4) * 10 + digitAt(digits, 5);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(month, year)) return { valid: false, problem: 'date' };
  if (!hasValidControlDigits(digits, options.controlDigitRule ?? 'from2032'))
    return { valid: false, problem: 'control' };
  return { valid: true, kind: decoded.kind };
}

/** True when the string is exactly 11 digits forming a valid national identity number of any kind. */
export function isNationalId(digits: string, options: NationalIdOptions = {}): boolean {
  return checkNationalId(digits, options).valid;
}

/** The two control digits for nine leading digits, where `rest1` 0 is today's rule and 1–3 the 2032 rule; null when none exist. */
export function computeControlDigits(nineDigits: string, rest1 = 0): string | null {
  if (!/^\d{9}$/.test(nineDigits)) return null;
  const k1 = (((rest1 - weightedSum(nineDigits, K1_WEIGHTS)) % 11) + 11) % 11;
  if (k1 === 10) return null;
  const k2 = (11 - (weightedSum(`${nineDigits}${k1}`, K2_WEIGHTS) % 11)) % 11;
  if (k2 === 10) return null;
  return `${k1}${k2}`;
}

/** What may stand between the groups of a number: white space, dashes, a dot, an underscore. */
const GROUP_SEPARATOR = /[\s._\u2010-\u2015\u2212-]/;

/** At most this many separators between two groups of one number. */
const MAX_GAP = 3;
/** The ways of writing a number, as the lengths of its digit groups. */
const WAYS: readonly (readonly number[])[] = [[11], [6, 5], [6, 3, 2], [2, 2, 2, 5], [2, 2, 2, 3, 2]];

/**
 * Calls `found` with the 11 digits and the span of every run of digit groups in `text` (normalised
 * already) written one of the ways a number is written, valid or not; a group belongs to the first way
 * it fits. Runs of digits are whole: never part of a longer run. Linear in the text length.
 */
export function scanNationalIdShapes(text: string, found: (digits: string, start: number, end: number) => void): void {
  // The current chain of groups, each a short gap of separators after the one before; matched against
  // the ways of writing when it breaks. The slots are reused (`count` of them hold the chain).
  const starts: number[] = [];
  const ends: number[] = [];
  let count = 0;
  const length = (k: number): number => (k < count ? (ends[k] ?? 0) - (starts[k] ?? 0) : 0);
  const flush = (): void => {
    for (let k = 0; k < count; ) {
      let way: readonly number[] | undefined;
      for (const groups of WAYS) {
        let m = 0;
        while (m < groups.length && length(k + m) === groups[m]) m++;
        if (m === groups.length) {
          way = groups;
          break;
        }
      }
      if (!way) {
        k++;
        continue;
      }
      let digits = '';
      for (let m = 0; m < way.length; m++) digits += text.slice(starts[k + m], ends[k + m]);
      found(digits, starts[k] ?? 0, ends[k + way.length - 1] ?? 0);
      k += way.length;
    }
    count = 0;
  };
  const n = text.length;
  for (let i = 0; i < n; ) {
    if (!isDigitCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isDigitCode(text.charCodeAt(i))) i++;
    // An integer sentinel (not -Infinity) keeps `last` a small integer for the engine.
    const last = count > 0 ? (ends[count - 1] ?? 0) : -MAX_GAP - 1;
    let near = start - last <= MAX_GAP;
    for (let j = last; near && j < start; j++) near = GROUP_SEPARATOR.test(text.charAt(j));
    if (!near) flush();
    starts[count] = start;
    ends[count] = i;
    count++;
  }
  flush();
}

/** Finds valid national identity numbers in text already normalised, with spans in the text as written. */
export function findNationalIdsIn(normal: NormalizedText, options: NationalIdOptions = {}): NationalIdMatch[] {
  const found: NationalIdMatch[] = [];
  scanNationalIdShapes(normal.text, (digits, start, end) => {
    const check = checkNationalId(digits, options);
    if (!check.valid) return;
    const span = normal.toWritten(start, end);
    found.push({ kind: check.kind, index: span.start, length: span.end - span.start, digits });
  });
  return found;
}

/**
 * Finds national identity numbers in a text, in order, however they are written (see the top of
 * this module), never as part of a longer run of digits. Linear in the text length.
 */
export function findNationalIds(text: string, options: NationalIdOptions = {}): NationalIdMatch[] {
  return findNationalIdsIn(normalizeForCheck(text), options);
}

/** Makes a synthetic valid number of a kind from a random source in [0, 1), for tests, fixtures and measurements. */
export function createSyntheticNationalId(
  kind: NationalIdKind,
  random: () => number,
  options: NationalIdOptions = {},
): string {
  const pick = (count: number): number => Math.min(count - 1, Math.floor(random() * count));
  const two = (value: number): string => String(value).padStart(2, '0');
  for (;;) {
    const year = pick(100);
    const month = 1 + pick(12);
    const day = 1 + pick(daysInMonth(month, year));
    // 'testnr' alternates between Tenor numbers (month + 80, some on D-numbers) and NAV's D-numbers with month + 40.
    const tenor = kind === 'testnr' && pick(3) > 0;
    const dayOffset = kind === 'dnr' || (kind === 'testnr' && (!tenor || pick(2) === 1)) ? 40 : 0;
    const monthOffset = kind === 'hnr' || (kind === 'testnr' && !tenor) ? 40 : kind === 'testnr' ? 80 : 0;
    const nine = `${two(day + dayOffset)}${two(month + monthOffset)}${two(year)}${String(pick(1000)).padStart(3, '0')}`;
    const rest1 = (options.controlDigitRule ?? 'from2032') === 'classic' ? 0 : pick(4);
    const control = computeControlDigits(nine, rest1);
    if (control) return nine + control;
  }
}

/** True when a case label looks like it holds a national ID number (11 digits, with or without a space). */
export function labelLooksLikeNationalId(label: string): boolean {
  return findNationalIds(label).length > 0 || /(?<!\d)\d{6}\s?\d{5}(?!\d)/.test(label);
}
