// Reads the production builds for the gates. `npm test` builds them first.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { BuiltFile, Manifest } from './gates';

export const CHROME = '.output/chrome-mv3';
export const FIREFOX = '.output/firefox-mv3';

/** The built manifest of one browser's build. */
export function readManifest(dir: string): Manifest {
  const path = join(dir, 'manifest.json');
  if (!existsSync(path)) throw new Error(`${path} is missing: run the production builds first (npm test does).`);
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

function listFiles(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listFiles(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

/** Every JavaScript file of a build, named relative to it. */
export function readBuiltJs(dir: string): BuiltFile[] {
  return listFiles(dir, /\.js$/).map((path) => ({ name: relative(dir, path), text: readFileSync(path, 'utf8') }));
}

/** Every TypeScript source file under a folder (for the source scan). */
export function listSource(dir: string): string[] {
  return existsSync(dir) ? listFiles(dir, /\.(ts|tsx)$/) : [];
}
