import { signal } from '@preact/signals';
import { describe, expect, it, vi } from 'vitest';
import { TARGET_FORMS } from '../../../content/forms';
import { GUIDES } from '../../../content/library';
import { medicalWords } from '../../../content/medical-words';
import { draftFields } from '../../../domain/draft';
import { createStaticLibrary } from '../../../domain/guide';
import { PAGE_CONTEXTS } from '../../../domain/page-contexts';
import type { JournalSite } from '../../../domain/sites';
import { createAnswers } from '../../../entrypoints/sidepanel/model/answers';
import { createCases } from '../../../entrypoints/sidepanel/model/cases';
import { DRAFTING_ENGINE } from '../../../entrypoints/sidepanel/model/drafting-engine';
import { createDraftRefresh, createDrafts } from '../../../entrypoints/sidepanel/model/drafts';
import { createFeedback } from '../../../entrypoints/sidepanel/model/feedback';
import { createGuides } from '../../../entrypoints/sidepanel/model/guides';
import { createPage } from '../../../entrypoints/sidepanel/model/page';
import { createTimeline } from '../../../entrypoints/sidepanel/model/timeline';
import { TIMELINE_ENGINE, type TimelineEngine } from '../../../entrypoints/sidepanel/model/timeline-engine';
import { createFakePanelPlatform, snapshotAt } from '../platform/fake-panel-platform';

// draftFields as it is, counted: typing in a draft of a large case must not redraft per keystroke.
vi.mock('../../../domain/draft', async (original) => {
  const actual = await original<typeof import('../../../domain/draft')>();
  return { ...actual, draftFields: vi.fn(actual.draftFields) };
});

const NY_PLAN = 'https://www.nav.no/syk/oppfolgingsplan/a1b2c3d4-0000-4000-8000-000000000001/ny-plan';
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The areas from the page to the drafts, on the plan form's page, as the composition root wires them. */
async function setUp(options: { loadTimeline?: () => Promise<TimelineEngine> } = {}) {
  const fake = createFakePanelPlatform({ snapshots: { 1: snapshotAt(NY_PLAN) } });
  const { platform } = fake;
  const feedback = createFeedback();
  const page = createPage({ platform, contexts: PAGE_CONTEXTS, sites: signal<JournalSite[]>([]) });
  const refresh = createDraftRefresh();
  const role = signal('leder' as const);
  const cases = createCases({
    platform,
    feedback,
    role,
    tabId: page.tabId,
    saveDelayMs: 10,
    onChange: refresh.refresh,
  });
  const { activeCase, updateMap, updateField } = cases;
  const library = createStaticLibrary(GUIDES);
  const guides = createGuides({ library, forms: TARGET_FORMS, context: page.context, activeCase, updateMap });
  const answers = createAnswers({ clock: platform.clock, activeCase, guide: guides.guide, updateMap, updateField });
  const drafts = createDrafts({
    platform,
    feedback,
    refresh,
    context: page.context,
    guide: guides.guide,
    form: guides.form,
    draftingGuides: guides.draftingGuides,
    activeCaseId: cases.activeCaseId,
    activeCase,
    updateMap,
    loadMedicalWords: async () => medicalWords,
    loadDrafting: async () => DRAFTING_ENGINE,
  });
  const timeline = createTimeline({
    platform,
    feedback,
    activeCase,
    role,
    updateField,
    loadTimeline: options.loadTimeline ?? (async () => TIMELINE_ENGINE),
  });
  const stops = [...guides.watchGuides(), timeline.watchRules(), page.followTab(() => undefined)];
  void drafts.loadDrafting(); // As the panel model's start asks for it.
  await settle();
  await settle();
  return {
    fake,
    feedback,
    page,
    cases,
    guides,
    answers,
    drafts,
    timeline,
    stop: () => {
      for (const dispose of stops) dispose();
    },
  };
}

describe('guides and answers areas', () => {
  it('opens the page’s guide and its form, counts ticks, and ticks from the keyboard only what has a tick', async () => {
    const { guides, answers, stop } = await setUp();
    const guide = guides.guide.value;
    expect(guide).not.toBeNull();
    expect(guides.form.value).not.toBeNull();
    const items = guide?.sections.flatMap((section) => section.items) ?? [];
    const step = items.find((item) => item.kind !== 'fact');
    const fact = items.find((item) => item.kind === 'fact');
    if (!step) throw new Error('no tickable item');
    answers.toggleTickOf(step.id);
    expect(guides.progress.value?.done).toBe(1);
    if (fact) {
      answers.toggleTickOf(fact.id);
      expect(guides.progress.value?.done).toBe(1);
    }
    guides.focusGuide();
    expect(guides.focusGuideTitle.value).toBe(true);
    guides.guideFocused();
    expect(guides.focusGuideTitle.value).toBe(false);
    // Focus requests the views carry out and then clear: an item's note, a search hit, the drafts.
    guides.focusItem(step.id, 'note');
    expect(guides.focusRequest.value).toEqual({ itemId: step.id, part: 'note' });
    guides.itemFocused();
    expect(guides.focusRequest.value).toBeNull();
    guides.openSearchHit(guide?.id ?? '', step.id);
    expect(guides.focusRequest.value).toEqual({ itemId: step.id, part: 'hit' });
    guides.goToDrafts();
    expect(guides.focusDrafts.value).toBe(true);
    guides.draftsFocused();
    expect(guides.focusDrafts.value).toBe(false);
    stop();
  });
});

describe('drafts area', () => {
  it('drafts from a note, keeps a hand edit marked edited, and goes back to the draft on request', async () => {
    const { guides, answers, drafts, stop } = await setUp();
    const feeding = guides.guide.value?.sections
      .flatMap((section) => section.items)
      .find((item) => (item.feeds?.length ?? 0) > 0);
    if (!feeding) throw new Error('no item feeds a field');
    answers.setNote(feeding.id, 'Kan jobbe halve dager');
    const drafted = drafts.drafts.value.find((draft) => draft.text.includes('halve dager'));
    if (!drafted) throw new Error('the note reached no field');
    drafts.editDraft(drafted.fieldId, 'Min egen tekst');
    expect(drafts.drafts.value.find((draft) => draft.fieldId === drafted.fieldId)).toMatchObject({
      text: 'Min egen tekst',
      edited: true,
    });
    drafts.redraft(drafted.fieldId);
    expect(drafts.drafts.value.find((draft) => draft.fieldId === drafted.fieldId)?.edited).toBe(false);
    stop();
  });

  it('in a large case, drafts nothing per keystroke of a hand edit and shows the edit once typing rests', async () => {
    const { guides, answers, drafts, cases, stop } = await setUp();
    const feeding = guides.guide.value?.sections
      .flatMap((section) => section.items)
      .find((item) => (item.feeds?.length ?? 0) > 0);
    if (!feeding) throw new Error('no item feeds a field');
    // Over 20 000 characters: the case counts as large.
    answers.setNote(feeding.id, `Kan jobbe halve dager. ${'Lang notat om arbeidsdagen. '.repeat(1_000)}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const drafted = drafts.drafts.value.find((draft) => draft.text.includes('halve dager'));
    if (!drafted) throw new Error('the note reached no field');
    const counted = vi.mocked(draftFields);
    counted.mockClear();
    vi.useFakeTimers();
    try {
      for (const text of ['M', 'Mi', 'Min', 'Min tekst']) drafts.editDraft(drafted.fieldId, text);
      expect(counted).not.toHaveBeenCalled();
      // The edit is kept at once, based on the draft that was shown; the drafts follow once typing rests.
      const key = Object.keys(cases.activeCase.value?.drafts ?? {})[0] ?? '';
      expect(cases.activeCase.value?.drafts[key]).toEqual({ text: 'Min tekst', basedOn: drafted.text });
      expect(drafts.drafts.value.find((draft) => draft.fieldId === drafted.fieldId)?.edited).toBe(false);
      vi.advanceTimersByTime(250);
      expect(drafts.drafts.value.find((draft) => draft.fieldId === drafted.fieldId)).toMatchObject({
        text: 'Min tekst',
        edited: true,
      });
    } finally {
      vi.useRealTimers();
      stop();
    }
  });

  it('in a small case, drafts the first keystroke of a hand edit afresh and shows the edit at once', async () => {
    const { guides, answers, drafts, cases, stop } = await setUp();
    const feeding = guides.guide.value?.sections
      .flatMap((section) => section.items)
      .find((item) => (item.feeds?.length ?? 0) > 0);
    if (!feeding) throw new Error('no item feeds a field');
    answers.setNote(feeding.id, 'Kan jobbe halve dager');
    const drafted = drafts.drafts.value.find((draft) => draft.text.includes('halve dager'));
    if (!drafted) throw new Error('the note reached no field');
    const counted = vi.mocked(draftFields);
    counted.mockClear();
    drafts.editDraft(drafted.fieldId, 'M');
    drafts.editDraft(drafted.fieldId, 'Mi');
    expect(counted).toHaveBeenCalledTimes(1);
    const key = Object.keys(cases.activeCase.value?.drafts ?? {})[0] ?? '';
    expect(cases.activeCase.value?.drafts[key]).toEqual({ text: 'Mi', basedOn: drafted.text });
    expect(drafts.drafts.value.find((draft) => draft.fieldId === drafted.fieldId)).toMatchObject({
      text: 'Mi',
      edited: true,
    });
    stop();
  });
});

describe('timeline area', () => {
  it('refuses a date outside 1900–2200, loads the rules with the first sick day, and opens on request', async () => {
    const { timeline, stop } = await setUp();
    expect(timeline.setFirstSickDay('1800-01-01')).toBe(false);
    expect(timeline.setFirstSickDay('2026-11-02')).toBe(true);
    await settle();
    expect(timeline.milestones.value.length).toBeGreaterThan(0);
    expect(timeline.currentWeek.value).toBe(4);
    timeline.openTimeline();
    expect(timeline.timelineOpen.value).toBe(true);
    expect(timeline.focusTimeline.value).toBe(true);
    timeline.timelineFocused();
    expect(timeline.focusTimeline.value).toBe(false);
    stop();
  });

  it('loads the engine only with a first sick day, says so while it loads, and tries again after a failed load', async () => {
    let fail = true;
    const loadTimeline = vi.fn(async () => {
      if (fail) throw new Error('chunk failed to load');
      return TIMELINE_ENGINE;
    });
    const { timeline, feedback, stop } = await setUp({ loadTimeline });
    expect(loadTimeline).not.toHaveBeenCalled();
    expect(timeline.nextSentence.value).toBe('Ingen flere frister i tidslinjen for dette sykefraværet.');
    expect(timeline.statusNext.value).toBeNull();
    timeline.setFirstSickDay('2026-11-02');
    expect(timeline.nextSentence.value).toBe('Henter fristene …');
    await settle();
    expect(loadTimeline).toHaveBeenCalledTimes(1);
    expect(feedback.notice.value).toBe('Kunne ikke hente reglene for tidslinjen. Prøv å lukke og åpne panelet.');
    expect(timeline.milestones.value).toEqual([]);
    expect(timeline.nextSentence.value).toBe('Henter fristene …');
    fail = false;
    timeline.setGraded(false); // The next change to the case tries again.
    await settle();
    expect(loadTimeline).toHaveBeenCalledTimes(2);
    expect(timeline.milestones.value.length).toBeGreaterThan(0);
    const title = timeline.next.value?.rule.title;
    expect(timeline.nextSentence.value).toBe(`Neste frist: ${title} (uke 4, senest 29.11.2026).`);
    expect(timeline.statusNext.value).toEqual({
      text: `Frist 29.11.2026: ${title}`,
      title: timeline.nextSentence.value,
    });
    expect(timeline.wholeWeeks.value).toBe(3);
    timeline.setFirstSickDay('2026-11-09');
    await settle();
    expect(loadTimeline).toHaveBeenCalledTimes(2);
    stop();
  });
});
