import type { ReadonlySignal, Signal } from '@preact/signals';
import type { ShownDraft } from '../../../domain/draft';
import type { InsertFailure, InsertMode, InsertResult } from '../../../domain/insert';
import { shown, t, uiText, uiTextCount } from '../../../i18n/ui-text';
import type { InsertAnswer, InsertModelDeps, KeptQuestion, StatusPart } from './insert';

// What «Sett inn», «Fyll inn alle» and the answer to the overwrite question do, step by step. Part of
// the drafting engine (model/drafting-engine.ts), loaded on demand: the insert model (model/insert.ts)
// holds the state on screen and runs these once the engine and the draft list's text are in.

/** The insert model's state the steps read and set. */
export interface InsertState {
  readonly kept: Signal<KeptQuestion | null>;
  readonly statusParts: Signal<readonly StatusPart[] | null>;
  /** What the last insert did, in the language the UI speaks now. */
  readonly status: ReadonlySignal<string | null>;
  /** True when the page the panel follows is of the drafted form's kind. */
  readonly available: ReadonlySignal<boolean>;
}

/** The insert actions' steps over the model's state (each called inside the model's one-at-a-time run). */
export function createInsertFlow(deps: InsertModelDeps, state: InsertState) {
  const { kept, statusParts, status, available } = state;
  const draftOf = (fieldId: string) => deps.drafts.value.find((draft) => draft.fieldId === fieldId);
  const insertable = (draft: ShownDraft | undefined): draft is ShownDraft =>
    draft !== undefined && draft.text !== '' && draft.problem === null;
  const failure = (draft: ShownDraft, reason: InsertFailure | 'problem'): StatusPart => ({
    field: draft.field.label,
    failed: reason,
  });

  async function send(draft: ShownDraft, mode: InsertMode): Promise<InsertResult> {
    const tabId = deps.tabId.value;
    const pageUrl = deps.snapshot.value?.url;
    const form = deps.form.value;
    if (tabId === null || !pageUrl || !form || !available.value) return { ok: false, reason: 'wrong-page' };
    return deps.platform.insertField({
      tabId,
      pageUrl,
      formId: form.id,
      fieldId: draft.fieldId,
      value: draft.text,
      mode,
    });
  }

  /** Sends each draft in turn; returns the ones that were not empty and the messages for those that failed. */
  async function sendAll(drafts: readonly ShownDraft[], mode: (draft: ShownDraft) => InsertMode | null) {
    let done = 0;
    const notEmpty: { draft: ShownDraft; length: number }[] = [];
    const failed: StatusPart[] = [];
    for (const draft of drafts) {
      const chosen = mode(draft);
      if (chosen === null) continue;
      const result = await send(draft, chosen);
      if (result.ok) done += 1;
      else if (result.reason === 'not-empty') notEmpty.push({ draft, length: result.length });
      else failed.push(failure(draft, result.reason));
    }
    return { done, notEmpty, failed };
  }

  function setStatus(parts: readonly StatusPart[]): void {
    statusParts.value = parts.length > 0 ? parts : null;
    const text = status.value;
    if (text) deps.announce(text);
  }

  function report(done: number, failed: readonly StatusPart[], single: ShownDraft | null): void {
    const lead =
      done === 0
        ? null
        : single
          ? uiText('draft.announce.inserted', { field: single.field.label })
          : uiTextCount('draft.announce.inserted-all', done);
    setStatus(lead ? [lead, ...failed] : failed);
  }

  function ask(notEmpty: readonly { draft: ShownDraft; length: number }[]): void {
    const valuesOnly = notEmpty.every(({ draft }) => draft.kind !== 'text');
    const [first] = notEmpty;
    if (!first) return;
    const text =
      notEmpty.length > 1
        ? uiTextCount('draft.insert.question-all', notEmpty.length)
        : first.draft.kind === 'text'
          ? uiTextCount('draft.insert.question', first.length, { field: first.draft.field.label })
          : uiText('draft.insert.question-value', { field: first.draft.field.label });
    kept.value = { fieldIds: notEmpty.map(({ draft }) => draft.fieldId), text, valuesOnly };
    deps.announce(shown(text) ?? '');
  }

  /** Runs the privacy guard as «Kopier» does: true when the text may go, else the findings are shown. */
  async function guard(drafts: readonly ShownDraft[], heldAs: string, force: boolean): Promise<boolean> {
    if (!force) {
      const findings = await deps.findings(drafts);
      if (findings.length > 0) {
        deps.blocked.value = { fieldId: heldAs, findings, action: 'insert' };
        deps.announce(t('draft.announce.blocked-insert'));
        return false;
      }
    }
    deps.blocked.value = null;
    return true;
  }

  return {
    /** «Sett inn» on one field: guard, then insert into an empty field, or ask before touching a filled one. */
    async insert(fieldId: string, force = false): Promise<void> {
      const draft = draftOf(fieldId);
      if (!draft || draft.text === '') return;
      kept.value = null;
      if (draft.problem !== null) {
        report(0, [failure(draft, 'problem')], null);
        return;
      }
      if (!(await guard([draft], fieldId, force))) return;
      const { done, notEmpty, failed } = await sendAll([draft], () => 'if-empty');
      if (notEmpty.length > 0) ask(notEmpty);
      else report(done, failed, draft);
    },

    /** «Fyll inn alle»: every ready draft, guarded together; filled fields are asked about once, together. */
    async insertAll(force = false): Promise<void> {
      const drafts = deps.drafts.value.filter(insertable);
      if (drafts.length === 0) return;
      kept.value = null;
      if (!(await guard(drafts, 'alle', force))) return;
      const { done, notEmpty, failed } = await sendAll(drafts, () => 'if-empty');
      report(done, failed, null);
      if (notEmpty.length > 0) ask(notEmpty);
    },

    /** The user's answer to the overwrite question: replace, add after (text only), or leave the page as it is. */
    async answer(choice: InsertAnswer): Promise<void> {
      const asked = kept.value;
      kept.value = null;
      if (!asked) return;
      if (choice === 'cancel') {
        setStatus([uiText('draft.announce.insert-cancelled')]);
        return;
      }
      const drafts = asked.fieldIds.map(draftOf).filter(insertable);
      const { done, notEmpty, failed } = await sendAll(drafts, (draft) =>
        choice === 'replace' ? 'replace' : draft.kind === 'text' ? 'append' : null,
      );
      report(done, failed, drafts.length === 1 ? (drafts[0] ?? null) : null);
      if (notEmpty.length > 0) ask(notEmpty);
    },
  };
}

/** The insert actions' steps, as the insert model runs them. */
export type InsertFlow = ReturnType<typeof createInsertFlow>;
