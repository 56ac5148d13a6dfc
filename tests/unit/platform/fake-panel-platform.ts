import { TARGET_FORMS } from '../../../content/forms';
import { GUIDES } from '../../../content/library';
import { medicalWords } from '../../../content/medical-words';
import type { CaseRecord } from '../../../domain/case';
import { createStaticLibrary } from '../../../domain/guide';
import type { LanguageSetting } from '../../../domain/i18n';
import { PAGE_CONTEXTS } from '../../../domain/page-contexts';
import type { PageSnapshot } from '../../../domain/page-snapshot';
import type { Role } from '../../../domain/roles';
import { mergeSites, type OrganisationPolicy, originPattern } from '../../../domain/sites';
import { DRAFTING_ENGINE } from '../../../entrypoints/sidepanel/model/drafting-engine';
import { TIMELINE_ENGINE } from '../../../entrypoints/sidepanel/model/timeline-engine';
import { createPanelModel, type PanelModelDeps } from '../../../entrypoints/sidepanel/panel-model';
import type { LoadedCases } from '../../../platform/case-store';
import type { PanelPlatform } from '../../../platform/panel-platform';

/** A scriptable stand-in for the browser behind the panel, with a fixed clock. */
export function createFakePanelPlatform(
  options: { snapshots?: Record<number, PageSnapshot>; stored?: CaseRecord[]; loaded?: Partial<LoadedCases> } = {},
) {
  const snapshots = new Map<number, PageSnapshot>(
    Object.entries(options.snapshots ?? {}).map(([key, value]) => [Number(key), value]),
  );
  const store = new Map<string, CaseRecord>((options.stored ?? []).map((record) => [record.id, record]));
  const tabCases = new Map<number, string>();
  let onTab: ((tabId: number | null) => void) | undefined;
  let onSnapshot: ((tabId: number, snapshot: PageSnapshot) => void) | undefined;
  let onLoaded: ((tabId: number) => void) | undefined;
  let onCase: ((id: string, record: CaseRecord | null) => void) | undefined;
  const copied: string[] = [];
  const inserts: Parameters<PanelPlatform['insertField']>[0][] = [];
  let answerInsert: PanelPlatform['insertField'] = async (request) => ({ ok: true, length: request.value.length });
  const downloads: { filename: string; text: string; type?: string | undefined }[] = [];
  let failSaveWith: Error | null = null;
  let failCopy = false;
  let ids = 0;
  let quarantine: Record<string, unknown> = {};
  let languageModel: ((text: string) => string) | null = null;
  const userSites: string[] = [];
  const granted = new Set<string>();
  let policy: OrganisationPolicy = { journalSites: [], defaultRole: null };
  let answerPrompt = true;
  const prompts: string[] = [];
  const tabOrigins = new Map<number, string>();
  let siteRoles: Record<string, Role> = {};
  let onSites: (() => void) | undefined;
  const probes = new Map<number, PageSnapshot>();
  const opened: string[] = [];
  let languageSetting: LanguageSetting = 'auto';
  let preferred: readonly string[] = ['nb-NO', 'nb'];
  let onLanguage: ((setting: LanguageSetting) => void) | undefined;

  const platform: PanelPlatform = {
    clock: {
      now: () => '2026-11-23T10:00:00.000Z',
      today: () => '2026-11-23',
      newId: () => `case-${++ids}`,
    },
    followTab(listener) {
      onTab = listener;
      listener(1);
      return () => {
        onTab = undefined;
      };
    },
    async getSnapshot(tabId) {
      return snapshots.get(tabId) ?? null;
    },
    onSnapshotChanged(listener) {
      onSnapshot = listener;
      return () => {
        onSnapshot = undefined;
      };
    },
    onTabLoaded(listener) {
      onLoaded = listener;
      return () => {
        onLoaded = undefined;
      };
    },
    async loadCases() {
      return {
        cases: [...store.values()],
        quarantinedCount: 0,
        migratedCount: 0,
        expiredCount: 0,
        ...options.loaded,
      };
    },
    async saveCase(record) {
      if (failSaveWith) throw failSaveWith;
      store.set(record.id, record);
    },
    async deleteCase(id) {
      store.delete(id);
    },
    async deleteEverything() {
      store.clear();
      tabCases.clear();
      quarantine = {};
    },
    watchCases(listener) {
      onCase = listener;
      return () => {
        onCase = undefined;
      };
    },
    async readTabCase(tabId) {
      return tabCases.get(tabId) ?? null;
    },
    async rememberTabCase(tabId, caseId) {
      tabCases.set(tabId, caseId);
    },
    async readQuarantine() {
      return quarantine;
    },
    async setAside(entries) {
      quarantine = { ...quarantine, ...entries };
    },
    async clearQuarantine() {
      quarantine = {};
    },
    async copy(text) {
      if (failCopy) throw new Error('refused');
      copied.push(text);
    },
    insertField(request) {
      inserts.push(request);
      return answerInsert(request);
    },
    download(filename, text, type) {
      downloads.push({ filename, text, type });
    },
    async hasLanguageModel() {
      return languageModel !== null;
    },
    async reword(text) {
      if (!languageModel) throw new Error('no-language-model');
      return languageModel(text);
    },
    async listJournalSites() {
      return mergeSites(userSites, policy, [...granted].map(originPattern));
    },
    async readPolicy() {
      return policy;
    },
    requestSiteAccess(origin) {
      prompts.push(origin);
      if (answerPrompt) granted.add(origin);
      return Promise.resolve(answerPrompt);
    },
    async rememberJournalSite(origin) {
      if (!userSites.includes(origin)) userSites.push(origin);
    },
    async removeJournalSite(origin) {
      userSites.splice(userSites.indexOf(origin), 1);
      granted.delete(origin);
    },
    async tabOrigin(tabId) {
      return tabOrigins.get(tabId) ?? null;
    },
    async readSiteRoles() {
      return siteRoles;
    },
    async saveSiteRole(origin, role) {
      siteRoles = { ...siteRoles };
      if (role === null) delete siteRoles[origin];
      else siteRoles[origin] = role;
    },
    openPage(path) {
      opened.push(path);
    },
    async probePage(tabId) {
      return probes.get(tabId) ?? null;
    },
    watchSites(listener) {
      onSites = listener;
      return () => {
        onSites = undefined;
      };
    },
    async readLanguageSetting() {
      return languageSetting;
    },
    async saveLanguageSetting(setting) {
      languageSetting = setting;
    },
    watchLanguageSetting(listener) {
      onLanguage = listener;
      return () => {
        onLanguage = undefined;
      };
    },
    browserLanguages: () => preferred,
  };

  return {
    platform,
    store,
    tabCases,
    copied,
    downloads,
    /** Every insert the panel asked for, in order. */
    inserts,
    /** How the page answers inserts (default: done, at the value's length). */
    answerInserts: (answer: PanelPlatform['insertField']) => {
      answerInsert = answer;
    },
    activate: (tabId: number | null) => onTab?.(tabId),
    push: (tabId: number, snapshot: PageSnapshot) => {
      snapshots.set(tabId, snapshot);
      onSnapshot?.(tabId, snapshot);
    },
    setSnapshot: (tabId: number, snapshot: PageSnapshot | null) => {
      if (snapshot) snapshots.set(tabId, snapshot);
      else snapshots.delete(tabId);
    },
    loaded: (tabId: number) => onLoaded?.(tabId),
    external: (id: string, record: CaseRecord | null) => onCase?.(id, record),
    setQuarantine: (entries: Record<string, unknown>) => {
      quarantine = entries;
    },
    failSave: (error: Error | null) => {
      failSaveWith = error;
    },
    failCopy: (fail: boolean) => {
      failCopy = fail;
    },
    setLanguageModel: (model: ((text: string) => string) | null) => {
      languageModel = model;
    },
    prompts,
    userSites,
    granted,
    setPolicy: (next: OrganisationPolicy) => {
      policy = next;
      onSites?.();
    },
    answerPrompt: (yes: boolean) => {
      answerPrompt = yes;
    },
    setTabOrigin: (tabId: number, origin: string) => tabOrigins.set(tabId, origin),
    sitesChanged: () => onSites?.(),
    opened,
    setProbe: (tabId: number, snapshot: PageSnapshot) => probes.set(tabId, snapshot),
    /** What the browser prefers (before the model starts). */
    setBrowserLanguages: (languages: readonly string[]) => {
      preferred = languages;
    },
    /** Another page of ours changed the language setting. */
    languageChanged: (setting: LanguageSetting) => {
      languageSetting = setting;
      onLanguage?.(setting);
    },
    storedLanguage: () => languageSetting,
  };
}

/** A snapshot of a page at a URL with nothing else on it. */
export function snapshotAt(url: string): PageSnapshot {
  return { url, title: '', headings: [], fields: [] };
}

/** The panel model over a fake platform and the real content, as the panel builds it. */
export function createTestModel(
  fake = createFakePanelPlatform(),
  saveDelayMs = 100,
  /** Parts to build it from otherwise (e.g. an engine that comes in later). */
  overrides: Partial<Omit<PanelModelDeps, 'platform'>> = {},
) {
  return createPanelModel({
    platform: fake.platform,
    library: createStaticLibrary(GUIDES),
    contexts: PAGE_CONTEXTS,
    forms: TARGET_FORMS,
    loadTimeline: async () => TIMELINE_ENGINE,
    loadMedicalWords: async () => medicalWords,
    loadDrafting: async () => DRAFTING_ENGINE,
    saveDelayMs,
    ...overrides,
  });
}
