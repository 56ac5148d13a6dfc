import type { TIMELINE as NB_TIMELINE } from '../nb/timeline';
import type { TIMELINE_BODY } from '../nb/timeline-body';
import type { AreaCatalogue } from '../types';

/** English: the timeline area's UI text. */
export const TIMELINE: AreaCatalogue<typeof NB_TIMELINE & typeof TIMELINE_BODY> = {
  'timeline.heading': 'Timeline',
  'timeline.prompt': 'Enter the first sick day',
  'timeline.loading': 'Loading the deadlines …',
  'timeline.body-loading': 'Loading the timeline …',
  'timeline.first-sick-day': 'First sick day',
  'timeline.graded': 'Graded sick leave (partly at work)',
  'timeline.maksdato': 'Maksdato from Nav (if you have it)',
  'timeline.date.out-of-range': 'The date must be between {min} and {max}. It was not saved.',
  'timeline.empty':
    'Given the first sick day, Følgesvenn shows the deadlines in the law, counted the way Nav counts them.',
  'timeline.today': 'Today',
  'timeline.today.date': 'Today, {date}',
  'timeline.today.week': 'Today, {date}: week {week}',
  'timeline.today.before': 'Today, {date}: before the first sick day',
  'timeline.note':
    'The maksdato (last day of sickness benefit) is around week 52; only Nav can give the exact date. Each deadline says whether it applies to full or graded sick leave.',
  'timeline.export-ics': 'Save the deadlines to your calendar (.ics)',
  'timeline.status.passed': 'passed',
  'timeline.status.due': 'soon',
  'timeline.status.upcoming': 'upcoming',
  'timeline.status.undated': 'no date',
  'timeline.applies.if-useful': 'with graded sick leave only if it is useful',
  'timeline.applies.fulfilled': 'counts as met with graded sick leave',
  'timeline.details': 'Legal basis and exceptions',
  'timeline.responsible': 'Responsible:',
  'timeline.legal-basis': 'Legal basis:',
  'timeline.unconfirmed': 'Not finally confirmed: check with Nav.',
  'timeline.place.day': 'day {day}',
  'timeline.place.week': 'week {week}',
  'timeline.place.after-week': 'after week {week}',
  'timeline.place.about-week': 'about week {week}',
  'timeline.place.before-meeting': 'before the meeting',
  'timeline.place.on-request': 'when needed',
  'timeline.place.period.one': 'up to {count} week',
  'timeline.place.period.other': 'up to {count} weeks',
  'timeline.place.nav-maksdato': 'Nav’s maksdato',
  'timeline.when.dated': '{place}, {date}',
  'timeline.when.senest': '{place}, by {date}',
  'timeline.when.nav': '{place} {date}',
  'timeline.next.none': 'No more deadlines on the timeline for this sick leave.',
  'timeline.next.deadline': 'Next deadline: {title} ({when}).',
  'timeline.next.milestone': 'Next milestone: {title} ({when}).',
};
