import { computed, effect, type ReadonlySignal, signal } from '@preact/signals';
import type { CaseRecord } from '../../../domain/case';
import { milestonesToIcs } from '../../../domain/ics';
import type { Role } from '../../../domain/roles';
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
} from '../../../domain/timeline';
import { nextText } from '../../../i18n/timeline-text';
import { t, uiText } from '../../../i18n/ui-text';
import type { PanelPlatform } from '../../../platform/panel-platform';
import type { CasesModel } from './cases';
import type { Feedback } from './feedback';

/** The case's legal timeline: its dates, the milestones for the role, the next deadline, and the calendar file. */
export function createTimeline(deps: {
  platform: Pick<PanelPlatform, 'clock' | 'download'>;
  feedback: Feedback;
  activeCase: ReadonlySignal<CaseRecord | null>;
  role: ReadonlySignal<Role | null>;
  updateField: CasesModel['updateField'];
  /** The rules, loaded when a case first has a sick day (they are not needed before). */
  loadRules: () => Promise<readonly TimelineRule[]>;
}) {
  const { platform, feedback, activeCase, role, updateField } = deps;
  const { clock } = platform;
  const rules = signal<readonly TimelineRule[] | null>(null);
  let rulesRequested = false;
  /** True while the timeline is unfolded. */
  const timelineOpen = signal(false);
  /** True when the timeline should focus its heading (then calls `timelineFocused`). */
  const focusTimeline = signal(false);

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

  return {
    milestones,
    next,
    nextSentence,
    currentWeek,
    wholeWeeks,
    timelineOpen,
    focusTimeline,

    /** Loads the rules once a case has a first sick day; a failed load says so and is tried again. */
    watchRules(): () => void {
      return effect(() => {
        if (!activeCase.value?.firstSickDay || rulesRequested) return;
        rulesRequested = true;
        deps
          .loadRules()
          .then((loaded) => {
            rules.value = loaded;
          })
          .catch(() => {
            rulesRequested = false;
            feedback.noticeText.value = uiText('common.notice.rules-failed');
          });
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
      if (milestones.value.length === 0) return;
      const ics = milestonesToIcs(milestones.value, {
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
