// Sizes of the built code, gzip -9 per file (each file is loaded on its own).
import { readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** gzip -9 size of one file, in bytes. */
export function gzipBytes(path) {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;

/**
 * Every JavaScript file an extension page loads: its module script and modulepreload tags, and the
 * static imports of those chunks, followed transitively. Dynamic import() is not followed (it loads
 * on demand, not with the page).
 */
export function pageJsFiles(buildDir, htmlName) {
  const html = readFileSync(join(buildDir, htmlName), 'utf8');
  const entries = [
    ...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1]),
    ...[...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)].map((match) => match[1]),
    ...[...html.matchAll(/<link\b[^>]*\bhref="([^"]+)"[^>]*\brel="modulepreload"/g)].map((match) => match[1]),
  ];
  const seen = new Set();
  const queue = entries.map((src) => normalize(join(buildDir, src.replace(/^\//, ''))));
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file) || !file.endsWith('.js')) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(STATIC_IMPORT)) {
      const specifier = match[1];
      if (!specifier.startsWith('.') && !specifier.startsWith('/')) continue;
      queue.push(
        specifier.startsWith('/')
          ? normalize(join(buildDir, specifier.slice(1)))
          : normalize(join(dirname(file), specifier)),
      );
    }
  }
  return [...seen].map((path) => ({
    file: relative(buildDir, path),
    bytes: readFileSync(path).length,
    gzipBytes: gzipBytes(path),
  }));
}

/** The sizes the benchmark reports. */
export function measureSizes(buildDir) {
  const panel = pageJsFiles(buildDir, 'sidepanel.html');
  return {
    contentScriptGzipBytes: gzipBytes(join(buildDir, 'content-scripts/page-snapshot.js')),
    panelJsGzipBytes: panel.reduce((sum, file) => sum + file.gzipBytes, 0),
    backgroundGzipBytes: gzipBytes(join(buildDir, 'background.js')),
    panelFiles: panel,
  };
}
