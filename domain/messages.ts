import { INSERT_FAILURES, INSERT_MAX_VALUE, INSERT_MODES, type InsertResult } from './insert';
import * as s from './shape';
import { pageSnapshotSchema } from './snapshot';

const tabIdSchema = s.number({ int: true, min: 0, max: 2 ** 31 });

/** Content script → background: the page's structure changed (or was asked for). */
const pageSnapshotMessageSchema = s.object({
  type: s.literal('pageSnapshot'),
  snapshot: pageSnapshotSchema,
});

/** Side panel → background: the latest snapshot of a tab, please. */
export const getSnapshotMessageSchema = s.object({
  type: s.literal('getSnapshot'),
  tabId: tabIdSchema,
});

/** Every message the background accepts, as one discriminated union. */
const backgroundMessageSchema = s.tagged('type', [pageSnapshotMessageSchema, getSnapshotMessageSchema]);

/** Side panel → background: put a draft into a field of the form open in a tab («Sett inn»). */
export const insertFieldMessageSchema = s.object({
  type: s.literal('insertField'),
  tabId: tabIdSchema,
  pageUrl: s.string({ max: 2048 }),
  formId: s.string({ max: 64 }),
  fieldId: s.string({ max: 128 }),
  value: s.string({ min: 1, max: INSERT_MAX_VALUE }),
  mode: s.oneOf(INSERT_MODES),
});

/** A panel's insert request, as the background accepts it. */
export type InsertFieldMessage = s.Infer<typeof insertFieldMessageSchema>;

const lengthSchema = s.number({ int: true, min: 0, max: 10_000_000 });

/** Content script → background → panel: what became of an insert (never the field's text). */
const insertResultSchema = s.union([
  s.object({ ok: s.literal(true), length: lengthSchema }),
  s.object({ ok: s.literal(false), reason: s.literal('not-empty'), length: lengthSchema }),
  s.object({ ok: s.literal(false), reason: s.oneOf(INSERT_FAILURES) }),
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
export const snapshotChangedMessageSchema = s.object({
  type: s.literal('snapshotChanged'),
  tabId: tabIdSchema,
  snapshot: pageSnapshotSchema,
});

/** Background → content script: report the page again (after the worker restarted). */
const requestSnapshotMessageSchema = s.object({ type: s.literal('requestSnapshot') });

/** A message the background accepts. */
export type BackgroundMessage = s.Infer<typeof backgroundMessageSchema>;
/** What the content script sends (checked with `satisfies` where it is built). */
export type PageSnapshotMessage = s.Infer<typeof pageSnapshotMessageSchema>;
/** What the side panel sends to ask for a tab's snapshot. */
export type GetSnapshotMessage = s.Infer<typeof getSnapshotMessageSchema>;
/** What the background sends to a tab's content script. */
export type RequestSnapshotMessage = s.Infer<typeof requestSnapshotMessageSchema>;
/** The broadcast a side panel listens for. */
export type SnapshotChangedMessage = s.Infer<typeof snapshotChangedMessageSchema>;

/** Why a message was refused. Typed so every caller can tell what went wrong. */
export type RejectionReason = 'invalid-message' | 'forbidden-sender';

/** What the background answers. */
export type BackgroundResponse =
  | { ok: true; type: 'accepted' }
  | { ok: true; type: 'snapshot'; snapshot: s.Infer<typeof pageSnapshotSchema> | null; contextId?: string }
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
