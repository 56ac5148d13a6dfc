import { z } from 'zod/mini';
import { findNationalIds, type NationalIdKind } from './national-id';

// The privacy guard runs before a field is copied. An employer has no right to diagnoses or other
// medical details, and the employee has no duty to give them (ia-funksjonsvurdering, "Plikter og
// rettigheter"); what the employer needs is what the employee can and cannot do. Text for NAV only
// is checked for national identity numbers only: NAV may read medical details, but a number in free
// text is never needed there. The guard only asks: the user may still copy ("Kopier likevel").
//
// Everything here is a single pass over the text with bounded look-around (no backtracking regular
// expressions), so 1 MB of notes is checked in linear time.

/** The kinds of medical word in the list: diagnoses, symptoms, treatments, medicines and other health facts. */
export const MEDICAL_WORD_CATEGORIES = ['diagnose', 'symptom', 'behandling', 'legemiddel', 'helse'] as const;

/** How a listed word is matched against a word of the text (always whole words, case-insensitive). */
export const MEDICAL_WORD_MATCHES = ['word', 'prefix', 'part'] as const;

// Terms are lowercase letters (and digits), no spaces or hyphens: the text is split into words at
// everything else, so "ADHD-medisin" is the words "adhd" and "medisin".
const termSchema = z.string().check(z.regex(/^[\p{Ll}\p{N}]{2,}$/u));

/** One entry of the medical word list (`content/medical-words.ts`). */
export const medicalWordSchema = z.strictObject({
  /** The base form, lowercase. */
  word: termSchema,
  /** Other forms matched the same way as `word` (inflections, nynorsk, brand names). */
  forms: z.optional(z.array(termSchema)),
  category: z.enum(MEDICAL_WORD_CATEGORIES),
  /**
   * `word` (default): the text's word equals a form. `prefix`: it starts with one (inflections and
   * compounds that begin with the term: "kreftsyk"). `part`: it contains one anywhere ("brystkreft").
   */
  match: z.optional(z.enum(MEDICAL_WORD_MATCHES)),
  /** Words containing one of these are not matched by this entry (e.g. "fangst" for "angst"). */
  except: z.optional(z.array(termSchema)),
});

/** One entry of the medical word list. */
export type MedicalWord = z.infer<typeof medicalWordSchema>;

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

// ICPC-2's chapter letters. ICD-10 uses every letter, so the letter only decides the wording.
const ICPC_CHAPTERS = new Set('ABDFHKLNPRSTUWXYZ');

function codeReason(code: string): PrivacyReason {
  const icpc = /^[A-Za-z]\d\d$/.test(code) && ICPC_CHAPTERS.has(code.charAt(0).toUpperCase());
  return { code: 'diagnosis-code', system: icpc ? 'icpc-2-or-icd-10' : 'icd-10' };
}

interface IndexedTerm {
  readonly term: string;
  readonly entry: MedicalWord;
}

/** Prefix and part terms are found through their first two letters (terms have at least two), so a word costs a few map look-ups. */
const KEY_LENGTH = 2;

interface CompiledWords {
  readonly exact: Map<string, MedicalWord>;
  /** Prefix terms by their first letters, longest first. */
  readonly prefixes: Map<string, IndexedTerm[]>;
  /** Part terms by their first letters, longest first. */
  readonly parts: Map<string, IndexedTerm[]>;
}

const compiledCache = new WeakMap<readonly MedicalWord[], CompiledWords>();

function addIndexed(index: Map<string, IndexedTerm[]>, indexed: IndexedTerm): void {
  const key = indexed.term.slice(0, KEY_LENGTH);
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

function isExcepted(word: string, entry: MedicalWord): boolean {
  return entry.except?.some((exception) => word.includes(exception)) ?? false;
}

/** The entry a word of the text matches: exact form first, then the longest prefix, then the longest part. */
function lookUpWord(word: string, compiled: CompiledWords): MedicalWord | undefined {
  const exact = compiled.exact.get(word);
  if (exact) return exact;
  for (const { term, entry } of compiled.prefixes.get(word.slice(0, KEY_LENGTH)) ?? []) {
    if (word.startsWith(term) && !isExcepted(word, entry)) return entry;
  }
  let best: IndexedTerm | undefined;
  for (let at = 0; at + KEY_LENGTH <= word.length; at++) {
    for (const candidate of compiled.parts.get(word.slice(at, at + KEY_LENGTH)) ?? []) {
      if (best && best.term.length >= candidate.term.length) break;
      if (word.startsWith(candidate.term, at) && !isExcepted(word, candidate.entry)) best = candidate;
    }
  }
  return best?.entry;
}

// A code counts only near a word that says it is one, unless it is an ICD-10 code with a decimal part.
const CONTEXT_WORDS = new Set(['kode', 'koden', 'koder', 'kodene', 'dx', 'diag', 'diagnosis']);
const CONTEXT_BEFORE = 5;
const CONTEXT_AFTER = 3;
/** A code this close after a counted code counts too: lists such as "P76, L03 og R96". */
const CHAIN_GAP = 2;

function isContextWord(lower: string): boolean {
  return CONTEXT_WORDS.has(lower) || lower.includes('diagnos') || lower.startsWith('icpc') || lower.startsWith('icd');
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/** ICPC-2 (letter + two digits) or ICD-10 written without the dot (letter + three digits). */
const CODE = /^[A-Za-z]\d\d\d?$/;
const TWO_DIGIT_CODE = /^[A-Za-z]\d\d$/;
/** An ICD-10 decimal part right after a two-digit code, not followed by more letters or digits. */
const DECIMAL = /\.\d{1,2}(?![\p{L}\p{M}\p{N}])/uy;

interface CodeCandidate {
  readonly token: number;
  readonly start: number;
  readonly end: number;
  readonly sure: boolean;
}

/** Checks text before it is copied: national ID numbers always; diagnosis codes and medical words when the employer reads it. */
export function checkText(text: string, options: CheckTextOptions): PrivacyFinding[] {
  const findings: PrivacyFinding[] = findNationalIds(text).map((id) => ({
    kind: 'nationalId',
    start: id.index,
    end: id.index + id.length,
    match: text.slice(id.index, id.index + id.length),
    reason: { code: 'national-id', id: id.kind, audience: options.audience },
  }));
  if (options.audience === 'arbeidsgiver') {
    findings.push(...findMedicalWordsAndCodes(text, compileWords(options.words)));
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}

function findMedicalWordsAndCodes(text: string, compiled: CompiledWords): PrivacyFinding[] {
  const findings: PrivacyFinding[] = [];
  const contextTokens: number[] = [];
  const candidates: CodeCandidate[] = [];
  const word = new RegExp(WORD.source, WORD.flags);
  const decimal = new RegExp(DECIMAL.source, DECIMAL.flags);
  let token = 0;
  for (let found = word.exec(text); found; found = word.exec(text), token++) {
    const start = found.index;
    let end = start + found[0].length;
    const lower = found[0].toLowerCase();
    if (CODE.test(found[0])) {
      let hasDecimal = false;
      if (TWO_DIGIT_CODE.test(found[0]) && text.charCodeAt(end) === 46) {
        decimal.lastIndex = end;
        if (decimal.exec(text)) {
          end = decimal.lastIndex;
          word.lastIndex = end;
          hasDecimal = true;
        }
      }
      // An ICD-10 code with its decimal part is a code wherever it stands, if written the usual way (capital letter).
      candidates.push({ token, start, end, sure: hasDecimal && /[A-Z]/.test(found[0].charAt(0)) });
      continue;
    }
    if (isContextWord(lower)) contextTokens.push(token);
    const entry = lookUpWord(lower, compiled);
    if (entry) {
      const match = found[0];
      findings.push({
        kind: 'medicalWord',
        start,
        end,
        match,
        reason: { code: 'medical-word', category: entry.category },
      });
    }
  }
  // Context tokens and candidates are both in token order: one moving pointer keeps this linear.
  let nextContext = 0;
  let lastCounted = Number.NEGATIVE_INFINITY;
  for (const candidate of candidates) {
    while (nextContext < contextTokens.length && (contextTokens[nextContext] ?? 0) < candidate.token - CONTEXT_BEFORE) {
      nextContext++;
    }
    const near = contextTokens[nextContext];
    const inContext = near !== undefined && near <= candidate.token + CONTEXT_AFTER;
    if (candidate.sure || inContext || candidate.token - lastCounted <= CHAIN_GAP) {
      lastCounted = candidate.token;
      const match = text.slice(candidate.start, candidate.end);
      findings.push({
        kind: 'diagnosisCode',
        start: candidate.start,
        end: candidate.end,
        match,
        reason: codeReason(match),
      });
    }
  }
  return findings;
}
