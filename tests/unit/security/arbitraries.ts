import fc from 'fast-check';
import type { PageSnapshot } from '../../../domain/page-snapshot';
import { SNAPSHOT_LIMITS } from '../../../domain/page-snapshot';
import type { SenderInfo, SenderPolicy } from '../../../domain/sender';

// Generators for hostile messages and senders, shared by the hostility tests and their mutation
// check. Every generator of "malformed" messages is malformed by construction: a valid message with
// exactly one thing broken, or something that is not a message at all.

export const POLICY: SenderPolicy = {
  extensionId: 'ourextensionid',
  extensionOrigin: 'chrome-extension://ourextensionid',
  pageOrigins: ['https://www.nav.no', 'https://syfomodiaperson.intern.nav.no'],
};

export const NAV_PAGE = 'https://www.nav.no/syk/oppfolgingsplan/x/ny-plan';

/** Our content script in the top frame of a NAV tab. */
export const CONTENT_SCRIPT: SenderInfo = {
  id: POLICY.extensionId,
  url: NAV_PAGE,
  origin: 'https://www.nav.no',
  frameId: 0,
  tab: { id: 7 },
};

/** Our side panel. */
export const PANEL: SenderInfo = {
  id: POLICY.extensionId,
  url: `${POLICY.extensionOrigin}/sidepanel.html`,
  origin: POLICY.extensionOrigin,
};

/** A valid snapshot, as the fake tab answers when the hub asks it (so an accepted request would change state). */
export const VALID_SNAPSHOT: PageSnapshot = {
  url: NAV_PAGE,
  title: 'Oppfølgingsplan',
  headings: [{ level: 2, text: 'Arbeidsoppgaver' }],
  fields: [{ id: 'typiskArbeidshverdag', name: '', label: 'Hvordan ser en vanlig arbeidsdag ut?', tag: 'textarea' }],
};

// ── valid messages (the starting points of the near misses) ────────────────────────────────────

const text = (max: number) => fc.string({ maxLength: Math.min(max, 40) });

const headingArb = fc.record({ level: fc.constantFrom(1, 2, 3), text: text(SNAPSHOT_LIMITS.headingLength) });
const fieldArb = fc.record({
  id: text(SNAPSHOT_LIMITS.nameLength),
  name: text(SNAPSHOT_LIMITS.nameLength),
  label: text(SNAPSHOT_LIMITS.labelLength),
  tag: fc.constantFrom('input', 'textarea', 'select'),
});

/** A valid page snapshot (small). */
export const snapshotArb: fc.Arbitrary<PageSnapshot> = fc.record({
  url: fc.oneof(fc.webUrl(), fc.constant(NAV_PAGE)),
  title: text(SNAPSHOT_LIMITS.titleLength),
  headings: fc.array(headingArb, { maxLength: 3 }),
  fields: fc.array(fieldArb, { maxLength: 3 }),
});

const tabIdArb = fc.integer({ min: 0, max: 2 ** 31 - 1 });

/** A message the background accepts (from the right sender). */
export const validBackgroundMessageArb = fc.oneof(
  fc.record({ type: fc.constant('pageSnapshot' as const), snapshot: snapshotArb }),
  fc.record({ type: fc.constant('getSnapshot' as const), tabId: tabIdArb }),
);

/** A message a side panel accepts (from the background). */
export const validSnapshotChangedArb = fc.record({
  type: fc.constant('snapshotChanged' as const),
  tabId: tabIdArb,
  snapshot: snapshotArb,
});

// ── near misses: one thing broken ───────────────────────────────────────────────────────────

type Kind =
  | { readonly kind: 'string'; readonly max: number }
  | { readonly kind: 'type' | 'tabId' | 'level' | 'tag' }
  | { readonly kind: 'array'; readonly max: number; readonly item: 'heading' | 'field' }
  | { readonly kind: 'object' };

type Bag = Record<string, unknown>;

interface Slot {
  readonly parent: Bag;
  readonly key: string;
  readonly shape: Kind;
}

const SNAPSHOT_SLOTS: Record<string, Kind> = {
  url: { kind: 'string', max: SNAPSHOT_LIMITS.urlLength },
  title: { kind: 'string', max: SNAPSHOT_LIMITS.titleLength },
  headings: { kind: 'array', max: SNAPSHOT_LIMITS.headings, item: 'heading' },
  fields: { kind: 'array', max: SNAPSHOT_LIMITS.fields, item: 'field' },
};
const HEADING_SLOTS: Record<string, Kind> = {
  level: { kind: 'level' },
  text: { kind: 'string', max: SNAPSHOT_LIMITS.headingLength },
};
const FIELD_SLOTS: Record<string, Kind> = {
  id: { kind: 'string', max: SNAPSHOT_LIMITS.nameLength },
  name: { kind: 'string', max: SNAPSHOT_LIMITS.nameLength },
  label: { kind: 'string', max: SNAPSHOT_LIMITS.labelLength },
  tag: { kind: 'tag' },
};

/** Every required key of a (valid) message, with what it must hold. */
function slotsOf(message: Bag): Slot[] {
  const slots: Slot[] = [{ parent: message, key: 'type', shape: { kind: 'type' } }];
  if ('tabId' in message) slots.push({ parent: message, key: 'tabId', shape: { kind: 'tabId' } });
  const snapshot = message.snapshot as Bag | undefined;
  if (!snapshot) return slots;
  slots.push({ parent: message, key: 'snapshot', shape: { kind: 'object' } });
  for (const [key, shape] of Object.entries(SNAPSHOT_SLOTS)) slots.push({ parent: snapshot, key, shape });
  for (const heading of snapshot.headings as Bag[]) {
    for (const [key, shape] of Object.entries(HEADING_SLOTS)) slots.push({ parent: heading, key, shape });
  }
  for (const field of snapshot.fields as Bag[]) {
    for (const [key, shape] of Object.entries(FIELD_SLOTS)) slots.push({ parent: field, key, shape });
  }
  return slots;
}

/** Every object in a message that a strict schema guards (where an extra key must be refused). */
function objectsOf(message: Bag): Bag[] {
  const snapshot = message.snapshot as Bag | undefined;
  if (!snapshot) return [message];
  return [message, snapshot, ...(snapshot.headings as Bag[]), ...(snapshot.fields as Bag[])];
}

const notAString = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }),
  fc.bigInt(),
  fc.date({ noInvalidDate: true }),
);

const notATabId = fc.oneof(
  fc.integer({ max: -1 }),
  fc.double({ min: 2 ** 31 + 1, noNaN: true }),
  fc.double({ noNaN: true }).filter((value) => !Number.isInteger(value)),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
  fc.string(),
  fc.constantFrom('7', '0x7', ' 7'),
  fc.constant(null),
  fc.constant(undefined),
  fc.bigInt({ min: 0n, max: 10n }),
  fc.array(fc.nat(), { minLength: 1, maxLength: 2 }),
);

/** Values of the wrong type for each kind of slot. */
function wrongValue(shape: Kind): fc.Arbitrary<unknown> {
  switch (shape.kind) {
    case 'string':
      return notAString;
    case 'tabId':
      return notATabId;
    case 'level':
      return fc.oneof(
        fc.integer().filter((value) => value < 1 || value > 3),
        fc.constantFrom('1', '2', '3', 1.5, null, undefined, true),
      );
    case 'tag':
      return fc.oneof(
        fc.string().filter((value) => !['input', 'textarea', 'select'].includes(value)),
        fc.constantFrom('INPUT', 'Textarea', 'button', 'textarea ', 3, null),
      );
    case 'type':
      return fc.oneof(
        fc.string().filter((value) => value !== 'pageSnapshot' && value !== 'getSnapshot'),
        fc.constantFrom('snapshotChanged', 'requestSnapshot', 'PageSnapshot', 'pageSnapshot ', '', 'getsnapshot'),
        notAString.filter((value) => value !== undefined),
      );
    case 'array':
      return fc.oneof(
        notAString.filter((value) => !Array.isArray(value)),
        fc.constant({ length: 1, 0: { level: 1, text: 'x' } }),
      );
    case 'object':
      return fc.oneof(notAString, fc.constant([]), fc.constant('{}'));
  }
}

/** A value that breaks a slot's limit (too long, too many). */
function oversized(shape: Kind, extra: number): unknown {
  if (shape.kind === 'string') return 'x'.repeat(shape.max + 1 + extra);
  if (shape.kind === 'array') {
    const item =
      shape.item === 'heading' ? { level: 1, text: 'x' } : { id: 'a', name: 'b', label: 'c', tag: 'input' as const };
    return Array.from({ length: shape.max + 1 + (extra % 5) }, () => ({ ...item }));
  }
  return undefined; // Dropping the key: also malformed.
}

const extraKeyArb = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'then', 'values', 'value', 'innerHTML', ''),
  fc.string({ maxLength: 12 }),
);

/** Defines an own property, even `__proto__`, the way JSON.parse and structured clone do. */
export function defineOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

type Mutation =
  | { readonly op: 'drop'; readonly at: number }
  | { readonly op: 'extra'; readonly at: number; readonly key: string; readonly value: unknown }
  | { readonly op: 'wrong'; readonly at: number; readonly values: readonly unknown[] }
  | { readonly op: 'oversize'; readonly at: number; readonly extra: number }
  | { readonly op: 'wrap'; readonly how: 'array' | 'envelope' | 'json' | 'nested-type' };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('extra' as const), at: fc.nat(), key: extraKeyArb, value: fc.anything() }),
  fc.record({
    op: fc.constant('wrong' as const),
    at: fc.nat(),
    // One candidate per kind of slot; the mutation picks the one that fits the slot it lands on.
    values: fc.tuple(
      wrongValue({ kind: 'string', max: 0 }),
      wrongValue({ kind: 'tabId' }),
      wrongValue({ kind: 'level' }),
      wrongValue({ kind: 'tag' }),
      wrongValue({ kind: 'type' }),
      wrongValue({ kind: 'array', max: 0, item: 'field' }),
      wrongValue({ kind: 'object' }),
    ),
  }),
  fc.record({ op: fc.constant('oversize' as const), at: fc.nat(), extra: fc.nat({ max: 300 }) }),
  fc.record({ op: fc.constant('wrap' as const), how: fc.constantFrom('array', 'envelope', 'json', 'nested-type') }),
);

const KIND_INDEX: Record<Kind['kind'], number> = {
  string: 0,
  tabId: 1,
  level: 2,
  tag: 3,
  type: 4,
  array: 5,
  object: 6,
};

/** Applies one mutation to a copy of a valid message. */
function applyMutation(valid: Bag, mutation: Mutation): unknown {
  const message = structuredClone(valid);
  if (mutation.op === 'wrap') {
    if (mutation.how === 'array') return [message];
    if (mutation.how === 'envelope') return { message };
    if (mutation.how === 'json') return JSON.stringify(message);
    return {
      type: { type: message.type },
      ...Object.fromEntries(Object.entries(message).filter(([k]) => k !== 'type')),
    };
  }
  if (mutation.op === 'extra') {
    const objects = objectsOf(message);
    const target = objects[mutation.at % objects.length] as Bag;
    const key = Object.hasOwn(target, mutation.key) ? `${mutation.key}_extra` : mutation.key;
    defineOwn(target, key, mutation.value);
    return message;
  }
  const slots = slotsOf(message);
  const slot = slots[mutation.at % slots.length] as Slot;
  if (mutation.op === 'drop') delete slot.parent[slot.key];
  else if (mutation.op === 'wrong') slot.parent[slot.key] = mutation.values[KIND_INDEX[slot.shape.kind]];
  else {
    const value = oversized(slot.shape, mutation.extra);
    if (value === undefined) delete slot.parent[slot.key];
    else slot.parent[slot.key] = value;
  }
  return message;
}

/** A background message with exactly one thing wrong: a missing, extra, mistyped or oversized key, or a wrapper. */
export const nearMissBackgroundArb = fc
  .tuple(validBackgroundMessageArb, mutationArb)
  .map(([valid, mutation]) => applyMutation(valid as Bag, mutation));

/** A snapshotChanged message with exactly one thing wrong (for the panel's listener). */
export const nearMissSnapshotChangedArb = fc
  .tuple(validSnapshotChangedArb, mutationArb)
  .filter(([, mutation]) => !(mutation.op === 'wrong' && mutation.values[4] === 'snapshotChanged'))
  .map(([valid, mutation]) => applyMutation(valid as Bag, mutation));

// ── garbage, huge, deep, hostile ────────────────────────────────────────────────────────────

/** Anything that survives a structured clone (what runtime messaging can deliver), and more. */
export const garbageArb = fc.anything({
  maxDepth: 4,
  maxKeys: 6,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
  key: fc.oneof(fc.string(), fc.constantFrom('type', 'snapshot', 'tabId', '__proto__', 'constructor')),
});

/** Garbage shaped like a message: a known type with random other keys. */
export const typedGarbageArb = fc
  .tuple(
    fc.constantFrom('pageSnapshot', 'getSnapshot', 'snapshotChanged', 'requestSnapshot'),
    fc.dictionary(fc.string(), garbageArb, { maxKeys: 4 }),
  )
  .map(([type, rest]) => {
    const message: Bag = { ...rest };
    defineOwn(message, 'type', type);
    return message;
  });

const ONE_MB = 1024 * 1024;

/** Messages carrying a 1 MB string somewhere: as the message, a key, the type, a field. */
export const hugeArb = fc
  .tuple(
    fc.constantFrom('root', 'type', 'title', 'url', 'heading', 'label', 'key', 'extra', 'tabId'),
    fc.string({ minLength: 1, maxLength: 3 }),
  )
  .map(([where, unit]): unknown => {
    const huge = unit.repeat(Math.ceil(ONE_MB / unit.length)).slice(0, ONE_MB);
    const snapshot: Bag = structuredClone(VALID_SNAPSHOT) as unknown as Bag;
    switch (where) {
      case 'root':
        return huge;
      case 'type':
        return { type: huge, tabId: 1 };
      case 'title':
      case 'url':
        return { type: 'pageSnapshot', snapshot: { ...snapshot, [where]: huge } };
      case 'heading':
        return { type: 'pageSnapshot', snapshot: { ...snapshot, headings: [{ level: 1, text: huge }] } };
      case 'label':
        return {
          type: 'pageSnapshot',
          snapshot: { ...snapshot, fields: [{ id: 'a', name: 'b', label: huge, tag: 'input' }] },
        };
      case 'key':
        return { type: 'getSnapshot', tabId: 1, [huge]: 1 };
      case 'extra':
        return { type: 'pageSnapshot', snapshot, note: huge };
      default:
        return { type: 'getSnapshot', tabId: `${'9'.repeat(ONE_MB)}` };
    }
  });

/** Nests a value `depth` levels deep in objects and arrays. */
export function nest(depth: number, leaf: unknown, arrays: readonly boolean[]): unknown {
  let value = leaf;
  for (let level = 0; level < depth; level += 1) {
    value = arrays[level % arrays.length] ? [value] : { type: 'pageSnapshot', snapshot: value };
  }
  return value;
}

/** Messages nested 1 000 levels deep (or more), at the root or inside a snapshot. */
export const deepArb = fc
  .tuple(
    fc.integer({ min: 1000, max: 1500 }),
    fc.array(fc.boolean(), { minLength: 1, maxLength: 6 }),
    fc.constantFrom('root', 'snapshot', 'headings', 'fields', 'extra', 'type', 'tabId'),
    fc.oneof(fc.constant(VALID_SNAPSHOT), fc.constant(null), fc.string({ maxLength: 5 })),
  )
  .map(([depth, arrays, where, leaf]): unknown => {
    const deep = nest(depth, leaf, arrays);
    switch (where) {
      case 'root':
        return deep;
      case 'snapshot':
        return { type: 'pageSnapshot', snapshot: deep };
      case 'headings':
        return { type: 'pageSnapshot', snapshot: { ...VALID_SNAPSHOT, headings: [deep] } };
      case 'fields':
        return { type: 'pageSnapshot', snapshot: { ...VALID_SNAPSHOT, fields: deep } };
      case 'extra':
        return { type: 'getSnapshot', tabId: 1, deep };
      case 'type':
        return { type: deep, tabId: 1 };
      default:
        return { type: 'getSnapshot', tabId: deep };
    }
  });

/**
 * Objects no runtime message can carry (they do not survive serialisation), which the hub must still
 * survive if handed one: throwing getters, proxies whose every trap throws, revoked proxies. The
 * arbitrary yields a recipe, built inside the property: fast-check itself would trip over the objects.
 */
export const hostileRecipeArb = fc.tuple(
  fc.constantFrom('getter', 'proxy', 'revoked', 'array-getter', 'proto-proxy', 'to-primitive'),
  fc.constantFrom('root', 'type', 'tabId', 'snapshot', 'url', 'headings'),
);

/** Builds the hostile message a recipe describes. */
export function buildHostile(recipe: unknown): unknown {
  const [how, where] = recipe as [string, string];
  {
    const boom = (): never => {
      throw new Error(`hostile ${how} at ${where}`);
    };
    const hostile = (): unknown => {
      switch (how) {
        case 'getter': {
          const target = {};
          for (const key of ['type', 'tabId', 'snapshot', 'url', 'level', 'text', 'length']) {
            Object.defineProperty(target, key, { get: boom, enumerable: true });
          }
          return target;
        }
        case 'proxy':
          return new Proxy(
            {},
            { get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom },
          );
        case 'revoked': {
          const { proxy, revoke } = Proxy.revocable({}, {});
          revoke();
          return proxy;
        }
        case 'array-getter': {
          const list: unknown[] = [];
          Object.defineProperty(list, 0, { get: boom, enumerable: true });
          return list;
        }
        case 'proto-proxy':
          return Object.create(new Proxy({}, { get: boom, has: boom }));
        default:
          return { [Symbol.toPrimitive]: boom, toString: boom, valueOf: boom, toJSON: boom };
      }
    };
    const snapshot: Bag = { ...VALID_SNAPSHOT };
    switch (where) {
      case 'root':
        return hostile();
      case 'type':
        return { type: hostile(), tabId: 1 };
      case 'tabId':
        return { type: 'getSnapshot', tabId: hostile() };
      case 'snapshot':
        return { type: 'pageSnapshot', snapshot: hostile() };
      case 'url':
        return { type: 'pageSnapshot', snapshot: { ...snapshot, url: hostile() } };
      default:
        return { type: 'pageSnapshot', snapshot: { ...snapshot, headings: hostile() } };
    }
  }
}

// ── senders ─────────────────────────────────────────────────────────────────────────────────

const urlArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(NAV_PAGE, 'https://syfomodiaperson.intern.nav.no/sykefravaer/') },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      `${POLICY.extensionOrigin}/sidepanel.html`,
      `${POLICY.extensionOrigin}/sidepanel.html?tab=4`,
      `${POLICY.extensionOrigin}/welcome.html#x`,
    ),
  },
  fc.constantFrom(
    'chrome-extension://otherextension/page.html',
    'https://www.nav.no.evil.example/syk/',
    'https://www.nav.no@evil.example/',
    'https://evil.example/https://www.nav.no/',
    'http://www.nav.no/syk/',
    'https://www.nav.no:8443/syk/',
    'https://WWW.NAV.NO/syk/',
    'https://www.nav.no:443/syk/',
    'about:blank',
    'about:srcdoc',
    'data:text/html,<p>x</p>',
    'blob:https://evil.example/0000',
    'javascript:void(0)',
    'file:///etc/passwd',
    'not a url',
    '',
  ),
  fc.webUrl(),
  fc.string({ maxLength: 20 }),
  fc.constant(undefined),
);

const originArb = fc.oneof(
  { weight: 3, arbitrary: fc.constant('derive') },
  fc.constantFrom(
    'https://www.nav.no',
    'https://evil.example',
    'null',
    POLICY.extensionOrigin,
    `${POLICY.extensionOrigin}/`,
    'chrome-extension://otherextension',
    'https://www.nav.no/',
    '',
  ),
  fc.constant(undefined),
);

/** Arbitrary senders, biased so that each condition of the checks is often met and often not. */
export const senderArb: fc.Arbitrary<SenderInfo> = fc
  .record(
    {
      id: fc.oneof(
        { weight: 4, arbitrary: fc.constant(POLICY.extensionId) },
        fc.constantFrom('otherextension', 'OUREXTENSIONID', `${POLICY.extensionId} `, ''),
        fc.string({ maxLength: 8 }),
      ),
      url: urlArb,
      origin: originArb,
      frameId: fc.oneof(
        { weight: 4, arbitrary: fc.constant(0) },
        fc.integer({ min: -2, max: 20 }),
        fc.constantFrom(Number.NaN, 0.5, -0),
      ),
      tab: fc.oneof(
        { weight: 3, arbitrary: fc.record({ id: fc.nat({ max: 1000 }) }) },
        fc.record({ id: fc.constantFrom(-1, Number.NaN, 1.5, Number.POSITIVE_INFINITY, -0) }),
        fc.record({ id: fc.integer() }, { requiredKeys: [] }),
        fc.record({ url: fc.webUrl() }),
      ),
    },
    { requiredKeys: [] },
  )
  .map((sender) => {
    if (sender.origin !== 'derive') return sender as SenderInfo;
    let origin: string | undefined;
    try {
      origin = sender.url === undefined ? undefined : new URL(sender.url).origin;
    } catch {
      origin = undefined;
    }
    return { ...sender, origin } as SenderInfo;
  });

// ── an independent statement of the sender rules (the oracle the checks are compared with) ─────

function originOf(url: string | undefined): string | null {
  if (url === undefined) return null;
  try {
    const parsed = new URL(url);
    return parsed.origin === 'null' ? `${parsed.protocol}//${parsed.host}` : parsed.origin;
  } catch {
    return null;
  }
}

/** Our content script: our id, a real tab id, the top frame, an allowed page origin the origin field agrees with. */
export function contentScriptConditions(sender: SenderInfo): Record<string, boolean> {
  const origin = originOf(sender.url);
  const tabId = sender.tab?.id;
  return {
    ourId: sender.id === POLICY.extensionId,
    realTab: typeof tabId === 'number' && Number.isSafeInteger(tabId) && tabId >= 0,
    topFrame: sender.frameId === 0,
    allowedPage: origin !== null && POLICY.pageOrigins.includes(origin),
    originAgrees: sender.origin === undefined || sender.origin === origin,
  };
}

/** Our extension page: our id, our extension origin, an origin field that agrees. */
export function extensionPageConditions(sender: SenderInfo): Record<string, boolean> {
  return {
    ourId: sender.id === POLICY.extensionId,
    ourOrigin: originOf(sender.url) === POLICY.extensionOrigin,
    originAgrees: sender.origin === undefined || originOf(sender.origin) === POLICY.extensionOrigin,
  };
}

/** True when every condition holds. */
export function allHold(conditions: Record<string, boolean>): boolean {
  return Object.values(conditions).every(Boolean);
}
