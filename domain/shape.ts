// A small validator for untrusted data (stored cases, messages between contexts, page snapshots) and
// for the content files' shapes: only what domain/ needs, so the panel's start stays small.
//
// Every shape checks a value and gives back a fresh copy of what it accepted (objects and arrays are
// rebuilt, only declared keys kept). Objects are strict: a key the shape does not declare, own or
// inherited, enumerable, rejects the value (`__proto__` included). Arrays are checked against their
// length caps before any item is read, so a huge array is refused at once. `safeParse` never throws:
// a value whose reading throws (a hostile getter or proxy) is refused like any other.

/** Where in a value a problem was found: object keys and array indexes from the outside in. */
export type IssuePath = (string | number)[];

/** One problem found in a value. */
export interface Issue {
  readonly path: IssuePath;
  readonly message: string;
}

/** What checking a value gave: the accepted copy, or the problems found. */
export type ParseResult<T> =
  | { readonly success: true; readonly data: T; readonly error?: undefined }
  | { readonly success: false; readonly data?: undefined; readonly error: { readonly issues: Issue[] } };

/**
 * Checks `input`, adds any problems to `issues` (paths relative to this value) and returns the
 * accepted copy; the copy is only meaningful when no issue was added.
 */
type Run<T> = (input: unknown, issues: Issue[]) => T;

/** A check for one kind of value, with `T` the type of what it accepts. */
export interface Shape<T> {
  /** Checks a value without throwing. */
  readonly safeParse: (input: unknown) => ParseResult<T>;
  /** The check itself, for shapes built from this one. */
  readonly run: Run<T>;
}

/** A shape whose key may be left out of an object (or hold undefined). */
export interface OptionalShape<T> extends Shape<T | undefined> {
  readonly optional: true;
}

/** A shape accepting exactly one value. */
export interface LiteralShape<V extends Primitive> extends Shape<V> {
  readonly value: V;
}

/** A strict object's shape, its fields kept so that tagged unions can read their tags. */
export interface ObjectShape<F extends Fields> extends Shape<ObjectOf<F>> {
  readonly fields: F;
}

/** The type of what a shape accepts. */
export type Infer<S> = S extends Shape<infer T> ? T : never;

type Primitive = string | number | boolean;
type Fields = Readonly<Record<string, Shape<unknown>>>;
type RequiredKeys<F extends Fields> = { [K in keyof F]: F[K] extends OptionalShape<unknown> ? never : K }[keyof F];
type OptionalKeys<F extends Fields> = Exclude<keyof F, RequiredKeys<F>>;
type Simplify<T> = { [K in keyof T]: T[K] } & {};
type ObjectOf<F extends Fields> = Simplify<
  { -readonly [K in RequiredKeys<F>]: Infer<F[K]> } & { -readonly [K in OptionalKeys<F>]?: Infer<F[K]> }
>;

function fail(issues: Issue[], message: string, path: IssuePath = []): void {
  issues.push({ path, message });
}

/** Puts `key` in front of the paths of the issues added since `from`. */
function prefix(issues: Issue[], from: number, key: string | number): void {
  for (let at = from; at < issues.length; at += 1) issues[at]?.path.unshift(key);
}

function shapeOf<T, X extends object>(run: Run<T>, extra: X): Shape<T> & X {
  return {
    ...extra,
    run,
    safeParse(input: unknown): ParseResult<T> {
      const issues: Issue[] = [];
      let data: T;
      try {
        data = run(input, issues);
      } catch {
        return { success: false, error: { issues: [{ path: [], message: 'the value could not be read' }] } };
      }
      return issues.length === 0 ? { success: true, data } : { success: false, error: { issues } };
    },
  };
}

/** Length bounds on a string or an array, inclusive. */
interface LengthBounds {
  readonly min?: number;
  readonly max?: number;
}

function checkLength(length: number, bounds: LengthBounds, issues: Issue[]): boolean {
  if (bounds.max !== undefined && length > bounds.max) fail(issues, `at most ${bounds.max} long`);
  else if (bounds.min !== undefined && length < bounds.min) fail(issues, `at least ${bounds.min} long`);
  else return true;
  return false;
}

/** A string, optionally of a length in UTF-16 units between `min` and `max` and matching `pattern`. */
export function string(rules: LengthBounds & { readonly pattern?: RegExp } = {}): Shape<string> {
  return shapeOf((input, issues) => {
    if (typeof input !== 'string') fail(issues, 'expected a string');
    else if (checkLength(input.length, rules, issues) && rules.pattern) {
      rules.pattern.lastIndex = 0;
      if (!rules.pattern.test(input)) fail(issues, `does not match ${rules.pattern}`);
    }
    return input as string;
  }, {});
}

/** A finite number, optionally a safe integer (`int`) between `min` and `max` inclusive. */
export function number(
  rules: { readonly int?: boolean; readonly min?: number; readonly max?: number } = {},
): Shape<number> {
  return shapeOf((input, issues) => {
    if (typeof input !== 'number' || !Number.isFinite(input)) fail(issues, 'expected a finite number');
    else if (rules.int && !Number.isSafeInteger(input)) fail(issues, 'expected a whole number');
    else if (rules.min !== undefined && input < rules.min) fail(issues, `at least ${rules.min}`);
    else if (rules.max !== undefined && input > rules.max) fail(issues, `at most ${rules.max}`);
    return input as number;
  }, {});
}

/** true or false. */
export function boolean(): Shape<boolean> {
  return shapeOf((input, issues) => {
    if (typeof input !== 'boolean') fail(issues, 'expected true or false');
    return input as boolean;
  }, {});
}

/** Exactly `value`. */
export function literal<V extends Primitive>(value: V): LiteralShape<V> {
  return shapeOf(
    (input, issues) => {
      if (input !== value) fail(issues, `expected ${JSON.stringify(value)}`);
      return value;
    },
    { value },
  );
}

/** One of the strings in `values`. */
export function oneOf<const V extends readonly string[]>(values: V): Shape<V[number]> {
  const allowed = new Set<unknown>(values);
  return shapeOf((input, issues) => {
    if (!allowed.has(input)) fail(issues, `expected one of ${values.join(', ')}`);
    return input as V[number];
  }, {});
}

/** null, or what `inner` accepts. */
export function nullable<T>(inner: Shape<T>): Shape<T | null> {
  return shapeOf((input, issues) => (input === null ? null : inner.run(input, issues)), {});
}

/** In an object: the key may be absent; if present, undefined or what `inner` accepts. */
export function optional<T>(inner: Shape<T>): OptionalShape<T> {
  return shapeOf((input, issues) => (input === undefined ? undefined : inner.run(input, issues)), {
    optional: true as const,
  });
}

/** An array of what `item` accepts, its length between `min` and `max` (checked before any item is read). */
export function array<T>(item: Shape<T>, bounds: LengthBounds = {}): Shape<T[]> {
  return shapeOf((input, issues) => {
    const out: T[] = [];
    if (!Array.isArray(input)) fail(issues, 'expected an array');
    else if (checkLength(input.length, bounds, issues)) {
      for (let index = 0; index < input.length; index += 1) {
        const before = issues.length;
        out.push(item.run(input[index], issues));
        prefix(issues, before, index);
      }
    }
    return out;
  }, {});
}

/** True for what an object shape reads: any non-null object that is not an array. */
function isObjectLike(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An object with exactly the keys of `fields` (optional ones may be absent); any other enumerable key rejects it. */
export function object<const F extends Fields>(fields: F): ObjectShape<F> {
  const keys = Object.keys(fields);
  const known = new Set(keys);
  return shapeOf(
    (input, issues) => {
      const out: Record<string, unknown> = {};
      if (!isObjectLike(input)) {
        fail(issues, 'expected an object');
        return out as ObjectOf<F>;
      }
      for (const key of keys) {
        const field = fields[key] as Shape<unknown>;
        const value = input[key];
        if (!(key in input)) {
          if (!('optional' in field)) fail(issues, 'required', [key]);
          continue;
        }
        const before = issues.length;
        out[key] = field.run(value, issues);
        prefix(issues, before, key);
      }
      for (const key in input) if (!known.has(key)) fail(issues, 'unknown key', [key]);
      return out as ObjectOf<F>;
    },
    { fields },
  );
}

/** The first of `options` that accepts the value. */
export function union<const O extends readonly Shape<unknown>[]>(options: O): Shape<Infer<O[number]>> {
  return shapeOf((input, issues) => {
    for (const option of options) {
      const tried: Issue[] = [];
      const value = option.run(input, tried);
      if (tried.length === 0) return value as Infer<O[number]>;
    }
    fail(issues, 'matches none of the allowed forms');
    return input as Infer<O[number]>;
  }, {});
}

/** An object checked by the one of `options` whose `tag` field's literal equals the value's `tag`. */
export function tagged<const O extends readonly ObjectShape<Fields>[]>(
  tag: string,
  options: O,
): Shape<Infer<O[number]>> {
  const byTag = new Map<unknown, Shape<unknown>>();
  for (const option of options) {
    const field = option.fields[tag];
    if (!field || !('value' in field)) throw new Error(`tagged: every option needs a literal "${tag}"`);
    byTag.set((field as LiteralShape<Primitive>).value, option);
  }
  return shapeOf((input, issues) => {
    if (!isObjectLike(input)) {
      fail(issues, 'expected an object');
      return input as Infer<O[number]>;
    }
    const option = byTag.get(input[tag]);
    if (!option) {
      fail(issues, `unknown ${tag}`, [tag]);
      return input as Infer<O[number]>;
    }
    return option.run(input, issues) as Infer<O[number]>;
  }, {});
}

/** `inner`, plus a test run on what it accepted; a failed test is reported with `message` at `path`. */
export function refine<S extends Shape<unknown>>(
  inner: S,
  test: (value: Infer<S>) => boolean,
  message: string,
  path: IssuePath = [],
): S {
  return shapeOf(
    (input, issues) => {
      const before = issues.length;
      const value = inner.run(input, issues) as Infer<S>;
      if (issues.length === before && !test(value)) fail(issues, message, [...path]);
      return value;
    },
    inner as Omit<S, 'run' | 'safeParse'>,
  ) as unknown as S;
}
