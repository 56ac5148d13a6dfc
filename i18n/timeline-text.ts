import { formatDateNb } from '../domain/dates';
import {
  describeNext,
  type Milestone,
  type MilestonePlacement,
  type MilestoneWhen,
  type NextDescription,
  whenOf,
} from '../domain/timeline';
import { t, tCount } from './ui-text';

// The timeline's data in words, in the UI language. No JSX here: the panel model (through its lazily
// loaded timeline engine) and the end-to-end tests use these as well as the Timeline component.

/** A milestone's placement in words: `uke 4`, `etter uke 17`, `ved behov` … */
export function placementText(placement: MilestonePlacement): string {
  if (placement.kind === 'period') return tCount('timeline.place.period', placement.weeks);
  return t(`timeline.place.${placement.kind}`, placement);
}

/** When a milestone falls, in words: `uke 4, senest 06.02.2028`; estimates carry no date. */
export function whenText(when: MilestoneWhen): string {
  const place = placementText(when.placement);
  if (when.kind === 'without-date') return place;
  return t(`timeline.when.${when.kind}`, { place, date: formatDateNb(when.date) });
}

/** The next deadline or milestone in one sentence: "Neste frist: … (uke 4, senest 06.02.2028)." */
export function nextText(next: NextDescription): string {
  if (next.kind === 'none') return t('timeline.next.none');
  return t(`timeline.next.${next.kind}`, { title: next.title, when: whenText(next.when) });
}

/** The status bar's button for the next milestone: its text (date first, so it reads first) and its title (the full sentence). */
export function statusText(next: Milestone): { readonly text: string; readonly title: string } {
  const title = nextText(describeNext(next));
  if (next.date === null || next.approximate) {
    return { text: t('common.status.undated', { title: next.rule.title, when: whenText(whenOf(next)) }), title };
  }
  const values = { title: next.rule.title, date: formatDateNb(next.date) };
  return { text: t(next.senest ? 'common.status.deadline' : 'common.status.milestone', values), title };
}
