// The content script's half of «Sett inn»: find the one field the target form names on this page and put
// the text in through the browser's own editing path, so the page's framework (React's controlled inputs
// on NAV's pages), its character counter and the user's Ctrl+Z all follow. It reads a field's length and
// whether it is empty, never its text, and answers with nothing more.
import {
  checkInsert,
  type InsertFailure,
  type InsertField,
  type InsertForm,
  type InsertResult,
  insertedText,
  type PageInsert,
  pageKeyOf,
  parsePageInsert,
  toIsoDate,
} from '../domain/insert';
import { maskNationalIds, SNAPSHOT_LIMITS } from '../domain/page-snapshot';

type Editable = HTMLTextAreaElement | HTMLInputElement;

const TEXT_INPUT_TYPES = new Set(['text', 'search', '', 'date']);

function isHidden(element: Element): boolean {
  if (element.closest('[hidden], [aria-hidden="true"], [inert]')) return true;
  const check = (element as { checkVisibility?: () => boolean }).checkVisibility;
  return typeof check === 'function' && element.isConnected && !check.call(element);
}

function byKey(doc: Document, key: 'id' | 'name', value: string): Element[] {
  const escaped = value.replace(/["\\]/g, '\\$&');
  return [...doc.querySelectorAll(`[${key}="${escaped}"]`)].filter((element) => !isHidden(element));
}

function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLocaleLowerCase('nb');
}

function textOf(element: Element | null | undefined): string {
  return fold(element?.textContent ?? '');
}

function findEditable(doc: Document, form: InsertForm, field: InsertField): Editable | InsertFailure {
  const found = byKey(doc, pageKeyOf(form), field.id);
  const editable = found.filter(
    (element): element is Editable =>
      element.localName === 'textarea' ||
      (element.localName === 'input' && TEXT_INPUT_TYPES.has((element as HTMLInputElement).type)),
  );
  if (editable.length === 0) return 'field-missing';
  if (editable.length > 1) return 'field-ambiguous';
  return editable[0] as Editable;
}

function findRadioGroup(doc: Document, form: InsertForm, field: InsertField): Element | InsertFailure {
  const byId = byKey(doc, pageKeyOf(form), field.id).filter((element) => element.querySelector('input[type="radio"]'));
  if (byId.length === 1) return byId[0] as Element;
  const legend = field.legend ? fold(field.legend) : null;
  const byLegend = legend
    ? [...doc.querySelectorAll('fieldset')].filter(
        (set) => !isHidden(set) && textOf(set.querySelector('legend')) === legend,
      )
    : [];
  if (byLegend.length === 1) return byLegend[0] as Element;
  return byId.length + byLegend.length > 1 ? 'field-ambiguous' : 'field-missing';
}

function labelText(doc: Document, input: HTMLInputElement): string {
  const wrapping = input.closest('label');
  if (wrapping) return textOf(wrapping);
  const escaped = input.id.replace(/["\\]/g, '\\$&');
  return input.id ? textOf(doc.querySelector(`label[for="${escaped}"]`)) : '';
}

function blockedState(element: HTMLInputElement | HTMLTextAreaElement): InsertFailure | null {
  if (element.disabled || element.closest('fieldset:disabled, [aria-disabled="true"]')) return 'field-disabled';
  if (element.readOnly || element.getAttribute('aria-readonly') === 'true') return 'field-readonly';
  return null;
}

/** Sets a value the way a framework cannot miss it: the prototype's setter (past React's tracker), then `input`. */
function setNatively(element: Editable, value: string, data: string): void {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(element), 'value')?.set;
  if (setter) setter.call(element, value);
  else element.value = value;
  const view = element.ownerDocument.defaultView ?? globalThis;
  element.dispatchEvent(new view.InputEvent('input', { bubbles: true, inputType: 'insertText', data }));
  element.dispatchEvent(new view.Event('change', { bubbles: true }));
}

/** Types `text` over the selection with the browser's editing command; false when the browser refuses it. */
function typeText(doc: Document, text: string): boolean {
  try {
    return typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

function insertText(doc: Document, element: Editable, request: PageInsert): InsertResult {
  const existing = element.value.length;
  if (request.mode === 'if-empty' && existing > 0) return { ok: false, reason: 'not-empty', length: existing };
  if (element.type === 'date') {
    // A native date picker takes no typed text: its value is the ISO date.
    const iso = toIsoDate(request.value);
    if (iso === null) return { ok: false, reason: 'invalid-value' };
    setNatively(element, iso, iso);
    return { ok: true, length: element.value.length };
  }
  const text = insertedText(request.mode, existing, request.value);
  element.focus();
  if (request.mode === 'append') element.setSelectionRange(existing, existing);
  else element.select();
  if (!typeText(doc, text)) {
    const before = request.mode === 'append' ? element.value : '';
    setNatively(element, before + text, text);
  }
  return { ok: true, length: element.value.length };
}

function insertRadio(doc: Document, group: Element, request: PageInsert): InsertResult {
  const wanted = request.value.toLocaleLowerCase('nb');
  const radios = [...group.querySelectorAll('input[type="radio"]')] as HTMLInputElement[];
  const target =
    radios.find((radio) => labelText(doc, radio) === wanted) ?? radios.find((radio) => radio.value === wanted);
  if (!target) return { ok: false, reason: 'option-missing' };
  const blocked = blockedState(target);
  if (blocked) return { ok: false, reason: blocked };
  if (target.checked) return { ok: true, length: 0 };
  if (request.mode === 'if-empty' && radios.some((radio) => radio.checked)) {
    return { ok: false, reason: 'not-empty', length: 0 };
  }
  target.focus();
  target.click(); // The click fires `input` and `change` the way a user's does.
  return target.checked ? { ok: true, length: 0 } : { ok: false, reason: 'refused' };
}

/** The page's URL as the snapshot reads it: origin and path, national ID numbers masked. */
export function pageUrlOf(location: Pick<Location, 'origin' | 'pathname'>): string {
  return maskNationalIds(`${location.origin}${location.pathname}`).slice(0, SNAPSHOT_LIMITS.urlLength);
}

/**
 * Carries out the background's insert message in this page, after checking it again: a field the form
 * lists, a value that fits it, the page the panel saw, the top frame. Never throws; changes nothing
 * unless it answers `ok`.
 */
export function insertIntoPage(
  doc: Document,
  location: Pick<Location, 'origin' | 'pathname'>,
  raw: unknown,
  forms: readonly InsertForm[],
  isTopFrame: boolean,
): InsertResult {
  const request = parsePageInsert(raw);
  if (!request) return { ok: false, reason: 'invalid-message' };
  if (!isTopFrame) return { ok: false, reason: 'not-top-frame' };
  const checked = checkInsert(forms, request);
  if ('reason' in checked) return { ok: false, reason: checked.reason };
  if (pageUrlOf(location) !== request.pageUrl) return { ok: false, reason: 'navigated' };
  const { form, field } = checked;
  try {
    if (field.type === 'radio') {
      const group = findRadioGroup(doc, form, field);
      return typeof group === 'string' ? { ok: false, reason: group } : insertRadio(doc, group, request);
    }
    const element = findEditable(doc, form, field);
    if (typeof element === 'string') return { ok: false, reason: element };
    const blocked = blockedState(element);
    if (blocked) return { ok: false, reason: blocked };
    return insertText(doc, element, request);
  } catch {
    return { ok: false, reason: 'refused' }; // A page that throws in its own handlers keeps its state.
  }
}
