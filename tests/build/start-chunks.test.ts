import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// The same walk the bench's size figure uses (scripts/bench/sizes.mjs).
import { pageJsFiles } from '../../scripts/bench/sizes.mjs';
import { CHROME, FIREFOX, readBuiltJs, readManifest } from './built';

// What the side panel's first view does not show stays out of its start-up chunks (issue 18): each
// entry is a text only that code holds, looked for in every file the panel's page loads up front.
const LATER = [
  ['the forms’ fields (they come with the drafting engine)', 'Referatet skrives til den sykmeldte'],
  ['export and import of a case (domain/case-transfer.ts)', 'folgesvenn-sak'],
  ['an import’s refusals (bokmål on demand)', 'ikke gyldig JSON'],
  ['the welcome page’s text (bokmål on demand)', 'Slik bruker du Følgesvenn i Firefox'],
  ['the folded settings’ text (bokmål on demand)', 'Ingen journalsystemer er lagt til'],
  ['the national ID check (domain/national-id.ts)', 'from2032'],
  ['the draft list’s text (bokmål on demand)', 'Nytt utkast laget fra notatene'],
] as const;

describe.each([
  ['chrome', CHROME],
  ['firefox', FIREFOX],
])('%s build: the side panel’s start-up chunks', (_browser, dir) => {
  it.each(LATER)('leave out %s', (_what, marker) => {
    readManifest(dir); // fails with a clear message when the build is missing
    const files = (pageJsFiles(dir, 'sidepanel.html') as { file: string }[]).map((entry) => entry.file);
    expect(files.length).toBeGreaterThan(1);
    const holding = files.filter((file) => readFileSync(join(dir, file), 'utf8').includes(marker));
    expect(holding).toEqual([]);
    // The marker is in the build (a chunk loaded on demand), so its absence above means something.
    expect(readBuiltJs(dir).some((built) => built.text.includes(marker))).toBe(true);
  });
});
