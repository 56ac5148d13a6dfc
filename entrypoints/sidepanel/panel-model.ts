import { batch, computed, signal } from '@preact/signals';
import { draftFields, type FieldDraft } from '../../domain/draft';
import { type Guide, pickGuides } from '../../domain/guide';
import { type DetectedContext, detectPageContext, type PageContextDefinition } from '../../domain/page-context';
import type { PageSnapshot } from '../../domain/page-snapshot';
import { EMPTY_PANEL_STATE, type PanelState } from '../../domain/panel-state';
import type { TargetForm } from '../../domain/target-form';
import type { PanelPlatform } from '../../platform/panel-platform';

/** What the panel model is built from: the browser behind one interface, and the data it shows. */
export interface PanelModelDeps {
  readonly platform: PanelPlatform;
  readonly guides: readonly Guide[];
  readonly contexts: readonly PageContextDefinition[];
  readonly forms: readonly TargetForm[];
  /** How long typing rests before it is saved. */
  readonly saveDelayMs?: number;
}

/** Where saving stands, shown beside the notes. */
export type SaveStatus = 'idle' | 'pending' | 'saved' | 'error';

type StateKey = 'notes' | 'ticks' | 'scales' | 'guideByContext';

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
  const { platform, guides, contexts, forms } = deps;
  const saveDelayMs = deps.saveDelayMs ?? 400;

  const tabId = signal<number | null>(null);
  const snapshot = signal<PageSnapshot | null>(null);
  const snapshotSettled = signal(false);
  const state = signal<PanelState>(EMPTY_PANEL_STATE);
  const stateLoaded = signal(false);
  const saveStatus = signal<SaveStatus>('idle');
  const saveError = signal<string | null>(null);
  const quarantinedCount = signal(0);
  const announcement = signal('');

  const context = computed<DetectedContext>(() => detectPageContext(snapshot.value, contexts));
  const guideChoice = computed(() => pickGuides(guides, context.value.id));
  const guide = computed<Guide | null>(() => {
    const manual = state.value.guideByContext[context.value.id];
    const chosen = manual ? guides.find((candidate) => candidate.id === manual) : undefined;
    return chosen ?? guideChoice.value.forPage[0] ?? null;
  });
  const form = computed<TargetForm | null>(() => {
    const onPage = forms.find((candidate) => candidate.contexts.includes(context.value.id));
    if (onPage) return onPage;
    return guide.value ? formFedBy(guide.value, forms) : null;
  });
  const drafts = computed<FieldDraft[]>(() => {
    const currentGuide = guide.value;
    const currentForm = form.value;
    if (!currentGuide || !currentForm) return [];
    return draftFields({ guides: [currentGuide], notes: state.value.notes, form: currentForm });
  });
  const ready = computed(() => snapshotSettled.value && stateLoaded.value);

  // Keys changed here and not yet saved: an update from another window must not overwrite them.
  const dirty = new Map<string, StateKey>();
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  let requestSerial = 0;

  async function flush(): Promise<void> {
    saveTimer = undefined;
    const saving = new Map(dirty);
    dirty.clear();
    try {
      await platform.saveState(state.value);
      saveStatus.value = dirty.size > 0 ? 'pending' : 'saved';
      saveError.value = null;
    } catch (error) {
      for (const [key, place] of saving) if (!dirty.has(key)) dirty.set(key, place);
      saveStatus.value = 'error';
      saveError.value = /quota/i.test(String(error))
        ? 'Lagringsplassen er full. Det du skrev sist er ikke lagret; alt som var lagret før, er i behold.'
        : 'Kunne ikke lagre. Det du skrev sist er ikke lagret ennå.';
    }
  }

  function scheduleSave(): void {
    saveStatus.value = 'pending';
    if (saveTimer !== undefined) clearTimeout(saveTimer);
    saveTimer = setTimeout(() => void flush(), saveDelayMs);
  }

  function update<K extends StateKey>(place: K, key: string, value: PanelState[K][string] | undefined): void {
    const current = state.value[place] as Record<string, unknown>;
    const next = { ...current };
    if (value === undefined) delete next[key];
    else next[key] = value;
    state.value = { ...state.value, [place]: next };
    dirty.set(`${place}:${key}`, place);
    scheduleSave();
  }

  function applyExternal(incoming: PanelState): void {
    const merged = {
      notes: { ...incoming.notes },
      ticks: { ...incoming.ticks },
      scales: { ...incoming.scales },
      guideByContext: { ...incoming.guideByContext },
    } as Record<StateKey, Record<string, unknown>>;
    for (const [dirtyKey, place] of dirty) {
      const key = dirtyKey.slice(place.length + 1);
      const local = (state.value[place] as Record<string, unknown>)[key];
      if (local === undefined) delete merged[place][key];
      else merged[place][key] = local;
    }
    state.value = merged as unknown as PanelState;
  }

  async function loadSnapshot(id: number | null): Promise<void> {
    const serial = ++requestSerial;
    const next = id === null ? null : await platform.getSnapshot(id);
    if (serial !== requestSerial) return; // A newer tab switch won the race.
    batch(() => {
      snapshot.value = next;
      snapshotSettled.value = true;
    });
  }

  const disposers: (() => void)[] = [];

  return {
    tabId,
    snapshot,
    context,
    guideChoice,
    guide,
    form,
    drafts,
    state,
    ready,
    saveStatus,
    saveError,
    quarantinedCount,
    announcement,

    /** Starts following the tab and loads the stored state. */
    async start(): Promise<void> {
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
        platform.watchState((incoming) => applyExternal(incoming)),
        platform.followTab((id) => {
          tabId.value = id;
          void loadSnapshot(id);
        }),
      );
      const restored = await platform.loadState();
      batch(() => {
        state.value = restored.state;
        quarantinedCount.value = Object.keys(restored.quarantined).length;
        stateLoaded.value = true;
      });
    },

    stop(): void {
      for (const dispose of disposers.splice(0)) dispose();
      if (saveTimer !== undefined) {
        clearTimeout(saveTimer);
        void flush();
      }
    },

    setNote(itemId: string, text: string): void {
      update('notes', itemId, text === '' ? undefined : text);
    },
    toggleTick(itemId: string): void {
      update('ticks', itemId, state.value.ticks[itemId] ? undefined : true);
    },
    setScale(itemId: string, value: number | undefined): void {
      update('scales', itemId, value);
    },
    chooseGuide(guideId: string): void {
      update('guideByContext', context.value.id, guideId);
    },

    /** Copies one drafted field on a user click and announces the result. */
    async copyDraft(fieldId: string): Promise<boolean> {
      const draft = drafts.value.find((candidate) => candidate.fieldId === fieldId);
      const field = form.value?.fields.find((candidate) => candidate.id === fieldId);
      if (!draft || !field || draft.text === '') return false;
      try {
        await platform.copy(draft.text);
        announcement.value = `Kopiert: «${field.label}» (${draft.length} tegn). Lim inn i feltet på siden.`;
        return true;
      } catch {
        announcement.value = 'Kunne ikke kopiere. Merk teksten og kopier den selv.';
        return false;
      }
    },

    /** Saves at once (e.g. when the panel is hidden). */
    flush,
  };
}

/** The panel model's public shape. */
export type PanelModel = ReturnType<typeof createPanelModel>;
