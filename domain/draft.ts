import type { CaseRecord, EditedDraft } from './case';
import { addDays, formatDateNb, isDateInRange } from './dates';
import { type FieldRef, feedsField, fieldKey } from './field-ref';
import { type Guide, type GuideItem, listGuideItems } from './guide';
import type { TargetField, TargetForm } from './target-form';

/** What drafting reads: the guides in order, the user's notes, choices and free notes, and the form to fill. */
export interface DraftInput {
  readonly guides: readonly Guide[];
  /** Notes keyed by guide item id. */
  readonly notes: Readonly<Record<string, string>>;
  /** Free notes; a line with `#tag` goes to the fields that list that tag. */
  readonly freeNotes?: string;
  /** The option index chosen on choice items, keyed by item id (for radio fields). */
  readonly choices?: Readonly<Record<string, number | undefined>>;
  readonly form: TargetForm;
  /** Today, for checking dates against the form's rules. */
  readonly today?: string;
}

/** Where a drafted line came from: a guide item, or the free notes. */
export type DraftSource = string;

/** The id used in `sourceItemIds` for lines taken from the free notes. */
const FREE_NOTES_SOURCE = 'frie-notater';

/**
 * What the user must still do or check before a value fits the form, as a code with its data (the UI
 * says it in the user's language, `draft.problem.<code>`).
 */
export type DraftProblem =
  /** The text is longer than the field allows, by `over` characters. */
  | { readonly code: 'over-limit'; readonly over: number }
  /** The date is earlier than the form's range allows (for the plan: today or earlier). */
  | { readonly code: 'date-not-future' }
  /** The date is later than the form's range allows (for the plan: more than a year ahead). */
  | { readonly code: 'date-too-far' }
  /** No date in the notes that feed the field. */
  | { readonly code: 'date-missing' }
  /** The choice made is not one of the form's options (listed as the form writes them). */
  | { readonly code: 'option-unknown'; readonly options: readonly string[] }
  /** No choice made on an item that feeds the field. */
  | { readonly code: 'not-answered' };

/** The problem of a text over its limit, or null when it fits. */
function overLimitProblem(over: number): DraftProblem | null {
  return over > 0 ? { code: 'over-limit', over } : null;
}

/** Drafted text for one field, with its length against the limit, where it came from, and any problem. */
export interface FieldDraft {
  readonly fieldId: string;
  readonly kind: TargetField['type'];
  readonly text: string;
  readonly length: number;
  readonly maxLength: number | null;
  /** Characters over the limit (0 when within). The text is never cut. */
  readonly over: number;
  /** Ids of the guide items (or `frie-notater`) whose notes went into the text, in order. */
  readonly sourceItemIds: readonly DraftSource[];
  /** What the user must still do or check before the value fits the form; null when fine. */
  readonly problem: DraftProblem | null;
}

/** Splits a note into its non-empty, trimmed lines, dropping list markers the user typed. */
export function splitNoteLines(note: string): string[] {
  return note
    .split(/\r?\n/)
    .map((line) =>
      line
        .replace(/^\s*(?:[-*•]\s+)/, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((line) => line.length > 0);
}

function endAsSentence(line: string): string {
  const capital = line.charAt(0).toLocaleUpperCase('nb') + line.slice(1);
  return /[.!?:…]$/.test(capital) ? capital : `${capital}.`;
}

/** Lays out lines in a field's style: bullets one per line, or running sentences. */
export function formatLines(lines: readonly string[], style: TargetField['style']): string {
  if (style === 'bullets') return lines.map((line) => `- ${line}`).join('\n');
  return lines.map(endAsSentence).join(' ');
}

/** Counts characters the way NAV's forms do (JavaScript string length). */
function countCharacters(text: string): number {
  return text.length;
}

const TAG = /(^|\s)#([\p{L}\p{N}_-]+)/gu;

/** Reads free notes: each tagged line, without its tags, with the tags it carried (lower case). */
function readTaggedLines(freeNotes: string): { line: string; tags: string[] }[] {
  const out: { line: string; tags: string[] }[] = [];
  for (const raw of splitNoteLines(freeNotes)) {
    const tags = [...raw.matchAll(TAG)].map((match) => (match[2] ?? '').toLocaleLowerCase('nb'));
    if (tags.length === 0) continue;
    const line = raw.replace(TAG, ' ').replace(/\s+/g, ' ').trim();
    if (line) out.push({ line, tags });
  }
  return out;
}

const NB_DATE = /(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/;
const ISO_DATE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/;

/** Finds the first date written `dd.mm.åååå` or `åååå-mm-dd` in a text (1900–2200), as an ISO date; null when none. */
export function findDate(text: string): string | null {
  const nb = NB_DATE.exec(text);
  if (nb) {
    const iso = `${nb[3]}-${(nb[2] ?? '').padStart(2, '0')}-${(nb[1] ?? '').padStart(2, '0')}`;
    if (isDateInRange(iso)) return iso;
  }
  const iso = ISO_DATE.exec(text);
  return iso && isDateInRange(iso[0]) ? iso[0] : null;
}

function feeders(items: readonly GuideItem[], ref: FieldRef) {
  return items.filter((item) => feedsField(item, ref));
}

function draftText(
  field: TargetField,
  ref: FieldRef,
  items: readonly GuideItem[],
  input: DraftInput,
  tagged: readonly { line: string; tags: string[] }[],
): FieldDraft {
  const seen = new Set<string>();
  const lines: string[] = [];
  const sourceItemIds: DraftSource[] = [];
  const take = (line: string, source: DraftSource) => {
    const key = line.toLocaleLowerCase('nb');
    if (seen.has(key)) return;
    seen.add(key);
    lines.push(line);
    if (!sourceItemIds.includes(source)) sourceItemIds.push(source);
  };
  for (const item of feeders(items, ref)) {
    const note = input.notes[item.id];
    if (note) for (const line of splitNoteLines(note)) take(line, item.id);
  }
  const fieldTags = new Set(field.tags ?? []);
  for (const { line, tags } of tagged) if (tags.some((tag) => fieldTags.has(tag))) take(line, FREE_NOTES_SOURCE);
  const text = formatLines(lines, field.style);
  const length = countCharacters(text);
  const maxLength = field.maxLength ?? null;
  const over = maxLength === null ? 0 : Math.max(0, length - maxLength);
  return {
    fieldId: field.id,
    kind: 'text',
    text,
    length,
    maxLength,
    over,
    sourceItemIds,
    problem: overLimitProblem(over),
  };
}

function draftDate(field: TargetField, ref: FieldRef, items: readonly GuideItem[], input: DraftInput): FieldDraft {
  // Never guessed: only a date the user wrote in a note that feeds this field.
  for (const item of feeders(items, ref)) {
    const date = findDate(input.notes[item.id] ?? '');
    if (!date) continue;
    let problem: DraftProblem | null = null;
    const range = field.dateRange;
    if (input.today !== undefined && range) {
      if (date < addDays(input.today, range.fromDays)) problem = { code: 'date-not-future' };
      else if (date > addDays(input.today, range.toDays)) problem = { code: 'date-too-far' };
    }
    const text = formatDateNb(date);
    return {
      fieldId: field.id,
      kind: 'date',
      text,
      length: text.length,
      maxLength: null,
      over: 0,
      sourceItemIds: [item.id],
      problem,
    };
  }
  return {
    fieldId: field.id,
    kind: 'date',
    text: '',
    length: 0,
    maxLength: null,
    over: 0,
    sourceItemIds: [],
    problem: { code: 'date-missing' },
  };
}

function draftRadio(field: TargetField, ref: FieldRef, guides: readonly Guide[], input: DraftInput): FieldDraft {
  // Never guessed: only what the user chose on a choice item that feeds this field.
  for (const guide of guides) {
    for (const { item } of listGuideItems(guide)) {
      if (item.kind !== 'choice' || !feedsField(item, ref)) continue;
      const index = input.choices?.[item.id];
      const option = index === undefined ? undefined : item.options[index];
      if (option === undefined) continue;
      const value = option.toLocaleLowerCase('nb');
      const known = field.options === undefined || field.options.includes(value);
      const text = option;
      return {
        fieldId: field.id,
        kind: 'radio',
        text,
        length: text.length,
        maxLength: null,
        over: 0,
        sourceItemIds: [item.id],
        problem: known ? null : { code: 'option-unknown', options: field.options ?? [] },
      };
    }
  }
  return {
    fieldId: field.id,
    kind: 'radio',
    text: '',
    length: 0,
    maxLength: null,
    over: 0,
    sourceItemIds: [],
    problem: { code: 'not-answered' },
  };
}

/** Drafts every field of the form from the notes, choices and tagged free notes that feed it, in guide order. */
export function draftFields(input: DraftInput): FieldDraft[] {
  const items = input.guides.flatMap((guide) => listGuideItems(guide).map(({ item }) => item));
  const tagged = input.freeNotes ? readTaggedLines(input.freeNotes) : [];
  return input.form.fields.map((field) => {
    const ref: FieldRef = { formId: input.form.id, fieldId: field.id };
    switch (field.type) {
      case 'date':
        return draftDate(field, ref, items, input);
      case 'radio':
        return draftRadio(field, ref, input.guides, input);
      case 'text':
        return draftText(field, ref, items, input, tagged);
      default:
        return unknownFieldType(field.type);
    }
  });
}

function unknownFieldType(type: never): never {
  throw new Error(`Unknown field type: ${String(type)}`);
}

/** A field's draft as the user sees it: the drafted text, or the user's own edit of it. */
export interface ShownDraft extends FieldDraft {
  readonly field: TargetField;
  /** True when the text is the user's own edit. */
  readonly edited: boolean;
  /** True when the notes have changed since the user edited, so a fresh draft would differ. */
  readonly stale: boolean;
}

/** Lays the user's edits (by `formId.fieldId`) over fresh drafts of the form: what the panel and the printout show. */
function applyDraftEdits(
  drafted: readonly FieldDraft[],
  form: TargetForm,
  edits: Readonly<Record<string, EditedDraft>>,
): ShownDraft[] {
  return drafted.flatMap((draft): ShownDraft[] => {
    const field = form.fields.find((candidate) => candidate.id === draft.fieldId);
    if (!field) return [];
    const edit = edits[fieldKey({ formId: form.id, fieldId: draft.fieldId })];
    if (!edit) return [{ ...draft, field, edited: false, stale: false }];
    const length = countCharacters(edit.text);
    const over = draft.maxLength === null ? 0 : Math.max(0, length - draft.maxLength);
    return [
      {
        ...draft,
        field,
        text: edit.text,
        length,
        over,
        problem: overLimitProblem(over),
        edited: true,
        stale: edit.basedOn !== draft.text,
      },
    ];
  });
}

/** Drafts a case's form with its notes, choices and free notes, then lays its edits over: one rule for every caller. */
export function draftCase(input: {
  readonly guides: readonly Guide[];
  readonly record: Pick<CaseRecord, 'notes' | 'freeNotes' | 'choices' | 'drafts'>;
  readonly form: TargetForm;
  readonly today?: string;
}): ShownDraft[] {
  const { record, form } = input;
  const drafted = draftFields({
    guides: input.guides,
    notes: record.notes,
    freeNotes: record.freeNotes,
    choices: record.choices,
    form,
    ...(input.today === undefined ? {} : { today: input.today }),
  });
  return applyDraftEdits(drafted, form, record.drafts);
}

/** The edit to keep when the user types `text` in a field: it remembers the draft the first edit started from. */
export function editDraft(previous: EditedDraft | undefined, drafted: string, text: string): EditedDraft {
  return { text, basedOn: previous?.basedOn ?? drafted };
}
