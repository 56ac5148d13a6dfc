// Reading and normalising the source documents for the content tests. The seeds live outside the
// repository (`../shared/seeds/` next to the repo root); tests that need them skip when absent.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SOURCE_DOCUMENTS } from '../../../domain/guide';

type SourceDocumentId = (typeof SOURCE_DOCUMENTS)[number];

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** `../shared` relative to the repository root. */
export const SHARED_DIR = path.resolve(REPO_ROOT, '../shared');

/** The five seed texts. */
export const SEEDS_DIR = path.join(SHARED_DIR, 'seeds');

/** Whether the seeds folder exists on this machine. */
export const HAS_SEEDS = existsSync(SEEDS_DIR);

/** Where a source document's text is: a seed, the timeline of rules in force, NAV's forms or NAV's pages. */
export function sourceFilePath(document: SourceDocumentId): string {
  if (document === 'timeline') return path.join(SHARED_DIR, 'domain', 'timeline.md');
  if (document === 'nav-forms') return path.join(SHARED_DIR, 'domain', 'nav-forms.md');
  if (document === 'pages') return path.join(SHARED_DIR, 'domain', 'pages.md');
  return path.join(SEEDS_DIR, `${document}.txt`);
}

/** The document's text, or undefined when the file is not there. */
export function readSourceText(document: SourceDocumentId): string | undefined {
  const file = sourceFilePath(document);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** Joins words the PDF extraction split at a line end with a hyphen ("ar-\nbeidsgiver"). */
export function joinLineBreakHyphens(text: string): string {
  return text.replace(/(\p{L})-[ \t]*\r?\n[ \t•]*(\p{L})/gu, '$1$2');
}

/** Lowercase letters and digits only: for finding a heading regardless of spacing and punctuation. */
export function compact(text: string): string {
  return joinLineBreakHyphens(text.normalize('NFC'))
    .toLocaleLowerCase('nb')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Lowercased words, punctuation stripped (hyphens and slashes split words). */
export function toWords(text: string): string[] {
  return joinLineBreakHyphens(text.normalize('NFC'))
    .toLocaleLowerCase('nb')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** Every run of `n` consecutive words, joined by single spaces. */
export function wordRuns(words: readonly string[], n: number): string[] {
  const runs: string[] = [];
  for (let i = 0; i + n <= words.length; i += 1) runs.push(words.slice(i, i + n).join(' '));
  return runs;
}
