import { computed, effect, type ReadonlySignal, signal } from '@preact/signals';
import type { CaseRecord } from '../../../domain/case';
import { caseWeekOf, isDateInRange } from '../../../domain/dates';
import type { Role } from '../../../domain/roles';
import type { Milestone } from '../../../domain/timeline';
import { t, uiText } from '../../../i18n/ui-text';
import type { PanelPlatform } from '../../../platform/panel-platform';
import type { CasesModel } from './cases';
import type { Feedback } from './feedback';
import { loadOnce } from './load-once';
import type { TimelineEngine } from './timeline-engine';

/** The case's legal timeline: its dates, the milestones for the role, the next deadline, and the calendar file. */
export function createTimeline(deps: {
  platform: Pick<PanelPlatform, 'clock' | 'download'>;
  feedback: Feedback;
  activeCase: ReadonlySignal<CaseRecord | null>;
  role: ReadonlySignal<Role | null>;
  updateField: CasesModel['updateField'];
  /**
   * The rules and what computes from them (model/timeline-engine.ts), loaded when a case first has a
   * sick day: the first view shows the timeline folded and needs none of it.
   */
  loadTimeline: () => Promise<TimelineEngine>;
}) {
  const { platform, feedback, activeCase, role, updateField } = deps;
  const { clock } = platform;
  /** The timeline's engine once loaded (null before). */
  const engine = signal<TimelineEngine | null>(null);
  /** The rules and the engine, once; a failed load says so, and the case's next change tries again. */
  const loadEngine = loadOnce(deps.loadTimeline, {
    loaded: (loaded) => {
      engine.value = loaded;
    },
    failed: () => {
      feedback.noticeText.value = uiText('common.notice.rules-failed');
    },
  });
  /** True while the timeline is unfolded. */
  const timelineOpen = signal(false);
  /** True when the timeline should focus its heading (then calls `timelineFocused`). */
  const focusTimeline = signal(false);

  const milestones = computed<Milestone[]>(() => {
    const record = activeCase.value;
    const loaded = engine.value;
    if (!record?.firstSickDay || loaded === null) return [];
    return loaded.milestonesFor({
      rules: loaded.rules,
      day1: record.firstSickDay,
      today: clock.today(),
      graded: record.graded,
      ...(role.value ? { role: role.value } : {}),
      ...(record.maksdato ? { maksdato: record.maksdato } : {}),
    });
  });
  const next = computed<Milestone | null>(() => engine.value?.nextOf(milestones.value) ?? null);
  const nextSentence = computed(() => {
    const loaded = engine.value;
    if (loaded !== null) return loaded.nextSentence(next.value);
    // Without a sick day there is nothing next (the folded timeline asks for the first sick day).
    return activeCase.value?.firstSickDay ? t('timeline.loading') : t('timeline.next.none');
  });
  /** The status bar's words for the next milestone (null while there is none). */
  const statusNext = computed(() => {
    const milestone = next.value;
    return milestone === null || engine.value === null ? null : engine.value.statusText(milestone);
  });
  const currentWeek = computed(() => {
    const day1 = activeCase.value?.firstSickDay;
    if (!day1) return null;
    const week = caseWeekOf(day1, clock.today());
    return week >= 1 ? week : null;
  });
  const wholeWeeks = computed(() => {
    const day1 = activeCase.value?.firstSickDay;
    const loaded = engine.value;
    return day1 && loaded ? loaded.countSickWeeks({ day1, today: clock.today() }) : null;
  });

  return {
    milestones,
    next,
    nextSentence,
    statusNext,
    currentWeek,
    wholeWeeks,
    timelineOpen,
    focusTimeline,

    /** Loads the rules and the engine once a case has a first sick day; a failed load says so and is tried again. */
    watchRules(): () => void {
      return effect(() => {
        if (!activeCase.value?.firstSickDay || engine.peek() !== null) return;
        loadEngine().catch(() => undefined);
      });
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

    /** Unfolds the timeline and moves the focus to it (the status bar's next-deadline button). */
    openTimeline(): void {
      timelineOpen.value = true;
      focusTimeline.value = true;
    },
    /** The user folded or unfolded the timeline. */
    setTimelineOpen(open: boolean): void {
      timelineOpen.value = open;
    },
    timelineFocused(): void {
      focusTimeline.value = false;
    },

    /** Saves the case's milestones as an iCalendar file (titles and dates only: nothing the user typed). */
    exportIcs(): void {
      const loaded = engine.value;
      if (milestones.value.length === 0 || loaded === null) return;
      const ics = loaded.milestonesToIcs(milestones.value, {
        calendarName: 'Følgesvenn: frister', // ui-text-ok: the calendar file's content is bokmål, like its events
        now: new Date(clock.now()),
      });
      platform.download(`folgesvenn-frister-${clock.today()}.ics`, ics, 'text/calendar');
      feedback.announce(t('common.announce.ics-saved'));
    },
  };
}

/** The timeline area's shape. */
export type TimelineModel = ReturnType<typeof createTimeline>;
