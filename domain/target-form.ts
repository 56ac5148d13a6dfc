/** Who will read a field once the form is sent: decides how strictly text is checked before copying. */
export type FieldAudience = 'arbeidsgiver' | 'nav' | 'lege';

/** One field of a target form, with NAV's own field id. */
export interface TargetField {
  /** NAV's field id, e.g. `typiskArbeidshverdag`. */
  readonly id: string;
  /** NAV's own short label, so the user sees where to paste. */
  readonly label: string;
  readonly type: 'text' | 'date' | 'radio';
  /** Maximum characters for text fields. */
  readonly maxLength?: number;
  readonly required: boolean;
  /** Who reads the field once it is sent. */
  readonly readBy: readonly FieldAudience[];
  /** How drafted text is laid out: one line per note, or running sentences. */
  readonly style: 'bullets' | 'sentences';
  /** `#tags` in free notes that send a line to this field (without the `#`). */
  readonly tags?: readonly string[];
  /** A short reminder shown with the draft, e.g. that the referat is written to the employee as "du". */
  readonly hint?: string;
  /** For radio fields: the group's legend on the page, to find it when its ids are generated («Sett inn»). */
  readonly legend?: string;
  /** For radio fields: the allowed values, e.g. `ja`, `nei`. */
  readonly options?: readonly string[];
  /** For date fields: the days from today the form accepts, both ends inclusive (1: tomorrow at the earliest). */
  readonly dateRange?: { readonly fromDays: number; readonly toDays: number };
}

/** A form the user fills in on a NAV page or in a journal. */
export interface TargetForm {
  readonly id: string;
  readonly version: string;
  readonly title: string;
  /** Page contexts where this form is the one on screen. */
  readonly contexts: readonly string[];
  /**
   * The contexts where «Sett inn» may write into the page, when fewer than `contexts`: only pages whose
   * field names the form knows (a journal names its own fields, so there the drafts are copied).
   */
  readonly insertContexts?: readonly string[];
  readonly fields: readonly TargetField[];
  /** How the page names a field for «Sett inn»: its element id (default) or its `name` attribute. */
  readonly pageKey?: 'id' | 'name';
  /** Where the form's structure was read (repository and commit), for the user and for review. */
  readonly source: string;
}

/** What the panel's first view knows of a form: which one it is and where it belongs (its fields come with the drafting engine). */
export type TargetFormSummary = Pick<TargetForm, 'id' | 'title' | 'contexts' | 'insertContexts'>;

/** A form's summary: its id, title and contexts, without its fields. */
export function summaryOfForm(form: TargetForm): TargetFormSummary {
  const { id, title, contexts, insertContexts } = form;
  return insertContexts === undefined ? { id, title, contexts } : { id, title, contexts, insertContexts };
}

/** Who a text check must protect: the employer (strict) or NAV only (national IDs only). */
export function privacyAudienceOf(field: TargetField): 'arbeidsgiver' | 'nav' {
  return isEmployerVisible(field) ? 'arbeidsgiver' : 'nav';
}

/** True when the employer will read what is written in the field. */
export function isEmployerVisible(field: TargetField): boolean {
  return field.readBy.includes('arbeidsgiver');
}
