// A target field named by its form and its own id. Guides' `feeds` and a case's edited drafts write
// it as `formId.fieldId`; every place that reads or builds that text goes through here.

/** A target form's field: the form's id and NAV's field id. */
export interface FieldRef {
  readonly formId: string;
  readonly fieldId: string;
}

/** The text form of a field reference, `formId.fieldId`, as guides and stored cases write it. */
export type FieldKey = `${string}.${string}`;

/** The text a reference is stored and compared under. */
export function fieldKey(ref: FieldRef): FieldKey {
  return `${ref.formId}.${ref.fieldId}`;
}

/** Reads `formId.fieldId` (the field id may itself hold dots); null when there is no form part. */
function parseFieldKey(key: string): FieldRef | null {
  const dot = key.indexOf('.');
  if (dot <= 0 || dot === key.length - 1) return null;
  return { formId: key.slice(0, dot), fieldId: key.slice(dot + 1) };
}

/** True when an item's `feeds` names the field. */
export function feedsField(item: { readonly feeds?: readonly string[] | undefined }, ref: FieldRef): boolean {
  const key = fieldKey(ref);
  return item.feeds?.includes(key) ?? false;
}

/** The form ids an item's `feeds` name, in order, without repeats. */
export function formsFed(item: { readonly feeds?: readonly string[] | undefined }): string[] {
  const ids: string[] = [];
  for (const key of item.feeds ?? []) {
    const ref = parseFieldKey(key);
    if (ref && !ids.includes(ref.formId)) ids.push(ref.formId);
  }
  return ids;
}
