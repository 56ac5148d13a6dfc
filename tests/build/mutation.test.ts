import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NAV_CONTENT_SCRIPT_MATCHES } from '../../domain/nav-hosts';
import {
  ALLOWED_URL_PREFIXES,
  CHROME_PERMISSIONS,
  FORBIDDEN_JS,
  FORBIDDEN_MANIFEST_KEYS,
  FORBIDDEN_PERMISSIONS,
  INTENDED_CSP,
  OPTIONAL_HOST_PERMISSIONS,
} from './allow-list';
import { CHROME, readBuiltJs, readManifest } from './built';
import {
  type BuiltFile,
  checkContentScriptMatches,
  checkCsp,
  checkForbiddenKeys,
  checkPermissions,
  type Manifest,
  scanForbiddenJs,
  scanUrls,
} from './gates';

// Mutation checks: the real production build, broken in memory one promise at a time, must make the
// same gate functions report a new problem (one the real build does not have; manifest.test.ts says
// whether the real build passes). A gate that cannot fail proves nothing.

const manifest = readManifest(CHROME);
const policy = manifest.content_security_policy;
const extensionPages = typeof policy === 'object' ? (policy.extension_pages ?? '') : '';

function withCsp(extension_pages: string): Manifest {
  return { ...structuredClone(manifest), content_security_policy: { extension_pages } };
}

/** Problems the mutation adds to those of the real build (which the real gates report on their own). */
function added(mutated: string[], real: string[]): string[] {
  return mutated.filter((problem) => !real.includes(problem));
}

const permissionPolicy = {
  permissions: CHROME_PERMISSIONS,
  optionalHostPermissions: OPTIONAL_HOST_PERMISSIONS,
  forbidden: FORBIDDEN_PERMISSIONS,
};

describe('the CSP gate bites', () => {
  const real = checkCsp(manifest, INTENDED_CSP);

  it('starts from the real production policy', () => {
    expect(extensionPages).toContain("object-src 'none'");
    expect(extensionPages).toContain("connect-src 'none'");
  });

  it.each([
    ["object-src 'none' removed", (csp: string) => csp.replace(/object-src 'none';?\s*/, '')],
    ["connect-src 'none' removed", (csp: string) => csp.replace(/connect-src 'none';?\s*/, '')],
    [
      'connect-src opened to every https host',
      (csp: string) => csp.replace("connect-src 'none'", 'connect-src https:'),
    ],
    [
      "script-src with 'unsafe-eval'",
      (csp: string) => csp.replace("script-src 'self'", "script-src 'self' 'unsafe-eval'"),
    ],
    [
      'a remote script host added',
      (csp: string) => csp.replace("script-src 'self'", "script-src 'self' https://cdn.example"),
    ],
    ['an unexpected directive added', (csp: string) => `${csp}; frame-ancestors *`],
    ['the whole policy emptied', () => ''],
  ])('%s → the gate reports a problem', (_name, mutate) => {
    const mutated = mutate(extensionPages);
    expect(mutated).not.toBe(extensionPages);
    expect(added(checkCsp(withCsp(mutated), INTENDED_CSP), real)).not.toEqual([]);
  });

  it('reports the missing line by name', () => {
    const problems = checkCsp(withCsp(extensionPages.replace(/object-src 'none';?\s*/, '')), INTENDED_CSP);
    expect(added(problems, real)).toEqual(["CSP lacks object-src 'none'"]);
  });

  it('fails on the real control build, which is identical but for the CSP', () => {
    const control = `${CHROME}-control`;
    if (!existsSync(`${control}/manifest.json`))
      throw new Error(`${control} is missing: run npx wxt build --mode control`);
    expect(checkCsp(readManifest(control), INTENDED_CSP)).toEqual([
      'content_security_policy.extension_pages is missing',
    ]);
  });
});

describe('the permission gates bite', () => {
  const realPermissions = checkPermissions(manifest, permissionPolicy);
  const realKeys = checkForbiddenKeys(manifest, FORBIDDEN_MANIFEST_KEYS);
  const realMatches = checkContentScriptMatches(manifest, NAV_CONTENT_SCRIPT_MATCHES);

  it.each<[string, (copy: Manifest) => void]>([
    ['tabs added', (copy) => copy.permissions?.push('tabs')],
    ['clipboardRead added', (copy) => copy.permissions?.push('clipboardRead')],
    ['storage dropped (allow-list and build disagree)', (copy) => copy.permissions?.splice(0, 1)],
    ['<all_urls> as an optional host', (copy) => Object.assign(copy, { optional_host_permissions: ['<all_urls>'] })],
    ['every http site as an optional host', (copy) => Object.assign(copy, { optional_host_permissions: ['*://*/*'] })],
    ['every https site as a required host', (copy) => Object.assign(copy, { host_permissions: ['https://*/*'] })],
    ['every https site as a permission', (copy) => copy.permissions?.push('https://*/*')],
    [
      'a journal site not in the allow-list',
      (copy) => Object.assign(copy, { optional_host_permissions: ['https://ehr.example/*'] }),
    ],
    ['an optional permission', (copy) => Object.assign(copy, { optional_permissions: ['history'] })],
  ])('%s → the permission gate reports a problem', (_name, mutate) => {
    const copy = structuredClone(manifest);
    mutate(copy);
    expect(added(checkPermissions(copy, permissionPolicy), realPermissions)).not.toEqual([]);
  });

  it.each(FORBIDDEN_MANIFEST_KEYS)('%s added → the key gate reports it', (key) => {
    const copy: Manifest = { ...structuredClone(manifest), [key]: key === 'host_permissions' ? ['https://*/*'] : {} };
    expect(added(checkForbiddenKeys(copy, FORBIDDEN_MANIFEST_KEYS), realKeys)).toEqual([
      `manifest has forbidden key ${key}`,
    ]);
  });

  it('a content script on every page → the match gate reports it', () => {
    const copy = structuredClone(manifest);
    copy.content_scripts?.[0]?.matches.push('<all_urls>');
    expect(added(checkContentScriptMatches(copy, NAV_CONTENT_SCRIPT_MATCHES), realMatches)).toEqual([
      'content script matches <all_urls>',
    ]);
  });
});

describe('the built-JS scans bite', () => {
  const files = readBuiltJs(CHROME);
  const inject = (snippet: string): BuiltFile[] =>
    files.map((file, index) => (index === 0 ? { ...file, text: `${file.text}\n${snippet}` } : file));

  const realPatterns = scanForbiddenJs(files, FORBIDDEN_JS);
  const realUrls = scanUrls(files, ALLOWED_URL_PREFIXES);

  it.each([
    'fetch("/x")',
    'eval("1")',
    'new Function("return 1")',
    'el.outerHTML = s',
    'el.insertAdjacentHTML("beforeend", s)',
    'document.write(s)',
    'new XMLHttpRequest()',
    'new WebSocket(u)',
    'navigator.sendBeacon(u, d)',
    'new EventSource(u)',
    'navigator.clipboard.writeText(s)',
    'navigator.clipboard.readText()',
  ])('%s injected → the pattern scan reports it', (snippet) => {
    expect(added(scanForbiddenJs(inject(snippet), FORBIDDEN_JS), realPatterns)).not.toEqual([]);
  });

  it('an innerHTML in a chunk without Preact → reported', () => {
    const exception = FORBIDDEN_JS.find((entry) => entry.name === 'innerHTML')?.allowed;
    const plain = files.find((file) => file.name.endsWith('.js') && !exception?.marker?.test(file.text));
    if (!plain) throw new Error('no chunk without Preact');
    const mutated = files.map((file) => (file === plain ? { ...file, text: `${file.text};a.innerHTML=b` } : file));
    expect(added(scanForbiddenJs(mutated, FORBIDDEN_JS), realPatterns)).toEqual([
      `innerHTML found ${(plain.text.match(/\binnerHTML\b/g)?.length ?? 0) + 1}× in ${plain.name} (allowed 0)`,
    ]);
  });

  it('one innerHTML more than the documented exception → reported', () => {
    const exception = FORBIDDEN_JS.find((entry) => entry.name === 'innerHTML')?.allowed;
    // The chunk the exception covers: the one holding Preact's renderer.
    const chunk = files.find((file) => exception?.file.test(file.name) && (exception.marker?.test(file.text) ?? true));
    if (!chunk || !exception) throw new Error('no chunk with Preact in it, or no innerHTML exception');
    const found = chunk.text.match(/\binnerHTML\b/g)?.length ?? 0;
    const extra = ';a.innerHTML=b'.repeat(exception.count - found + 1);
    const mutated = files.map((file) => (file === chunk ? { ...file, text: file.text + extra } : file));
    expect(added(scanForbiddenJs(mutated, FORBIDDEN_JS), realPatterns)).toEqual([
      `innerHTML found ${exception.count + 1}× in ${chunk.name} (allowed ${exception.count})`,
    ]);
  });

  it('a URL outside the allow-list → the URL scan reports it', () => {
    expect(
      added(scanUrls(inject('const u = "https://collector.example/v1";'), ALLOWED_URL_PREFIXES), realUrls),
    ).toEqual([`https://collector.example/v1 in ${files[0]?.name} is not in ALLOWED_URL_PREFIXES`]);
    // A lookalike of an allowed host is not allowed.
    expect(added(scanUrls(inject('"https://www.nav.no.evil.example/"'), ALLOWED_URL_PREFIXES), realUrls)).not.toEqual(
      [],
    );
  });
});
