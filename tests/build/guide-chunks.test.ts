import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUIDE_LOADERS } from '../../content/guide-loaders';
import { CHROME, FIREFOX, readManifest } from './built';

// The side panel's early script fetches a guide's chunk by its stable name (entrypoints/sidepanel-early.ts,
// wxt.config.ts): every guide must have exactly that file in each build.

describe.each([
  ['chrome', CHROME],
  ['firefox', FIREFOX],
])('%s build: guide chunks', (_browser, dir) => {
  it('has chunks/guide-<id>.js for every guide', () => {
    readManifest(dir); // fails with a clear message when the build is missing
    const missing = Object.keys(GUIDE_LOADERS).filter((id) => !existsSync(join(dir, 'chunks', `guide-${id}.js`)));
    expect(missing).toEqual([]);
  });

  it('loads the early script first in the side panel’s page, as a classic script', () => {
    const html = readFileSync(join(dir, 'sidepanel.html'), 'utf8');
    const scripts = [...html.matchAll(/<script[^>]*>/g)].map((match) => match[0]);
    expect(scripts[0]).toBe('<script src="/sidepanel-early.js">');
    expect(existsSync(join(dir, 'sidepanel-early.js'))).toBe(true);
  });
});
