// Export files of one case: writing them, and reading them back with the caps checked first. Only
// the panel's export and import use this (loaded on demand, not with the panel's first view).
import {
  CASE_SCHEMA_VERSION,
  type CaseRecord,
  caseTexts,
  isPlainObject,
  MAX_NOTE_LENGTH,
  type RestoreContext,
  restoreCase,
} from './case';

/** The export file's envelope: format name and version, so an import can tell what it holds. */
export const CASE_EXPORT_FORMAT = 'folgesvenn-sak';

/** Serialises one case for a file the user saves. */
export function exportCase(record: CaseRecord, exportedAt: string): string {
  return `${JSON.stringify({ format: CASE_EXPORT_FORMAT, version: CASE_SCHEMA_VERSION, exportedAt, case: record }, null, 2)}\n`;
}

/**
 * Why an export file was refused: too large, not JSON, not a Følgesvenn case file, written by a newer
 * version, no readable case inside, or over one of the caps below. The UI words each one
 * (`case.import.<problem>`, the cap's limit as `{max}`).
 */
export type ImportProblem =
  | 'too-large'
  | 'not-json'
  | 'wrong-format'
  | 'newer-version'
  | 'no-case'
  | 'too-many-entries'
  | 'note-too-long'
  | 'too-much-text';

/** What reading an export file gave: a case, or the problem that stopped it. */
export type ImportResult =
  | { ok: true; record: CaseRecord; quarantined: Record<string, unknown> }
  | { ok: false; problem: ImportProblem };

// Caps on what one export file may hold, far above any real case (tens of notes; the guides hold 497
// items in all; the panel is measured with 1 MB of notes), so that a crafted file is refused quickly,
// before any work that grows with it, and typing stays responsive after any accepted import. A file
// holds one case (its `case` is one object). A single item's note is capped by MAX_NOTE_LENGTH.

/** Largest export file accepted, in bytes; checked first, before the file is read. */
export const MAX_IMPORT_BYTES = 5_000_000;

/** Most entries in any one object or list of an export file: notes, ticks, scales, one scale's answers, choices, guide picks, edited drafts, the case's own fields. */
export const MAX_IMPORT_ENTRIES = 2_000;

/** Most characters of text in an imported case in all (notes, free notes, edited drafts, label). */
export const MAX_IMPORT_TEXT_CHARS = 2_000_000;

/**
 * True when no object or array in a JSON text holds more than MAX_IMPORT_ENTRIES entries. One pass
 * over the text, before it is parsed: a file of 150 000 keys is refused without building them. Members
 * of an object are counted by their colons, items of an array by their commas; strings are skipped.
 */
function entriesWithinCap(text: string): boolean {
  const counts: number[] = [];
  const isObject: boolean[] = [];
  for (let at = 0; at < text.length; at += 1) {
    const char = text.charCodeAt(at);
    if (char === 0x22) {
      // A string: jump to its closing quote, one not escaped by an odd run of backslashes.
      let end = text.indexOf('"', at + 1);
      while (end !== -1) {
        let slashes = 0;
        while (text.charCodeAt(end - 1 - slashes) === 0x5c) slashes += 1;
        if (slashes % 2 === 0) break;
        end = text.indexOf('"', end + 1);
      }
      if (end === -1) return true; // Unterminated: JSON.parse refuses it.
      at = end;
    } else if (char === 0x7b || char === 0x5b) {
      counts.push(0);
      isObject.push(char === 0x7b);
    } else if (char === 0x7d || char === 0x5d) {
      counts.pop();
      isObject.pop();
    } else if ((char === 0x3a && isObject.at(-1) === true) || (char === 0x2c && isObject.at(-1) === false)) {
      const count = (counts.pop() ?? 0) + 1;
      // An array's commas are one fewer than its items.
      if (count + (char === 0x2c ? 1 : 0) > MAX_IMPORT_ENTRIES) return false;
      counts.push(count);
    }
  }
  return true;
}

/** The first text cap a parsed case breaks (one text over MAX_NOTE_LENGTH, all over MAX_IMPORT_TEXT_CHARS), or null. */
function textCapProblem(raw: Record<string, unknown>): ImportProblem | null {
  let total = 0;
  for (const text of caseTexts(raw)) {
    if (text.length > MAX_NOTE_LENGTH) return 'note-too-long';
    total += text.length;
  }
  return total > MAX_IMPORT_TEXT_CHARS ? 'too-much-text' : null;
}

/** Groups a whole number's thousands with a no-break space (2 000, 1 000 000), as Norwegian writes them. */
function groupThousands(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+$)/g, '\u00a0');
}

/** The limit a refused import's message names (`{max}`: megabytes for the file, else a count), if the problem is a cap. */
export function importProblemParams(problem: ImportProblem): { max: string } | undefined {
  switch (problem) {
    case 'too-large':
      return { max: groupThousands(MAX_IMPORT_BYTES / 1_000_000) };
    case 'too-many-entries':
      return { max: groupThousands(MAX_IMPORT_ENTRIES) };
    case 'note-too-long':
      return { max: groupThousands(MAX_NOTE_LENGTH) };
    case 'too-much-text':
      return { max: groupThousands(MAX_IMPORT_TEXT_CHARS) };
    default:
      return undefined;
  }
}

/** Reads an export file's text: checks the caps (size, then entries before parsing, then text), the envelope, then the case field by field. */
export function parseCaseImport(text: string, context: RestoreContext): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, problem: 'too-large' };
  if (!entriesWithinCap(text)) return { ok: false, problem: 'too-many-entries' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  if (!isPlainObject(parsed) || parsed.format !== CASE_EXPORT_FORMAT) return { ok: false, problem: 'wrong-format' };
  if (typeof parsed.version !== 'number' || parsed.version > CASE_SCHEMA_VERSION) {
    return { ok: false, problem: 'newer-version' };
  }
  if (isPlainObject(parsed.case)) {
    const problem = textCapProblem(parsed.case);
    if (problem) return { ok: false, problem };
  }
  const restored = restoreCase(parsed.case, context);
  if (!restored.record) return { ok: false, problem: 'no-case' };
  return { ok: true, record: restored.record, quarantined: restored.quarantined };
}

/** What an import reads: a file's size in bytes and its text (a File is one). */
export interface ImportFile {
  readonly size: number;
  text(): Promise<string>;
}

/** Reads an export file: one over MAX_IMPORT_BYTES is refused by its size, before it is read. */
export async function readCaseImport(file: ImportFile, context: RestoreContext): Promise<ImportResult> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, problem: 'too-large' };
  return parseCaseImport(await file.text(), context);
}
