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

/** Every module a file names: `import … from`, `export … from`, side-effect `import '…'` and dynamic `import('…')`. */
function importsOf(text: string): string[] {
  const patterns = [
    /^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm,
    /^\s*import\s+['"]([^'"]+)['"]/gm,
    /\bimport\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g,
  ];
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[1] ?? ''));
}

const RULES: Record<string, { allowed: RegExp[]; why: string }> = {
  domain: { allowed: [/^\.\/|^\.\.\/domain\//], why: 'domain/ imports only domain/' },
  content: {
    allowed: [/^\.\.?\/(?!.*(components|platform|entrypoints))/, /^\.\.\/(\.\.\/)?domain\//],
    why: 'content/ imports only domain/ (types) and content/',
  },
  components: {
    allowed: [
      /^\.\/|^\.\.\/domain\//,
      /^\.\.\/i18n\//,
      /^\.\.\/content\/(messages\/|icons$|icon-names$|sources$|scale-suggestions$)/,
      /^preact(\/hooks)?$/,
      /^@preact\/signals$/,
    ],
    why: 'components/ import only preact, signals, domain/, i18n/ and content data (messages, icons, source titles, scale names): no browser, no storage',
  },
  i18n: {
    allowed: [/^\.\/|^\.\.\/domain\//, /^\.\.\/content\/messages\//, /^@preact\/signals$/],
    why: 'i18n/ (the UI text in the current language) imports only signals, domain/ and the message catalogues',
  },
  'entrypoints/sidepanel/model': {
    allowed: [
      /^\.\//,
      /^\.\.\/\.\.\/\.\.\/domain\//,
      /^\.\.\/\.\.\/\.\.\/i18n\//,
      /^\.\.\/\.\.\/\.\.\/content\//,
      /^\.\.\/\.\.\/\.\.\/platform\/(panel-platform|case-store)$/,
      /^@preact\/signals$/,
    ],
    why: 'the panel model imports domain/, i18n/, content/ data, the panel platform’s types and signals: never components/',
  },
  platform: {
    // WXT's content-script context is extended by the quiet one, which the build puts in its place.
    allowed: [/^\.\/|^\.\.\/domain\//, /^#imports$/, /^wxt\/utils\/content-script-context$/],
    why: 'platform/ imports only the browser (#imports, WXT’s content-script context) and domain/',
  },
};

describe('reading imports', () => {
  it('sees static, side-effect and dynamic imports', () => {
    const text = [
      "import { a } from './a';",
      "export { b } from '../b';",
      "import './side-effect.css';",
      "const lazy = () => import('../../components/Lazy');",
    ].join('\n');
    expect(importsOf(text)).toEqual(['./a', '../b', './side-effect.css', '../../components/Lazy']);
  });
});

describe('dependency rule', () => {
  for (const [dir, rule] of Object.entries(RULES)) {
    it(rule.why, () => {
      const offenders = listSource(dir).flatMap((path) =>
        importsOf(readFileSync(path, 'utf8'))
          .filter((specifier) => !rule.allowed.some((pattern) => pattern.test(specifier)))
          .map((specifier) => `${path} imports ${specifier}`),
      );
      expect(offenders).toEqual([]);
    });
  }

  it('the panel model takes the platform by its types only (the browser comes in through the composition root)', () => {
    const offenders = listSource('entrypoints/sidepanel/model').filter((path) =>
      /^\s*import\s+(?!type\b)[^'"]*from\s+['"][./]*platform\//m.test(readFileSync(path, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

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
