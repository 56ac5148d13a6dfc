import { computed, type ReadonlySignal, type Signal, signal } from '@preact/signals';
import type { ShownDraft } from '../../../domain/draft';
import { formBelongsOn, type InsertFailure } from '../../../domain/insert';
import type { PageSnapshot } from '../../../domain/page-snapshot';
import type { PrivacyFinding } from '../../../domain/privacy-guard';
import type { TargetFormSummary } from '../../../domain/target-form';
import { ensureMessages, shown, t, type UiText } from '../../../i18n/ui-text';
import type { PanelPlatform } from '../../../platform/panel-platform';
import type { DraftingEngine } from './drafting-engine';
import type { InsertFlow } from './insert-flow';

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
  readonly form: ReadonlySignal<TargetFormSummary | null>;
  readonly drafts: ReadonlySignal<readonly ShownDraft[]>;
  /**
   * The drafting engine (model/drafting-engine.ts): it drafts what is sent and holds the insert's steps
   * (model/insert-flow.ts). Every insert awaits it, so none acts on the empty list shown before it is in.
   */
  readonly loadEngine: () => Promise<DraftingEngine>;
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
export interface KeptQuestion extends Omit<InsertQuestion, 'text'> {
  readonly text: UiText;
}

/**
 * One sentence of the insert area's status, kept as keys and values (never as resolved text), so what is
 * on screen follows a switch of the UI language. A failure nests its reason's own message.
 */
export type StatusPart = UiText | { readonly field: string; readonly failed: InsertFailure | 'problem' };

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

  let flow: InsertFlow | null = null;
  async function run(work: (steps: InsertFlow) => Promise<void>): Promise<void> {
    if (busy.value) return;
    busy.value = true;
    try {
      // What an insert says (its status, its question) is draft-list text: in before any of it is said.
      // And the drafts it sends are drafted by the engine, which also does the steps: in before either.
      const [, engine] = await Promise.all([ensureMessages(), deps.loadEngine()]);
      flow ??= engine.createInsertFlow(deps, { kept, statusParts, status, available });
      await work(flow);
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
      return run((steps) => steps.insert(fieldId, force));
    },

    /** «Fyll inn alle»: every ready draft, guarded together; filled fields are asked about once, together. */
    insertAll(force = false): Promise<void> {
      return run((steps) => steps.insertAll(force));
    },

    /** The user's answer to the overwrite question: replace, add after (text only), or leave the page as it is. */
    answer(choice: InsertAnswer): Promise<void> {
      return run((steps) => steps.answer(choice));
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
    readonly loadDrafting: InsertModelDeps['loadEngine'];
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
    loadEngine: drafts.loadDrafting,
    findings: drafts.findingsFor,
    blocked: drafts.blocked,
    announce,
  });
}
