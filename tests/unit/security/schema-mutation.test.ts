import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SCRIPT, nearMissBackgroundArb, PANEL } from './arbitraries';
import { runHostility } from './hostility';

// Mutation check: with the message schema replaced by a pass-through (as if someone dropped the schema
// parse where messages arrive), the near-miss property of message-hostility.test.ts must fail.

vi.mock('../../../domain/messages', () => ({
  parseBackgroundMessage: (raw: unknown) => raw,
}));

describe('with the message schema removed', () => {
  it('a near-miss message from our own content script or panel gets through, and the property catches it', async () => {
    const { details } = await runHostility(
      nearMissBackgroundArb,
      fc.constant([CONTENT_SCRIPT, PANEL]),
      'invalid-message',
      300,
    );
    expect(details.failed).toBe(true);
  });
});
