import { z } from 'zod/mini';
import { pageSnapshotSchema } from './snapshot';

const tabIdSchema = z.number().check(z.int(), z.minimum(0), z.maximum(2 ** 31));

/** Content script → background: the page's structure changed (or was asked for). */
export const pageSnapshotMessageSchema = z.strictObject({
  type: z.literal('pageSnapshot'),
  snapshot: pageSnapshotSchema,
});

/** Side panel → background: the latest snapshot of a tab, please. */
export const getSnapshotMessageSchema = z.strictObject({
  type: z.literal('getSnapshot'),
  tabId: tabIdSchema,
});

/** Every message the background accepts, as one discriminated union. */
export const backgroundMessageSchema = z.discriminatedUnion('type', [
  pageSnapshotMessageSchema,
  getSnapshotMessageSchema,
]);

/** Background → side panels: a tab's snapshot changed. */
export const snapshotChangedMessageSchema = z.strictObject({
  type: z.literal('snapshotChanged'),
  tabId: tabIdSchema,
  snapshot: pageSnapshotSchema,
});

/** Background → content script: report the page again (after the worker restarted). */
export const requestSnapshotMessageSchema = z.strictObject({ type: z.literal('requestSnapshot') });

/** A message the background accepts. */
export type BackgroundMessage = z.infer<typeof backgroundMessageSchema>;
/** What the content script sends (checked with `satisfies` where it is built). */
export type PageSnapshotMessage = z.infer<typeof pageSnapshotMessageSchema>;
/** What the side panel sends to ask for a tab's snapshot. */
export type GetSnapshotMessage = z.infer<typeof getSnapshotMessageSchema>;
/** What the background sends to a tab's content script. */
export type RequestSnapshotMessage = z.infer<typeof requestSnapshotMessageSchema>;
/** The broadcast a side panel listens for. */
export type SnapshotChangedMessage = z.infer<typeof snapshotChangedMessageSchema>;

/** Why a message was refused. Typed so every caller can tell what went wrong. */
export type RejectionReason = 'invalid-message' | 'forbidden-sender';

/** What the background answers. */
export type BackgroundResponse =
  | { ok: true; type: 'accepted' }
  | { ok: true; type: 'snapshot'; snapshot: z.infer<typeof pageSnapshotSchema> | null }
  | { ok: false; reason: RejectionReason };

/** Parses an unknown value as a background message without throwing. */
export function parseBackgroundMessage(raw: unknown): BackgroundMessage | null {
  try {
    const result = backgroundMessageSchema.safeParse(raw);
    return result.success ? result.data : null;
  } catch {
    // Hostile shapes (getters that throw, proxies) must not escape as exceptions.
    return null;
  }
}
