import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The dependency rule of docs/architecture.md, checked on every import:
// entrypoints → components → domain ← content; entrypoints → platform → domain.

function listSource(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listSource(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function importsOf(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((match) => match[1] ?? '');
}

const RULES: Record<string, { allowed: RegExp[]; why: string }> = {
  domain: { allowed: [/^\.\/|^\.\.\/domain\//, /^zod(\/mini)?$/], why: 'domain/ imports only zod and domain/' },
  content: {
    allowed: [/^\.\.?\/(?!.*(components|platform|entrypoints))/, /^\.\.\/(\.\.\/)?domain\//],
    why: 'content/ imports only domain/ (types) and content/',
  },
  components: {
    allowed: [
      /^\.\/|^\.\.\/domain\//,
      /^\.\.\/content\/(messages\/|icons$|icon-names$)/,
      /^preact(\/hooks)?$/,
      /^@preact\/signals$/,
    ],
    why: 'components/ import only preact, signals, domain/ and content data (messages, icons): no browser, no storage',
  },
  platform: {
    // WXT's content-script context is extended by the quiet one, which the build puts in its place.
    allowed: [/^\.\/|^\.\.\/domain\//, /^#imports$/, /^wxt\/utils\/content-script-context$/],
    why: 'platform/ imports only the browser (#imports, WXT’s content-script context) and domain/',
  },
};

describe('dependency rule', () => {
  for (const [dir, rule] of Object.entries(RULES)) {
    it(rule.why, () => {
      const offenders = listSource(dir).flatMap((path) =>
        importsOf(path)
          .filter((specifier) => !rule.allowed.some((pattern) => pattern.test(specifier)))
          .map((specifier) => `${path} imports ${specifier}`),
      );
      expect(offenders).toEqual([]);
    });
  }

  it('keeps the clock out of domain/', () => {
    const offenders = listSource('domain').filter((path) =>
      /new Date\(\)|Date\.now\(\)/.test(readFileSync(path, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});

describe('lint canary', () => {
  it('biome reports a known violation (lint must not be silently off)', () => {
    // A real file inside the project, so biome applies the project's own configuration to it.
    const dir = mkdtempSync(join('tests', 'unit', 'meta', 'canary-'));
    const file = join(dir, 'canary.ts');
    writeFileSync(file, 'export function canary(value: number) {\n  debugger;\n  return value == 1;\n}\n');
    let output = '';
    let failed = false;
    try {
      execFileSync('npx', ['biome', 'lint', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      failed = true;
      const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
      output = stdout + stderr;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(failed).toBe(true);
    expect(output).toMatch(/noDebugger/);
    expect(output).toMatch(/noDoubleEquals/);
  });
});
