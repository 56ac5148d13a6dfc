import { z } from 'zod/mini';

/** The panel's working state for one user session: notes, ticks and scale answers per guide item. */
export interface PanelState {
  readonly notes: Readonly<Record<string, string>>;
  readonly ticks: Readonly<Record<string, boolean>>;
  readonly scales: Readonly<Record<string, number>>;
  /** The guide the user picked by hand, per page context id. */
  readonly guideByContext: Readonly<Record<string, string>>;
}

/** A fresh, empty state. */
export const EMPTY_PANEL_STATE: PanelState = { notes: {}, ticks: {}, scales: {}, guideByContext: {} };

/** Largest note kept per item (1 MB of notes per case must stay responsive). */
export const MAX_NOTE_LENGTH = 1_000_000;

const noteSchema = z.string().check(z.maxLength(MAX_NOTE_LENGTH));
const idSchema = z.string().check(z.minLength(1), z.maxLength(200));

/** The outcome of reading stored state: what fits now, and what was kept aside. */
export interface RestoredState {
  readonly state: PanelState;
  /** Entries that no longer fit the schema, keyed by where they were found. */
  readonly quarantined: Record<string, unknown>;
}

function restoreRecord<T>(
  raw: unknown,
  value: z.ZodMiniType<T>,
  place: string,
  quarantined: Record<string, unknown>,
): Record<string, T> {
  const out: Record<string, T> = {};
  if (raw === undefined) return out;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    quarantined[place] = raw;
    return out;
  }
  for (const [key, entry] of Object.entries(raw)) {
    const parsed = value.safeParse(entry);
    if (idSchema.safeParse(key).success && parsed.success) out[key] = parsed.data;
    else quarantined[`${place}.${key}`] = entry;
  }
  return out;
}

/** Re-validates stored state field by field: what fits is kept, what does not is set aside, never dropped. */
export function restorePanelState(raw: unknown): RestoredState {
  const quarantined: Record<string, unknown> = {};
  if (raw === undefined || raw === null) return { state: EMPTY_PANEL_STATE, quarantined };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { state: EMPTY_PANEL_STATE, quarantined: { root: raw } };
  }
  const record = raw as Record<string, unknown>;
  const state: PanelState = {
    notes: restoreRecord(record.notes, noteSchema, 'notes', quarantined),
    ticks: restoreRecord(record.ticks, z.boolean(), 'ticks', quarantined),
    scales: restoreRecord(record.scales, z.number().check(z.minimum(-100), z.maximum(100)), 'scales', quarantined),
    guideByContext: restoreRecord(record.guideByContext, idSchema, 'guideByContext', quarantined),
  };
  for (const key of Object.keys(record)) {
    if (!['notes', 'ticks', 'scales', 'guideByContext'].includes(key)) quarantined[key] = record[key];
  }
  return { state, quarantined };
}
