import { batch, computed, type ReadonlySignal, signal } from '@preact/signals';
import { type CaseRecord, caseTextLength, createCase } from '../../../domain/case';
import {
  type CaseEditKey,
  type CaseMapPlace,
  type CaseScalarPlace,
  mapEditKey,
  mergeCaseEdits,
} from '../../../domain/case-edits';
import { hasElevenDigits } from '../../../domain/digit-count';
import type { Role } from '../../../domain/roles';
import { shown, t, type UiText, uiText, uiTextCount } from '../../../i18n/ui-text';
import type { LoadedCases } from '../../../platform/case-store';
import type { PanelPlatform } from '../../../platform/panel-platform';
import type { Feedback } from './feedback';
import { loadOnce } from './load-once';

/** Where saving stands, shown beside the notes. */
export type SaveStatus = 'idle' | 'pending' | 'saved' | 'error';

/** A case holding more text than this (notes, free notes, drafts) redrafts only when typing rests (see drafts.ts). */
const LARGE_CASE_CHARS = 20_000;

/** True when a case holds so much text that drafting waits for typing to rest. */
export function isLargeCase(record: CaseRecord): boolean {
  return caseTextLength(record) > LARGE_CASE_CHARS;
}

type CasesPlatform = Pick<
  PanelPlatform,
  'clock' | 'loadCases' | 'saveCase' | 'watchCases' | 'readTabCase' | 'rememberTabCase'
>;

const NO_CASES: LoadedCases = { cases: [], quarantinedCount: 0, migratedCount: 0, expiredCount: 0 };

/**
 * The cases and the active one: every edit goes through `updateMap`/`updateField`, is saved once typing
 * rests, and survives an update from another window until it is saved.
 */
export function createCases(deps: {
  platform: CasesPlatform;
  feedback: Feedback;
  /** The role a new case starts with. */
  role: ReadonlySignal<Role | null>;
  /** The tab the panel follows (a case is remembered per tab). */
  tabId: ReadonlySignal<number | null>;
  saveDelayMs: number;
  /** Hears that the active case changed; `large` when a huge text was typed (drafts wait for rest). */
  onChange: (large: boolean) => void;
}) {
  const { platform, feedback, saveDelayMs } = deps;
  const { clock } = platform;
  const cases = signal<CaseRecord[]>([]);
  const activeCaseId = signal<string | null>(null);
  const casesLoaded = signal(false);
  const saveStatus = signal<SaveStatus>('idle');
  const saveErrorText = signal<UiText | null>(null);
  const saveError = computed(() => shown(saveErrorText.value));
  const quarantinedCount = signal(0);
  const activeCase = computed<CaseRecord | null>(
    () => cases.value.find((record) => record.id === activeCaseId.value) ?? null,
  );
  // The national ID check is fetched only for a label with 11 digits or more (fewer hold no number);
  // should it fail to load, such a label is warned about anyway.
  const idCheck = signal<((label: string) => boolean) | null>(null);
  const loadIdCheck = loadOnce(
    () => import('../../../domain/national-id').then((module) => module.labelLooksLikeNationalId),
    {
      loaded: (check) => {
        idCheck.value = check;
      },
      failed: () => {
        idCheck.value = hasElevenDigits;
      },
    },
  );
  const labelWarning = computed(() => {
    const label = activeCase.value?.label ?? '';
    if (!hasElevenDigits(label)) return null;
    const check = idCheck.value;
    // The load's answer arrives later, as a signal: this is computed again then.
    if (check === null) void loadIdCheck().catch(() => undefined);
    return check?.(label) ? t('common.label-looks-like-id') : null;
  });

  // Per case: fields changed here and not yet saved. An update from another window must not
  // overwrite them; everything else it brings is taken.
  const dirty = new Map<string, Set<CaseEditKey>>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();

  function replaceCase(record: CaseRecord, large = false): void {
    const exists = cases.value.some((candidate) => candidate.id === record.id);
    cases.value = exists
      ? cases.value.map((candidate) => (candidate.id === record.id ? record : candidate))
      : [record, ...cases.value];
    if (record.id === activeCaseId.value || !exists) deps.onChange(large);
  }

  async function flushCase(id: string): Promise<void> {
    const timer = timers.get(id);
    if (timer !== undefined) clearTimeout(timer);
    timers.delete(id);
    const record = cases.value.find((candidate) => candidate.id === id);
    if (!record) return;
    const saving = dirty.get(id) ?? new Set<CaseEditKey>();
    dirty.delete(id);
    try {
      await platform.saveCase(record);
      if (timers.size === 0) saveStatus.value = 'saved';
      saveErrorText.value = null;
    } catch (error) {
      const again = dirty.get(id) ?? new Set<CaseEditKey>();
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

  function markDirty(id: string, key: CaseEditKey): void {
    const keys = dirty.get(id) ?? new Set<CaseEditKey>();
    keys.add(key);
    dirty.set(id, keys);
  }

  function nextLabel(): string {
    const taken = new Set(cases.value.map((record) => record.label));
    for (let n = cases.value.length + 1; ; n += 1) {
      const label = t('common.case-label', { number: n });
      if (!taken.has(label)) return label;
    }
  }

  /** Makes a fresh case the active one and schedules its save. */
  function startCase(): CaseRecord {
    const record = createCase({ id: clock.newId(), label: nextLabel(), role: deps.role.value, now: clock.now() });
    replaceCase(record);
    activeCaseId.value = record.id;
    markDirty(record.id, '*');
    scheduleSave(record.id);
    return record;
  }

  function ensureActiveCase(): CaseRecord {
    return activeCase.value ?? startCase();
  }

  /** Makes `record` the active case (added or replacing its namesake) and saves it now. */
  async function putCase(record: CaseRecord): Promise<void> {
    replaceCase(record);
    activeCaseId.value = record.id;
    markDirty(record.id, '*');
    await flushCase(record.id);
  }

  function forgetTimer(id: string): void {
    const timer = timers.get(id);
    if (timer !== undefined) clearTimeout(timer);
    timers.delete(id);
    dirty.delete(id);
  }

  return {
    cases,
    activeCaseId,
    activeCase,
    casesLoaded,
    saveStatus,
    saveError,
    quarantinedCount,
    labelWarning,
    startCase,
    putCase,
    flushCase,

    /** Sets (or, with undefined, removes) one entry of a map of the active case, creating a case if none is open. */
    updateMap<K extends CaseMapPlace>(place: K, key: string, value: CaseRecord[K][string] | undefined): void {
      const record = ensureActiveCase();
      const next = { ...(record[place] as Record<string, unknown>) };
      if (value === undefined) delete next[key];
      else next[key] = value;
      const updated = { ...record, [place]: next, updatedAt: clock.now() };
      replaceCase(updated, isLargeCase(updated));
      markDirty(record.id, mapEditKey(place, key));
      scheduleSave(record.id);
    },

    /** Sets one field of the active case, creating a case if none is open. */
    updateField<K extends CaseScalarPlace>(place: K, value: CaseRecord[K]): void {
      const record = ensureActiveCase();
      const updated = { ...record, [place]: value, updatedAt: clock.now() };
      replaceCase(updated, isLargeCase(updated));
      markDirty(record.id, place);
      scheduleSave(record.id);
    },

    /** Remembers the active case for the tab the panel follows. */
    rememberActive(): void {
      const id = deps.tabId.value;
      const caseId = activeCaseId.value;
      if (id !== null && caseId !== null) void platform.rememberTabCase(id, caseId).catch(() => undefined);
    },

    /** The id of the case last used in that tab (null when none, or it cannot be read). */
    readRemembered(id: number | null): Promise<string | null> {
      return id === null ? Promise.resolve(null) : platform.readTabCase(id).catch(() => null);
    },

    /** Opens the case last used in that tab, if it still exists. */
    async offerTabCase(id: number | null): Promise<void> {
      if (id === null) return;
      const remembered = await platform.readTabCase(id).catch(() => null);
      if (remembered && cases.value.some((record) => record.id === remembered)) activeCaseId.value = remembered;
    },

    /** Takes cases other windows save or delete, keeping this panel's unsaved edits. */
    watchCases(): () => void {
      return platform.watchCases((id, record) => {
        if (record === null) {
          if (dirty.has(id)) return; // Deleted elsewhere while typing here: this panel's save restores it.
          cases.value = cases.value.filter((candidate) => candidate.id !== id);
          if (activeCaseId.value === id) activeCaseId.value = cases.value[0]?.id ?? null;
          return;
        }
        replaceCase(
          mergeCaseEdits(
            record,
            cases.value.find((candidate) => candidate.id === id),
            dirty.get(id),
          ),
        );
      });
    },

    /** Reads the stored cases; on failure none, with a notice. */
    async readCases(): Promise<LoadedCases> {
      try {
        return await platform.loadCases();
      } catch {
        feedback.noticeText.value = uiText('common.notice.cases-failed');
        return NO_CASES;
      }
    },

    /** Shows the cases read at start: `remembered` open when it is one of them, else the first. */
    takeCases(loaded: LoadedCases, remembered: string | null = null): void {
      batch(() => {
        cases.value = loaded.cases;
        const kept = remembered !== null && loaded.cases.some((record) => record.id === remembered);
        activeCaseId.value = kept ? remembered : (loaded.cases[0]?.id ?? null);
        quarantinedCount.value = loaded.quarantinedCount;
        if (loaded.expiredCount > 0) {
          feedback.noticeText.value = uiTextCount('common.notice.expired', loaded.expiredCount);
        }
        casesLoaded.value = true;
      });
    },

    /** Saves every pending change at once. */
    async flushAll(): Promise<void> {
      await Promise.all([...timers.keys()].map((id) => flushCase(id)));
    },

    /** Starts saving every pending change without waiting (the panel is closing). */
    flushNow(): void {
      for (const id of [...timers.keys()]) void flushCase(id);
    },

    /** Forgets a case's pending save and unsaved edits (it is being deleted). */
    cancelSave: forgetTimer,

    /** Forgets every pending save and unsaved edit (everything is being deleted). */
    cancelAllSaves(): void {
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
      dirty.clear();
    },

    /** Drops a deleted case; opens the first remaining one. */
    removeCase(id: string): void {
      cases.value = cases.value.filter((record) => record.id !== id);
      activeCaseId.value = cases.value[0]?.id ?? null;
    },

    /** Drops every case (after «Slett alt»). */
    removeAll(): void {
      batch(() => {
        cases.value = [];
        activeCaseId.value = null;
        quarantinedCount.value = 0;
        saveStatus.value = 'idle';
      });
    },
  };
}

/** The cases area's shape. */
export type CasesModel = ReturnType<typeof createCases>;
