import { computed, type ReadonlySignal, signal, untracked } from '@preact/signals';
import type { CaseRecord } from '../../../domain/case';
import type { ShownDraft } from '../../../domain/draft';
import type { Guide } from '../../../domain/guide';
import type { DetectedContext } from '../../../domain/page-context';
import type { MedicalWord, PrivacyFinding } from '../../../domain/privacy-guard';
import type { TargetForm, TargetFormSummary } from '../../../domain/target-form';
import { contextLabel } from '../../../i18n/context-label';
import { t } from '../../../i18n/ui-text';
import type { PanelPlatform } from '../../../platform/panel-platform';
import type { CasesModel } from './cases';
import type { DraftActions } from './draft-actions';
import type { DraftingEngine } from './drafting-engine';
import type { Feedback } from './feedback';
import { loadOnce } from './load-once';

/** A copy held back by the privacy guard, with what it found. */
export interface BlockedCopy {
  readonly fieldId: string | 'alle';
  readonly findings: readonly { label: string; finding: PrivacyFinding }[];
  /** «Sett inn» held back rather than «Kopier» (model/insert.ts). */
  readonly action?: 'copy' | 'insert';
}

/** After a huge note, drafts wait this long for typing to rest. */
const LARGE_NOTE_DRAFT_DELAY_MS = 250;

/**
 * When the drafts are drafted again. Drafting reads the case through this tick: typing in a huge note
 * (tens of kB) refreshes the drafts once typing rests, so every keystroke does not redraft a megabyte.
 */
export function createDraftRefresh() {
  const tick = signal(0);
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    tick: tick as ReadonlySignal<number>,
    /** Drafts again now, or (`defer`) once nothing has changed for a moment. */
    refresh(defer: boolean): void {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      if (!defer) {
        tick.value += 1;
        return;
      }
      timer = setTimeout(() => {
        timer = undefined;
        tick.value += 1;
      }, LARGE_NOTE_DRAFT_DELAY_MS);
    },
  };
}

/** The draft area's shape of its refresh. */
export type DraftRefresh = ReturnType<typeof createDraftRefresh>;

type DraftsPlatform = Pick<PanelPlatform, 'clock' | 'copy' | 'hasLanguageModel' | 'reword'>;

/**
 * The drafted fields of the form, the user's edits of them, copying behind the privacy guard, and
 * local rewording where the browser has a language model.
 */
export function createDrafts(deps: {
  platform: DraftsPlatform;
  feedback: Feedback;
  refresh: DraftRefresh;
  context: ReadonlySignal<DetectedContext>;
  guide: ReadonlySignal<Guide | null>;
  /** The form open, as the first view knows it (its fields come with the engine: `draftForm`). */
  form: ReadonlySignal<TargetFormSummary | null>;
  draftingGuides: ReadonlySignal<readonly Guide[]>;
  activeCaseId: ReadonlySignal<string | null>;
  activeCase: ReadonlySignal<CaseRecord | null>;
  updateMap: CasesModel['updateMap'];
  /** Diagnosis and medical words an employer must not be sent (content/medical-words.ts). */
  loadMedicalWords: () => Promise<readonly MedicalWord[]>;
  /**
   * What drafts the fields from the notes (model/drafting-engine.ts), asked for at the panel's start:
   * the first view does not show the drafts. Until it is in there are no drafts, and the actions wait.
   */
  loadDrafting: () => Promise<DraftingEngine>;
}) {
  const { platform, feedback, form, activeCase, updateMap } = deps;
  /** The drafting engine once loaded (null before). */
  const engine = signal<DraftingEngine | null>(null);
  /** Why the engine did not load (null while it loads or once it is in); the view shows its way out. */
  const draftingFailure = signal<unknown>(null);
  /** The engine, loaded once (a failed load is tried again by the next call). */
  const loadDrafting = loadOnce(deps.loadDrafting, {
    loaded: (loaded) => {
      engine.value = loaded;
      draftingFailure.value = null;
    },
    failed: (error) => {
      draftingFailure.value = error ?? new Error('the drafting engine failed to load');
    },
  });
  /** The open form whole, with its fields: null until the engine (which holds them) is in. */
  const draftForm = computed<TargetForm | null>(() => {
    const loaded = engine.value;
    const summary = form.value;
    return loaded && summary ? loaded.formById(summary.id) : null;
  });
  const drafts = computed<ShownDraft[]>(() => {
    deps.refresh.tick.value;
    deps.activeCaseId.value;
    const loaded = engine.value;
    const currentGuide = deps.guide.value;
    const currentForm = draftForm.value;
    const record = untracked(() => activeCase.value);
    if (!loaded || !currentGuide || !currentForm || !record) return [];
    return loaded.draftCase({
      guides: deps.draftingGuides.value,
      record,
      form: currentForm,
      today: platform.clock.today(),
    });
  });
  const blocked = signal<BlockedCopy | null>(null);
  const languageModelReady = signal(false);
  const languageModelOn = signal(false);
  const rewording = signal<string | null>(null);
  const formMismatch = computed<string | null>(() => {
    const currentForm = form.value;
    const page = deps.context.value;
    // Said with the drafts: none before the engine is in.
    if (engine.value === null || !currentForm || page.id === 'unknown' || currentForm.contexts.includes(page.id))
      return null;
    return t('draft.mismatch', { form: currentForm.title, page: contextLabel(page) });
  });

  // The actions come with the engine (model/draft-actions.ts): made once it is in.
  let actions: DraftActions | null = null;
  const actionsOf = (loaded: DraftingEngine): DraftActions => {
    actions ??= loaded.createDraftActions({
      platform,
      feedback,
      drafts,
      form,
      draftForm,
      draftingGuides: deps.draftingGuides,
      activeCase,
      updateMap,
      blocked,
      rewording,
      languageModelOn,
      loadMedicalWords: deps.loadMedicalWords,
    });
    return actions;
  };
  /** The actions once the engine is in (a failed load: null, and the view shows its way out). */
  const loadActions = (): Promise<DraftActions | null> => loadDrafting().then(actionsOf, () => null);
  /** Runs `act` with the actions: at once when the engine is in, else once it is. */
  function withActions(act: (loaded: DraftActions) => void): void {
    const loaded = engine.peek();
    if (loaded) act(actionsOf(loaded));
    else void loadActions().then((ready) => ready && act(ready));
  }

  return {
    drafts,
    draftForm: draftForm as ReadonlySignal<TargetForm | null>,
    /** True once the drafting engine is in: the draft list shows from then on. */
    draftingReady: computed(() => engine.value !== null) as ReadonlySignal<boolean>,
    /** Why the drafting engine did not load, or null (the view offers the panel's way out). */
    draftingFailure: draftingFailure as ReadonlySignal<unknown>,
    /**
     * Loads the drafting engine (once; asked for at the panel's start). Every draft action awaits it, so
     * none acts on the empty list shown before it is in.
     */
    loadDrafting,
    blocked,
    /** The privacy guard on these drafts, exactly as before a copy (also before «Sett inn»). */
    async findingsFor(shown: readonly ShownDraft[]): Promise<BlockedCopy['findings']> {
      const ready = await loadActions();
      if (!ready) throw new Error('the drafting engine failed to load');
      return ready.findingsFor(shown);
    },
    formMismatch,
    languageModelReady,
    languageModelOn,
    rewording,

    /** Asks the browser whether it has a local language model (the offer to reword shows only then). */
    async detectLanguageModel(): Promise<void> {
      languageModelReady.value = await platform.hasLanguageModel().catch(() => false);
    },

    /**
     * Copies one drafted field on a user click. The privacy guard runs first: a field the employer
     * will read is held back when it names a diagnosis, a diagnosis code or an ID number, until the
     * user confirms with `force` ("Kopier likevel"). Text for NAV only is checked for ID numbers.
     * Null (Alt+K outside a field) copies the first field with text. A copy can come before the engine
     * is in (a shortcut at once): it copies what is drafted then.
     */
    async copyDraft(fieldId: string | null, force = false): Promise<boolean> {
      return (await loadActions())?.copyDraft(fieldId, force) ?? false;
    },

    /** Copies every non-empty field as labelled text, after the same privacy guard. */
    async copyAll(force = false): Promise<boolean> {
      return (await loadActions())?.copyAll(force) ?? false;
    },

    cancelBlocked(): void {
      blocked.value = null;
    },

    /** Keeps the user's own text for a field; it survives later note changes, marked as edited. */
    editDraft(fieldId: string, text: string): void {
      withActions((ready) => ready.editDraft(fieldId, text));
    },

    /** Drops the user's edit and goes back to the text drafted from the notes. */
    redraft(fieldId: string): void {
      withActions((ready) => ready.redraft(fieldId));
    },

    /** Turns the offer of local rewording on or off (off by default; only where a model exists). */
    setLanguageModelOn(on: boolean): void {
      languageModelOn.value = on && languageModelReady.value;
    },

    /** Rewords a field with the browser's own language model; the result is an edit, guarded on copy. */
    async reword(fieldId: string): Promise<void> {
      await (await loadActions())?.reword(fieldId);
    },
  };
}

/** The drafts area's shape. */
export type DraftsModel = ReturnType<typeof createDrafts>;
