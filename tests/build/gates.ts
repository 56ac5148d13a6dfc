// The gates' logic as pure functions: each takes what it checks (a manifest, the built files, the
// lockfile) and returns a list of problems, empty when the gate passes. The real gates
// (manifest.test.ts, tests/unit/security/lockfile.test.ts) and the mutation checks (mutation.test.ts)
// call the same functions, so a mutation check proves that the real gate would fail.

/** The parts of a built manifest the gates look at. */
export type Manifest = Record<string, unknown> & {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_security_policy?: { extension_pages?: string; sandbox?: string } | string;
  content_scripts?: { matches: string[] }[];
};

/** A built JavaScript file: its path relative to the build, and its text. */
export interface BuiltFile {
  readonly name: string;
  readonly text: string;
}

/** A forbidden pattern, with the occurrences a dependency may ship and why they are harmless. */
export interface ForbiddenPattern {
  readonly name: string;
  readonly pattern: RegExp;
  readonly allowed?: {
    readonly file: RegExp;
    /** When set, the exception holds only in a file that also contains this (the dependency's own code). */
    readonly marker?: RegExp;
    readonly count: number;
    readonly why: string;
  };
}

/** Parses a CSP string into directive → sources (directive names lower-cased, as browsers do). */
export function parseCsp(policy: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    // The first occurrence of a directive wins; a browser ignores later duplicates.
    if (name && !(name.toLowerCase() in out)) out[name.toLowerCase()] = sources;
  }
  return out;
}

/** Compares the extension pages' CSP with the intended policy, directive by directive. */
export function checkCsp(manifest: Manifest, intended: Record<string, readonly string[]>): string[] {
  const csp = manifest.content_security_policy;
  if (typeof csp === 'string') return ['content_security_policy is an MV2 string; MV3 needs { extension_pages }'];
  const policy = csp?.extension_pages;
  if (typeof policy !== 'string') return ['content_security_policy.extension_pages is missing'];
  const actual = parseCsp(policy);
  const problems: string[] = [];
  for (const [directive, sources] of Object.entries(intended)) {
    const found = actual[directive];
    if (!found) problems.push(`CSP lacks ${directive} ${sources.join(' ')}`);
    else if ([...found].sort().join(' ') !== [...sources].sort().join(' ')) {
      problems.push(`CSP ${directive} is "${found.join(' ')}", intended "${sources.join(' ')}"`);
    }
  }
  for (const directive of Object.keys(actual)) {
    if (!(directive in intended)) problems.push(`CSP has an unexpected directive ${directive}`);
  }
  if (csp && 'sandbox' in csp) problems.push('content_security_policy.sandbox is set (no sandboxed pages expected)');
  return problems;
}

/** What a browser's manifest may ask for. */
export interface PermissionPolicy {
  /** Exactly these permissions, no more and no fewer. */
  readonly permissions: readonly string[];
  /** Optional permissions the user may grant at run time. */
  readonly optionalPermissions?: readonly string[];
  /** Optional host permissions (journal sites the user adds at run time). */
  readonly optionalHostPermissions?: readonly string[];
  /** Never anywhere: not required, not optional, not as a host pattern. */
  readonly forbidden: readonly string[];
}

/** The manifest asks for exactly the allowed permissions, and none of the forbidden ones anywhere. */
export function checkPermissions(manifest: Manifest, policy: PermissionPolicy): string[] {
  const problems: string[] = [];
  const asked = manifest.permissions ?? [];
  for (const permission of asked) {
    if (!policy.permissions.includes(permission)) problems.push(`permission ${permission} is not in the allow-list`);
  }
  for (const permission of policy.permissions) {
    if (!asked.includes(permission)) problems.push(`permission ${permission} is allowed but not asked for`);
  }
  for (const permission of manifest.optional_permissions ?? []) {
    if (!(policy.optionalPermissions ?? []).includes(permission)) {
      problems.push(`optional permission ${permission} is not in the allow-list`);
    }
  }
  for (const host of manifest.optional_host_permissions ?? []) {
    if (!(policy.optionalHostPermissions ?? []).includes(host)) {
      problems.push(`optional host permission ${host} is not in the allow-list`);
    }
  }
  const everything = [
    ...asked,
    ...(manifest.optional_permissions ?? []),
    ...(manifest.host_permissions ?? []),
    ...(manifest.optional_host_permissions ?? []),
  ];
  for (const permission of policy.forbidden) {
    if (everything.includes(permission)) problems.push(`forbidden permission ${permission}`);
  }
  const allowedOptional = new Set(policy.optionalHostPermissions ?? []);
  for (const pattern of everything) {
    // A host pattern matching every site is as broad as <all_urls>, unless it is an optional host
    // permission the allow-list names (asked for one origin at a time, never granted at install).
    if (!/^(\*|https?|wss?):\/\/\*\//.test(pattern)) continue;
    const optionalOnly =
      allowedOptional.has(pattern) &&
      !asked.includes(pattern) &&
      !(manifest.host_permissions ?? []).includes(pattern) &&
      !(manifest.optional_permissions ?? []).includes(pattern);
    if (!optionalOnly) problems.push(`host pattern ${pattern} matches every site`);
  }
  return problems;
}

/** None of the forbidden manifest keys is present. */
export function checkForbiddenKeys(manifest: Manifest, keys: readonly string[]): string[] {
  return keys.filter((key) => key in manifest).map((key) => `manifest has forbidden key ${key}`);
}

/** The content scripts run exactly on the expected match patterns. */
export function checkContentScriptMatches(manifest: Manifest, expected: readonly string[]): string[] {
  const matches = (manifest.content_scripts ?? []).flatMap((script) => script.matches);
  const problems: string[] = [];
  for (const match of matches) if (!expected.includes(match)) problems.push(`content script matches ${match}`);
  for (const match of expected) if (!matches.includes(match)) problems.push(`content script misses ${match}`);
  return problems;
}

/** Counts each forbidden pattern per file against its documented exception. */
export function scanForbiddenJs(files: readonly BuiltFile[], patterns: readonly ForbiddenPattern[]): string[] {
  const problems: string[] = [];
  for (const { name, pattern, allowed } of patterns) {
    for (const file of files) {
      const count = file.text.match(pattern)?.length ?? 0;
      const applies = allowed?.file.test(file.name) && (allowed.marker?.test(file.text) ?? true);
      const permitted = allowed && applies ? allowed.count : 0;
      if (count > permitted) problems.push(`${name} found ${count}× in ${file.name} (allowed ${permitted})`);
    }
  }
  return problems;
}

/** Every URL named in the built JS starts with an allowed prefix. */
export function scanUrls(files: readonly BuiltFile[], allowedPrefixes: readonly string[]): string[] {
  const problems: string[] = [];
  for (const file of files) {
    // Regex sources in the bundle escape their dots (`www\\.nav\\.no`): compare without the escapes.
    // A URL ends at white space, a quote, a bracket or an ellipsis (UI text such as "(https://…)").
    for (const found of file.text.match(/https?:\/\/[^\s"'`)…]+/g) ?? []) {
      const url = found.replace(/\\/g, '');
      if (!allowedPrefixes.some((prefix) => url.startsWith(prefix) || `${url}/` === prefix)) {
        problems.push(`${url} in ${file.name} is not in ALLOWED_URL_PREFIXES`);
      }
    }
  }
  return problems;
}

/** The parts of package.json and package-lock.json (lockfileVersion 3) the provenance gate reads. */
export interface PackageJson {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}
export interface Lockfile {
  lockfileVersion?: number;
  packages?: Record<
    string,
    { version?: string; resolved?: string; integrity?: string; link?: boolean; inBundle?: boolean; dev?: boolean }
  >;
}

const EXACT_VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
const REGISTRY = 'https://registry.npmjs.org/';

/**
 * Lockfile provenance: every installed package comes from the npm registry with a sha512 integrity,
 * and package.json pins exact versions (no ranges, tags, git, file or http sources).
 */
export function checkLockfile(pkg: PackageJson, lock: Lockfile): string[] {
  const problems: string[] = [];
  for (const group of ['dependencies', 'devDependencies', 'optionalDependencies'] as const) {
    for (const [name, spec] of Object.entries(pkg[group] ?? {})) {
      if (!EXACT_VERSION.test(spec)) problems.push(`${group}.${name} is "${spec}", not an exact version`);
    }
  }
  if (lock.lockfileVersion !== 3) problems.push(`lockfileVersion is ${lock.lockfileVersion}, expected 3`);
  const packages = Object.entries(lock.packages ?? {});
  if (packages.length === 0) problems.push('the lockfile lists no packages');
  for (const [path, entry] of packages) {
    if (path === '') continue; // The project itself.
    if (entry.link) {
      problems.push(`${path} is a link (a local folder, not a registry package)`);
      continue;
    }
    // Bundled dependencies ship inside their parent's tarball, which the parent's integrity covers.
    if (entry.inBundle) continue;
    if (!entry.version || !EXACT_VERSION.test(entry.version)) {
      problems.push(`${path} has version "${entry.version}", not a registry version`);
    }
    if (!entry.integrity) problems.push(`${path} has no integrity`);
    else if (!entry.integrity.split(/\s+/).every((hash) => hash.startsWith('sha512-'))) {
      problems.push(`${path} integrity is not sha512 (${entry.integrity.slice(0, 12)}…)`);
    }
    // npm omits `resolved` for registry packages when omit-lockfile-registry-resolved is set.
    if (entry.resolved !== undefined && !entry.resolved.startsWith(REGISTRY)) {
      problems.push(`${path} resolves from ${entry.resolved}, not ${REGISTRY}`);
    }
  }
  return problems;
}
