import { computed, type ReadonlySignal, type Signal, signal } from '@preact/signals';
import type { ShownDraft } from '../../../domain/draft';
import { formBelongsOn, type InsertFailure, type InsertMode, type InsertResult } from '../../../domain/insert';
import type { PageSnapshot } from '../../../domain/page-snapshot';
import type { PrivacyFinding } from '../../../domain/privacy-guard';
import type { TargetForm } from '../../../domain/target-form';
import { ensureMessages, shown, t, type UiText, uiText, uiTextCount } from '../../../i18n/ui-text';
import type { PanelPlatform } from '../../../platform/panel-platform';

/** Text held back by the privacy guard, and whether the user was copying or inserting it. */
export interface HeldBack {
  readonly fieldId: string;
  readonly findings: readonly { label: string; finding: PrivacyFinding }[];
  readonly action?: 'copy' | 'insert';
}

/** What the insert model needs from the panel: the platform, the tab and page it follows, and the drafts. */
export interface InsertModelDeps {
  readonly platform: Pick<PanelPlatform, 'insertField'>;
  readonly tabId: ReadonlySignal<number | null>;
  readonly snapshot: ReadonlySignal<PageSnapshot | null>;
  readonly contextId: ReadonlySignal<string>;
  readonly form: ReadonlySignal<TargetForm | null>;
  readonly drafts: ReadonlySignal<readonly ShownDraft[]>;
  /** Resolves once the drafts are drafted (the drafting engine is in): no insert acts on none before it. */
  readonly draftsReady: () => Promise<unknown>;
  /** The privacy guard, exactly as before a copy: what it finds in these drafts (none: nothing held back). */
  readonly findings: (drafts: readonly ShownDraft[]) => Promise<HeldBack['findings']>;
  /** Where held-back text is shown (shared with «Kopier»). */
  readonly blocked: Signal<HeldBack | null>;
  /** Speaks to the live region. */
  readonly announce: (text: string) => void;
}

/** The question asked before anything on the page is overwritten: which fields, and what they hold (length only). */
export interface InsertQuestion {
  readonly fieldIds: readonly string[];
  /** The question in the user's language. */
  readonly text: string;
  /** True when every field asked about is a date or a choice: adding to it makes no sense. */
  readonly valuesOnly: boolean;
}

/** The overwrite question as kept: its text as a key and values, so it follows a language switch. */
interface KeptQuestion extends Omit<InsertQuestion, 'text'> {
  readonly text: UiText;
}

/**
 * One sentence of the insert area's status, kept as keys and values (never as resolved text), so what is
 * on screen follows a switch of the UI language. A failure nests its reason's own message.
 */
type StatusPart = UiText | { readonly field: string; readonly failed: InsertFailure | 'problem' };

function shownPart(part: StatusPart): string {
  return 'failed' in part
    ? t('draft.insert.failed', { field: part.field, reason: t(`draft.insert.failed.${part.failed}`) })
    : t(part.key, part.params);
}

/** The user's answer to the overwrite question. */
export type InsertAnswer = 'replace' | 'append' | 'cancel';

/** «Sett inn» and «Fyll inn alle»: drafts into the open form's own fields, guarded, never overwriting silently. */
function createInsertModel(deps: InsertModelDeps) {
  const kept = signal<KeptQuestion | null>(null);
  const statusParts = signal<readonly StatusPart[] | null>(null);
  /** The overwrite question in the language the UI speaks now. */
  const question = computed<InsertQuestion | null>(() => {
    const asked = kept.value;
    return asked ? { ...asked, text: shown(asked.text) ?? '' } : null;
  });
  /** What the last insert did, in the language the UI speaks now. */
  const status = computed<string | null>(() => statusParts.value?.map(shownPart).join(' ') || null);
  const busy = signal(false);
  /** True when the page the panel follows is of the drafted form's kind: the buttons show only then. */
  const available = computed(() => {
    const form = deps.form.value;
    return form !== null && deps.tabId.value !== null && deps.snapshot.value !== null
      ? formBelongsOn(form, deps.contextId.value)
      : false;
  });

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

  async function run(work: () => Promise<void>): Promise<void> {
    if (busy.value) return;
    busy.value = true;
    try {
      // What an insert says (its status, its question) is draft-list text: in before any of it is said.
      // And the drafts it sends are drafted by the engine: in before any is looked up.
      await Promise.all([ensureMessages(), deps.draftsReady()]);
      await work();
    } finally {
      busy.value = false;
    }
  }

  return {
    available,
    question,
    status,
    busy,

    /** «Sett inn» on one field: guard, then insert into an empty field, or ask before touching a filled one. */
    insert(fieldId: string, force = false): Promise<void> {
      return run(async () => {
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
      });
    },

    /** «Fyll inn alle»: every ready draft, guarded together; filled fields are asked about once, together. */
    insertAll(force = false): Promise<void> {
      return run(async () => {
        const drafts = deps.drafts.value.filter(insertable);
        if (drafts.length === 0) return;
        kept.value = null;
        if (!(await guard(drafts, 'alle', force))) return;
        const { done, notEmpty, failed } = await sendAll(drafts, () => 'if-empty');
        report(done, failed, null);
        if (notEmpty.length > 0) ask(notEmpty);
      });
    },

    /** The user's answer to the overwrite question: replace, add after (text only), or leave the page as it is. */
    answer(choice: InsertAnswer): Promise<void> {
      return run(async () => {
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
      });
    },
  };
}

/** The insert model's public shape. */
export type InsertModel = ReturnType<typeof createInsertModel>;

/** The insert model wired to the panel's own areas: the page it follows, the open form and its drafts. */
export function createInsertFor(areas: {
  readonly platform: InsertModelDeps['platform'];
  readonly page: Pick<InsertModelDeps, 'tabId' | 'snapshot'> & { readonly context: ReadonlySignal<{ id: string }> };
  readonly form: InsertModelDeps['form'];
  readonly drafts: Pick<InsertModelDeps, 'drafts' | 'blocked'> & {
    readonly findingsFor: InsertModelDeps['findings'];
    readonly loadDrafting: InsertModelDeps['draftsReady'];
  };
  readonly announce: InsertModelDeps['announce'];
}) {
  const { platform, page, form, drafts, announce } = areas;
  return createInsertModel({
    platform,
    tabId: page.tabId,
    snapshot: page.snapshot,
    contextId: computed(() => page.context.value.id),
    form,
    drafts: drafts.drafts,
    draftsReady: drafts.loadDrafting,
    findings: drafts.findingsFor,
    blocked: drafts.blocked,
    announce,
  });
}
