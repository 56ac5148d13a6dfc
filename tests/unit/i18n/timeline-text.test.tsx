// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CaseBar } from '../../../components/CaseBar';
import { ScaleChart } from '../../../components/ScaleChart';
import { preloadTimeline, Timeline } from '../../../components/Timeline';
import { TIMELINE_RULES } from '../../../content/timeline-rules';
import { createCase } from '../../../domain/case';
import { type ImportProblem, importProblemParams } from '../../../domain/case-transfer';
import { LANGUAGES } from '../../../domain/i18n';
import {
  describeNext,
  describeWhen,
  type MilestonePlacement,
  type MilestoneWhen,
  milestonesFor,
  type NextDescription,
  nextDeadline,
  nextMilestone,
  whenOf,
} from '../../../domain/timeline';
import { nextText, placementText, statusText, whenText } from '../../../i18n/timeline-text';
import { applyLanguage, t } from '../../../i18n/ui-text';

// The domain says what is next and why an import failed as codes; these tests check that the UI words
// every code in all three languages, and that bokmål reads exactly as it did before the codes.

const day1 = '2028-01-10';

/** One of each placement: a Record, so a new kind without an entry here fails tsc. */
const PLACEMENTS: Record<MilestonePlacement['kind'], MilestonePlacement> = {
  day: { kind: 'day', day: 16 },
  week: { kind: 'week', week: 4 },
  'after-week': { kind: 'after-week', week: 17 },
  'about-week': { kind: 'about-week', week: 52 },
  'before-meeting': { kind: 'before-meeting' },
  'on-request': { kind: 'on-request' },
  period: { kind: 'period', weeks: 12 },
  'nav-maksdato': { kind: 'nav-maksdato' },
};

const WHENS: Record<MilestoneWhen['kind'], MilestoneWhen> = {
  'without-date': { kind: 'without-date', placement: PLACEMENTS['about-week'] },
  dated: { kind: 'dated', placement: PLACEMENTS.day, date: '2028-01-25' },
  senest: { kind: 'senest', placement: PLACEMENTS.week, date: '2028-02-06' },
  nav: { kind: 'nav', placement: PLACEMENTS['nav-maksdato'], date: '2029-01-19' },
};

const NEXTS: Record<NextDescription['kind'], NextDescription> = {
  none: { kind: 'none' },
  deadline: { kind: 'deadline', title: 'Oppfølgingsplan klar', when: WHENS.senest },
  milestone: { kind: 'milestone', title: 'Maksdato for sykepenger', when: WHENS.nav },
};

/** What the panel says for each import problem (e2e tests match on some of it); the caps name their limit. */
const IMPORT_TEXT_NB: Record<ImportProblem, string> = {
  'too-large': 'Filen er for stor til å være en Følgesvenn-sak (større enn 5 MB). Ingenting er endret.',
  'not-json': 'Filen er ikke en Følgesvenn-sak (ikke gyldig JSON).',
  'wrong-format': 'Filen er ikke en Følgesvenn-sak.',
  'newer-version': 'Filen er laget av en nyere Følgesvenn. Oppdater utvidelsen og prøv igjen.',
  'no-case': 'Fant ingen sak i filen.',
  'too-many-entries':
    'Filen har flere oppføringer i én liste enn en Følgesvenn-sak kan ha (høyst 2\u00a0000 notater, avkrysninger eller svar). Ingenting er endret.',
  'note-too-long':
    'Et notat i filen er lengre enn en Følgesvenn-sak tillater (høyst 1\u00a0000\u00a0000 tegn per notat). Ingenting er endret.',
  'too-much-text':
    'Filen har mer tekst enn en Følgesvenn-sak kan ha (høyst 2\u00a0000\u00a0000 tegn i alt). Ingenting er endret.',
};

/** An import problem's text, with the limit it names. */
const importText = (problem: ImportProblem) => t(`case.import.${problem}`, importProblemParams(problem));

/** Every code's text in the current language. */
function allTexts(): string[] {
  return [
    ...Object.values(PLACEMENTS).map(placementText),
    ...Object.values(WHENS).map(whenText),
    ...Object.values(NEXTS).map(nextText),
    ...Object.keys(IMPORT_TEXT_NB).map((problem) => importText(problem as ImportProblem)),
  ];
}

afterEach(async () => {
  cleanup();
  await applyLanguage('nb');
});

describe('timeline and import codes in words', () => {
  it.each([
    ['leder', '2028-01-10', 'Neste frist: Oppfølgingsplan klar (uke 4, senest 06.02.2028).'],
    ['leder', '2028-02-07', 'Neste frist: Dialogmøte 1 (uke 7, senest 27.02.2028).'],
    ['leder', '2028-03-06', 'Neste frist: Oppdatert oppfølgingsplan sendt til Nav (uke 25, senest 02.07.2028).'],
    ['veileder', '2028-07-03', 'Neste frist: Dialogmøte 2 (uke 26, senest 09.07.2028).'],
    ['lege', '2028-01-10', 'Neste frist: Oppfølgingsplan sendt til sykmelder (uke 4, senest 06.02.2028).'],
    ['lege', '2028-07-10', 'Ingen flere frister i tidslinjen for dette sykefraværet.'],
  ] as const)('bokmål next deadline for %s on %s: %s', (role, today, sentence) => {
    const milestones = milestonesFor({ rules: TIMELINE_RULES, day1, today, graded: false, role });
    expect(nextText(describeNext(nextDeadline(milestones)))).toBe(sentence);
  });

  it.each([
    ['leder', '2028-01-10', 'Neste milepæl: Arbeidsgiverperioden slutter (dag 16, 25.01.2028).'],
    ['veileder', '2028-03-06', 'Neste milepæl: Nav spør om behov for dialogmøte (etter uke 17, 08.05.2028).'],
    ['leder', '2028-07-10', 'Neste milepæl: Brev om at sykepengene snart tar slutt (ca. uke 39).'],
    ['leder', '2028-10-10', 'Neste milepæl: Maksdato for sykepenger (ca. uke 52).'],
  ] as const)('bokmål next milestone for %s on %s: %s', (role, today, sentence) => {
    const milestones = milestonesFor({ rules: TIMELINE_RULES, day1, today, graded: false, role });
    expect(nextText(describeNext(nextMilestone(milestones)))).toBe(sentence);
  });

  it('words the status bar’s button: a deadline and a milestone date first, an estimate by its week', () => {
    const at = (today: string) => milestonesFor({ rules: TIMELINE_RULES, day1, today, graded: false, role: 'leder' });
    const deadline = nextDeadline(at('2028-01-10'));
    const dated = nextMilestone(at('2028-01-10'));
    const estimate = nextMilestone(at('2028-07-10'));
    if (!deadline || !dated || !estimate) throw new Error('the rules give a next deadline and milestones');
    expect(statusText(deadline)).toEqual({
      text: 'Frist 06.02.2028: Oppfølgingsplan klar',
      title: 'Neste frist: Oppfølgingsplan klar (uke 4, senest 06.02.2028).',
    });
    expect(statusText(dated)).toEqual({
      text: 'Neste 25.01.2028: Arbeidsgiverperioden slutter',
      title: 'Neste milepæl: Arbeidsgiverperioden slutter (dag 16, 25.01.2028).',
    });
    expect(statusText(estimate).text).toBe('Neste: Brev om at sykepengene snart tar slutt (ca. uke 39)');
  });

  it('words NAV’s maksdato with its date', () => {
    expect(nextText(NEXTS.milestone)).toBe('Neste milepæl: Maksdato for sykepenger (Navs maksdato 19.01.2029).');
  });

  it('bokmål in the panel reads as the calendar file does, for every milestone', () => {
    for (const maksdato of [undefined, '2029-01-19']) {
      const milestones = milestonesFor({
        rules: TIMELINE_RULES,
        day1,
        today: day1,
        graded: false,
        ...(maksdato ? { maksdato } : {}),
      });
      for (const milestone of milestones)
        expect(whenText(whenOf(milestone)), milestone.id).toBe(describeWhen(milestone));
    }
  });

  it('counts a period of weeks: one week, twelve weeks', async () => {
    expect(placementText({ kind: 'period', weeks: 1 })).toBe('inntil 1 uke');
    expect(placementText(PLACEMENTS.period)).toBe('inntil 12 uker');
    await applyLanguage('nn');
    expect(placementText(PLACEMENTS.period)).toBe('inntil 12 veker');
    await applyLanguage('en');
    expect(placementText({ kind: 'period', weeks: 1 })).toBe('up to 1 week');
  });

  it('bokmål import messages are unchanged', () => {
    for (const [problem, text] of Object.entries(IMPORT_TEXT_NB))
      expect(importText(problem as ImportProblem)).toBe(text);
  });

  it('every code has its own text in each language, placeholders filled', async () => {
    const nb = allTexts();
    for (const language of LANGUAGES) {
      await applyLanguage(language);
      const texts = allTexts();
      expect(texts.filter((text) => text.trim() === '' || /[{}]/.test(text))).toEqual([]);
      if (language !== 'nb') {
        // Sentences are translated (short ones like "dag 16" may read the same).
        const copied = texts.filter((text, index) => text === nb[index] && text.split(/\s+/).length >= 4);
        expect(copied, language).toEqual([]);
      }
    }
  });

  it('nynorsk and English word the next deadline in their own words', async () => {
    await applyLanguage('nn');
    expect(nextText(NEXTS.deadline)).toBe('Neste frist er Oppfølgingsplan klar (veke 4, seinast 06.02.2028).');
    await applyLanguage('en');
    expect(nextText(NEXTS.deadline)).toBe('Next deadline: Oppfølgingsplan klar (week 4, by 06.02.2028).');
    expect(nextText(NEXTS.none)).toBe('No more deadlines on the timeline for this sick leave.');
  });
});

describe('the components follow the language', () => {
  const noop = () => undefined;
  // The unfolded timeline is loaded on demand (components/Timeline.tsx): have it in before rendering.
  // renderTimeline shows it unfolded: what is folded away is hidden, as it is from a user.
  beforeAll(() => preloadTimeline());

  function renderTimeline(today: string) {
    const milestones = milestonesFor({ rules: TIMELINE_RULES, day1, today, graded: false, role: 'leder' });
    const next = nextDeadline(milestones);
    return render(
      <Timeline
        firstSickDay={day1}
        graded={false}
        maksdato={null}
        today={today}
        currentWeek={4}
        milestones={milestones}
        next={next}
        nextSentence={nextText(describeNext(next))}
        onFirstSickDay={() => true}
        onGraded={noop}
        onMaksdato={() => true}
        onExportIcs={noop}
        open
        focus={false}
        onOpen={noop}
        onFocused={noop}
      />,
    );
  }

  it('the timeline in bokmål, nynorsk and English', async () => {
    const today = '2028-02-01';
    const view = renderTimeline(today);
    expect(view.container.querySelector('.timeline__week')?.textContent).toBe('I dag, 01.02.2028: uke 4');
    expect(screen.getByLabelText('I dag, 01.02.2028')).toBeTruthy();
    expect(view.container.querySelector('[data-milestone="oppfolgingsplan"] .milestone__when')?.textContent).toBe(
      'uke 4, senest 06.02.2028',
    );
    cleanup();
    await applyLanguage('nn');
    const nn = renderTimeline(today);
    expect(screen.getByLabelText('Første sjukedag')).toBeTruthy();
    expect(nn.container.querySelector('.timeline__week')?.textContent).toBe('I dag, 01.02.2028: veke 4');
    expect(nn.container.querySelector('[data-milestone="oppfolgingsplan"] .milestone__title')?.textContent).toContain(
      '(snart)',
    );
    cleanup();
    await applyLanguage('en');
    const en = renderTimeline(today);
    expect(en.container.querySelector('.timeline__week')?.textContent).toBe('Today, 01.02.2028: week 4');
    expect(screen.getByRole('button', { name: 'Save the deadlines to your calendar (.ics)' })).toBeTruthy();
  });

  it('the graded notes on a milestone', async () => {
    const milestones = milestonesFor({ rules: TIMELINE_RULES, day1, today: day1, graded: true, role: 'leder' });
    await applyLanguage('nn');
    const view = render(
      <Timeline
        firstSickDay={day1}
        graded
        maksdato={null}
        today={day1}
        currentWeek={1}
        milestones={milestones}
        next={null}
        nextSentence=""
        onFirstSickDay={() => true}
        onGraded={noop}
        onMaksdato={() => true}
        onExportIcs={noop}
        open={false}
        focus={false}
        onOpen={noop}
        onFocused={noop}
      />,
    );
    const notes = Array.from(view.container.querySelectorAll('.milestone__when'), (row) => row.textContent ?? '');
    const graded = notes.filter((text) => text.includes(' · '));
    expect(graded.length).toBeGreaterThan(0);
    expect(graded.every((text) => /sjukmelding/.test(text))).toBe(true);
  });

  it('the scale chart counts its answers', async () => {
    const answers = [
      { value: 4, date: '2028-01-10' },
      { value: 6, date: '2028-01-17' },
    ];
    const view = render(<ScaleChart title="Mestringstro" answers={answers} min={0} max={10} />);
    expect(view.container.querySelector('figcaption')?.textContent).toBe(
      'Siste svar 6 av 10 (17.01.28), 2 svar i alt.',
    );
    cleanup();
    await applyLanguage('en');
    const one = render(<ScaleChart title="Mestringstro" answers={answers.slice(0, 1)} min={0} max={10} />);
    expect(one.container.querySelector('figcaption')?.textContent).toBe(
      'Latest answer 4 of 10 (10.01.28), 1 answer in all.',
    );
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      'Change over time. Latest answer 4 of 10 (10.01.28), 1 answer in all.',
    );
  });

  it('the case bar in nynorsk', async () => {
    await applyLanguage('nn');
    const record = {
      ...createCase({ id: 'a', label: 'Sak 1', role: null, now: '2028-01-10T10:00:00Z' }),
      keepUntil: '2028-02-08',
    };
    const actions = {
      onSwitch: noop,
      onNew: noop,
      onLabel: noop,
      onKeep: noop,
      onExport: noop,
      onImport: noop,
      onDelete: noop,
      onDeleteEverything: noop,
    };
    render(
      <CaseBar
        cases={[record]}
        active={record}
        today="2028-01-10"
        labelWarning={null}
        defaultKeepDays={30}
        {...actions}
      />,
    );
    expect(screen.getByTestId('storage-mode').textContent).toBe('Blir lagra på denne maskina til 08.02.2028.');
    fireEvent.click(screen.getByRole('button', { name: 'Om saka og lagring', expanded: false }));
    // The details come on demand, with their text.
    expect(await screen.findByRole('button', { name: 'Slett saka' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Sak' })).toBeTruthy();
  });
});
