// «Sett inn»: the rules for putting a draft into the open form's own field. Zod-free on purpose: the
// content script imports this module, and it must stay small. The background checks the panel's message
// with the schema in messages.ts, then every rule here again; the content script checks them a last
// time against the page it is in.
import type { TargetField, TargetForm } from './target-form';

/** What «Sett inn» needs of a field: its id, its type, and for a choice its legend and options. */
export type InsertField = Pick<TargetField, 'id' | 'type' | 'legend' | 'options'>;

/** What «Sett inn» needs of a form (the content script carries only this, not the whole form). */
export interface InsertForm {
  readonly id: string;
  readonly pageKey?: TargetForm['pageKey'];
  readonly fields: readonly InsertField[];
}

/** The part of each target form that «Sett inn» reads: content/forms/insert-targets.ts must equal it. */
export function insertTargetsOf(forms: readonly TargetForm[]): InsertForm[] {
  return forms.map((form) => ({
    id: form.id,
    ...(form.pageKey ? { pageKey: form.pageKey } : {}),
    fields: form.fields.map((field) => ({
      id: field.id,
      type: field.type,
      ...(field.legend ? { legend: field.legend } : {}),
      ...(field.options ? { options: field.options } : {}),
    })),
  }));
}

/** How an insert treats a field that already holds something: only into an empty one, over it, or after it. */
export type InsertMode = 'if-empty' | 'replace' | 'append';

/** The insert modes, for schemas and checks. */
export const INSERT_MODES: readonly InsertMode[] = ['if-empty', 'replace', 'append'];

/** Longest text an insert carries (the longest field NAV limits is 6500; syk-inn's have no limit). */
export const INSERT_MAX_VALUE = 20_000;

/** What the background asks the content script in a tab's top frame to do. */
export interface PageInsert {
  readonly type: 'insertIntoPage';
  /** The page (origin and path, as the snapshot reads it) the panel saw: another one means the page navigated. */
  readonly pageUrl: string;
  readonly formId: string;
  readonly fieldId: string;
  readonly value: string;
  readonly mode: InsertMode;
}

/** Why an insert did not happen. Every reason has a `draft.insert.failed.<reason>` message. */
export type InsertFailure =
  | 'invalid-message'
  | 'forbidden-sender'
  | 'field-not-listed'
  | 'invalid-value'
  | 'wrong-page'
  | 'navigated'
  | 'not-top-frame'
  | 'field-missing'
  | 'field-ambiguous'
  | 'field-disabled'
  | 'field-readonly'
  | 'option-missing'
  | 'refused'
  | 'no-content-script'
  | 'tab-gone';

/** Every failure reason, for schemas and tests. */
export const INSERT_FAILURES: readonly InsertFailure[] = [
  'invalid-message',
  'forbidden-sender',
  'field-not-listed',
  'invalid-value',
  'wrong-page',
  'navigated',
  'not-top-frame',
  'field-missing',
  'field-ambiguous',
  'field-disabled',
  'field-readonly',
  'option-missing',
  'refused',
  'no-content-script',
  'tab-gone',
];

/**
 * What an insert answers: done (with the field's new length), the field is not empty (its length only,
 * never its text), or why nothing changed.
 */
export type InsertResult =
  | { readonly ok: true; readonly length: number }
  | { readonly ok: false; readonly reason: 'not-empty'; readonly length: number }
  | { readonly ok: false; readonly reason: InsertFailure };

/** The form and the field an insert names, when the form lists that field. */
function listedField<F extends InsertForm>(
  forms: readonly F[],
  formId: string,
  fieldId: string,
): { form: F; field: F['fields'][number] } | null {
  const form = forms.find((candidate) => candidate.id === formId);
  const field = form?.fields.find((candidate) => candidate.id === fieldId);
  return form && field ? { form, field } : null;
}

const DATE_NB = /^(\d{2})\.(\d{2})\.(\d{4})$/;

/** True when a value fits the field: text within bounds, a date `dd.mm.åååå`, or one of the field's options. */
function isValueForField(field: InsertField, value: string): boolean {
  if (value === '' || value.length > INSERT_MAX_VALUE) return false;
  switch (field.type) {
    case 'text':
      return true;
    case 'date':
      return DATE_NB.test(value);
    case 'radio':
      return (field.options ?? []).includes(value.toLocaleLowerCase('nb'));
  }
}

/** A `dd.mm.åååå` date as `åååå-mm-dd` (for a native date input); null when it is not one. */
export function toIsoDate(value: string): string | null {
  const match = DATE_NB.exec(value);
  return match ? `${match[3]}-${match[2]}-${match[1]}` : null;
}

/** True when «Sett inn» may write this form on a page of this kind (a page context id). */
export function formBelongsOn(form: Pick<TargetForm, 'contexts' | 'insertContexts'>, contextId: string): boolean {
  return (form.insertContexts ?? form.contexts).includes(contextId);
}

/** How the page names the form's fields: NAV's element id (the plan), or the `name` attribute (Modia, syk-inn). */
export function pageKeyOf(form: InsertForm): 'id' | 'name' {
  return form.pageKey ?? 'id';
}

/** What an insert puts in a text field: the value, or the value on a new line after what is there. */
export function insertedText(mode: InsertMode, existingLength: number, value: string): string {
  return mode === 'append' && existingLength > 0 ? `\n${value}` : value;
}

function isString(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max;
}

/**
 * Reads the background's message to the content script without throwing; null for anything else.
 * Only the five known keys, each a bounded string, the mode one of three.
 */
export function parsePageInsert(raw: unknown): PageInsert | null {
  try {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
    const keys = Object.keys(raw).sort().join(',');
    if (keys !== 'fieldId,formId,mode,pageUrl,type,value') return null;
    const message = raw as Record<string, unknown>;
    if (message.type !== 'insertIntoPage') return null;
    const { pageUrl, formId, fieldId, value, mode } = message;
    if (!isString(pageUrl, 2048) || !isString(formId, 64) || !isString(fieldId, 128)) return null;
    if (!isString(value, INSERT_MAX_VALUE) || !INSERT_MODES.includes(mode as InsertMode)) return null;
    return { type: 'insertIntoPage', pageUrl, formId, fieldId, value, mode: mode as InsertMode };
  } catch {
    return null; // Hostile shapes (getters that throw, proxies) are refused like any other.
  }
}

/**
 * The checks every hop makes before anything is written: the form lists the field and the value fits it.
 * Returns the field, or why the insert is refused.
 */
export function checkInsert<F extends InsertForm>(
  forms: readonly F[],
  request: Pick<PageInsert, 'formId' | 'fieldId' | 'value'>,
): { form: F; field: F['fields'][number] } | { reason: InsertFailure } {
  const listed = listedField(forms, request.formId, request.fieldId);
  if (!listed) return { reason: 'field-not-listed' };
  if (!isValueForField(listed.field, request.value)) return { reason: 'invalid-value' };
  return listed;
}
