import { describe, expect, it } from 'vitest';
import { TIMELINE_RULES } from '../../../content/timeline-rules';
import { escapeIcsText, foldIcsLine, ICS_PRODID, isCalendarReady, milestonesToIcs } from '../../../domain/ics';
import { type Milestone, milestonesFor, type TimelineRule } from '../../../domain/timeline';

// A small RFC 5545 reader, written here so the export is checked against the standard, not against itself.

interface Property {
  readonly name: string;
  readonly params: Readonly<Record<string, string>>;
  readonly value: string;
}

interface Component {
  readonly name: string;
  readonly properties: Property[];
  readonly children: Component[];
}

const octets = (text: string) => new TextEncoder().encode(text).length;

/** Physical lines, checked for CRLF only. */
function physicalLines(ics: string): string[] {
  expect(ics.endsWith('\r\n')).toBe(true);
  const lines = ics.slice(0, -2).split('\r\n');
  for (const line of lines) expect(line).not.toMatch(/[\r\n]/);
  return lines;
}

/** Unfolds (CRLF + one space or tab continues the previous line) and splits name;params:value. */
function parseIcs(ics: string): Component {
  const logical = ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .slice(0, -1);
  const root: Component = { name: 'ROOT', properties: [], children: [] };
  const stack: Component[] = [root];
  for (const line of logical) {
    // The first colon outside a quoted parameter value ends the name and parameters.
    let inQuotes = false;
    let colon = -1;
    for (let i = 0; i < line.length; i++) {
      if (line[i] === '"') inQuotes = !inQuotes;
      else if (line[i] === ':' && !inQuotes) {
        colon = i;
        break;
      }
    }
    expect(colon, `no colon in line: ${line}`).toBeGreaterThan(0);
    const [name = '', ...paramParts] = line.slice(0, colon).split(';');
    const params = Object.fromEntries(paramParts.map((part) => part.split('=') as [string, string]));
    const value = line.slice(colon + 1);
    expect(name).toMatch(/^[A-Z][A-Z0-9-]*$/);
    const top = stack.at(-1) as Component;
    if (name === 'BEGIN') {
      const child: Component = { name: value, properties: [], children: [] };
      top.children.push(child);
      stack.push(child);
    } else if (name === 'END') {
      expect(top.name).toBe(value);
      stack.pop();
    } else {
      top.properties.push({ name, params, value });
    }
  }
  expect(stack).toHaveLength(1);
  return root;
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
}

function prop(component: Component, name: string): Property {
  const found = component.properties.filter((p) => p.name === name);
  expect(found, `${component.name} must have exactly one ${name}`).toHaveLength(1);
  return found[0] as Property;
}

const now = new Date(Date.UTC(2028, 0, 12, 8, 5, 9));
const day1 = '2028-01-10';

describe('milestonesToIcs', () => {
  const milestones = milestonesFor({ rules: TIMELINE_RULES, day1, today: '2028-01-12', graded: false });
  const ics = milestonesToIcs(milestones, { calendarName: 'Følgesvenn: frister', now });
  const calendar = parseIcs(ics);
  const [vcalendar] = calendar.children;
  if (!vcalendar) throw new Error('no VCALENDAR');
  const events = vcalendar.children.filter((c) => c.name === 'VEVENT');

  it('is one VCALENDAR with version, PRODID and the calendar name', () => {
    expect(calendar.children.map((c) => c.name)).toEqual(['VCALENDAR']);
    expect(prop(vcalendar, 'VERSION').value).toBe('2.0');
    expect(prop(vcalendar, 'PRODID').value).toBe(ICS_PRODID);
    expect(prop(vcalendar, 'CALSCALE').value).toBe('GREGORIAN');
    expect(unescapeText(prop(vcalendar, 'X-WR-CALNAME').value)).toBe('Følgesvenn: frister');
    expect(unescapeText(prop(vcalendar, 'NAME').value)).toBe('Følgesvenn: frister');
  });

  it('uses CRLF and keeps every physical line within 75 octets', () => {
    for (const line of physicalLines(ics)) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('has one all-day event per dated milestone, estimates and undated ones left out', () => {
    const expected = milestones.filter((m) => m.date !== null && !m.approximate);
    expect(events).toHaveLength(expected.length);
    expect(events.length).toBe(11); // 15 rules less dialogmøte 3, friskmelding, the 39-week letter and maksdato
    const uids = events.map((e) => prop(e, 'UID').value);
    expect(uids).not.toContain(`maksdato-${day1}@folgesvenn.invalid`);
    expect(uids).not.toContain(`dialogmote-3-${day1}@folgesvenn.invalid`);
    expect(uids).not.toContain(`snart-slutt-pa-sykepengene-${day1}@folgesvenn.invalid`);
  });

  it.each(milestones.filter(isCalendarReady).map((m) => [m.id, m] as const))(
    '%s: UID, DTSTAMP, all-day DTSTART/DTEND, summary and description',
    (id, milestone) => {
      const event = events.find((e) => prop(e, 'UID').value === `${id}-${day1}@folgesvenn.invalid`);
      expect(event, `no event for ${id}`).toBeDefined();
      if (!event || milestone.date === null) return;
      expect(prop(event, 'DTSTAMP').value).toBe('20280112T080509Z');
      const start = prop(event, 'DTSTART');
      expect(start.params).toEqual({ VALUE: 'DATE' });
      expect(start.value).toBe(milestone.date.replaceAll('-', ''));
      const end = prop(event, 'DTEND');
      expect(end.params).toEqual({ VALUE: 'DATE' });
      const [y, m, d] = milestone.date.split('-').map(Number) as [number, number, number];
      const nextDay = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10).replaceAll('-', '');
      expect(end.value).toBe(nextDay);
      const summary = unescapeText(prop(event, 'SUMMARY').value);
      expect(summary.startsWith(milestone.rule.title)).toBe(true);
      if (milestone.senest) expect(summary).toContain('senest');
      const description = unescapeText(prop(event, 'DESCRIPTION').value);
      expect(description).toContain(milestone.rule.description);
      for (const basis of milestone.rule.legalBasis) expect(description).toContain(basis);
    },
  );

  it('spells out specific events exactly', () => {
    const byUid = (id: string) => events.find((e) => prop(e, 'UID').value === `${id}-${day1}@folgesvenn.invalid`);
    const plan = byUid('oppfolgingsplan') as Component;
    expect(unescapeText(prop(plan, 'SUMMARY').value)).toBe('Oppfølgingsplan klar – uke 4, senest 06.02.2028');
    expect(prop(plan, 'DTSTART').value).toBe('20280206');
    expect(prop(plan, 'DTEND').value).toBe('20280207');
    const aktivitet = byUid('aktivitetskrav') as Component;
    expect(prop(aktivitet, 'DTSTART').value).toBe('20280305'); // across 29 February
    const agp = byUid('arbeidsgiverperiode') as Component;
    expect(unescapeText(prop(agp, 'SUMMARY').value)).toBe('Arbeidsgiverperioden slutter – dag 16, 25.01.2028');
  });

  it('ends an event on the leap day on 1 March, and marks events as free time', () => {
    const leap = milestonesFor({ rules: TIMELINE_RULES, day1: '2028-01-05', today: day1, graded: false });
    const parsed = parseIcs(milestonesToIcs(leap, { calendarName: 'x', now })).children[0] as Component;
    const event = parsed.children.find((e) => prop(e, 'DTSTART').value === '20280229');
    expect(prop(event as Component, 'UID').value).toBe('aktivitetskrav-2028-01-05@folgesvenn.invalid');
    expect(prop(event as Component, 'DTEND').value).toBe('20280301');
    for (const e of events) expect(prop(e, 'TRANSP').value).toBe('TRANSPARENT');
  });

  it('keeps UIDs stable across exports, and distinct per day 1', () => {
    const later = milestonesToIcs(milestones, { calendarName: 'x', now: new Date(Date.UTC(2028, 5, 1)) });
    const uidsOf = (text: string) =>
      (parseIcs(text).children[0] as Component).children.map((e) => prop(e, 'UID').value).sort();
    expect(uidsOf(later)).toEqual(uidsOf(ics));
    const other = milestonesFor({ rules: TIMELINE_RULES, day1: '2027-12-20', today: '2028-01-12', graded: false });
    const otherUids = uidsOf(milestonesToIcs(other, { calendarName: 'x', now }));
    expect(otherUids.some((uid) => uidsOf(ics).includes(uid))).toBe(false);
    expect(new Set(uidsOf(ics)).size).toBe(events.length);
  });

  it('holds no personal data: only calendar and event properties we write, no free text from the user', () => {
    const allowed = new Set([
      'VERSION',
      'PRODID',
      'CALSCALE',
      'METHOD',
      'NAME',
      'X-WR-CALNAME',
      'UID',
      'DTSTAMP',
      'DTSTART',
      'DTEND',
      'SUMMARY',
      'DESCRIPTION',
      'TRANSP',
    ]);
    const walk = (c: Component): string[] => [...c.properties.map((p) => p.name), ...c.children.flatMap(walk)];
    for (const name of walk(calendar)) expect(allowed.has(name), name).toBe(true);
    const texts = TIMELINE_RULES.flatMap((r) => [r.title, r.description, r.responsible]);
    for (const event of events) {
      const description = unescapeText(prop(event, 'DESCRIPTION').value);
      const firstLine = description.split('\n')[0] ?? '';
      expect(texts).toContain(firstLine);
    }
    expect(ics).not.toMatch(/\b\d{11}\b/); // no fødselsnummer-like number
  });

  it('puts NAV’s maksdato in the calendar once the user has entered it', () => {
    const withMaks = milestonesFor({ rules: TIMELINE_RULES, day1, today: day1, graded: false, maksdato: '2029-01-19' });
    const parsed = parseIcs(milestonesToIcs(withMaks, { calendarName: 'x', now })).children[0] as Component;
    const maks = parsed.children.find((e) => prop(e, 'UID').value === `maksdato-${day1}@folgesvenn.invalid`);
    expect(maks).toBeDefined();
    if (!maks) return;
    expect(prop(maks, 'DTSTART').value).toBe('20290119');
    expect(unescapeText(prop(maks, 'SUMMARY').value)).toBe('Maksdato for sykepenger – Navs maksdato 19.01.2029');
  });

  it('notes "only if useful" on dialogmøte 1 for graded leave', () => {
    const graded = milestonesFor({ rules: TIMELINE_RULES, day1, today: day1, graded: true });
    const parsed = parseIcs(milestonesToIcs(graded, { calendarName: 'x', now })).children[0] as Component;
    const dm1 = parsed.children.find((e) => prop(e, 'UID').value === `dialogmote-1-${day1}@folgesvenn.invalid`);
    expect(unescapeText(prop(dm1 as Component, 'SUMMARY').value)).toBe(
      'Dialogmøte 1 – uke 7, 27.02.2028 (bare hvis nyttig)',
    );
    const ids = parsed.children.map((e) => prop(e, 'UID').value);
    expect(ids).not.toContain(`utdypende-sporsmal-uke-7-${day1}@folgesvenn.invalid`);
  });

  it('writes an empty but valid calendar when nothing is dated', () => {
    const empty = parseIcs(milestonesToIcs([], { calendarName: 'Tom', now }));
    expect((empty.children[0] as Component).children).toEqual([]);
  });

  it('refuses an invalid `now`', () => {
    expect(() => milestonesToIcs([], { calendarName: 'x', now: new Date(Number.NaN) })).toThrow(RangeError);
  });
});

describe('folding and escaping', () => {
  const rule: TimelineRule = {
    id: 'lang-tittel',
    title: `Særskilt øvelse på å få én, to; tre \\ fire: ${'blåbærsyltetøy og rødgrøt med fløte '.repeat(4)}`.trim(),
    description: 'Første linje.\nAndre linje, med komma; semikolon og \\ skråstrek.',
    timing: { kind: 'week-end', week: 2 },
    absence: 'full-or-partial',
    whenGraded: 'applies',
    senest: true,
    approximate: false,
    responsible: 'Arbeidsgiveren.',
    legalBasis: ['aml. § 4-6 tredje ledd'],
    exceptions: [],
    inForceSince: null,
    roles: ['leder'],
    sources: [{ document: 'timeline', section: '1. The milestone table' }],
    tableRow: '5',
  };
  const milestones: Milestone[] = milestonesFor({ rules: [rule], day1, today: day1, graded: false });
  const ics = milestonesToIcs(milestones, { calendarName: 'Tidslinje, privat; test \\ æøå', now });

  it('folds a long summary with æøå by octets, never inside a character, and unfolds to the same text', () => {
    const lines = physicalLines(ics);
    const summaryStart = lines.findIndex((l) => l.startsWith('SUMMARY:'));
    const folded = [lines[summaryStart] as string];
    for (let i = summaryStart + 1; lines[i]?.startsWith(' '); i++) folded.push(lines[i] as string);
    expect(folded.length).toBeGreaterThan(2);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (const line of folded) {
      const bytes = new TextEncoder().encode(line);
      expect(bytes.length).toBeLessThanOrEqual(75);
      expect(() => decoder.decode(bytes)).not.toThrow();
    }
    // Characters are fewer than octets here, so a char-based fold would have gone over.
    expect(folded.some((line) => line.length < octets(line))).toBe(true);
    const event = (parseIcs(ics).children[0] as Component).children[0] as Component;
    expect(unescapeText(prop(event, 'SUMMARY').value)).toBe(`${rule.title} – uke 2, senest 23.01.2028`);
  });

  it('escapes backslash, semicolon, comma and newlines in text values', () => {
    const event = (parseIcs(ics).children[0] as Component).children[0] as Component;
    const raw = prop(event, 'DESCRIPTION').value;
    expect(raw).toContain('Første linje.\\nAndre linje\\, med komma\\; semikolon og \\\\ skråstrek.');
    expect(unescapeText(raw).split('\n').slice(0, 2)).toEqual([
      'Første linje.',
      'Andre linje, med komma; semikolon og \\ skråstrek.',
    ]);
    const calendar = parseIcs(ics).children[0] as Component;
    expect(prop(calendar, 'X-WR-CALNAME').value).toBe('Tidslinje\\, privat\\; test \\\\ æøå');
  });

  it.each([
    ['a\\b', 'a\\\\b'],
    ['a;b,c', 'a\\;b\\,c'],
    ['linje 1\r\nlinje 2\nlinje 3\rlinje 4', 'linje 1\\nlinje 2\\nlinje 3\\nlinje 4'],
    ['kolon: blir stående', 'kolon: blir stående'],
  ])('escapeIcsText(%j) = %j', (input, expected) => {
    expect(escapeIcsText(input)).toBe(expected);
  });

  it.each([
    [75, 1],
    [76, 2],
    [75 + 74, 2],
    [75 + 74 + 1, 3],
  ])('an ASCII line of %i octets folds into %i line(s)', (length, count) => {
    const folded = foldIcsLine('x'.repeat(length)).split('\r\n');
    expect(folded).toHaveLength(count);
    for (const [i, line] of folded.entries()) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      if (i > 0) expect(line.startsWith(' ')).toBe(true);
    }
  });

  it('moves a two-octet letter whole to the next line when it would cross octet 75', () => {
    const line = `${'x'.repeat(74)}ø`; // 76 octets, 75 characters
    const [firstLine, second] = foldIcsLine(line).split('\r\n');
    expect(firstLine).toBe('x'.repeat(74));
    expect(second).toBe(' ø');
  });
});
