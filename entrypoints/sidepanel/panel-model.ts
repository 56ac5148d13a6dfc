import { computed, signal } from '@preact/signals';
import type { GuideLibrary } from '../../domain/guide';
import type { PageContextDefinition } from '../../domain/page-context';
import type { MedicalWord } from '../../domain/privacy-guard';
import type { JournalSite } from '../../domain/sites';
import type { TargetFormSummary } from '../../domain/target-form';
import { ensureMessages } from '../../i18n/ui-text';
import type { PanelPlatform } from '../../platform/panel-platform';
import { createAnswers } from './model/answers';
import { createCaseActions } from './model/case-actions';
import { createCases } from './model/cases';
import type { DraftingEngine } from './model/drafting-engine';
import { createDraftRefresh, createDrafts } from './model/drafts';
import { createFeedback } from './model/feedback';
import { createGuides } from './model/guides';
import { createInsertFor } from './model/insert';
import { createPage } from './model/page';
import { createSites } from './model/sites';
import { createTimeline } from './model/timeline';
import type { TimelineEngine } from './model/timeline-engine';
import { createUiLanguage } from './model/ui-language';

/** What the panel model is built from: the browser behind one interface, and the data it shows. */
export interface PanelModelDeps {
  readonly platform: PanelPlatform;
  /** The guide index, with each guide loaded when a page, a case or a search needs it. */
  readonly library: GuideLibrary;
  readonly contexts: readonly PageContextDefinition[];
  readonly forms: readonly TargetFormSummary[];
  /**
   * The timeline rules and what computes from them (model/timeline-engine.ts), loaded when a case first
   * has a sick day (they are not needed before).
   */
  readonly loadTimeline: () => Promise<TimelineEngine>;
  /** Diagnosis and medical words an employer must not be sent (content/medical-words.ts). */
  readonly loadMedicalWords: () => Promise<readonly MedicalWord[]>;
  /**
   * What drafts the form's fields from the notes (model/drafting-engine.ts), asked for at the start side
   * by side with the reads: the first view does not show the drafts, and `ready` does not wait for it.
   */
  readonly loadDrafting: () => Promise<DraftingEngine>;
  /** How long typing rests before it is saved. */
  readonly saveDelayMs?: number;
}

/**
 * The side panel's state: one model per area (model/), wired here. Each area takes the signals it
 * reads and returns its own signals and actions; all browser access goes through `platform`.
 */
export function createPanelModel(deps: PanelModelDeps) {
  const { platform, library, forms } = deps;
  const feedback = createFeedback();
  const language = createUiLanguage({ platform, feedback });
  const siteList = signal<JournalSite[]>([]);
  const page = createPage({ platform, contexts: deps.contexts, sites: siteList });
  const sites = createSites({ platform, page, sites: siteList });
  const draftRefresh = createDraftRefresh();
  const cases = createCases({
    platform,
    feedback,
    role: sites.role,
    tabId: page.tabId,
    saveDelayMs: deps.saveDelayMs ?? 400,
    onChange: draftRefresh.refresh,
  });
  const { activeCase, updateMap, updateField } = cases;
  const guides = createGuides({ library, forms, context: page.context, activeCase, updateMap });
  const answers = createAnswers({ clock: platform.clock, activeCase, guide: guides.guide, updateMap, updateField });
  const timeline = createTimeline({
    platform,
    feedback,
    activeCase,
    role: sites.role,
    updateField,
    loadTimeline: deps.loadTimeline,
  });
  const drafts = createDrafts({
    platform,
    feedback,
    refresh: draftRefresh,
    context: page.context,
    guide: guides.guide,
    form: guides.form,
    draftingGuides: guides.draftingGuides,
    activeCaseId: cases.activeCaseId,
    activeCase,
    updateMap,
    loadMedicalWords: deps.loadMedicalWords,
    loadDrafting: deps.loadDrafting,
  });
  const { chosenGuideId, form } = guides;
  const caseActions = createCaseActions({ platform, feedback, cases, library, chosenGuideId, form });
  const insert = createInsertFor({ platform, page, form, drafts, announce: feedback.announce });

  const ready = computed(
    () =>
      language.languageReady.value &&
      page.snapshotSettled.value &&
      cases.casesLoaded.value &&
      (guides.chosenGuideId.value === null || guides.guide.value !== null),
  );
  const disposers: (() => void)[] = [];
  let started: Promise<void> | null = null;

  return {
    ...feedback,
    ...language,
    ...page,
    ...sites,
    ...cases,
    ...guides,
    ...answers,
    ...timeline,
    ...drafts,
    ...caseActions,
    /** «Sett inn» and «Fyll inn alle» (model/insert.ts). */
    insert,
    clock: platform.clock,
    ready,

    /**
     * Starts following the tab and loads the stored cases. Called as early as the page allows (before
     * the first render) and again by the view: a second call while started returns the same start.
     */
    start(): Promise<void> {
      started ??= begin();
      return started;
    },

    stop(): void {
      started = null;
      for (const dispose of disposers.splice(0)) dispose();
      cases.flushNow();
    },

    /** Saves every pending change at once (e.g. when the panel is hidden). */
    async flush(): Promise<void> {
      await cases.flushAll();
    },
  };

  async function begin(): Promise<void> {
    // The draft list's bokmål text is not in the start-up chunks: asked for now, side by side with the
    // reads, it is in long before anyone scrolls to the drafts (a failure is tried again by them).
    void ensureMessages().catch(() => undefined);
    // So is the drafting engine (the drafts, far below the guide, and every draft action wait for it).
    void drafts.loadDrafting().catch(() => undefined);
    disposers.push(...guides.watchGuides(), timeline.watchRules());
    disposers.push(
      ...page.watchPage(),
      cases.watchCases(),
      sites.watchSites(),
      language.watchLanguage(),
      page.followTab((id) => {
        if (cases.casesLoaded.value) void cases.offerTabCase(id);
      }),
    );
    // Language, sites, the cases and the case last used in this tab are read side by side (the
    // snapshot was asked for above): the panel is ready when all are in, with the tab's case open.
    const tabAtStart = page.tabId.value;
    const [loaded, remembered] = await Promise.all([
      cases.readCases(),
      cases.readRemembered(tabAtStart),
      sites.loadSites(),
      language.loadLanguage(),
    ]);
    cases.takeCases(loaded, remembered);
    // The tab switched while reading: open the case of the tab followed now.
    if (page.tabId.value !== tabAtStart) await cases.offerTabCase(page.tabId.value);
    await drafts.detectLanguageModel();
  }
}

/** The panel model's public shape. */
export type PanelModel = ReturnType<typeof createPanelModel>;
