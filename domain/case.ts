import { addDays, type IsoDate, isoDateSchema } from './dates';
import { ROLES, type Role } from './roles';
import * as s from './shape';

// A case: one person the user follows, with notes, ticks, scale answers and the first sick day.
// Stored data is re-validated field by field when read (as NAV's plan frontend does with drafts):
// what no longer fits is kept aside under a quarantine key, never silently dropped.

/** The schema version written with every stored case. */
export const CASE_SCHEMA_VERSION = 3;

/** Days a kept case lives on this machine unless the user chooses otherwise. */
export const DEFAULT_KEEP_DAYS = 30;

/** Longest note kept per item, and longest free note. */
export const MAX_NOTE_LENGTH = 1_000_000;

/** Longest case label. */
const MAX_LABEL_LENGTH = 80;

/** One answer on a scale (mestringstro 0–10, the job wheel 0–8, feasibility 1–5) on a day. */
export interface ScaleAnswer {
  readonly value: number;
  readonly date: IsoDate;
}

/** A text the user edited by hand for a target field, kept when notes change. */
export interface EditedDraft {
  readonly text: string;
  /** The drafted text the edit started from, to tell whether the notes have moved on since. */
  readonly basedOn: string;
}

/** One person followed up: what the user noted, ticked and answered, and how long it is kept. */
export interface CaseRecord {
  readonly schemaVersion: typeof CASE_SCHEMA_VERSION;
  readonly id: string;
  readonly label: string;
  readonly role: Role | null;
  readonly firstSickDay: IsoDate | null;
  readonly graded: boolean;
  /** NAV's maksdato, when the user has it from NAV (never computed). */
  readonly maksdato: IsoDate | null;
  readonly ticks: Readonly<Record<string, true>>;
  readonly notes: Readonly<Record<string, string>>;
  readonly freeNotes: string;
  readonly scales: Readonly<Record<string, readonly ScaleAnswer[]>>;
  /** The option index chosen on choice items (version 3; before, choices were kept under `scales`). */
  readonly choices: Readonly<Record<string, number>>;
  /** The guide the user picked by hand, per page context id. */
  readonly guideByContext: Readonly<Record<string, string>>;
  /** Hand-edited drafts by `formId.fieldId`. */
  readonly drafts: Readonly<Record<string, EditedDraft>>;
  /** Kept on this machine until this day (inclusive); null = session only, gone when the browser closes. */
  readonly keepUntil: IsoDate | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

const idSchema = s.string({ min: 1, max: 200 });
const timestampSchema = s.string({ min: 10, max: 40 });
const noteSchema = s.string({ max: MAX_NOTE_LENGTH });
const scaleAnswerSchema = s.object({
  value: s.number({ min: -100, max: 100 }),
  date: isoDateSchema,
});
const choiceSchema = s.number({ int: true, min: 0, max: 100 });
const editedDraftSchema = s.object({
  text: s.string({ max: MAX_NOTE_LENGTH }),
  basedOn: s.string({ max: MAX_NOTE_LENGTH }),
});
const labelSchema = s.string({ max: MAX_LABEL_LENGTH });
const roleSchema = s.nullable(s.oneOf(ROLES));
const optionalDateSchema = s.nullable(isoDateSchema);
const gradedSchema = s.boolean();
const tickSchema = s.literal(true);
const scaleHistorySchema = s.array(scaleAnswerSchema, { max: 500 });

/** The outcome of reading one stored case. */
export interface RestoredCase {
  /** The case as far as it could be read, or null when not even its id could be. */
  readonly record: CaseRecord | null;
  /** Parts that no longer fit, keyed by where they were found. */
  readonly quarantined: Record<string, unknown>;
  /** True when the stored data was an older version and was migrated. */
  readonly migrated: boolean;
}

/** True for an object that is neither null nor an array (a JSON object). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function restoreRecord<T>(
  raw: unknown,
  entry: s.Shape<T>,
  place: string,
  quarantined: Record<string, unknown>,
): Record<string, T> {
  const out: Record<string, T> = {};
  if (raw === undefined) return out;
  if (!isPlainObject(raw)) {
    quarantined[place] = raw;
    return out;
  }
  for (const [key, value] of Object.entries(raw)) {
    const parsed = entry.safeParse(value);
    if (key !== '__proto__' && idSchema.safeParse(key).success && parsed.success) out[key] = parsed.data;
    else quarantined[`${place}.${key}`] = value;
  }
  return out;
}

function restoreField<T>(
  raw: Record<string, unknown>,
  key: string,
  schema: s.Shape<T>,
  fallback: T,
  quarantined: Record<string, unknown>,
): T {
  if (!(key in raw)) return fallback;
  const parsed = schema.safeParse(raw[key]);
  if (parsed.success) return parsed.data;
  quarantined[key] = raw[key];
  return fallback;
}

const KNOWN_KEYS = new Set([
  'schemaVersion',
  'id',
  'label',
  'role',
  'firstSickDay',
  'graded',
  'maksdato',
  'ticks',
  'notes',
  'freeNotes',
  'scales',
  'choices',
  'guideByContext',
  'drafts',
  'keepUntil',
  'createdAt',
  'updatedAt',
]);

/**
 * Migrates version 1 (the first release's single panel state: notes, ticks as booleans, one number
 * per scale, guideByContext) to a version 2 case (then `migrateV2` takes it on). `today` dates the scale answers it carries over.
 */
function migrateV1(raw: Record<string, unknown>, context: { id: string; now: string; today: IsoDate }) {
  const ticks: Record<string, unknown> = {};
  if (isPlainObject(raw.ticks))
    for (const [key, value] of Object.entries(raw.ticks)) if (value === true) ticks[key] = true;
  const scales: Record<string, unknown> = {};
  if (isPlainObject(raw.scales)) {
    for (const [key, value] of Object.entries(raw.scales)) {
      scales[key] = typeof value === 'number' ? [{ value, date: context.today }] : value;
    }
  }
  return {
    schemaVersion: 2,
    id: context.id,
    label: 'Sak fra før',
    role: null,
    firstSickDay: null,
    graded: false,
    maksdato: null,
    ticks,
    notes: raw.notes,
    freeNotes: '',
    scales,
    guideByContext: raw.guideByContext,
    drafts: {},
    keepUntil: null,
    createdAt: context.now,
    updatedAt: context.now,
  };
}

/**
 * Migrates version 2 to 3: the answers on choice items leave `scales` for `choices`, as the index of
 * the option last chosen. Which items are choices is the guides' knowledge, passed in.
 */
function migrateV2(raw: Record<string, unknown>, choiceItemIds: ReadonlySet<string>): Record<string, unknown> {
  const scales: Record<string, unknown> = {};
  const choices: Record<string, unknown> = {};
  if (isPlainObject(raw.scales)) {
    for (const [key, value] of Object.entries(raw.scales)) {
      if (!choiceItemIds.has(key)) {
        scales[key] = value;
        continue;
      }
      const last = Array.isArray(value) ? value[value.length - 1] : undefined;
      if (isPlainObject(last)) choices[key] = last.value;
      else if (value !== undefined && !(Array.isArray(value) && value.length === 0)) choices[key] = value;
    }
  }
  return {
    ...raw,
    schemaVersion: CASE_SCHEMA_VERSION,
    scales: isPlainObject(raw.scales) ? scales : raw.scales,
    choices,
  };
}

const NO_CHOICES: ReadonlySet<string> = new Set();

/** What reading a stored case needs: the clock, an id source, and which guide items are choices. */
export interface RestoreContext {
  readonly now: string;
  readonly today: IsoDate;
  readonly newId: () => string;
  /** Choice item ids, to migrate version 2 (none given: every old answer stays a scale answer). */
  readonly choiceItemIds?: ReadonlySet<string>;
}

/** Reads a stored case of any known version: migrates, re-validates field by field, quarantines the rest. */
export function restoreCase(raw: unknown, context: RestoreContext): RestoredCase {
  const quarantined: Record<string, unknown> = {};
  if (!isPlainObject(raw)) return { record: null, quarantined: { root: raw }, migrated: false };
  let source = raw;
  let migrated = false;
  if (raw.schemaVersion === undefined && ('notes' in raw || 'ticks' in raw || 'scales' in raw)) {
    source = migrateV2(
      migrateV1(raw, { id: context.newId(), now: context.now, today: context.today }),
      context.choiceItemIds ?? NO_CHOICES,
    );
    migrated = true;
  } else if (raw.schemaVersion === 2) {
    source = migrateV2(raw, context.choiceItemIds ?? NO_CHOICES);
    migrated = true;
  } else if (raw.schemaVersion !== CASE_SCHEMA_VERSION) {
    return { record: null, quarantined: { root: raw }, migrated: false };
  }
  const id = idSchema.safeParse(source.id);
  if (!id.success) return { record: null, quarantined: { root: raw }, migrated };
  const record: CaseRecord = {
    schemaVersion: CASE_SCHEMA_VERSION,
    id: id.data,
    label: restoreField(source, 'label', labelSchema, 'Uten navn', quarantined),
    role: restoreField(source, 'role', roleSchema, null, quarantined),
    firstSickDay: restoreField(source, 'firstSickDay', optionalDateSchema, null, quarantined),
    graded: restoreField(source, 'graded', gradedSchema, false, quarantined),
    maksdato: restoreField(source, 'maksdato', optionalDateSchema, null, quarantined),
    ticks: restoreRecord(source.ticks, tickSchema, 'ticks', quarantined),
    notes: restoreRecord(source.notes, noteSchema, 'notes', quarantined),
    freeNotes: restoreField(source, 'freeNotes', noteSchema, '', quarantined),
    scales: restoreRecord(source.scales, scaleHistorySchema, 'scales', quarantined),
    choices: restoreRecord(source.choices, choiceSchema, 'choices', quarantined),
    guideByContext: restoreRecord(source.guideByContext, idSchema, 'guideByContext', quarantined),
    drafts: restoreRecord(source.drafts, editedDraftSchema, 'drafts', quarantined),
    keepUntil: restoreField(source, 'keepUntil', optionalDateSchema, null, quarantined),
    createdAt: restoreField(source, 'createdAt', timestampSchema, context.now, quarantined),
    updatedAt: restoreField(source, 'updatedAt', timestampSchema, context.now, quarantined),
  };
  for (const key of Object.keys(source)) if (!KNOWN_KEYS.has(key)) quarantined[key] = source[key];
  return { record, quarantined, migrated };
}

/** A new, empty case kept for the session only. */
export function createCase(input: { id: string; label: string; role: Role | null; now: string }): CaseRecord {
  return {
    schemaVersion: CASE_SCHEMA_VERSION,
    id: input.id,
    label: input.label.trim().slice(0, MAX_LABEL_LENGTH) || 'Ny sak',
    role: input.role,
    firstSickDay: null,
    graded: false,
    maksdato: null,
    ticks: {},
    notes: {},
    freeNotes: '',
    scales: {},
    choices: {},
    guideByContext: {},
    drafts: {},
    keepUntil: null,
    createdAt: input.now,
    updatedAt: input.now,
  };
}

/** True when a kept case has passed its last day. Session cases never expire here (the browser ends them). */
export function isExpired(record: CaseRecord, today: IsoDate): boolean {
  return record.keepUntil !== null && record.keepUntil < today;
}

/** The last day a case chosen to be kept for `days` days lives, counted from today. */
export function keepUntilFor(today: IsoDate, days: number): IsoDate {
  return addDays(today, Math.max(1, Math.min(365, Math.round(days))) - 1);
}

/** Records a scale answer for a day: replaces that day's answer, or adds one; undefined removes that day's. */
export function answerScale(
  history: readonly ScaleAnswer[] | undefined,
  value: number | undefined,
  today: IsoDate,
): ScaleAnswer[] {
  const others = (history ?? []).filter((answer) => answer.date !== today);
  if (value === undefined) return others;
  return [...others, { value, date: today }].sort((a, b) => a.date.localeCompare(b.date));
}

/** The most recent answer on a scale, if any. */
export function latestAnswer(history: readonly ScaleAnswer[] | undefined): ScaleAnswer | undefined {
  return history && history.length > 0 ? history[history.length - 1] : undefined;
}

/** The texts of a case, raw or read: label, free notes, notes, edited drafts and what they were based on (what is not text is left out). */
export function caseTexts(raw: Readonly<Record<string, unknown>>): string[] {
  const texts: unknown[] = [raw.label, raw.freeNotes];
  if (isPlainObject(raw.notes)) texts.push(...Object.values(raw.notes));
  if (isPlainObject(raw.drafts)) {
    for (const draft of Object.values(raw.drafts)) if (isPlainObject(draft)) texts.push(draft.text, draft.basedOn);
  }
  return texts.filter((text): text is string => typeof text === 'string');
}

/** Characters of text in a case: label, free notes, notes, edited drafts and what they were based on. */
export function caseTextLength(record: CaseRecord): number {
  return caseTexts(record as unknown as Record<string, unknown>).reduce((total, text) => total + text.length, 0);
}
