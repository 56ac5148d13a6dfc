import { addDays } from './dates';
import { describeWhen, type Milestone } from './timeline';

// iCalendar (RFC 5545) export of a case's milestones. The file holds only milestone titles, dates and
// the rules' own texts: no name, no note, nothing the user typed. UIDs are stable per milestone and
// day 1, so importing a new export updates the events instead of duplicating them.

/** What the calendar file is called and when it is made (`now` becomes DTSTAMP; never read from the clock). */
export interface IcsOptions {
  readonly calendarName: string;
  readonly now: Date;
}

/** PRODID of every file we write. */
export const ICS_PRODID = '-//Folgesvenn//Tidslinje for sykefravaersoppfolging//NB';

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;
const encoder = new TextEncoder();

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line so no line exceeds 75 octets of UTF-8, never splitting a character (RFC 5545 §3.1). */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with one space, which counts towards their 75 octets.
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

function formatIcsDate(date: string): string {
  return date.replaceAll('-', '');
}

function formatIcsDateTime(now: Date): string {
  const time = now.getTime();
  if (Number.isNaN(time)) throw new RangeError('`now` is not a valid date');
  // 2026-01-15T09:30:00.000Z → 20260115T093000Z
  return `${now.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

function summaryOf(milestone: Milestone): string {
  const note = milestone.applies === 'if-useful' ? ' (bare hvis nyttig)' : '';
  return `${milestone.rule.title} – ${describeWhen(milestone)}${note}`;
}

function descriptionOf(milestone: Milestone): string {
  const lines = [
    milestone.rule.description,
    `Ansvar: ${milestone.rule.responsible}`,
    `Hjemmel: ${milestone.rule.legalBasis.join(', ')}.`,
  ];
  if (milestone.applies === 'if-useful')
    lines.push('Ved gradert sykmelding: bare hvis noen av partene mener det er nyttig.');
  lines.push('Laget av Følgesvenn. Sjekk alltid fristene mot Nav og lovteksten.');
  return lines.join('\n');
}

/** True when the milestone can be put in a calendar: a date that is not only an estimate. */
export function isCalendarReady(milestone: Milestone): boolean {
  return milestone.date !== null && !milestone.approximate;
}

/** An RFC 5545 calendar (CRLF, folded, escaped) with one all-day event per milestone that has a firm date. */
export function milestonesToIcs(milestones: readonly Milestone[], options: IcsOptions): string {
  // Undated milestones and estimates (maksdato without NAV's date, the 39-week letter) are left out,
  // so the calendar never shows a guess as a date.
  const stamp = formatIcsDateTime(options.now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${ICS_PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeIcsText(options.calendarName)}`,
    `X-WR-CALNAME:${escapeIcsText(options.calendarName)}`,
  ];
  for (const milestone of milestones) {
    if (!isCalendarReady(milestone) || milestone.date === null) continue;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${milestone.id}-${milestone.day1}@folgesvenn.invalid`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${formatIcsDate(milestone.date)}`,
      `DTEND;VALUE=DATE:${formatIcsDate(addDays(milestone.date, 1))}`,
      `SUMMARY:${escapeIcsText(summaryOf(milestone))}`,
      `DESCRIPTION:${escapeIcsText(descriptionOf(milestone))}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldIcsLine).join(CRLF) + CRLF;
}
