import { findNationalIdsIn, type NationalIdKind } from './national-id';
import * as s from './shape';
import { normalizeForCheck } from './text-fold';

// The privacy guard runs before a field is copied. An employer has no right to diagnoses or other
// medical details, and the employee has no duty to give them (ia-funksjonsvurdering, "Plikter og
// rettigheter"); what the employer needs is what the employee can and cannot do. Text for NAV only
// is checked for national identity numbers only: NAV may read medical details, but a number in free
// text is never needed there. The guard only asks: the user may still copy ("Kopier likevel").
//
// The text is normalised first (domain/text-fold.ts: NFC, full-width digits, invisible characters,
// line-break hyphens), so a number or word written oddly is still found; findings point into the text
// as written. Everything here is a few passes over the text with bounded look-around (no backtracking
// regular expressions), so 1 MB of notes is checked in linear time.

/** The kinds of medical word in the list: diagnoses, symptoms, treatments, medicines and other health facts. */
export const MEDICAL_WORD_CATEGORIES = ['diagnose', 'symptom', 'behandling', 'legemiddel', 'helse'] as const;

/** How a listed word is matched against a word of the text (always whole words, case-insensitive). */
const MEDICAL_WORD_MATCHES = ['word', 'prefix', 'part'] as const;

// Terms are lowercase letters (and digits), no spaces or hyphens: the text is split into words at
// everything else, so "ADHD-medisin" is the words "adhd" and "medisin".
const termSchema = s.string({ pattern: /^[\p{Ll}\p{N}]{2,}$/u });

/** One entry of the medical word list (`content/medical-words.ts`). */
export const medicalWordSchema = s.object({
  /** The base form, lowercase. */
  word: termSchema,
  /** Other forms matched the same way as `word` (inflections, nynorsk, brand names). */
  forms: s.optional(s.array(termSchema)),
  category: s.oneOf(MEDICAL_WORD_CATEGORIES),
  /**
   * `word` (default): the text's word equals a form. `prefix`: it starts with one (inflections and
   * compounds that begin with the term: "kreftsyk"). `part`: it contains one anywhere ("brystkreft").
   */
  match: s.optional(s.oneOf(MEDICAL_WORD_MATCHES)),
  /**
   * Words containing one of these are not matched by this entry (e.g. "fangst" for "angst"); a word
   * joined to its neighbours by hyphens is read whole ("ADHD-vennlig" is "adhdvennlig").
   */
  except: s.optional(s.array(termSchema)),
  /** Not matched when one of the next four words starts with one of these ("diagnose av serveren"). */
  exceptBefore: s.optional(s.array(termSchema)),
  /** Matched only when the next word starts with one of these; the finding covers both ("psykiske plager"). */
  followedBy: s.optional(s.array(termSchema)),
});

/** One entry of the medical word list. */
export type MedicalWord = s.Infer<typeof medicalWordSchema>;

/** A category of medical word. */
export type MedicalWordCategory = (typeof MEDICAL_WORD_CATEGORIES)[number];

/** Who will read the text: the employer (strictest check) or NAV only. */
export type PrivacyAudience = 'arbeidsgiver' | 'nav';

/** What a finding is: a national identity number, a diagnosis code or a medical word. */
export type PrivacyFindingKind = 'nationalId' | 'diagnosisCode' | 'medicalWord';

/** How a diagnosis code was read: ICPC-2 or ICD-10 (letter and two digits), or ICD-10 only. */
export type DiagnosisCodeSystem = 'icpc-2-or-icd-10' | 'icd-10';

/**
 * Why a finding should not be sent, as a code with its data (the UI says it in the user's language,
 * `draft.privacy.<code>.…`): which kind of ID number and who reads it, which code system, which kind
 * of medical word.
 */
export type PrivacyReason =
  | { readonly code: 'national-id'; readonly id: NationalIdKind; readonly audience: PrivacyAudience }
  | { readonly code: 'diagnosis-code'; readonly system: DiagnosisCodeSystem }
  | { readonly code: 'medical-word'; readonly category: MedicalWordCategory };

/** Something in the text the reader should not see, where it is, and why. */
export interface PrivacyFinding {
  readonly kind: PrivacyFindingKind;
  /** Index of the first character. */
  readonly start: number;
  /** Index after the last character. */
  readonly end: number;
  /** The text found, as written. */
  readonly match: string;
  /** Why it should not be there. */
  readonly reason: PrivacyReason;
}

/** What the check needs: who will read the text, and the medical word list. */
export interface CheckTextOptions {
  readonly audience: PrivacyAudience;
  readonly words: readonly MedicalWord[];
}

interface IndexedTerm {
  readonly term: string;
  readonly entry: MedicalWord;
}

interface CompiledWords {
  readonly exact: Map<string, MedicalWord>;
  /** Prefix terms by their first two letters (terms have at least two), longest first. */
  readonly prefixes: Map<number, IndexedTerm[]>;
  /** Part terms by their first two letters, longest first. */
  readonly parts: Map<number, IndexedTerm[]>;
}

/** Two UTF-16 code units as one number: the index key of a term, found without slicing the word. */
function keyAt(word: string, at: number): number {
  return word.charCodeAt(at) * 0x10000 + word.charCodeAt(at + 1);
}

const compiledCache = new WeakMap<readonly MedicalWord[], CompiledWords>();

function addIndexed(index: Map<number, IndexedTerm[]>, indexed: IndexedTerm): void {
  const key = keyAt(indexed.term, 0);
  const list = index.get(key) ?? [];
  list.push(indexed);
  list.sort((a, b) => b.term.length - a.term.length);
  index.set(key, list);
}

function compileWords(words: readonly MedicalWord[]): CompiledWords {
  const cached = compiledCache.get(words);
  if (cached) return cached;
  const compiled: CompiledWords = { exact: new Map(), prefixes: new Map(), parts: new Map() };
  for (const entry of words) {
    const match = entry.match ?? 'word';
    for (const raw of [entry.word, ...(entry.forms ?? [])]) {
      const term = raw.toLowerCase();
      if (match === 'word') {
        if (!compiled.exact.has(term)) compiled.exact.set(term, entry);
      } else {
        addIndexed(match === 'prefix' ? compiled.prefixes : compiled.parts, { term, entry });
      }
    }
  }
  compiledCache.set(words, compiled);
  return compiled;
}

function isExcepted(whole: string, entry: MedicalWord): boolean {
  return entry.except?.some((exception) => whole.includes(exception)) ?? false;
}

/**
 * The entry a word of the text matches: exact form first, then the longest prefix, then the longest
 * part. `whole` is the word with the words hyphenated to it, for the exceptions.
 */
function lookUpWord(word: string, whole: string, compiled: CompiledWords): MedicalWord | undefined {
  const exact = compiled.exact.get(word);
  if (exact) return exact;
  if (word.length < 2) return undefined;
  for (const { term, entry } of compiled.prefixes.get(keyAt(word, 0)) ?? []) {
    if (word.startsWith(term) && !isExcepted(whole, entry)) return entry;
  }
  let best: IndexedTerm | undefined;
  for (let at = 0; at + 2 <= word.length; at++) {
    const candidates = compiled.parts.get(keyAt(word, at));
    if (!candidates) continue;
    for (const candidate of candidates) {
      if (best && best.term.length >= candidate.term.length) break;
      if (word.startsWith(candidate.term, at) && !isExcepted(whole, candidate.entry)) best = candidate;
    }
  }
  return best?.entry;
}

// A code counts when its decimal part says it is one (F32.1, f32.1, F32,1), near a word that says so
// (diagnose, kode, ICPC-2: five words before, three after), or, for a code shaped like ICPC-2 or an
// ICD-10 code without its dot (P76, F321), right after the words a sick leave is told with
// (sykmeldt, pga, grunnet, for). Never after a word naming another kind of code (versjon F32.1,
// rom A12), nor as the first part of a compound (F35-prosjektet, T12-bilen) unless a code word is near.
const CONTEXT_WORDS = new Set(['kode', 'koden', 'koder', 'kodene', 'dx', 'diag', 'diagnosis']);
const CONTEXT_BEFORE = 5;
const CONTEXT_AFTER = 3;
/** A code this close after a counted code counts too: lists such as "P76, L03 og R96". */
const CHAIN_GAP = 2;
/** Words right before a code that give the reason for a sick leave. */
const REASON_WORDS = new Set(['for', 'pga', 'grunnet', 'grunna', 'årsak', 'arsak']);
/** Words between a sick-leave word and its code: "sykmeldt med P76". */
const LINK_WORDS = new Set(['med', 'for', 'pga', 'grunnet', 'grunna', 'av', 'etter', 'på', 'pa']);
/** Words that name other things written like codes: versions, rooms, tables, vehicles. */
const NOT_CODE_WORDS = new Set([
  'versjon',
  'versjonen',
  'ver',
  'v',
  'utgave',
  'utgaven',
  'release',
  'rev',
  'revisjon',
  'modell',
  'modellen',
  'tabell',
  'tabellen',
  'figur',
  'fig',
  'kapittel',
  'kap',
  'punkt',
  'pkt',
  'avsnitt',
  'paragraf',
  'rom',
  'rommet',
  'møterom',
  'bygg',
  'bygget',
  'seksjon',
  'side',
  'vedlegg',
  'nr',
  'skjema',
  'linje',
  'plass',
  'maskin',
  'truck',
  'sone',
  'artikkel',
  'standard',
  'rapport',
]);
/** ICPC-2's chapter letters. ICD-10 uses every letter, so the letter only decides the wording. */
const ICPC_CHAPTERS = new Set('abdfhklnprstuwxyz');
function codeReason(shape: number, lower: string): PrivacyReason {
  const icpc = shape === 3 && ICPC_CHAPTERS.has(lower.charAt(0));
  return { code: 'diagnosis-code', system: icpc ? 'icpc-2-or-icd-10' : 'icd-10' };
}

/** Words this many tokens after a medical word are looked at for `exceptBefore`. */
const EXCEPT_BEFORE_WORDS = 4;

function isContextWord(lower: string): boolean {
  return CONTEXT_WORDS.has(lower) || lower.startsWith('icpc') || lower.startsWith('icd');
}

function isSickLeaveWord(lower: string): boolean {
  return /^(syke?|sjuke?)meld/.test(lower);
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/** Word characters outside ASCII by UTF-16 unit: 0 not looked up yet, 1 a word character, 2 not. */
const wordCharCache = new Uint8Array(0x10000);

/** The number of code units of the word character at `at` (a letter, mark or digit), or 0. */
function wordCharLength(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 0x80) return (code | 32) >= 97 && (code | 32) <= 122 ? 1 : code >= 48 && code <= 57 ? 1 : 0;
  if (code >= 0xd800 && code <= 0xdbff) return WORD_CHAR.test(text.slice(at, at + 2)) ? 2 : 0;
  let known = wordCharCache[code];
  if (!known) {
    known = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    wordCharCache[code] = known;
  }
  return known === 1 ? 1 : 0;
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;
const isHyphen = (code: number): boolean => code === 45 || code === 0x2010 || code === 0x2011;

/** The words of a text (runs of letters, marks and digits), a code's decimal part kept with it. */
interface Tokens {
  readonly start: number[];
  readonly end: number[];
  readonly lower: string[];
  /** 3: letter + two digits, 4: letter + three digits, 5: letter + two digits + decimal part; 0: no code. */
  readonly code: number[];
}

function tokenize(text: string): Tokens {
  const tokens: Tokens = { start: [], end: [], lower: [], code: [] };
  const n = text.length;
  for (let i = 0; i < n; ) {
    let unit = wordCharLength(text, i);
    if (unit === 0) {
      i++;
      continue;
    }
    const start = i;
    while (unit > 0) {
      i += unit;
      unit = i < n ? wordCharLength(text, i) : 0;
    }
    const lower = text.slice(start, i).toLowerCase();
    let code = 0;
    if ((lower.length === 3 || lower.length === 4) && /^[a-z]\d\d\d?$/.test(lower)) {
      code = lower.length;
      const mark = text.charCodeAt(i);
      if (code === 3 && (mark === 46 || mark === 44) && isDigit(text.charCodeAt(i + 1))) {
        // An ICD-10 decimal part: one or two digits, not followed by more letters or digits.
        const decimals = isDigit(text.charCodeAt(i + 2)) ? 2 : 1;
        if (i + 1 + decimals >= n || wordCharLength(text, i + 1 + decimals) === 0) {
          i += 1 + decimals;
          code = 5;
        }
      }
    }
    tokens.start.push(start);
    tokens.end.push(i);
    tokens.lower.push(lower);
    tokens.code.push(code);
  }
  return tokens;
}

/** Checks text before it is copied: national ID numbers always; diagnosis codes and medical words when the employer reads it. */
export function checkText(text: string, options: CheckTextOptions): PrivacyFinding[] {
  const normal = normalizeForCheck(text);
  const findings: PrivacyFinding[] = findNationalIdsIn(normal).map((id) => ({
    kind: 'nationalId',
    start: id.index,
    end: id.index + id.length,
    match: text.slice(id.index, id.index + id.length),
    reason: { code: 'national-id', id: id.kind, audience: options.audience },
  }));
  if (options.audience === 'arbeidsgiver') {
    for (const found of findMedicalWordsAndCodes(normal.text, compileWords(options.words))) {
      const { start, end } = normal.toWritten(found.start, found.end);
      findings.push({ kind: found.kind, start, end, match: text.slice(start, end), reason: found.reason });
    }
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}

type Found = Pick<PrivacyFinding, 'kind' | 'start' | 'end' | 'reason'>;

function findMedicalWordsAndCodes(text: string, compiled: CompiledWords): Found[] {
  const found: Found[] = [];
  const { start, end, lower, code } = tokenize(text);
  const count = lower.length;
  const hyphenated = (k: number): boolean =>
    k + 1 < count && (start[k + 1] ?? 0) === (end[k] ?? 0) + 1 && isHyphen(text.charCodeAt(end[k] ?? 0));
  /** Token k + 1 follows token k across white space only (one to three characters). */
  const spaced = (k: number): boolean => {
    const from = end[k] ?? 0;
    const to = start[k + 1] ?? 0;
    if (k + 1 >= count || to - from > 3) return false;
    for (let i = from; i < to; i++) if (!/\s/.test(text.charAt(i))) return false;
    return true;
  };
  const contextTokens: number[] = [];
  for (let k = 0; k < count; k++) {
    const word = lower[k] ?? '';
    if (code[k]) continue;
    if (isContextWord(word)) contextTokens.push(k);
    const joinedBefore = k > 0 && hyphenated(k - 1);
    const joinedAfter = hyphenated(k);
    const whole =
      joinedBefore || joinedAfter
        ? `${joinedBefore ? lower[k - 1] : ''}${word}${joinedAfter ? lower[k + 1] : ''}`
        : word;
    const entry = lookUpWord(word, whole, compiled);
    if (!entry) continue;
    let last = k;
    if (entry.followedBy) {
      const next = lower[k + 1] ?? '';
      if (!spaced(k) || !entry.followedBy.some((term) => next.startsWith(term))) continue;
      last = k + 1;
    }
    if (entry.exceptBefore) {
      const terms = entry.exceptBefore;
      let near = false;
      for (let j = k + 1; j <= k + EXCEPT_BEFORE_WORDS && j < count && !near; j++) {
        near = terms.some((term) => (lower[j] ?? '').startsWith(term));
      }
      if (near) continue;
    }
    // A diagnosis word the text keeps is also a code's context ("Diagnose: P76").
    if (word.includes('diagnos') && contextTokens[contextTokens.length - 1] !== k) contextTokens.push(k);
    found.push({
      kind: 'medicalWord',
      start: start[k] ?? 0,
      end: end[last] ?? 0,
      reason: { code: 'medical-word', category: entry.category },
    });
    k = last;
  }
  // Context tokens and codes are both in token order: one moving pointer keeps this linear.
  let nextContext = 0;
  let lastCounted = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < count; k++) {
    const shape = code[k] ?? 0;
    if (!shape) continue;
    while (nextContext < contextTokens.length && (contextTokens[nextContext] ?? 0) < k - CONTEXT_BEFORE) nextContext++;
    const near = contextTokens[nextContext];
    const inContext = near !== undefined && near <= k + CONTEXT_AFTER;
    const before = lower[k - 1] ?? '';
    const beforeThat = lower[k - 2] ?? '';
    if (NOT_CODE_WORDS.has(before) || NOT_CODE_WORDS.has(beforeThat)) continue;
    const word = lower[k] ?? '';
    const compound = shape !== 5 && hyphenated(k) && /\p{L}/u.test(text.charAt((end[k] ?? 0) + 1));
    const icpcShaped = shape === 3 && ICPC_CHAPTERS.has(word.charAt(0));
    const afterReason =
      REASON_WORDS.has(before) ||
      isSickLeaveWord(before) ||
      (LINK_WORDS.has(before) && isSickLeaveWord(beforeThat)) ||
      (before === 'a' && beforeThat === 'g' && lower[k - 3] === 'p');
    const reasoned = (icpcShaped || shape === 4) && !compound && afterReason;
    if (shape === 5 || inContext || reasoned || (!compound && k - lastCounted <= CHAIN_GAP)) {
      lastCounted = k;
      found.push({
        kind: 'diagnosisCode',
        start: start[k] ?? 0,
        end: end[k] ?? 0,
        reason: codeReason(shape, word),
      });
    }
  }
  return found;
}
