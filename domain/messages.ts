import { z } from 'zod/mini';
import {
  INSERT_FAILURES,
  INSERT_MAX_VALUE,
  INSERT_MODES,
  type InsertFailure,
  type InsertMode,
  type InsertResult,
} from './insert';
import { pageSnapshotSchema } from './snapshot';

const tabIdSchema = z.number().check(z.int(), z.minimum(0), z.maximum(2 ** 31));

/** Content script → background: the page's structure changed (or was asked for). */
const pageSnapshotMessageSchema = z.strictObject({
  type: z.literal('pageSnapshot'),
  snapshot: pageSnapshotSchema,
});

/** Side panel → background: the latest snapshot of a tab, please. */
export const getSnapshotMessageSchema = z.strictObject({
  type: z.literal('getSnapshot'),
  tabId: tabIdSchema,
});

/** Every message the background accepts, as one discriminated union. */
const backgroundMessageSchema = z.discriminatedUnion('type', [pageSnapshotMessageSchema, getSnapshotMessageSchema]);

/** Side panel → background: put a draft into a field of the form open in a tab («Sett inn»). */
export const insertFieldMessageSchema = z.strictObject({
  type: z.literal('insertField'),
  tabId: tabIdSchema,
  pageUrl: z.string().check(z.maxLength(2048)),
  formId: z.string().check(z.maxLength(64)),
  fieldId: z.string().check(z.maxLength(128)),
  value: z.string().check(z.minLength(1), z.maxLength(INSERT_MAX_VALUE)),
  mode: z.enum(INSERT_MODES as [InsertMode, ...InsertMode[]]),
});

/** A panel's insert request, as the background accepts it. */
export type InsertFieldMessage = z.infer<typeof insertFieldMessageSchema>;

const lengthSchema = z.number().check(z.int(), z.minimum(0), z.maximum(10_000_000));

/** Content script → background → panel: what became of an insert (never the field's text). */
const insertResultSchema = z.union([
  z.strictObject({ ok: z.literal(true), length: lengthSchema }),
  z.strictObject({ ok: z.literal(false), reason: z.literal('not-empty'), length: lengthSchema }),
  z.strictObject({ ok: z.literal(false), reason: z.enum(INSERT_FAILURES as [InsertFailure, ...InsertFailure[]]) }),
]);

/** Parses an insert request without throwing; null for anything else. */
export function parseInsertFieldMessage(raw: unknown): InsertFieldMessage | null {
  try {
    const result = insertFieldMessageSchema.safeParse(raw);
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

/** Reads an insert's answer without throwing; a malformed one counts as the content script not being there. */
export function parseInsertResult(raw: unknown): InsertResult {
  try {
    const result = insertResultSchema.safeParse(raw);
    if (result.success) return result.data as InsertResult;
  } catch {
    // A hostile shape is no answer.
  }
  return { ok: false, reason: 'no-content-script' };
}

/** The `type` of a message, read without throwing; null when it has none. */
export function messageTypeOf(raw: unknown): string | null {
  try {
    const type = (raw as { type?: unknown } | null)?.type;
    return typeof type === 'string' ? type : null;
  } catch {
    return null;
  }
}

/** Background → side panels: a tab's snapshot changed. */
export const snapshotChangedMessageSchema = z.strictObject({
  type: z.literal('snapshotChanged'),
  tabId: tabIdSchema,
  snapshot: pageSnapshotSchema,
});

/** Background → content script: report the page again (after the worker restarted). */
const requestSnapshotMessageSchema = z.strictObject({ type: z.literal('requestSnapshot') });

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
