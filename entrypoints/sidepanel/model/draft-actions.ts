import { type ReadonlySignal, type Signal, untracked } from '@preact/signals';
import type { CaseRecord } from '../../../domain/case';
import { draftFields, editDraft, type ShownDraft } from '../../../domain/draft';
import { fieldKey } from '../../../domain/field-ref';
import type { Guide } from '../../../domain/guide';
import type { MedicalWord } from '../../../domain/privacy-guard';
import { privacyAudienceOf, type TargetForm, type TargetFormSummary } from '../../../domain/target-form';
import { ensureMessages, t, tCount } from '../../../i18n/ui-text';
import type { PanelPlatform } from '../../../platform/panel-platform';
import { type CasesModel, isLargeCase } from './cases';
import type { BlockedCopy } from './drafts';
import type { Feedback } from './feedback';

// What the user does with the drafts: copy (behind the privacy guard), edit, draft again, reword. It
// comes with the drafting engine (model/drafting-engine.ts), never with the first view; the drafts
// model (model/drafts.ts) holds the state and hands each action on once the engine is in.

// ui-text-ok: the instruction to the language model, not UI; the drafts are bokmål whatever the UI language.
const REWORD_INSTRUCTION =
  'Skriv teksten under om til klart og vennlig bokmål for et skjema. Behold innholdet, ikke legg til noe, ' +
  'og ikke ta med helseopplysninger eller diagnoser. Svar bare med den nye teksten.';

/** What the draft actions read and change: the drafts model's state and the panel's areas. */
export interface DraftActionsArea {
  readonly platform: Pick<PanelPlatform, 'copy' | 'reword'>;
  readonly feedback: Feedback;
  readonly drafts: ReadonlySignal<ShownDraft[]>;
  readonly form: ReadonlySignal<TargetFormSummary | null>;
  readonly draftForm: ReadonlySignal<TargetForm | null>;
  readonly draftingGuides: ReadonlySignal<readonly Guide[]>;
  readonly activeCase: ReadonlySignal<CaseRecord | null>;
  readonly updateMap: CasesModel['updateMap'];
  readonly blocked: Signal<BlockedCopy | null>;
  readonly rewording: Signal<string | null>;
  readonly languageModelOn: ReadonlySignal<boolean>;
  readonly loadMedicalWords: () => Promise<readonly MedicalWord[]>;
}

/** The draft actions over one drafts model (made once, when the engine is in). */
export function createDraftActions(area: DraftActionsArea) {
  const { platform, feedback, drafts, blocked, updateMap } = area;

  // The privacy guard and its word list load at the first copy: the start-up chunks carry neither.
  type Guard = readonly [readonly MedicalWord[], typeof import('../../../domain/privacy-guard')];
  let guard: Promise<Guard> | null = null;
  const loadGuard = () => {
    guard ??= Promise.all([area.loadMedicalWords(), import('../../../domain/privacy-guard')] as const).catch(
      (error: unknown) => {
        guard = null;
        throw error;
      },
    );
    return guard;
  };
  async function findingsFor(shown: readonly ShownDraft[]): Promise<BlockedCopy['findings']> {
    const [words, { checkText }] = await loadGuard();
    return shown.flatMap((draft) =>
      checkText(draft.text, { audience: privacyAudienceOf(draft.field), words }).map((finding) => ({
        label: draft.field.label,
        finding,
      })),
    );
  }
  /** Keeps `text` as the user's edit of a field of the open form. */
  function keepEdit(
    currentForm: TargetFormSummary,
    record: CaseRecord,
    fieldId: string,
    drafted: string,
    text: string,
  ) {
    const key = fieldKey({ formId: currentForm.id, fieldId });
    updateMap('drafts', key, editDraft(record.drafts[key], drafted, text));
  }
  /**
   * The drafted text an edit starts from (its `basedOn`). Only the first keystroke of an edit needs
   * it: later ones keep the edit's own. A small case is drafted afresh; a large one (tens of kB) takes
   * the draft shown now, so typing in it never redrafts a megabyte of notes per keystroke.
   */
  function draftedTextOf(currentForm: TargetForm, record: CaseRecord, fieldId: string): string {
    if (record.drafts[fieldKey({ formId: currentForm.id, fieldId })]) return '';
    if (isLargeCase(record))
      return untracked(() => drafts.value).find((draft) => draft.fieldId === fieldId)?.text ?? '';
    const drafted = draftFields({
      guides: area.draftingGuides.value,
      notes: record.notes,
      freeNotes: record.freeNotes,
      form: currentForm,
    }).find((draft) => draft.fieldId === fieldId);
    return drafted?.text ?? '';
  }
  async function copyText(text: string, done: string): Promise<boolean> {
    try {
      await platform.copy(text);
      feedback.announce(done);
      return true;
    } catch {
      feedback.announce(t('draft.announce.copy-failed'));
      return false;
    }
  }
  /** The first non-empty draft, or the one of `fieldId` (null: nothing to copy). */
  function draftToCopy(fieldId: string | null): ShownDraft | null {
    const draft = drafts.value.find((candidate) =>
      fieldId === null ? candidate.text !== '' : candidate.fieldId === fieldId,
    );
    return draft && draft.text !== '' ? draft : null;
  }

  return {
    findingsFor,

    /** Copies one drafted field, the privacy guard first (`force`: the user confirmed «Kopier likevel»). */
    async copyDraft(fieldId: string | null, force: boolean): Promise<boolean> {
      const draft = draftToCopy(fieldId);
      if (!draft) return false;
      // A copy by shortcut can come before the draft list (and its text) is in: what it says waits for it.
      await ensureMessages();
      if (!force) {
        const findings = await findingsFor([draft]);
        if (findings.length > 0) {
          blocked.value = { fieldId: draft.fieldId, findings };
          feedback.announce(t('draft.announce.blocked', { field: draft.field.label }));
          return false;
        }
      }
      blocked.value = null;
      return copyText(draft.text, tCount('draft.announce.copied', draft.length, { field: draft.field.label }));
    },

    /** Copies every non-empty field as labelled text, after the same privacy guard. */
    async copyAll(force: boolean): Promise<boolean> {
      const filled = drafts.value.filter((draft) => draft.text !== '');
      if (filled.length === 0) return false;
      await ensureMessages();
      if (!force) {
        const findings = await findingsFor(filled);
        if (findings.length > 0) {
          blocked.value = { fieldId: 'alle', findings };
          feedback.announce(t('draft.announce.blocked-all'));
          return false;
        }
      }
      blocked.value = null;
      const text = filled.map((draft) => `${draft.field.label}\n${draft.text}`).join('\n\n');
      return copyText(text, tCount('draft.announce.copied-all', filled.length));
    },

    /** Keeps the user's own text for a field. */
    editDraft(fieldId: string, text: string): void {
      const currentForm = area.draftForm.value;
      const record = area.activeCase.value;
      if (!currentForm || !record) return;
      if (blocked.value?.fieldId === fieldId) blocked.value = null;
      keepEdit(currentForm, record, fieldId, draftedTextOf(currentForm, record, fieldId), text);
    },

    /** Drops the user's edit of a field. */
    redraft(fieldId: string): void {
      const currentForm = area.form.value;
      if (!currentForm) return;
      updateMap('drafts', fieldKey({ formId: currentForm.id, fieldId }), undefined);
      // Said once the draft list's text is in (it always is when its button was pressed); never as a key.
      void ensureMessages().then(
        () => feedback.announce(t('draft.announce.redrafted')),
        () => undefined,
      );
    },

    /** Rewords a field with the browser's own language model; the result is an edit. */
    async reword(fieldId: string): Promise<void> {
      const draft = draftToCopy(fieldId);
      if (!draft || !area.languageModelOn.value) return;
      await ensureMessages();
      area.rewording.value = fieldId;
      try {
        const text = await platform.reword(draft.text, REWORD_INSTRUCTION);
        if (text) {
          const currentForm = area.form.value;
          const record = area.activeCase.value;
          if (currentForm && record) keepEdit(currentForm, record, fieldId, draft.text, text);
          feedback.announce(t('draft.announce.reworded'));
        }
      } catch {
        feedback.announce(t('draft.announce.reword-failed'));
      } finally {
        area.rewording.value = null;
      }
    },
  };
}

/** The draft actions' shape. */
export type DraftActions = ReturnType<typeof createDraftActions>;
