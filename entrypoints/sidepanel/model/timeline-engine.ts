import { TIMELINE_RULES } from '../../../content/timeline-rules';
import { milestonesToIcs } from '../../../domain/ics';
import {
  countSickWeeks,
  describeNext,
  type Milestone,
  milestonesFor,
  nextDeadline,
  nextMilestone,
} from '../../../domain/timeline';
import { nextText, statusText } from '../../../i18n/timeline-text';

// The timeline's engine: the rules in force and all that computes from them (milestones, the next
// deadline, its sentence, the calendar file). Loaded on demand (entrypoints/sidepanel/main.tsx
// imports this module dynamically when a case first has a sick day): the panel's first view shows
// the timeline folded and needs none of it. The model's timeline area holds it in a signal.

/** The rules in force and what the panel computes from them, as one object the model loads at once. */
export const TIMELINE_ENGINE = {
  /** The rules in force (content/timeline-rules.ts). */
  rules: TIMELINE_RULES,
  milestonesFor,
  /** The next deadline ("senest"), else the next milestone that applies; null when none is left. */
  nextOf(milestones: readonly Milestone[]): Milestone | null {
    return nextDeadline(milestones) ?? nextMilestone(milestones);
  },
  /** The next deadline or milestone in one sentence, in the UI language ("Neste frist: …"). */
  nextSentence(next: Milestone | null): string {
    return nextText(describeNext(next));
  },
  statusText,
  countSickWeeks,
  milestonesToIcs,
};

/** The timeline's engine, as the model uses it. */
export type TimelineEngine = typeof TIMELINE_ENGINE;
