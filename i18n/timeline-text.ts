import { formatDateNb, type MilestonePlacement, type MilestoneWhen, type NextDescription } from '../domain/timeline';
import { t, tCount } from './ui-text';

// The timeline's data in words, in the UI language. No JSX here: the panel model and the end-to-end
// tests use these as well as the Timeline component.

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
