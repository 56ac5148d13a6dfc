import { batch, computed, effect, signal, untracked } from '@preact/signals';
import { contextLabel } from '../../components/ContextHeader';
import { applyLanguage, shown, t, tCount, type UiText, uiLanguage, uiText, uiTextCount } from '../../components/i18n';
import { nextText } from '../../components/timeline-text';
import {
  answerScale,
  type CaseRecord,
  createCase,
  exportCase,
  keepUntilFor,
  labelLooksLikeNationalId,
  parseCaseImport,
} from '../../domain/case';
import { draftCase, draftFields, editDraft, type ShownDraft } from '../../domain/draft';
import {
  choiceItemIdsOf,
  countProgress,
  type Guide,
  type GuideLibrary,
  guidesAnswered,
  pickGuides,
} from '../../domain/guide';
import { type LanguageSetting, resolveLanguage } from '../../domain/i18n';
import { milestonesToIcs } from '../../domain/ics';
import { type JournalScore, scoreJournalPage } from '../../domain/journal-heuristic';
import {
  type DetectedContext,
  detectPageContextWithSites,
  JOURNAL_CONTEXT_ID,
  type PageContextDefinition,
  UNKNOWN_CONTEXT_ID,
} from '../../domain/page-context';
import type { PageSnapshot } from '../../domain/page-snapshot';
import { checkText, type MedicalWord, type PrivacyFinding } from '../../domain/privacy-guard';
import { isRole, type Role } from '../../domain/roles';
import { searchGuides } from '../../domain/search';
import { type JournalSite, type OrganisationPolicy, toJournalOrigin } from '../../domain/sites';
import { privacyAudienceOf, type TargetField, type TargetForm } from '../../domain/target-form';
import {
  caseWeekOf,
  countSickWeeks,
  describeNext,
  isDateInRange,
  type Milestone,
  milestonesFor,
  nextDeadline,
  nextMilestone,
  type TimelineRule,
} from '../../domain/timeline';
import type { PanelPlatform } from '../../platform/panel-platform';
import { createInsertModel } from './model/insert';

/** What the panel model is built from: the browser behind one interface, and the data it shows. */
export interface PanelModelDeps {
  readonly platform: PanelPlatform;
  /** The guide index, with each guide loaded when a page, a case or a search needs it. */
  readonly library: GuideLibrary;
  readonly contexts: readonly PageContextDefinition[];
  readonly forms: readonly TargetForm[];
  /** The timeline rules, loaded when a case first has a sick day (they are not needed before). */
  readonly loadRules: () => Promise<readonly TimelineRule[]>;
  /** Diagnosis and medical words an employer must not be sent (content/medical-words.ts). */
  readonly loadMedicalWords: () => Promise<readonly MedicalWord[]>;
  /** How long typing rests before it is saved. */
  readonly saveDelayMs?: number;
}

/** Where saving stands, shown beside the notes. */
export type SaveStatus = 'idle' | 'pending' | 'saved' | 'error';

export type { ShownDraft } from '../../domain/draft';

/** A copy held back by the privacy guard, with what it found. */
export interface BlockedCopy {
  readonly fieldId: string | 'alle';
  readonly findings: readonly { label: string; finding: PrivacyFinding }[];
  /** «Sett inn» held back rather than «Kopier» (model/insert.ts). */
  readonly action?: 'copy' | 'insert';
}

/** A note longer than this redrafts only when typing rests, after LARGE_NOTE_DRAFT_DELAY_MS. */
const LARGE_NOTE_CHARS = 20_000;
const LARGE_NOTE_DRAFT_DELAY_MS = 250;

// ui-text-ok: the instruction to the language model, not UI; the drafts are bokmål whatever the UI language.
const REWORD_INSTRUCTION =
  'Skriv teksten under om til klart og vennlig bokmål for et skjema. Behold innholdet, ikke legg til noe, ' +
  'og ikke ta med helseopplysninger eller diagnoser. Svar bare med den nye teksten.';

/** A question the panel is waiting for the user to answer before it acts. */
export type PendingConfirmation =
  | { kind: 'delete-case'; caseId: string }
  | { kind: 'delete-everything' }
  | { kind: 'import-conflict'; record: CaseRecord };

type MapPlace = 'ticks' | 'notes' | 'scales' | 'choices' | 'guideByContext' | 'drafts';
type ScalarPlace = 'label' | 'role' | 'firstSickDay' | 'graded' | 'maksdato' | 'freeNotes' | 'keepUntil';

function formFedBy(guide: Guide, forms: readonly TargetForm[]): TargetForm | null {
  for (const section of guide.sections) {
    for (const item of section.items) {
      for (const ref of item.feeds ?? []) {
        const form = forms.find((candidate) => ref.startsWith(`${candidate.id}.`));
        if (form) return form;
      }
    }
  }
  return null;
}

/** The side panel's state as small composed signals; all browser access goes through `platform`. */
export function createPanelModel(deps: PanelModelDeps) {
  const { platform, library, contexts, forms } = deps;
  const { clock } = platform;
  const saveDelayMs = deps.saveDelayMs ?? 400;

  const tabId = signal<number | null>(null);
  const snapshot = signal<PageSnapshot | null>(null);
  const snapshotSettled = signal(false);
  const cases = signal<CaseRecord[]>([]);
  const activeCaseId = signal<string | null>(null);
  const casesLoaded = signal(false);
  const saveStatus = signal<SaveStatus>('idle');
  // Messages that stay on screen are kept as keys, so they follow a language switch.
  const saveErrorText = signal<UiText | null>(null);
  const saveError = computed(() => shown(saveErrorText.value));
  const quarantinedCount = signal(0);
  const noticeText = signal<UiText | null>(null);
  const notice = computed(() => shown(noticeText.value));
  const languageSetting = signal<LanguageSetting>('auto');
  const languageReady = signal(false);
  const announcement = signal('');
  const pending = signal<PendingConfirmation | null>(null);

  const sites = signal<JournalSite[]>([]);
  const policy = signal<OrganisationPolicy>({ journalSites: [], defaultRole: null });
  const siteRoles = signal<Record<string, Role>>({});
  const visibleTabOrigin = signal<string | null>(null);
  const siteMessageText = signal<UiText | null>(null);
  const siteMessage = computed(() => shown(siteMessageText.value));
  /** The local journal heuristic's verdict on an unlisted page (pages.md §5): a suggestion only. */
  const journalSuggestion = signal<JournalScore | null>(null);
  const grantedOrigins = computed(() => sites.value.filter((site) => site.granted).map((site) => site.origin));
  const context = computed<DetectedContext>(() =>
    detectPageContextWithSites(snapshot.value, contexts, grantedOrigins.value),
  );
  /** The origin of the page the panel follows, when known (from its snapshot, or from the browser). */
  const pageOrigin = computed<string | null>(() => {
    const url = snapshot.value?.url;
    if (url) {
      try {
        return new URL(url).origin;
      } catch {
        return null;
      }
    }
    return visibleTabOrigin.value;
  });
  /** An unknown https page that could be added as a journal site. */
  const addableOrigin = computed<string | null>(() => {
    if (context.value.id !== UNKNOWN_CONTEXT_ID) return null;
    const origin = pageOrigin.value ? toJournalOrigin(pageOrigin.value) : null;
    if (!origin || /(^|\.)nav\.no$/.test(new URL(origin).hostname)) return null;
    return origin;
  });
  const activeCase = computed<CaseRecord | null>(
    () => cases.value.find((record) => record.id === activeCaseId.value) ?? null,
  );
  /** The role: chosen by hand for this site, else the organisation's default on journals, else the page's. */
  const role = computed<Role | null>(() => {
    const origin = pageOrigin.value;
    const chosen = origin ? siteRoles.value[origin] : undefined;
    if (chosen) return chosen;
    if (context.value.id === JOURNAL_CONTEXT_ID && policy.value.defaultRole) return policy.value.defaultRole;
    const audience = context.value.audience;
    return isRole(audience) ? audience : null;
  });
  const roleChosenByHand = computed(() => Boolean(pageOrigin.value && siteRoles.value[pageOrigin.value]));
  const guideChoice = computed(() => pickGuides(library.index, context.value.id));
  // Guides load one by one (each is its own chunk): the one on screen, those holding the case's
  // notes (for drafting), and all of them once the user searches.
  const loadedGuides = signal<ReadonlyMap<string, Guide>>(new Map());
  const requested = new Set<string>();
  function ensureLoaded(ids: readonly string[]): void {
    for (const id of ids) {
      if (requested.has(id)) continue;
      requested.add(id);
      library
        .load(id)
        .then((loaded) => {
          if (loaded) loadedGuides.value = new Map(loadedGuides.value).set(id, loaded);
        })
        .catch(() => requested.delete(id));
    }
  }
  const chosenGuideId = computed<string | null>(() => {
    const manual = activeCase.value?.guideByContext[context.value.id];
    if (manual && library.index.some((meta) => meta.id === manual)) return manual;
    return guideChoice.value.forPage[0]?.id ?? null;
  });
  const guide = computed<Guide | null>(() => {
    const id = chosenGuideId.value;
    return id === null ? null : (loadedGuides.value.get(id) ?? null);
  });
  const form = computed<TargetForm | null>(() => {
    const onPage = forms.find((candidate) => candidate.contexts.includes(context.value.id));
    if (onPage) return onPage;
    return guide.value ? formFedBy(guide.value, forms) : null;
  });
  // Notes belong to the case, not to one guide: drafting reads every guide that holds a note or an
  // answer, the open one first.
  const guidesWithAnswers = computed<string[]>(() => {
    const record = activeCase.value;
    return record ? guidesAnswered(library.index, record) : [];
  });
  const draftingGuides = computed<Guide[]>(() => {
    const current = guide.value;
    const others = library.index
      .map((meta) => loadedGuides.value.get(meta.id))
      .filter((loaded): loaded is Guide => loaded !== undefined && loaded !== current);
    return current ? [current, ...others] : others;
  });
  // Drafting reads the case through `draftTick`: typing in a huge note (tens of kB) refreshes the
  // drafts once typing rests, so every keystroke does not redraft a megabyte.
  const draftTick = signal(0);
  let draftTimer: ReturnType<typeof setTimeout> | undefined;
  function refreshDrafts(defer: boolean): void {
    if (draftTimer !== undefined) clearTimeout(draftTimer);
    draftTimer = undefined;
    if (!defer) {
      draftTick.value += 1;
      return;
    }
    draftTimer = setTimeout(() => {
      draftTimer = undefined;
      draftTick.value += 1;
    }, LARGE_NOTE_DRAFT_DELAY_MS);
  }
  const drafts = computed<ShownDraft[]>(() => {
    draftTick.value;
    activeCaseId.value;
    const currentGuide = guide.value;
    const currentForm = form.value;
    const record = untracked(() => activeCase.value);
    if (!currentGuide || !currentForm || !record) return [];
    return draftCase({ guides: draftingGuides.value, record, form: currentForm, today: clock.today() });
  });
  const blocked = signal<BlockedCopy | null>(null);
  const searchQuery = signal('');
  const searchHits = computed(() =>
    searchGuides(
      library.index.flatMap((meta) => loadedGuides.value.get(meta.id) ?? []),
      searchQuery.value,
    ),
  );
  const focusItemId = signal<string | null>(null);
  const languageModelReady = signal(false);
  const languageModelOn = signal(false);
  const rewording = signal<string | null>(null);
  /** The open guide's ticked and tickable items (the status bar shows it; null without a guide). */
  const progress = computed(() => {
    const open = guide.value;
    if (!open) return null;
    return countProgress(
      open.sections.flatMap((section) => section.items),
      activeCase.value?.ticks ?? {},
    );
  });
  const formMismatch = computed<string | null>(() => {
    const currentForm = form.value;
    const page = context.value;
    if (!currentForm || page.id === 'unknown' || currentForm.contexts.includes(page.id)) return null;
    return t('draft.mismatch', { form: currentForm.title, page: contextLabel(page) });
  });

  // Loaded at the first copy: the start-up bundle carries neither the word list nor the rules.
  let medicalWords: Promise<readonly MedicalWord[]> | null = null;
  const loadMedicalWords = () => {
    medicalWords ??= deps.loadMedicalWords().catch((error: unknown) => {
      medicalWords = null;
      throw error;
    });
    return medicalWords;
  };
  function findingsFor(shown: readonly ShownDraft[], words: readonly MedicalWord[]): BlockedCopy['findings'] {
    return shown.flatMap((draft) =>
      checkText(draft.text, { audience: privacyAudienceOf(draft.field), words }).map((finding) => ({
        label: draft.field.label,
        finding,
      })),
    );
  }
  const insert = createInsertModel({
    platform,
    tabId,
    snapshot,
    contextId: computed(() => context.value.id),
    form,
    drafts,
    findings: async (shown) => findingsFor(shown, await loadMedicalWords()),
    blocked,
    announce: (text) => {
      announcement.value = text;
    },
  });
  const labelWarning = computed(() =>
    activeCase.value && labelLooksLikeNationalId(activeCase.value.label) ? t('common.label-looks-like-id') : null,
  );
  const ready = computed(
    () =>
      languageReady.value &&
      snapshotSettled.value &&
      casesLoaded.value &&
      (chosenGuideId.value === null || guide.value !== null),
  );

  const rules = signal<readonly TimelineRule[] | null>(null);
  let rulesRequested = false;
  const milestones = computed<Milestone[]>(() => {
    const record = activeCase.value;
    if (!record?.firstSickDay || rules.value === null) return [];
    return milestonesFor({
      rules: rules.value,
      day1: record.firstSickDay,
      today: clock.today(),
      graded: record.graded,
      ...(role.value ? { role: role.value } : {}),
      ...(record.maksdato ? { maksdato: record.maksdato } : {}),
    });
  });
  const next = computed(() => nextDeadline(milestones.value) ?? nextMilestone(milestones.value));
  const nextSentence = computed(() =>
    activeCase.value?.firstSickDay && rules.value === null ? t('timeline.loading') : nextText(describeNext(next.value)),
  );
  const currentWeek = computed(() => {
    const day1 = activeCase.value?.firstSickDay;
    if (!day1) return null;
    const week = caseWeekOf(day1, clock.today());
    return week >= 1 ? week : null;
  });
  const wholeWeeks = computed(() => {
    const day1 = activeCase.value?.firstSickDay;
    return day1 ? countSickWeeks({ day1, today: clock.today() }) : null;
  });

  // Per case: fields changed here and not yet saved. An update from another window must not
  // overwrite them; everything else it brings is taken.
  const dirty = new Map<string, Set<string>>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  let requestSerial = 0;

  function replaceCase(record: CaseRecord, deferDrafts = false): void {
    const exists = cases.value.some((candidate) => candidate.id === record.id);
    cases.value = exists
      ? cases.value.map((candidate) => (candidate.id === record.id ? record : candidate))
      : [record, ...cases.value];
    if (record.id === activeCaseId.value || !exists) refreshDrafts(deferDrafts);
  }

  async function flushCase(id: string): Promise<void> {
    const timer = timers.get(id);
    if (timer !== undefined) clearTimeout(timer);
    timers.delete(id);
    const record = cases.value.find((candidate) => candidate.id === id);
    if (!record) return;
    const saving = dirty.get(id) ?? new Set<string>();
    dirty.delete(id);
    try {
      await platform.saveCase(record);
      if (timers.size === 0) saveStatus.value = 'saved';
      saveErrorText.value = null;
    } catch (error) {
      const again = dirty.get(id) ?? new Set<string>();
      for (const key of saving) again.add(key);
      dirty.set(id, again);
      saveStatus.value = 'error';
      saveErrorText.value = /quota/i.test(String(error)) ? uiText('common.save.quota') : uiText('common.save.failed');
    }
  }

  function scheduleSave(id: string): void {
    saveStatus.value = 'pending';
    const timer = timers.get(id);
    if (timer !== undefined) clearTimeout(timer);
    timers.set(
      id,
      setTimeout(() => void flushCase(id), saveDelayMs),
    );
  }

  function markDirty(id: string, key: string): void {
    const keys = dirty.get(id) ?? new Set<string>();
    keys.add(key);
    dirty.set(id, keys);
  }

  function ensureActiveCase(): CaseRecord {
    const current = activeCase.value;
    if (current) return current;
    const record = createCase({ id: clock.newId(), label: nextLabel(), role: role.value, now: clock.now() });
    replaceCase(record);
    activeCaseId.value = record.id;
    markDirty(record.id, '*');
    scheduleSave(record.id);
    return record;
  }

  /** Speaks the language a setting resolves to; bokmål when the chosen catalogue cannot load. */
  async function speak(setting: LanguageSetting): Promise<void> {
    try {
      await applyLanguage(resolveLanguage(setting, platform.browserLanguages()));
    } catch {
      await applyLanguage('nb');
    }
    languageSetting.value = setting;
  }

  function nextLabel(): string {
    const taken = new Set(cases.value.map((record) => record.label));
    for (let n = cases.value.length + 1; ; n += 1) {
      const label = t('common.case-label', { number: n });
      if (!taken.has(label)) return label;
    }
  }

  function updateMap<K extends MapPlace>(place: K, key: string, value: CaseRecord[K][string] | undefined): void {
    const record = ensureActiveCase();
    const next = { ...(record[place] as Record<string, unknown>) };
    if (value === undefined) delete next[key];
    else next[key] = value;
    const large = typeof value === 'string' && value.length > LARGE_NOTE_CHARS;
    replaceCase({ ...record, [place]: next, updatedAt: clock.now() }, large);
    markDirty(record.id, `${place}:${key}`);
    scheduleSave(record.id);
  }

  function updateField<K extends ScalarPlace>(place: K, value: CaseRecord[K]): void {
    const record = ensureActiveCase();
    const large = typeof value === 'string' && value.length > LARGE_NOTE_CHARS;
    replaceCase({ ...record, [place]: value, updatedAt: clock.now() }, large);
    markDirty(record.id, place);
    scheduleSave(record.id);
  }

  function mergeExternal(incoming: CaseRecord): CaseRecord {
    const local = cases.value.find((candidate) => candidate.id === incoming.id);
    const keys = dirty.get(incoming.id);
    if (!local || !keys || keys.size === 0) return incoming;
    if (keys.has('*')) return local;
    const merged: Record<string, unknown> = {
      ...incoming,
      ticks: { ...incoming.ticks },
      notes: { ...incoming.notes },
      scales: { ...incoming.scales },
      choices: { ...incoming.choices },
      guideByContext: { ...incoming.guideByContext },
      drafts: { ...incoming.drafts },
    };
    for (const key of keys) {
      const colon = key.indexOf(':');
      if (colon < 0) {
        merged[key] = local[key as ScalarPlace];
        continue;
      }
      const place = key.slice(0, colon) as MapPlace;
      const entry = key.slice(colon + 1);
      const target = merged[place] as Record<string, unknown>;
      const mine = (local[place] as Record<string, unknown>)[entry];
      if (mine === undefined) delete target[entry];
      else target[entry] = mine;
    }
    return merged as unknown as CaseRecord;
  }

  async function loadSnapshot(id: number | null): Promise<void> {
    const serial = ++requestSerial;
    const next = id === null ? null : await platform.getSnapshot(id);
    const origin = next === null && id !== null ? await platform.tabOrigin(id).catch(() => null) : null;
    if (serial !== requestSerial) return; // A newer tab switch won the race.
    batch(() => {
      snapshot.value = next;
      visibleTabOrigin.value = origin;
      snapshotSettled.value = true;
      journalSuggestion.value = null;
    });
    // Only with the panel open on an unlisted page the browser lets us read: judge it once, locally.
    if (id !== null && next === null && origin !== null && addableOrigin.value !== null) {
      const probed = await platform.probePage(id);
      if (serial !== requestSerial || !probed) return;
      const score = scoreJournalPage(probed);
      journalSuggestion.value = score.suggest ? score : null;
    }
  }

  async function loadSites(): Promise<void> {
    const [list, organisation, roles] = await Promise.all([
      platform.listJournalSites().catch(() => []),
      platform.readPolicy().catch(() => ({ journalSites: [], defaultRole: null })),
      platform.readSiteRoles().catch(() => ({})),
    ]);
    batch(() => {
      sites.value = list;
      policy.value = organisation;
      siteRoles.value = roles;
    });
  }

  async function offerTabCase(id: number | null): Promise<void> {
    if (id === null) return;
    const remembered = await platform.readTabCase(id).catch(() => null);
    if (remembered && cases.value.some((record) => record.id === remembered)) activeCaseId.value = remembered;
  }

  function rememberActive(): void {
    const id = tabId.value;
    const caseId = activeCaseId.value;
    if (id !== null && caseId !== null) void platform.rememberTabCase(id, caseId).catch(() => undefined);
  }

  const disposers: (() => void)[] = [];

  return {
    tabId,
    snapshot,
    context,
    role,
    guideChoice,
    chosenGuideId,
    guide,
    form,
    drafts,
    cases,
    activeCase,
    labelWarning,
    ready,
    saveStatus,
    saveError,
    quarantinedCount,
    notice,
    announcement,
    pending,
    clock,
    milestones,
    sites,
    policy,
    pageOrigin,
    addableOrigin,
    siteMessage,
    journalSuggestion,
    roleChosenByHand,
    searchQuery,
    searchHits,
    focusItemId,
    blocked,
    formMismatch,
    progress,
    /** «Sett inn» and «Fyll inn alle» (model/insert.ts). */
    insert,
    languageModelReady,
    languageModelOn,
    rewording,
    next,
    nextSentence,
    currentWeek,
    wholeWeeks,

    /** The user's language setting (`auto` follows the browser). */
    languageSetting,
    /** The language the UI speaks now. */
    language: uiLanguage,
    /** The language `auto` resolves to in this browser. */
    browserLanguage: () => resolveLanguage('auto', platform.browserLanguages()),

    /** Switches the UI language, remembers the choice for every page of ours, and says so in the new language. */
    async setLanguage(setting: LanguageSetting): Promise<void> {
      await speak(setting);
      try {
        await platform.saveLanguageSetting(setting);
      } catch {
        // The switch holds for this panel; the next one starts from what was stored before.
      }
      announcement.value = t('common.announce.language');
    },

    /** Starts following the tab and loads the stored cases. */
    async start(): Promise<void> {
      disposers.push(
        effect(() => {
          const id = chosenGuideId.value;
          if (id !== null) ensureLoaded([id]);
        }),
        effect(() => ensureLoaded(guidesWithAnswers.value)),
        effect(() => {
          if (!activeCase.value?.firstSickDay || rulesRequested) return;
          rulesRequested = true;
          deps
            .loadRules()
            .then((loaded) => {
              rules.value = loaded;
            })
            .catch(() => {
              rulesRequested = false;
              noticeText.value = uiText('common.notice.rules-failed');
            });
        }),
        effect(() => {
          if (searchQuery.value.trim() !== '') ensureLoaded(library.index.map((meta) => meta.id));
        }),
      );
      disposers.push(
        platform.onSnapshotChanged((changedTab, changed) => {
          if (changedTab !== tabId.value) return;
          requestSerial += 1; // A pushed snapshot is newer than any request in flight.
          batch(() => {
            snapshot.value = changed;
            snapshotSettled.value = true;
          });
        }),
        platform.onTabLoaded((loadedTab) => {
          if (loadedTab === tabId.value) void loadSnapshot(loadedTab);
        }),
        platform.watchCases((id, record) => {
          if (record === null) {
            if (dirty.has(id)) return; // Deleted elsewhere while typing here: this panel's save restores it.
            cases.value = cases.value.filter((candidate) => candidate.id !== id);
            if (activeCaseId.value === id) activeCaseId.value = cases.value[0]?.id ?? null;
            return;
          }
          replaceCase(mergeExternal(record));
        }),
        platform.watchSites(() => void loadSites()),
        platform.watchLanguageSetting((setting) => void speak(setting)),
        platform.followTab((id) => {
          tabId.value = id;
          void loadSnapshot(id);
          if (casesLoaded.value) void offerTabCase(id);
        }),
      );
      // Language, sites and cases are read side by side: the panel is ready when all are in.
      const languageLoaded = platform
        .readLanguageSetting()
        .catch((): LanguageSetting => 'auto')
        .then(speak)
        .finally(() => {
          languageReady.value = true;
        });
      const sitesLoaded = loadSites();
      let loaded: Awaited<ReturnType<PanelPlatform['loadCases']>>;
      try {
        loaded = await platform.loadCases();
      } catch {
        loaded = { cases: [], quarantinedCount: 0, migratedCount: 0, expiredCount: 0 };
        noticeText.value = uiText('common.notice.cases-failed');
      }
      await Promise.all([sitesLoaded, languageLoaded]);
      batch(() => {
        cases.value = loaded.cases;
        activeCaseId.value = loaded.cases[0]?.id ?? null;
        quarantinedCount.value = loaded.quarantinedCount;
        if (loaded.expiredCount > 0) {
          noticeText.value = uiTextCount('common.notice.expired', loaded.expiredCount);
        }
        casesLoaded.value = true;
      });
      await offerTabCase(tabId.value);
      languageModelReady.value = await platform.hasLanguageModel().catch(() => false);
    },

    stop(): void {
      for (const dispose of disposers.splice(0)) dispose();
      for (const id of [...timers.keys()]) void flushCase(id);
    },

    /** Saves every pending change at once (e.g. when the panel is hidden). */
    async flush(): Promise<void> {
      await Promise.all([...timers.keys()].map((id) => flushCase(id)));
    },

    setNote(itemId: string, text: string): void {
      updateMap('notes', itemId, text === '' ? undefined : text);
    },
    toggleTick(itemId: string): void {
      updateMap('ticks', itemId, activeCase.value?.ticks[itemId] ? undefined : true);
    },
    setScale(itemId: string, value: number | undefined): void {
      updateMap('scales', itemId, answerScale(activeCase.value?.scales[itemId], value, clock.today()));
    },
    setChoice(itemId: string, index: number): void {
      updateMap('choices', itemId, index);
    },
    chooseGuide(guideId: string): void {
      updateMap('guideByContext', context.value.id, guideId);
    },
    /**
     * Adds a journal site: asks the browser for access to that one origin (the prompt needs this
     * click), then registers the content script and reads the open tab. Never acts by itself.
     */
    addJournalSite(raw?: string): Promise<void> {
      const origin = toJournalOrigin(raw ?? addableOrigin.value ?? '');
      if (!origin) {
        siteMessageText.value = uiText('site.message.address-missing');
        return Promise.resolve();
      }
      const asked = platform.requestSiteAccess(origin); // First: keeps the user's gesture.
      return asked.then(
        async (granted) => {
          if (!granted) {
            siteMessageText.value = uiText('site.message.access-denied', { origin });
            return;
          }
          await platform.rememberJournalSite(origin);
          await loadSites();
          siteMessageText.value = uiText('site.message.added', { origin });
          if (tabId.value !== null) void loadSnapshot(tabId.value);
        },
        () => {
          siteMessageText.value = uiText('site.message.request-rejected');
        },
      );
    },
    /** Removes a site the user added, and gives its access back. */
    async removeJournalSite(origin: string): Promise<void> {
      await platform.removeJournalSite(origin);
      await loadSites();
      siteMessageText.value = uiText('site.message.removed', { origin });
    },
    /** Chooses the role by hand for the current site (null: let the page decide again). */
    setRole(next: Role | null): void {
      const origin = pageOrigin.value;
      if (!origin) return;
      const roles = { ...siteRoles.value };
      if (next === null) delete roles[origin];
      else roles[origin] = next;
      siteRoles.value = roles;
      void platform.saveSiteRole(origin, next).catch(() => undefined);
    },
    setSearchQuery(query: string): void {
      searchQuery.value = query;
    },
    /** Opens a search hit: its guide, at its item. */
    openSearchHit(guideId: string, itemId: string): void {
      if (chosenGuideId.value !== guideId) updateMap('guideByContext', context.value.id, guideId);
      searchQuery.value = '';
      focusItemId.value = itemId;
    },
    itemFocused(): void {
      focusItemId.value = null;
    },
    setFreeNotes(text: string): void {
      updateField('freeNotes', text);
    },
    setLabel(label: string): void {
      updateField('label', label.slice(0, 80));
    },
    /** Sets the first sick day; refuses (false, nothing changes) a date outside 1900–2200. */
    setFirstSickDay(date: string | null): boolean {
      if (date !== null && !isDateInRange(date)) return false;
      updateField('firstSickDay', date);
      return true;
    },
    setGraded(graded: boolean): void {
      updateField('graded', graded);
    },
    /** Sets NAV's maksdato; refuses (false, nothing changes) a date outside 1900–2200. */
    setMaksdato(date: string | null): boolean {
      if (date !== null && !isDateInRange(date)) return false;
      updateField('maksdato', date);
      return true;
    },
    /** Keeps the case on this machine for `days` days, or back to this session only (null). */
    setKeep(days: number | null): void {
      updateField('keepUntil', days === null ? null : keepUntilFor(clock.today(), days));
      announcement.value =
        days === null ? t('common.announce.keep-session') : tCount('common.announce.keep-days', days);
    },

    newCase(): void {
      const record = createCase({ id: clock.newId(), label: nextLabel(), role: role.value, now: clock.now() });
      replaceCase(record);
      activeCaseId.value = record.id;
      markDirty(record.id, '*');
      scheduleSave(record.id);
      rememberActive();
      announcement.value = t('common.announce.new-case', { label: record.label });
    },
    switchCase(id: string): void {
      if (!cases.value.some((record) => record.id === id)) return;
      activeCaseId.value = id;
      rememberActive();
    },

    askToDeleteCase(): void {
      if (activeCaseId.value) pending.value = { kind: 'delete-case', caseId: activeCaseId.value };
    },
    askToDeleteEverything(): void {
      pending.value = { kind: 'delete-everything' };
    },
    cancelPending(): void {
      pending.value = null;
    },
    /** Carries out the pending confirmation. */
    async confirmPending(choice: 'yes' | 'as-new' = 'yes'): Promise<void> {
      const question = pending.value;
      pending.value = null;
      if (!question) return;
      if (question.kind === 'delete-case') {
        const timer = timers.get(question.caseId);
        if (timer !== undefined) clearTimeout(timer);
        timers.delete(question.caseId);
        dirty.delete(question.caseId);
        await platform.deleteCase(question.caseId);
        cases.value = cases.value.filter((record) => record.id !== question.caseId);
        activeCaseId.value = cases.value[0]?.id ?? null;
        announcement.value = t('common.announce.case-deleted');
      } else if (question.kind === 'delete-everything') {
        for (const timer of timers.values()) clearTimeout(timer);
        timers.clear();
        dirty.clear();
        await platform.deleteEverything();
        batch(() => {
          cases.value = [];
          activeCaseId.value = null;
          quarantinedCount.value = 0;
          saveStatus.value = 'idle';
        });
        announcement.value = t('common.announce.everything-deleted');
      } else {
        const record =
          choice === 'as-new'
            ? {
                ...question.record,
                id: clock.newId(),
                label: t('common.case-label.imported', { label: question.record.label }),
              }
            : question.record;
        replaceCase(record);
        activeCaseId.value = record.id;
        markDirty(record.id, '*');
        await flushCase(record.id);
        announcement.value = t('common.announce.imported', { label: record.label });
      }
    },

    /** Saves the case's milestones as an iCalendar file (titles and dates only: nothing the user typed). */
    exportIcs(): void {
      if (milestones.value.length === 0) return;
      const ics = milestonesToIcs(milestones.value, {
        calendarName: 'Følgesvenn: frister', // ui-text-ok: the calendar file's content is bokmål, like its events
        now: new Date(clock.now()),
      });
      platform.download(`folgesvenn-frister-${clock.today()}.ics`, ics, 'text/calendar');
      announcement.value = t('common.announce.ics-saved');
    },

    /** Opens the printable summary of the case (notes, free notes, drafted fields) in a new tab. */
    async printSummary(): Promise<void> {
      const record = activeCase.value;
      if (!record) return;
      await flushCase(record.id); // The print page reads the case from storage.
      const query = new URLSearchParams({ case: record.id });
      if (chosenGuideId.value) query.set('guide', chosenGuideId.value);
      if (form.value) query.set('form', form.value.id);
      platform.openPage(`/print.html?${query.toString()}`);
    },

    /** Saves the active case as a file. */
    exportActiveCase(): void {
      const record = activeCase.value;
      if (!record) return;
      const safeName = record.label.replace(/[^\p{L}\p{N}-]+/gu, '-').replace(/^-|-$/g, '') || 'sak';
      platform.download(`folgesvenn-${safeName}-${clock.today()}.json`, exportCase(record, clock.now()));
      announcement.value = t('common.announce.case-saved');
    },

    /** Reads an export file; never overwrites an existing case without asking. */
    async importCase(text: string): Promise<void> {
      const result = parseCaseImport(text, {
        now: clock.now(),
        today: clock.today(),
        newId: clock.newId,
        choiceItemIds: choiceItemIdsOf(library.index),
      });
      if (!result.ok) {
        noticeText.value = uiText(`case.import.${result.problem}`);
        return;
      }
      // An imported case lives for this session unless the user chooses to keep it again.
      const record: CaseRecord = { ...result.record, keepUntil: null };
      if (cases.value.some((candidate) => candidate.id === record.id)) {
        pending.value = { kind: 'import-conflict', record };
        return;
      }
      replaceCase(record);
      activeCaseId.value = record.id;
      markDirty(record.id, '*');
      await flushCase(record.id);
      noticeText.value = null;
      announcement.value = t('common.announce.imported', { label: record.label });
    },

    /** Saves what was set aside as unreadable as a file, then forgets it. */
    async exportQuarantine(): Promise<void> {
      const entries = await platform.readQuarantine();
      platform.download(`folgesvenn-lagt-til-side-${clock.today()}.json`, `${JSON.stringify(entries, null, 2)}\n`);
      await platform.clearQuarantine();
      quarantinedCount.value = 0;
    },

    dismissNotice(): void {
      noticeText.value = null;
    },

    /**
     * Copies one drafted field on a user click. The privacy guard runs first: a field the employer
     * will read is held back when it names a diagnosis, a diagnosis code or an ID number, until the
     * user confirms with `force` ("Kopier likevel"). Text for NAV only is checked for ID numbers.
     */
    async copyDraft(fieldId: string, force = false): Promise<boolean> {
      const draft = drafts.value.find((candidate) => candidate.fieldId === fieldId);
      if (!draft || draft.text === '') return false;
      if (!force) {
        const findings = findingsFor([draft], await loadMedicalWords());
        if (findings.length > 0) {
          blocked.value = { fieldId, findings };
          announcement.value = t('draft.announce.blocked', { field: draft.field.label });
          return false;
        }
      }
      blocked.value = null;
      try {
        await platform.copy(draft.text);
        announcement.value = tCount('draft.announce.copied', draft.length, { field: draft.field.label });
        return true;
      } catch {
        announcement.value = t('draft.announce.copy-failed');
        return false;
      }
    },

    /** Copies every non-empty field as labelled text, after the same privacy guard. */
    async copyAll(force = false): Promise<boolean> {
      const filled = drafts.value.filter((draft) => draft.text !== '');
      if (filled.length === 0) return false;
      if (!force) {
        const findings = findingsFor(filled, await loadMedicalWords());
        if (findings.length > 0) {
          blocked.value = { fieldId: 'alle', findings };
          announcement.value = t('draft.announce.blocked-all');
          return false;
        }
      }
      blocked.value = null;
      const text = filled.map((draft) => `${draft.field.label}\n${draft.text}`).join('\n\n');
      try {
        await platform.copy(text);
        announcement.value = tCount('draft.announce.copied-all', filled.length);
        return true;
      } catch {
        announcement.value = t('draft.announce.copy-failed');
        return false;
      }
    },

    cancelBlocked(): void {
      blocked.value = null;
    },

    /** Keeps the user's own text for a field; it survives later note changes, marked as edited. */
    editDraft(fieldId: string, text: string): void {
      const currentForm = form.value;
      const record = activeCase.value;
      if (!currentForm || !record) return;
      const ref = `${currentForm.id}.${fieldId}`;
      const drafted = draftFields({
        guides: draftingGuides.value,
        notes: record.notes,
        freeNotes: record.freeNotes,
        form: currentForm,
      }).find((draft) => draft.fieldId === fieldId);
      const basedOn = record.drafts[ref]?.basedOn ?? drafted?.text ?? '';
      if (blocked.value?.fieldId === fieldId) blocked.value = null;
      updateMap('drafts', ref, { text, basedOn });
    },

    /** Drops the user's edit and goes back to the text drafted from the notes. */
    redraft(fieldId: string): void {
      const currentForm = form.value;
      if (!currentForm) return;
      updateMap('drafts', `${currentForm.id}.${fieldId}`, undefined);
      announcement.value = t('draft.announce.redrafted');
    },

    /** Turns the offer of local rewording on or off (off by default; only where a model exists). */
    setLanguageModelOn(on: boolean): void {
      languageModelOn.value = on && languageModelReady.value;
    },

    /** Rewords a field with the browser's own language model; the result is an edit, guarded on copy. */
    async reword(fieldId: string): Promise<void> {
      const draft = drafts.value.find((candidate) => candidate.fieldId === fieldId);
      if (!draft || draft.text === '' || !languageModelOn.value) return;
      rewording.value = fieldId;
      try {
        const text = await platform.reword(draft.text, REWORD_INSTRUCTION);
        if (text) {
          const currentForm = form.value;
          const record = activeCase.value;
          if (currentForm && record) {
            const ref = `${currentForm.id}.${fieldId}`;
            const basedOn = record.drafts[ref]?.basedOn ?? draft.text;
            updateMap('drafts', ref, { text, basedOn });
          }
          announcement.value = t('draft.announce.reworded');
        }
      } catch {
        announcement.value = t('draft.announce.reword-failed');
      } finally {
        rewording.value = null;
      }
    },
  };
}

/** The panel model's public shape. */
export type PanelModel = ReturnType<typeof createPanelModel>;
