import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SCRIPT, PANEL, senderArb, validBackgroundMessageArb } from './arbitraries';
import { runHostility } from './hostility';

// Mutation check: with the sender checks replaced by an always-true stub (as if someone removed them
// from the hub), the hostility property of message-hostility.test.ts must fail. If it still passed,
// the property would not be guarding the sender check at all.

vi.mock('../../../domain/sender', () => ({
  isOwnContentScript: () => true,
  isOwnExtensionPage: () => true,
  isAllowedPageUrl: () => true,
}));

describe('with the sender check removed', () => {
  it('a page snapshot from a stranger is accepted, and the property catches it', async () => {
    const snapshots = validBackgroundMessageArb.filter((message) => message.type === 'pageSnapshot');
    const strangers = fc.array(senderArb, { minLength: 1, maxLength: 3 });
    const { details } = await runHostility(snapshots, strangers, 'forbidden-sender', 200);
    expect(details.failed).toBe(true);
    expect(String(details.errorInstance)).toMatch(/instead of a rejection/);
  });

  it('a snapshot request from a content script is answered, and the property catches it', async () => {
    const requests = validBackgroundMessageArb.filter((message) => message.type === 'getSnapshot');
    const { details } = await runHostility(requests, fc.constant([CONTENT_SCRIPT]), 'forbidden-sender', 50);
    expect(details.failed).toBe(true);
    expect(String(details.errorInstance)).toMatch(/instead of a rejection|asked a tab/);
  });

  it('malformed messages are still refused: the schema, not the sender check, guards their shape', async () => {
    const { details } = await runHostility(fc.anything(), fc.constant([CONTENT_SCRIPT, PANEL]), 'invalid-message', 200);
    expect(details.failed).toBe(false);
  });
});
