/**
 * Folds Norwegian letters for matching: NFKC, lower case, invisible hyphens and joiners dropped,
 * æ → ae, ø/ö → o, å/ä → a. The search and the journal heuristic build on this.
 */
export function foldNorwegianLetters(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/æ/g, 'ae')
    .replace(/[øö]/g, 'o')
    .replace(/[åä]/g, 'a');
}

/** Text normalised for the privacy checks, with the way back to the text as written. */
export interface NormalizedText {
  /** NFC, full-width forms as ASCII, invisible characters dropped, words joined across a line-break hyphen. */
  readonly text: string;
  /** The span of the text as written that the span `start`–`end` of `text` came from. */
  readonly toWritten: (start: number, end: number) => { start: number; end: number };
}

// Characters that show nothing: soft hyphen, Arabic letter mark, Mongolian vowel separator,
// zero-width space and joiners, direction marks and embeddings, word joiner and invisible
// operators, byte order mark.
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/;
/** Combining marks (the blocks Latin text uses): a letter followed by these is composed (NFC). */
const MARK = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/;

const isInvisible = (code: number): boolean => code >= 0xad && INVISIBLE.test(String.fromCharCode(code));
const isMark = (code: number): boolean => code >= 0x300 && MARK.test(String.fromCharCode(code));

const LETTER = /\p{L}/u;

/** Only asked at hyphens, so the regular expression costs little. */
const isLetter = (code: number): boolean => LETTER.test(String.fromCharCode(code));

const isBlank = (code: number): boolean => code === 32 || code === 9;

/** After a hyphen at `at` that breaks a word across lines, the index of the word's next letter; else -1. */
function joinedLineEnd(text: string, at: number): number {
  const limit = Math.min(text.length, at + 16);
  let i = at + 1;
  while (i < limit && isBlank(text.charCodeAt(i))) i++;
  const code = text.charCodeAt(i);
  if (code === 13 && text.charCodeAt(i + 1) === 10) i += 2;
  else if (code === 10 || code === 13 || code === 0x85 || code === 0x2028) i++;
  else return -1;
  while (i < limit && isBlank(text.charCodeAt(i))) i++;
  return i < text.length && isLetter(text.charCodeAt(i)) ? i : -1;
}

const isHyphen = (code: number): boolean => code === 45 || code === 0x2010 || code === 0xad;

function needsWork(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code === 45 || code === 0x2010) return i > 0 && isLetter(text.charCodeAt(i - 1)) && joinedLineEnd(text, i) > 0;
  if (code < 0x300) return code === 0xad;
  return isMark(code) || isInvisible(code) || (code >= 0xff01 && code <= 0xff5e);
}

/** Where a run of characters that need no work, from `from`, ends: before the next one, or before the letter a mark composes with. */
function plainRunEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && !needsWork(text, end)) end++;
  if (end < text.length && end > from && isMark(text.charCodeAt(end))) {
    end--;
    if (end > from && (text.charCodeAt(end) & 0xfc00) === 0xdc00) end--;
  }
  return end;
}

/**
 * Normalises text before the privacy checks, keeping a map back to the text as written: combining
 * marks composed (NFC), full-width ASCII as ASCII (the ideographic space is white space already), invisible characters
 * dropped, and a word broken by a hyphen at a line end joined ("depre-\nsjon"). Linear; text that
 * needs none of it is returned as it is.
 */
export function normalizeForCheck(text: string): NormalizedText {
  const n = text.length;
  if (plainRunEnd(text, 0) === n) return { text, toWritten: (start, end) => ({ start, end }) };
  // For each character of the result, where it starts and ends in the text as written.
  // Typed arrays (a plain array of a million numbers costs several times more to fill), as long as
  // the text: nothing here lengthens it.
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  let length = 0;
  const map = (from: number, to: number, count: number, each: boolean): void => {
    for (let k = 0; k < count; k++, length++) {
      starts[length] = each ? from + k : from;
      ends[length] = each ? from + k + 1 : to;
    }
  };
  // Pieces are joined once at the end; the last code unit is kept apart (reading a string being built flattens it).
  const pieces: string[] = [];
  let lastCode = -1;
  for (let i = 0; i < n; ) {
    const plainEnd = plainRunEnd(text, i);
    if (plainEnd > i) {
      pieces.push(text.slice(i, plainEnd));
      map(i, plainEnd, plainEnd - i, true);
      lastCode = text.charCodeAt(plainEnd - 1);
      i = plainEnd;
      continue;
    }
    const code = text.charCodeAt(i);
    if (isHyphen(code) && lastCode >= 0 && isLetter(lastCode)) {
      const next = joinedLineEnd(text, i);
      if (next > 0) {
        i = next;
        continue;
      }
    }
    if (isInvisible(code)) {
      i++;
      continue;
    }
    const pair = code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    let end = i + (pair ? 2 : 1);
    while (end < n && isMark(text.charCodeAt(end))) end++;
    const cluster = text.slice(i, end);
    // Composed only when that does not lengthen it (it never does for Latin letters; it can in scripts
    // whose letters NFC leaves decomposed), so the result is never longer than the text.
    const composed = end > i + (pair ? 2 : 1) ? cluster.normalize('NFC') : cluster;
    const piece =
      composed !== cluster
        ? composed.length <= cluster.length
          ? composed
          : cluster
        : code >= 0xff01 && code <= 0xff5e
          ? String.fromCharCode(code - 0xfee0)
          : cluster;
    pieces.push(piece);
    map(i, end, piece.length, false);
    lastCode = piece.charCodeAt(piece.length - 1);
    i = end;
  }
  return {
    text: pieces.join(''),
    toWritten: (start, end) => {
      const from = start < length ? (starts[start] ?? n) : n;
      return { start: from, end: end > start && end <= length ? (ends[end - 1] ?? n) : from };
    },
  };
}
