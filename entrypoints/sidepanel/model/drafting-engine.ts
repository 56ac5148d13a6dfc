import { TARGET_FORMS } from '../../../content/forms';
import { draftCase, draftFields, editDraft } from '../../../domain/draft';
import type { TargetForm } from '../../../domain/target-form';
import { createDraftActions } from './draft-actions';
import { createInsertFlow } from './insert-flow';

// The drafting engine: what computes the form's fields from the notes (domain/draft.ts). Loaded on
// demand (entrypoints/sidepanel/main.tsx imports this module dynamically, asked for at the panel's
// start side by side with the reads): the first view does not show the drafts, far below the guide.
// The model's drafts area holds it in a signal; its actions and the insert model's await it.

/** What the panel drafts with, as one object the model loads at once. */
export const DRAFTING_ENGINE = {
  /** The case's drafts for a form, the user's edits laid over them. */
  draftCase,
  /** The form's fields drafted from the notes alone (no edits). */
  draftFields,
  /** The edit kept for a field: the user's text and the draft it started from. */
  editDraft,
  /** A form whole, with its fields, by id (the first view knows only its summary, content/form-index.ts). */
  formById: (id: string): TargetForm | null => TARGET_FORMS.find((form) => form.id === id) ?? null,
  /** Copying, editing, drafting again and rewording (model/draft-actions.ts). */
  createDraftActions,
  /** The steps of «Sett inn», «Fyll inn alle» and the overwrite question (model/insert-flow.ts). */
  createInsertFlow,
};

/** The drafting engine, as the model uses it. */
export type DraftingEngine = typeof DRAFTING_ENGINE;
