import { computed, effect, type ReadonlySignal, signal } from '@preact/signals';
import type { CaseRecord } from '../../../domain/case';
import { formsFed } from '../../../domain/field-ref';
import {
  countProgress,
  type Guide,
  type GuideItemIds,
  type GuideLibrary,
  guidesAnswered,
  hasAnswers,
  pickGuides,
} from '../../../domain/guide';
import type { DetectedContext } from '../../../domain/page-context';
import type { SearchHit, searchGuides } from '../../../domain/search';
import type { TargetFormSummary } from '../../../domain/target-form';
import type { CasesModel } from './cases';
import { loadOnce } from './load-once';

/** The first target form one of the guide's items feeds. */
function formFedBy(guide: Guide, forms: readonly TargetFormSummary[]): TargetFormSummary | null {
  for (const section of guide.sections) {
    for (const item of section.items) {
      for (const id of formsFed(item)) {
        const form = forms.find((candidate) => candidate.id === id);
        if (form) return form;
      }
    }
  }
  return null;
}

/**
 * The guides: which fit the page, the one open (chosen by hand per page kind, in the case), the form it
 * drafts, search, and which guides are loaded (each is its own chunk, loaded when needed).
 */
export function createGuides(deps: {
  library: GuideLibrary;
  forms: readonly TargetFormSummary[];
  context: ReadonlySignal<DetectedContext>;
  activeCase: ReadonlySignal<CaseRecord | null>;
  updateMap: CasesModel['updateMap'];
}) {
  const { library, forms, context, activeCase } = deps;
  const guideChoice = computed(() => pickGuides(library.index, context.value.id));
  // Guides load one by one: the one on screen, those holding the case's notes (for drafting), and all
  // of them once the user searches.
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
  const form = computed<TargetFormSummary | null>(() => {
    const onPage = forms.find((candidate) => candidate.contexts.includes(context.value.id));
    if (onPage) return onPage;
    return guide.value ? formFedBy(guide.value, forms) : null;
  });
  // Which guide holds which item comes apart from the index, the first time a case has answers (the
  // first view waits only on the guide on screen, so the panel is ready without it).
  const itemIds = signal<GuideItemIds | null>(null);
  const loadItemIds = loadOnce(() => library.loadItemIds(), {
    loaded: (loaded) => {
      itemIds.value = loaded;
    },
  });
  // Notes belong to the case, not to one guide: drafting reads every guide that holds a note or an
  // answer, the open one first.
  const guidesWithAnswers = computed<string[]>(() => {
    const record = activeCase.value;
    const ids = itemIds.value;
    return record && ids ? guidesAnswered(library.index, ids, record) : [];
  });
  const draftingGuides = computed<Guide[]>(() => {
    const current = guide.value;
    const others = library.index
      .map((meta) => loadedGuides.value.get(meta.id))
      .filter((loaded): loaded is Guide => loaded !== undefined && loaded !== current);
    return current ? [current, ...others] : others;
  });
  const searchQuery = signal('');
  // The search's code comes with the first query (a failed load is asked for again at the next one).
  const searcher = signal<typeof searchGuides | null>(null);
  const loadSearch = loadOnce(() => import('../../../domain/search').then((module) => module.searchGuides), {
    loaded: (search) => {
      searcher.value = search;
    },
  });
  /** The hits for the query; null while the search's code is not in yet. */
  const searchHits = computed<SearchHit[] | null>(() => {
    const search = searcher.value;
    if (search === null) return searchQuery.value.trim() === '' ? [] : null;
    return search(
      library.index.flatMap((meta) => loadedGuides.value.get(meta.id) ?? []),
      searchQuery.value,
    );
  });
  /** An item the guide view should bring into view and focus (then calls `itemFocused`). */
  const focusRequest = signal<FocusRequest | null>(null);
  /** True when the drafts should get the focus (then the drafts call `draftsFocused`). */
  const focusDrafts = signal(false);
  /** True when the guide view should focus its title (then calls `guideFocused`). */
  const focusGuideTitle = signal(false);
  /** The open guide's ticked and tickable items (the status bar shows it; null without a guide). */
  const progress = computed(() => {
    const open = guide.value;
    if (!open) return null;
    return countProgress(
      open.sections.flatMap((section) => section.items),
      activeCase.value?.ticks ?? {},
    );
  });

  return {
    guideChoice,
    chosenGuideId,
    guide,
    form,
    draftingGuides,
    searchQuery,
    searchHits,
    focusRequest,
    focusGuideTitle,
    focusDrafts,
    progress,

    /**
     * Loads the guide on screen, the item ids once the case has answers, the guides holding them, and
     * all guides while searching.
     */
    watchGuides(): (() => void)[] {
      return [
        effect(() => {
          const id = chosenGuideId.value;
          if (id !== null) ensureLoaded([id]);
        }),
        effect(() => {
          const record = activeCase.value;
          // Once the ids are in, a keystroke costs nothing here; a failed load is asked for again at
          // the case's next change.
          if (itemIds.peek() === null && record && hasAnswers(record)) loadItemIds().catch(() => undefined);
        }),
        effect(() => ensureLoaded(guidesWithAnswers.value)),
        effect(() => {
          if (searchQuery.value.trim() === '') return;
          ensureLoaded(library.index.map((meta) => meta.id));
          if (searcher.peek() === null) loadSearch().catch(() => undefined);
        }),
      ];
    },

    chooseGuide(guideId: string): void {
      deps.updateMap('guideByContext', context.value.id, guideId);
    },
    setSearchQuery(query: string): void {
      searchQuery.value = query;
    },
    /** Opens a search hit: its guide, at its item. */
    openSearchHit(guideId: string, itemId: string): void {
      if (chosenGuideId.value !== guideId) deps.updateMap('guideByContext', context.value.id, guideId);
      searchQuery.value = '';
      focusRequest.value = { itemId, part: 'hit' };
    },
    /** Brings an item into view and focuses it, or its note (the keyboard shortcuts). */
    focusItem(itemId: string, part: FocusPart = 'item'): void {
      focusRequest.value = { itemId, part };
    },
    itemFocused(): void {
      focusRequest.value = null;
    },
    /** Moves the focus to the drafts («Til utkastene», Alt + U). */
    goToDrafts(): void {
      focusDrafts.value = true;
    },
    draftsFocused(): void {
      focusDrafts.value = false;
    },
    /** Moves the focus to the open guide (the status bar's progress button). */
    focusGuide(): void {
      focusGuideTitle.value = true;
    },
    guideFocused(): void {
      focusGuideTitle.value = false;
    },
  };
}

/** How an item gets the focus: a search hit (marked, centred), the item's first field, or its note. */
export type FocusPart = 'hit' | 'item' | 'note';

/** An item the guide view is asked to bring into view and focus. */
export interface FocusRequest {
  readonly itemId: string;
  readonly part: FocusPart;
}

/** The guides area's shape. */
export type GuidesModel = ReturnType<typeof createGuides>;
