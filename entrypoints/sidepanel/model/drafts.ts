import { computed, type ReadonlySignal, signal, untracked } from '@preact/signals';
import type { CaseRecord } from '../../../domain/case';
import type { ShownDraft } from '../../../domain/draft';
import { fieldKey } from '../../../domain/field-ref';
import type { Guide } from '../../../domain/guide';
import type { DetectedContext } from '../../../domain/page-context';
import type { MedicalWord, PrivacyFinding } from '../../../domain/privacy-guard';
import { privacyAudienceOf, type TargetForm, type TargetFormSummary } from '../../../domain/target-form';
import { contextLabel } from '../../../i18n/context-label';
import { ensureMessages, t, tCount } from '../../../i18n/ui-text';
import type { PanelPlatform } from '../../../platform/panel-platform';
import { type CasesModel, isLargeCase } from './cases';
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

// ui-text-ok: the instruction to the language model, not UI; the drafts are bokmål whatever the UI language.
const REWORD_INSTRUCTION =
  'Skriv teksten under om til klart og vennlig bokmål for et skjema. Behold innholdet, ikke legg til noe, ' +
  'og ikke ta med helseopplysninger eller diagnoser. Svar bare med den nye teksten.';

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

  // The privacy guard and its word list load at the first copy: the start-up chunks carry neither.
  type Guard = readonly [readonly MedicalWord[], typeof import('../../../domain/privacy-guard')];
  let guard: Promise<Guard> | null = null;
  const loadGuard = () => {
    guard ??= Promise.all([deps.loadMedicalWords(), import('../../../domain/privacy-guard')] as const).catch(
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
    loaded: DraftingEngine,
    currentForm: TargetFormSummary,
    record: CaseRecord,
    fieldId: string,
    drafted: string,
    text: string,
  ) {
    const key = fieldKey({ formId: currentForm.id, fieldId });
    updateMap('drafts', key, loaded.editDraft(record.drafts[key], drafted, text));
  }
  /** Runs `act` with the engine: at once when it is in, else once it is (never on drafts not yet drafted). */
  function withEngine(act: (loaded: DraftingEngine) => void): void {
    const loaded = engine.peek();
    if (loaded) act(loaded);
    else void loadDrafting().then(act, () => undefined);
  }
  /**
   * The drafted text an edit starts from (its `basedOn`). Only the first keystroke of an edit needs
   * it: later ones keep the edit's own. A small case is drafted afresh; a large one (tens of kB) takes
   * the draft shown now, so typing in it never redrafts a megabyte of notes per keystroke.
   */
  function draftedTextOf(loaded: DraftingEngine, currentForm: TargetForm, record: CaseRecord, fieldId: string): string {
    if (record.drafts[fieldKey({ formId: currentForm.id, fieldId })]) return '';
    if (isLargeCase(record))
      return untracked(() => drafts.value).find((draft) => draft.fieldId === fieldId)?.text ?? '';
    const drafted = loaded
      .draftFields({
        guides: deps.draftingGuides.value,
        notes: record.notes,
        freeNotes: record.freeNotes,
        form: currentForm,
      })
      .find((draft) => draft.fieldId === fieldId);
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

  /** The first non-empty draft, or the one of `fieldId`, once the engine is in (null: nothing to copy). */
  async function draftToCopy(fieldId: string | null): Promise<ShownDraft | null> {
    await loadDrafting();
    const draft = drafts.value.find((candidate) =>
      fieldId === null ? candidate.text !== '' : candidate.fieldId === fieldId,
    );
    return draft && draft.text !== '' ? draft : null;
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
    findingsFor,
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
     * Null (Alt+K outside a field) copies the first field with text.
     */
    async copyDraft(fieldId: string | null, force = false): Promise<boolean> {
      // A copy can come before the engine is in (a shortcut at once): it copies what is drafted then.
      const draft = await draftToCopy(fieldId).catch(() => null);
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
    async copyAll(force = false): Promise<boolean> {
      if (
        !(await loadDrafting().then(
          () => true,
          () => false,
        ))
      )
        return false;
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

    cancelBlocked(): void {
      blocked.value = null;
    },

    /** Keeps the user's own text for a field; it survives later note changes, marked as edited. */
    editDraft(fieldId: string, text: string): void {
      withEngine((loaded) => {
        const currentForm = draftForm.value;
        const record = activeCase.value;
        if (!currentForm || !record) return;
        if (blocked.value?.fieldId === fieldId) blocked.value = null;
        keepEdit(loaded, currentForm, record, fieldId, draftedTextOf(loaded, currentForm, record, fieldId), text);
      });
    },

    /** Drops the user's edit and goes back to the text drafted from the notes. */
    redraft(fieldId: string): void {
      withEngine(() => {
        const currentForm = form.value;
        if (!currentForm) return;
        updateMap('drafts', fieldKey({ formId: currentForm.id, fieldId }), undefined);
        // Said once the draft list's text is in (it always is when its button was pressed); never as a key.
        void ensureMessages().then(
          () => feedback.announce(t('draft.announce.redrafted')),
          () => undefined,
        );
      });
    },

    /** Turns the offer of local rewording on or off (off by default; only where a model exists). */
    setLanguageModelOn(on: boolean): void {
      languageModelOn.value = on && languageModelReady.value;
    },

    /** Rewords a field with the browser's own language model; the result is an edit, guarded on copy. */
    async reword(fieldId: string): Promise<void> {
      const draft = await draftToCopy(fieldId).catch(() => null);
      if (!draft || !languageModelOn.value) return;
      await ensureMessages();
      rewording.value = fieldId;
      try {
        const text = await platform.reword(draft.text, REWORD_INSTRUCTION);
        if (text) {
          const currentForm = form.value;
          const record = activeCase.value;
          const loaded = engine.peek();
          if (loaded && currentForm && record) keepEdit(loaded, currentForm, record, fieldId, draft.text, text);
          feedback.announce(t('draft.announce.reworded'));
        }
      } catch {
        feedback.announce(t('draft.announce.reword-failed'));
      } finally {
        rewording.value = null;
      }
    },
  };
}

/** The drafts area's shape. */
export type DraftsModel = ReturnType<typeof createDrafts>;
