import { useState } from 'preact/hooks';
import { describeWhen, formatDateNb, type Milestone } from '../domain/timeline';

/** What the timeline raises: the case's dates, and saving the milestones as a calendar file. */
export interface TimelineActions {
  onFirstSickDay: (date: string | null) => void;
  onGraded: (graded: boolean) => void;
  onMaksdato: (date: string | null) => void;
  onExportIcs: () => void;
}

const STATUS_TEXT: Record<Milestone['status'], string> = {
  passed: 'passert',
  due: 'snart',
  upcoming: 'kommer',
  undated: 'uten dato',
};

function MilestoneRow(props: { milestone: Milestone; isNext: boolean }) {
  const { milestone, isNext } = props;
  const rule = milestone.rule;
  return (
    <li
      class={`milestone milestone--${milestone.status}${isNext ? ' milestone--next' : ''}`}
      data-milestone={milestone.id}
    >
      <span class="milestone__marker" aria-hidden="true" />
      <div class="milestone__body">
        <p class="milestone__title">
          {rule.title}
          <span class="visually-hidden"> ({STATUS_TEXT[milestone.status]})</span>
        </p>
        <p class="milestone__when">
          {describeWhen(milestone)}
          {milestone.applies === 'if-useful' && ' · ved gradert sykmelding bare hvis det er nyttig'}
          {milestone.applies === 'fulfilled' && ' · regnes som oppfylt ved gradert sykmelding'}
        </p>
        <details class="milestone__details">
          <summary>Lovgrunnlag og unntak</summary>
          <p>{rule.description}</p>
          <p>
            <strong>Ansvar:</strong> {rule.responsible}
          </p>
          <p>
            <strong>Lovgrunnlag:</strong> {rule.legalBasis.join(', ')}
          </p>
          {rule.exceptions.length > 0 && (
            <ul>
              {rule.exceptions.map((exception) => (
                <li key={exception}>{exception}</li>
              ))}
            </ul>
          )}
          {rule.checkBeforeRelease && <p class="milestone__unconfirmed">Ikke endelig bekreftet: sjekk hos Nav.</p>}
        </details>
      </div>
    </li>
  );
}

/** The case's legal timeline: dates in, milestones for the role with today marked, the next deadline in one sentence. */
export function Timeline(
  props: {
    firstSickDay: string | null;
    graded: boolean;
    maksdato: string | null;
    today: string;
    currentWeek: number | null;
    milestones: readonly Milestone[];
    next: Milestone | null;
    nextSentence: string;
  } & TimelineActions,
) {
  const { milestones, next, today } = props;
  const todayIndex = milestones.findIndex((milestone) => milestone.status !== 'passed');
  // Folded by default (the summary says what is next); once opened it stays open while dates are typed.
  const [open, setOpen] = useState(false);
  return (
    <details
      class="timeline"
      open={open}
      onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}
    >
      <summary class="timeline__summary">
        <span class="timeline__heading">Tidslinje</span>
        <span class="timeline__next" data-testid="next-deadline">
          {props.firstSickDay === null ? 'Legg inn første sykedag' : props.nextSentence}
        </span>
      </summary>
      <div class="timeline__dates">
        <label class="field">
          <span>Første sykedag</span>
          <input
            type="date"
            value={props.firstSickDay ?? ''}
            onChange={(event) => props.onFirstSickDay((event.currentTarget as HTMLInputElement).value || null)}
          />
        </label>
        <label class="field field--inline">
          <input
            type="checkbox"
            checked={props.graded}
            onChange={(event) => props.onGraded((event.currentTarget as HTMLInputElement).checked)}
          />
          <span>Gradert sykmelding (delvis i arbeid)</span>
        </label>
        <label class="field">
          <span>Maksdato fra Nav (hvis du har den)</span>
          <input
            type="date"
            value={props.maksdato ?? ''}
            onChange={(event) => props.onMaksdato((event.currentTarget as HTMLInputElement).value || null)}
          />
        </label>
      </div>
      {props.firstSickDay === null ? (
        <p class="empty">Med første sykedag viser Følgesvenn fristene i loven, regnet slik Nav regner dem.</p>
      ) : (
        <>
          <p class="timeline__week">
            I dag, {formatDateNb(today)}:{' '}
            {props.currentWeek === null ? 'før første sykedag' : `uke ${props.currentWeek}`}
          </p>
          <ol class="timeline__list">
            {milestones.map((milestone, index) => (
              <>
                {index === todayIndex && (
                  <li key="today" class="milestone milestone--today" aria-label={`I dag, ${formatDateNb(today)}`}>
                    <span class="milestone__marker" aria-hidden="true" />
                    <p class="milestone__title">I dag</p>
                  </li>
                )}
                <MilestoneRow key={milestone.id} milestone={milestone} isNext={milestone === next} />
              </>
            ))}
          </ol>
          <p class="timeline__note">
            Maksdato er omtrent uke 52; bare Nav kan si den eksakte datoen. Fristene gjelder full eller gradert
            sykmelding slik det står ved hver av dem.
          </p>
          <button type="button" class="button button--secondary" onClick={props.onExportIcs}>
            Lagre fristene i kalenderen (.ics)
          </button>
        </>
      )}
    </details>
  );
}
