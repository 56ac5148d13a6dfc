import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkLockfile, type Lockfile, type PackageJson } from '../../build/gates';

// Lockfile provenance: what `npm ci` installs is exactly what was reviewed. Runs without a build.

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as PackageJson;
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as Lockfile;

describe('lockfile provenance', () => {
  it('every package comes from the npm registry with a sha512 integrity, and package.json pins exact versions', () => {
    expect(Object.keys(lock.packages ?? {}).length).toBeGreaterThan(100);
    expect(checkLockfile(pkg, lock)).toEqual([]);
  });

  it('the lockfile agrees with package.json', () => {
    const root = lock.packages?.[''] as PackageJson | undefined;
    expect(root?.dependencies).toEqual(pkg.dependencies);
    expect(root?.devDependencies).toEqual(pkg.devDependencies);
    for (const [name, version] of Object.entries({ ...pkg.dependencies, ...pkg.devDependencies })) {
      expect(lock.packages?.[`node_modules/${name}`]?.version, name).toBe(version);
    }
  });
});

describe('the lockfile gate bites', () => {
  const firstPath = Object.keys(lock.packages ?? {}).find((path) => path !== '') ?? '';
  const mutateEntry = (change: Record<string, unknown>): Lockfile => {
    const copy = structuredClone(lock);
    const packages = copy.packages ?? {};
    packages[firstPath] = { ...packages[firstPath], ...change };
    return copy;
  };

  it.each([
    ['a sha1 integrity', { integrity: 'sha1-2jmj7l5rSw0yVb/vlWAYkK/YBwk=' }],
    ['no integrity', { integrity: undefined }],
    ['a git source', { resolved: 'git+ssh://git@github.com/evil/pkg.git#abc' }],
    ['another registry', { resolved: 'https://registry.example/pkg/-/pkg-1.0.0.tgz' }],
    ['a local folder link', { link: true }],
    ['a tarball by URL as version', { version: 'https://example.org/pkg.tgz' }],
  ])('%s → reported', (_name, change) => {
    expect(checkLockfile(pkg, mutateEntry(change))).toHaveLength(1);
  });

  it('accepts a resolved URL on the npm registry', () => {
    expect(checkLockfile(pkg, mutateEntry({ resolved: 'https://registry.npmjs.org/x/-/x-1.0.0.tgz' }))).toEqual([]);
  });

  it.each(['^1.2.3', '~1.2.3', '*', 'latest', '>=1.0.0', '1.x', 'github:evil/pkg', 'file:../pkg', 'https://x/p.tgz'])(
    'a dependency pinned as %s → reported',
    (spec) => {
      const mutated: PackageJson = { ...pkg, dependencies: { ...pkg.dependencies, preact: spec } };
      expect(checkLockfile(mutated, lock)).toEqual([`dependencies.preact is "${spec}", not an exact version`]);
    },
  );
});
