import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NAV_CONTENT_SCRIPT_MATCHES } from '../../domain/nav-hosts';
import {
  ALLOWED_URL_PREFIXES,
  CHROME_PERMISSIONS,
  FIREFOX_PERMISSIONS,
  FORBIDDEN_JS,
  FORBIDDEN_MANIFEST_KEYS,
  FORBIDDEN_PERMISSIONS,
  INTENDED_CSP,
} from './allow-list';

// These gates read the production builds; `npm test` builds them first.
const CHROME = '.output/chrome-mv3';
const FIREFOX = '.output/firefox-mv3';

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  optional_permissions?: string[];
  content_security_policy?: { extension_pages?: string };
  content_scripts?: { matches: string[] }[];
};

function readManifest(dir: string): Manifest {
  const path = join(dir, 'manifest.json');
  if (!existsSync(path)) throw new Error(`${path} is missing: run the production builds first (npm test does).`);
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

/** Parses a CSP string into directive → sources. */
function parseCsp(policy: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out[name] = sources;
  }
  return out;
}

function listJs(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listJs(path);
    return name.endsWith('.js') ? [path] : [];
  });
}

describe.each([
  ['chrome', CHROME, CHROME_PERMISSIONS],
  ['firefox', FIREFOX, FIREFOX_PERMISSIONS],
] as const)('%s manifest', (_browser, dir, permissions) => {
  const manifest = readManifest(dir);

  it('asks for exactly the allowed permissions', () => {
    expect([...(manifest.permissions ?? [])].sort()).toEqual([...permissions].sort());
    const all = [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])];
    for (const forbidden of FORBIDDEN_PERMISSIONS) expect(all).not.toContain(forbidden);
  });

  it('has none of the forbidden keys', () => {
    for (const key of FORBIDDEN_MANIFEST_KEYS)
      expect(manifest, `manifest must not have ${key}`).not.toHaveProperty(key);
  });

  it('runs the content script on the NAV pages only', () => {
    const matches = (manifest.content_scripts ?? []).flatMap((script) => script.matches);
    expect([...matches].sort()).toEqual([...NAV_CONTENT_SCRIPT_MATCHES].sort());
  });

  it('sets the intended CSP for extension pages', () => {
    const policy = manifest.content_security_policy?.extension_pages;
    expect(policy, 'production builds must set content_security_policy.extension_pages').toBeTypeOf('string');
    expect(parseCsp(policy ?? '')).toEqual(INTENDED_CSP);
  });
});

describe('firefox specifics', () => {
  const manifest = readManifest(FIREFOX);
  it('declares a sidebar, a gecko id and no data collection', () => {
    expect(manifest.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html' });
    expect(manifest.browser_specific_settings).toMatchObject({
      gecko: { id: expect.any(String), data_collection_permissions: { required: ['none'] } },
    });
  });
});

describe('chrome specifics', () => {
  const manifest = readManifest(CHROME);
  it('declares the side panel and a toolbar action', () => {
    expect(manifest.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(manifest.action).toMatchObject({ default_title: expect.any(String) });
  });
});

describe('built JavaScript', () => {
  const files = listJs(CHROME).map((path) => ({ name: relative(CHROME, path), text: readFileSync(path, 'utf8') }));

  it.each(FORBIDDEN_JS)('has no $name beyond the documented exceptions', ({ pattern, name, allowed }) => {
    for (const file of files) {
      const count = file.text.match(pattern)?.length ?? 0;
      const permitted = allowed?.file.test(file.name) ? allowed.count : 0;
      expect(count, `${name} found ${count}× in ${file.name} (allowed ${permitted})`).toBeLessThanOrEqual(permitted);
    }
  });

  it('names no URL outside the allow-list', () => {
    for (const file of files) {
      // Regex sources in the bundle escape their dots (`www\\.nav\\.no`): compare without the escapes.
      for (const found of file.text.match(/https?:\/\/[^\s"'`)]+/g) ?? []) {
        const url = found.replace(/\\/g, '');
        expect(
          ALLOWED_URL_PREFIXES.some((prefix) => url.startsWith(prefix) || `${url}/` === prefix),
          `${url} in ${file.name} is not in ALLOWED_URL_PREFIXES`,
        ).toBe(true);
      }
    }
  });
});

describe('source', () => {
  it('never builds HTML from strings', () => {
    const roots = ['entrypoints', 'components', 'platform', 'domain', 'content'];
    const offenders: string[] = [];
    for (const root of roots) {
      for (const path of listSource(root)) {
        const text = readFileSync(path, 'utf8');
        if (/dangerouslySetInnerHTML|\.innerHTML\s*=|insertAdjacentHTML|\beval\(|new Function\(/.test(text)) {
          offenders.push(path);
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});

function listSource(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listSource(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}
