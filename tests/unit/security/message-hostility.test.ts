import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseBackgroundMessage, snapshotChangedMessageSchema } from '../../../domain/messages';
import {
  allHold,
  buildHostile,
  CONTENT_SCRIPT,
  contentScriptConditions,
  deepArb,
  extensionPageConditions,
  garbageArb,
  hostileRecipeArb,
  hugeArb,
  nearMissBackgroundArb,
  nearMissSnapshotChangedArb,
  PANEL,
  senderArb,
  typedGarbageArb,
  validBackgroundMessageArb,
  validSnapshotChangedArb,
} from './arbitraries';
import { describeFailure, runHostility } from './hostility';

// Message hostility: every handler of the background is fed malformed messages from our own content
// script and from our own panel (the senders it trusts most); each must get a typed rejection, throw
// nothing and change nothing. Then valid messages from every other kind of sender.

const BOTH = fc.constant([CONTENT_SCRIPT, PANEL] as const);
let malformedSent = 0;

afterAll(() => {
  // The floor: at least 10 000 malformed messages in all.
  expect(malformedSent).toBeGreaterThanOrEqual(10_000);
});

describe('the background hub refuses malformed messages', () => {
  it.each([
    ['anything at all (structured-clone values, null prototypes, sparse arrays, typed arrays)', garbageArb, 2500],
    ['a known type with random keys', typedGarbageArb, 1000],
    [
      'a valid message with one thing broken (missing, extra, __proto__, mistyped, oversized key)',
      nearMissBackgroundArb,
      2500,
    ],
    ['nesting 1 000 levels deep or more', deepArb, 30],
  ] as const)('%s', async (_name, messages, numRuns) => {
    const { details, sent } = await runHostility(messages, BOTH, 'invalid-message', numRuns);
    malformedSent += sent;
    expect(details.failed, describeFailure(details)).toBe(false);
    expect(sent).toBe(numRuns * 2);
  });

  it('throwing getters, proxies and revoked proxies (built inside the property)', async () => {
    const { details, sent } = await runHostility(hostileRecipeArb, BOTH, 'invalid-message', 150, buildHostile);
    malformedSent += sent;
    expect(details.failed, describeFailure(details)).toBe(false);
  });

  it('1 MB strings as the message, a key, the type or a field', async () => {
    const { details, sent } = await runHostility(hugeArb, BOTH, 'invalid-message', 15);
    malformedSent += sent;
    expect(details.failed, describeFailure(details)).toBe(false);
  });

  it('the valid messages the near misses start from are accepted (so the mutation is what is refused)', () => {
    fc.assert(fc.property(validBackgroundMessageArb, (message) => parseBackgroundMessage(message) !== null));
  });
});

describe('the background hub refuses valid messages from any sender it does not trust', () => {
  it('a page snapshot from anything but our content script in a top frame of a NAV tab', async () => {
    const strangers = fc
      .array(senderArb, { minLength: 1, maxLength: 3 })
      .map((senders) => senders.filter((sender) => !allHold(contentScriptConditions(sender))));
    const snapshots = validBackgroundMessageArb.filter((message) => message.type === 'pageSnapshot');
    const { details, sent } = await runHostility(snapshots, strangers, 'forbidden-sender', 1500);
    expect(details.failed, describeFailure(details)).toBe(false);
    expect(sent).toBeGreaterThan(1500);
  });

  it('a snapshot request from anything but our own extension page', async () => {
    const strangers = fc
      .array(senderArb, { minLength: 1, maxLength: 3 })
      .map((senders) => [CONTENT_SCRIPT, ...senders.filter((sender) => !allHold(extensionPageConditions(sender)))]);
    const requests = validBackgroundMessageArb.filter((message) => message.type === 'getSnapshot');
    const { details } = await runHostility(requests, strangers, 'forbidden-sender', 1500);
    expect(details.failed, describeFailure(details)).toBe(false);
  });
});

describe("the panel's listener (snapshotChanged) never throws on what messaging can deliver", () => {
  // Runtime messages are serialised (JSON in Chrome, structured clone in Firefox): getters and proxies
  // cannot arrive, so the listener is fed what survives a structured clone.
  const delivered = (value: unknown): { ok: true; value: unknown } | { ok: false } => {
    try {
      return { ok: true, value: structuredClone(value) };
    } catch {
      return { ok: false };
    }
  };

  it.each([
    ['anything at all', garbageArb, 1500],
    ['a known type with random keys', typedGarbageArb, 500],
    ['a background message (wrong direction)', validBackgroundMessageArb, 300],
    ['nesting 1 000 levels deep or more', deepArb, 20],
    ['1 MB strings', hugeArb, 8],
  ] as const)('%s is refused without an exception', (_name, messages, numRuns) => {
    fc.assert(
      fc.property(messages, (message) => {
        const clone = delivered(message);
        if (!clone.ok) return;
        const result = snapshotChangedMessageSchema.safeParse(clone.value);
        expect(result.success).toBe(false);
      }),
      { numRuns },
    );
  });

  it('a snapshotChanged message with one thing broken is refused', () => {
    fc.assert(
      fc.property(nearMissSnapshotChangedArb, (message) => {
        const clone = delivered(message);
        if (!clone.ok) return;
        expect(snapshotChangedMessageSchema.safeParse(clone.value).success).toBe(false);
      }),
      { numRuns: 1500 },
    );
  });

  it('a valid snapshotChanged message is accepted', () => {
    fc.assert(
      fc.property(validSnapshotChangedArb, (message) => snapshotChangedMessageSchema.safeParse(message).success),
    );
  });
});
