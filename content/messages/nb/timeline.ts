/**
 * Bokmål: the timeline area's UI text (keys start with `timeline.`) that the folded timeline and its
 * next deadline show; the open timeline's own text is in timeline-body.ts (loaded on demand).
 */
export const TIMELINE = {
  'timeline.heading': 'Tidslinje',
  'timeline.prompt': 'Legg inn første sykedag',
  'timeline.loading': 'Henter fristene …',
  'timeline.body-loading': 'Henter tidslinjen …',
  'timeline.place.day': 'dag {day}',
  'timeline.place.week': 'uke {week}',
  'timeline.place.after-week': 'etter uke {week}',
  'timeline.place.about-week': 'ca. uke {week}',
  'timeline.place.before-meeting': 'før møtet',
  'timeline.place.on-request': 'ved behov',
  'timeline.place.period.one': 'inntil {count} uke',
  'timeline.place.period.other': 'inntil {count} uker',
  'timeline.place.nav-maksdato': 'Navs maksdato',
  'timeline.when.dated': '{place}, {date}',
  'timeline.when.senest': '{place}, senest {date}',
  'timeline.when.nav': '{place} {date}',
  'timeline.next.none': 'Ingen flere frister i tidslinjen for dette sykefraværet.',
  'timeline.next.deadline': 'Neste frist: {title} ({when}).',
  'timeline.next.milestone': 'Neste milepæl: {title} ({when}).',
} as const;
