import { type Guide, listGuideItems } from './guide';
import type { TargetField, TargetForm } from './target-form';

/** What drafting reads: the guides in order, the user's notes per item, and the form to fill. */
export interface DraftInput {
  readonly guides: readonly Guide[];
  /** Notes keyed by guide item id. */
  readonly notes: Readonly<Record<string, string>>;
  readonly form: TargetForm;
}

/** Drafted text for one field, with its length against the limit and the items it came from. */
export interface FieldDraft {
  readonly fieldId: string;
  readonly text: string;
  readonly length: number;
  readonly maxLength: number | null;
  /** Characters over the limit (0 when within). The text is never cut. */
  readonly over: number;
  /** Ids of the guide items whose notes went into the text, in guide order. */
  readonly sourceItemIds: readonly string[];
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
export function countCharacters(text: string): number {
  return text.length;
}

/** Drafts text for every text field of the form from the notes of the items that feed it. */
export function draftFields(input: DraftInput): FieldDraft[] {
  const items = input.guides.flatMap((guide) => listGuideItems(guide).map(({ item }) => item));
  const drafts: FieldDraft[] = [];
  for (const field of input.form.fields) {
    if (field.type !== 'text') continue;
    const ref = `${input.form.id}.${field.id}`;
    const seen = new Set<string>();
    const lines: string[] = [];
    const sourceItemIds: string[] = [];
    for (const item of items) {
      if (!item.feeds?.includes(ref)) continue;
      const note = input.notes[item.id];
      if (!note) continue;
      let used = false;
      for (const line of splitNoteLines(note)) {
        const key = line.toLocaleLowerCase('nb');
        if (seen.has(key)) continue;
        seen.add(key);
        lines.push(line);
        used = true;
      }
      if (used && !sourceItemIds.includes(item.id)) sourceItemIds.push(item.id);
    }
    const text = formatLines(lines, field.style);
    const length = countCharacters(text);
    const maxLength = field.maxLength ?? null;
    drafts.push({
      fieldId: field.id,
      text,
      length,
      maxLength,
      over: maxLength === null ? 0 : Math.max(0, length - maxLength),
      sourceItemIds,
    });
  }
  return drafts;
}
