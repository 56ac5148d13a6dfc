import { describe, expect, it } from 'vitest';
import * as s from '../../../domain/shape';

function accepts<T>(shape: s.Shape<T>, value: unknown): boolean {
  return shape.safeParse(value).success;
}

function pathsOf<T>(shape: s.Shape<T>, value: unknown): string[] {
  const result = shape.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('string', () => {
  it('takes strings only, within its length bounds in UTF-16 units', () => {
    const shape = s.string({ min: 2, max: 3 });
    expect(shape.safeParse('ab')).toEqual({ success: true, data: 'ab' });
    expect(accepts(shape, 'abc')).toBe(true);
    expect(accepts(shape, 'a')).toBe(false);
    expect(accepts(shape, 'abcd')).toBe(false);
    expect(accepts(shape, '😀')).toBe(true);
    expect(accepts(shape, '😀😀')).toBe(false);
    for (const other of [2, null, undefined, {}, [], new String('ab'), true]) expect(accepts(shape, other)).toBe(false);
  });

  it('matches its pattern, even one with a global flag used before', () => {
    const pattern = /^a+$/g;
    const shape = s.string({ pattern });
    pattern.test('aaa');
    expect(accepts(shape, 'aaa')).toBe(true);
    expect(accepts(shape, 'aab')).toBe(false);
    expect(accepts(s.string(), '')).toBe(true);
  });
});

describe('number', () => {
  it('takes finite numbers only', () => {
    const shape = s.number();
    expect(accepts(shape, 1.5)).toBe(true);
    expect(accepts(shape, -0)).toBe(true);
    for (const other of [
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      '1',
      new Number(1),
      null,
      1n,
    ]) {
      expect(accepts(shape, other)).toBe(false);
    }
  });

  it('checks int (safe integers) and inclusive min and max', () => {
    const shape = s.number({ int: true, min: 0, max: 10 });
    expect(accepts(shape, 0)).toBe(true);
    expect(accepts(shape, 10)).toBe(true);
    expect(accepts(shape, 11)).toBe(false);
    expect(accepts(shape, -1)).toBe(false);
    expect(accepts(shape, 2.5)).toBe(false);
    expect(accepts(s.number({ int: true }), 2 ** 53)).toBe(false);
    expect(accepts(s.number({ int: true }), 2 ** 53 - 1)).toBe(true);
    expect(accepts(s.number({ min: -1, max: 1 }), 0.5)).toBe(true);
  });
});

describe('boolean, literal, oneOf, nullable', () => {
  it('boolean takes true and false only', () => {
    expect(accepts(s.boolean(), true)).toBe(true);
    expect(accepts(s.boolean(), false)).toBe(true);
    expect(accepts(s.boolean(), 0)).toBe(false);
    expect(accepts(s.boolean(), 'true')).toBe(false);
  });

  it('literal takes its one value, compared strictly', () => {
    expect(accepts(s.literal(true), true)).toBe(true);
    expect(accepts(s.literal(true), 1)).toBe(false);
    expect(accepts(s.literal(1), 1)).toBe(true);
    expect(accepts(s.literal(1), '1')).toBe(false);
    expect(accepts(s.literal('a'), 'a')).toBe(true);
    expect(accepts(s.literal('a'), 'A')).toBe(false);
  });

  it('oneOf takes the listed strings only', () => {
    const shape = s.oneOf(['leder', 'lege']);
    expect(accepts(shape, 'lege')).toBe(true);
    expect(accepts(shape, 'veileder')).toBe(false);
    expect(accepts(shape, new String('lege'))).toBe(false);
    expect(accepts(shape, 'toString')).toBe(false);
  });

  it('nullable adds null, not undefined', () => {
    const shape = s.nullable(s.string());
    expect(shape.safeParse(null)).toEqual({ success: true, data: null });
    expect(accepts(shape, 'x')).toBe(true);
    expect(accepts(shape, undefined)).toBe(false);
    expect(accepts(shape, 1)).toBe(false);
  });
});

describe('array', () => {
  it('takes arrays of its item within its length bounds, and copies them', () => {
    const shape = s.array(s.number(), { min: 1, max: 3 });
    const input = [1, 2];
    const result = shape.safeParse(input);
    expect(result).toEqual({ success: true, data: [1, 2] });
    expect(result.data).not.toBe(input);
    expect(accepts(shape, [])).toBe(false);
    expect(accepts(shape, [1, 2, 3, 4])).toBe(false);
    expect(accepts(shape, [1, 'two'])).toBe(false);
    expect(accepts(shape, { 0: 1, length: 1 })).toBe(false);
    expect(accepts(shape, 'abc')).toBe(false);
  });

  it('reads a hole as undefined, so it fails the item', () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    expect(accepts(s.array(s.string()), [, 'a'])).toBe(false);
    expect(accepts(s.array(s.nullable(s.string())), [null, 'a'])).toBe(true);
  });

  it('refuses an array over its cap without reading a single item', () => {
    let reads = 0;
    const huge = new Proxy(new Array(10_000_000), {
      get(target, key, receiver) {
        if (key !== 'length') reads += 1;
        return Reflect.get(target, key, receiver);
      },
    });
    const result = s.array(s.string(), { max: 500 }).safeParse(huge);
    expect(result.success).toBe(false);
    expect(reads).toBe(0);
  });

  it('reports an item’s problem at its index', () => {
    expect(pathsOf(s.array(s.string()), ['a', 'b', 3])).toEqual(['2']);
  });
});

describe('object', () => {
  const shape = s.object({ name: s.string(), age: s.optional(s.number()) });

  it('takes its keys, an optional one absent or undefined, and copies only them', () => {
    expect(shape.safeParse({ name: 'a', age: 3 })).toEqual({ success: true, data: { name: 'a', age: 3 } });
    const absent = shape.safeParse({ name: 'a' });
    expect(absent.success && Object.keys(absent.data)).toEqual(['name']);
    const undefinedAge = shape.safeParse({ name: 'a', age: undefined });
    expect(undefinedAge.success && Object.keys(undefinedAge.data)).toEqual(['name', 'age']);
    expect(accepts(shape, { age: 3 })).toBe(false);
    expect(accepts(shape, { name: 'a', age: 'three' })).toBe(false);
  });

  it('is strict: an undeclared key rejects the object, own or inherited', () => {
    expect(pathsOf(shape, { name: 'a', extra: 1 })).toEqual(['extra']);
    expect(accepts(shape, Object.assign(Object.create({ extra: 1 }), { name: 'a' }))).toBe(false);
    expect(accepts(shape, { name: 'a', extra: undefined })).toBe(false);
  });

  it('rejects a __proto__ key, and leaves the copy’s prototype alone', () => {
    const hostile = JSON.parse('{"name":"a","__proto__":{"polluted":true}}');
    expect(accepts(shape, hostile)).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const result = s.object({ name: s.string() }).safeParse({ name: 'a' });
    expect(result.success && Object.getPrototypeOf(result.data)).toBe(Object.prototype);
  });

  it('ignores symbol and non-enumerable keys, as JSON would', () => {
    const value: Record<string | symbol, unknown> = { name: 'a', [Symbol('s')]: 1 };
    Object.defineProperty(value, 'hidden', { value: 1, enumerable: false });
    expect(accepts(shape, value)).toBe(true);
  });

  it('takes no arrays, null or primitives', () => {
    for (const other of [null, undefined, [], ['a'], 'a', 1]) expect(accepts(shape, other)).toBe(false);
    expect(accepts(s.object({}), {})).toBe(true);
    expect(accepts(s.object({}), Object.create(null))).toBe(true);
  });

  it('reports nested problems with their full paths, all of them', () => {
    const nested = s.object({ list: s.array(s.object({ id: s.string({ min: 1 }) })), flag: s.boolean() });
    expect(pathsOf(nested, { list: [{ id: 'a' }, { id: '' }, { id: 'b', x: 1 }], flag: 'no' })).toEqual([
      'list.1.id',
      'list.2.x',
      'flag',
    ]);
    expect(pathsOf(nested, { list: [] })).toEqual(['flag']);
  });

  it('never throws: a getter that throws or a revoked proxy is refused', () => {
    const throwing = {
      get name(): string {
        throw new Error('hostile');
      },
    };
    expect(accepts(shape, throwing)).toBe(false);
    const { proxy, revoke } = Proxy.revocable({ name: 'a' }, {});
    revoke();
    expect(accepts(shape, proxy)).toBe(false);
    const result = shape.safeParse(throwing);
    expect(result.success ? null : result.error.issues[0]?.message).toMatch(/could not be read/);
  });

  it('reads a getter once and keeps what it gave', () => {
    let reads = 0;
    const value = {
      get name() {
        reads += 1;
        return `read ${reads}`;
      },
    };
    expect(shape.safeParse(value)).toEqual({ success: true, data: { name: 'read 1' } });
    expect(reads).toBe(1);
  });
});

describe('union and tagged', () => {
  it('union takes the first option that accepts the value', () => {
    const shape = s.union([s.literal(1), s.string({ max: 2 })]);
    expect(accepts(shape, 1)).toBe(true);
    expect(accepts(shape, 'ab')).toBe(true);
    expect(accepts(shape, 'abc')).toBe(false);
    expect(accepts(shape, 2)).toBe(false);
    expect(pathsOf(shape, 2)).toEqual(['']);
  });

  it('tagged picks the option by its tag, and reports an unknown tag at the tag', () => {
    const shape = s.tagged('type', [
      s.object({ type: s.literal('a'), a: s.number() }),
      s.object({ type: s.literal('b'), b: s.string() }),
    ]);
    expect(shape.safeParse({ type: 'a', a: 1 })).toEqual({ success: true, data: { type: 'a', a: 1 } });
    expect(accepts(shape, { type: 'b', b: 'x' })).toBe(true);
    expect(accepts(shape, { type: 'a', b: 'x' })).toBe(false);
    expect(pathsOf(shape, { type: 'c' })).toEqual(['type']);
    expect(pathsOf(shape, { type: 'b', b: 1 })).toEqual(['b']);
    for (const other of [null, [], 'a', { type: 'toString' }]) expect(accepts(shape, other)).toBe(false);
  });

  it('tagged refuses, when built, an option without a literal tag', () => {
    expect(() => s.tagged('type', [s.object({ type: s.string() })])).toThrow(/literal/);
  });
});

describe('refine', () => {
  const period = s.refine(
    s.object({ from: s.number(), to: s.number() }),
    (value) => value.to >= value.from,
    'to before from',
    ['to'],
  );

  it('runs its test on what the inner shape accepted, and reports at its path', () => {
    expect(accepts(period, { from: 1, to: 2 })).toBe(true);
    const result = period.safeParse({ from: 2, to: 1 });
    expect(result.success ? [] : result.error.issues).toEqual([{ path: ['to'], message: 'to before from' }]);
  });

  it('does not run its test when the inner shape failed', () => {
    let runs = 0;
    const shape = s.refine(
      s.string(),
      () => {
        runs += 1;
        return true;
      },
      'never',
    );
    expect(accepts(shape, 1)).toBe(false);
    expect(runs).toBe(0);
  });

  it('keeps what the inner shape is: an object’s fields for tagged, optional for objects', () => {
    const tagged = s.tagged('kind', [s.refine(s.object({ kind: s.literal('x') }), () => true, 'never')]);
    expect(accepts(tagged, { kind: 'x' })).toBe(true);
    const outer = s.object({ when: s.refine(s.optional(s.string()), () => true, 'never') });
    expect(accepts(outer, {})).toBe(true);
  });
});
