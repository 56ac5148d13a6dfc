// What the benchmark measures against: the production build (built if missing), a temporary copy of
// it with one empty extension page added (the baseline; never part of the shipped build), and the
// content script's page reader bundled on its own so it can be timed inside a page.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { log } from './stats.mjs';

export const BUILD_DIR = resolve('.output/chrome-mv3');

/** Builds the production extension when it is missing (WXT's output goes to stderr). */
export function ensureBuild() {
  if (existsSync(join(BUILD_DIR, 'manifest.json'))) return false;
  log('▸ No production build in .output/chrome-mv3: building it (npx wxt build) …');
  const result = spawnSync('npx', ['wxt', 'build'], { stdio: ['ignore', 2, 2] });
  if (result.status !== 0) throw new Error(`npx wxt build failed (exit ${result.status})`);
  return true;
}

/** The empty page: the same document shell as the panel, no script and no style. */
const EMPTY_PAGE = `<!doctype html>
<html lang="nb">
  <head>
    <meta charset="utf-8" />
    <title>Tom side (benchmark)</title>
  </head>
  <body></body>
</html>
`;

/**
 * The floor page: the same shell with one module script that reads the extension's storage once and
 * marks when the answer is in. What any extension page that shows stored data pays before it can, so
 * the panel's start can be read against it as well as against the empty page.
 */
const FLOOR_PAGE = EMPTY_PAGE.replace('(benchmark)', '(benchmark, én lesing)').replace(
  '</head>',
  '  <script type="module" src="/bench-floor.js"></script>\n  </head>',
);
const FLOOR_SCRIPT = 'chrome.storage.local.get(null).then(() => { window.__floorAt = performance.now(); });\n';

/** Copies the production build to a temporary folder and adds `bench-empty.html` and the floor page there. */
export function makeBenchCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'folgesvenn-bench-'));
  const copy = join(dir, 'chrome-mv3');
  cpSync(BUILD_DIR, copy, { recursive: true });
  writeFileSync(join(copy, 'bench-empty.html'), EMPTY_PAGE);
  writeFileSync(join(copy, 'bench-floor.html'), FLOOR_PAGE);
  writeFileSync(join(copy, 'bench-floor.js'), FLOOR_SCRIPT);
  // The copy must be the production build: the same manifest (and so the same CSP) as shipped.
  const shipped = readFileSync(join(BUILD_DIR, 'manifest.json'), 'utf8');
  if (readFileSync(join(copy, 'manifest.json'), 'utf8') !== shipped) throw new Error('bench copy differs');
  return { dir, extensionDir: copy, emptyPage: 'bench-empty.html', floorPage: 'bench-floor.html' };
}

/**
 * Bundles platform/page-structure.ts (what the content script runs on every report) as one IIFE with
 * Vite, minified as in the production build, exposing `FolgesvennBench.readPageStructure`.
 */
export async function bundlePageStructure(outDir) {
  const { build } = await import('vite');
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      write: true,
      lib: {
        entry: resolve('platform/page-structure.ts'),
        name: 'FolgesvennBench',
        formats: ['iife'],
        fileName: () => 'page-structure.js',
      },
    },
  });
  return readFileSync(join(outDir, 'page-structure.js'), 'utf8');
}
