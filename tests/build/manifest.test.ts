import { existsSync, readFileSync } from 'node:fs';
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
  OPTIONAL_HOST_PERMISSIONS,
} from './allow-list';
import { CHROME, FIREFOX, listSource, readBuiltJs, readManifest } from './built';
import {
  checkContentScriptMatches,
  checkCsp,
  checkForbiddenKeys,
  checkPermissions,
  scanForbiddenJs,
  scanUrls,
} from './gates';

// The gates on the production builds. Each check is a pure function in gates.ts returning its
// problems; mutation.test.ts feeds the same functions a broken build to prove they bite.

describe.each([
  ['chrome', CHROME, CHROME_PERMISSIONS],
  ['firefox', FIREFOX, FIREFOX_PERMISSIONS],
] as const)('%s manifest', (_browser, dir, permissions) => {
  const manifest = readManifest(dir);

  it('asks for exactly the allowed permissions', () => {
    expect(
      checkPermissions(manifest, {
        permissions,
        optionalHostPermissions: OPTIONAL_HOST_PERMISSIONS,
        forbidden: FORBIDDEN_PERMISSIONS,
      }),
    ).toEqual([]);
  });

  it('has none of the forbidden keys', () => {
    expect(checkForbiddenKeys(manifest, FORBIDDEN_MANIFEST_KEYS)).toEqual([]);
  });

  it('runs the content script on the NAV pages only', () => {
    expect(checkContentScriptMatches(manifest, NAV_CONTENT_SCRIPT_MATCHES)).toEqual([]);
  });

  it('sets the intended CSP for extension pages', () => {
    expect(checkCsp(manifest, INTENDED_CSP)).toEqual([]);
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

  it('carries no enterprise policy schema (Chrome’s alone; Firefox reads policies.json)', () => {
    expect(manifest.storage).toBeUndefined();
    expect(existsSync(`${FIREFOX}/managed-schema.json`)).toBe(false);
    expect(existsSync(`${CHROME}/managed-schema.json`)).toBe(true);
  });
});

describe.each([
  ['chrome', CHROME],
  ['firefox', FIREFOX],
] as const)('%s manifest text', (_browser, dir) => {
  const manifestText = readFileSync(`${dir}/manifest.json`, 'utf8');
  const used = [...new Set([...manifestText.matchAll(/__MSG_(\w+)__/g)].map((match) => match[1] as string))].sort();

  it('takes its name, description and titles from the locales, bokmål by default', () => {
    expect(readManifest(dir).default_locale).toBe('nb');
    expect(used).toEqual(['actionTitle', 'extDescription', 'extName']);
  });

  it.each(['nb', 'nn', 'en'])('has every manifest text in %s', (locale) => {
    const messages = JSON.parse(readFileSync(`${dir}/_locales/${locale}/messages.json`, 'utf8')) as Record<
      string,
      { message: string }
    >;
    for (const key of used) expect(messages[key]?.message.trim(), `${locale}: ${key}`).toBeTruthy();
    expect(Object.keys(messages).sort()).toEqual(used);
    // Chrome's limits: a name of at most 75 characters, a description of at most 132.
    expect(messages.extName?.message.length).toBeLessThanOrEqual(75);
    expect(messages.extDescription?.message.length).toBeLessThanOrEqual(132);
  });
});

describe('chrome specifics', () => {
  const manifest = readManifest(CHROME);
  it('declares the side panel and a toolbar action', () => {
    expect(manifest.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(manifest.action).toMatchObject({ default_title: expect.any(String) });
  });
});

describe.each([
  ['chrome', CHROME],
  ['firefox', FIREFOX],
] as const)('built JavaScript (%s)', (_browser, dir) => {
  const files = readBuiltJs(dir);

  it('has no forbidden pattern beyond the documented exceptions', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(scanForbiddenJs(files, FORBIDDEN_JS)).toEqual([]);
  });

  it('names no URL outside the allow-list', () => {
    expect(scanUrls(files, ALLOWED_URL_PREFIXES)).toEqual([]);
  });
});

describe('source', () => {
  it('never builds HTML from strings', () => {
    const roots = ['entrypoints', 'components', 'platform', 'domain', 'content'];
    const offenders = roots
      .flatMap(listSource)
      .filter((path) =>
        /dangerouslySetInnerHTML|\.innerHTML\s*=|insertAdjacentHTML|\beval\(|new Function\(/.test(
          readFileSync(path, 'utf8'),
        ),
      );
    expect(offenders).toEqual([]);
  });
});
