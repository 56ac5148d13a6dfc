import { useState } from 'preact/hooks';
import { DATE_MAX, DATE_MIN, formatDateNb } from '../domain/dates';
import { type Milestone, whenOf } from '../domain/timeline';
import { whenText } from '../i18n/timeline-text';
import { t } from '../i18n/ui-text';
import { Disclosure } from './Disclosure';

// What the unfolded timeline shows: the case's dates and its milestones. Loaded on demand
// (components/Timeline.tsx wraps it in lazyComponent): the first view shows the timeline folded.

/** What the timeline's body raises: the case's dates, and saving the milestones as a calendar file. */
export interface TimelineBodyActions {
  /** False when the date was refused (outside 1900–2200): nothing changed. */
  onFirstSickDay: (date: string | null) => boolean;
  onGraded: (graded: boolean) => void;
  /** False when the date was refused (outside 1900–2200): nothing changed. */
  onMaksdato: (date: string | null) => boolean;
  onExportIcs: () => void;
}

/** What the timeline's body shows. */
export interface TimelineBodyProps extends TimelineBodyActions {
  firstSickDay: string | null;
  graded: boolean;
  maksdato: string | null;
  today: string;
  currentWeek: number | null;
  milestones: readonly Milestone[];
  next: Milestone | null;
}

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
          <span class="visually-hidden"> ({t(`timeline.status.${milestone.status}`)})</span>
        </p>
        <p class="milestone__when">
          {whenText(whenOf(milestone))}
          {milestone.applies !== 'yes' && ` · ${t(`timeline.applies.${milestone.applies}`)}`}
        </p>
        <Disclosure class="milestone__details" summary={t('timeline.details')}>
          <p>{rule.description}</p>
          <p>
            <strong>{t('timeline.responsible')}</strong> {rule.responsible}
          </p>
          <p>
            <strong>{t('timeline.legal-basis')}</strong> {rule.legalBasis.join(', ')}
          </p>
          {rule.exceptions.length > 0 && (
            <ul>
              {rule.exceptions.map((exception) => (
                <li key={exception}>{exception}</li>
              ))}
            </ul>
          )}
          {rule.checkBeforeRelease && <p class="milestone__unconfirmed">{t('timeline.unconfirmed')}</p>}
        </Disclosure>
      </div>
    </li>
  );
}

/** A date input bounded to 1900–2200: a date outside is refused with a message under the field, nothing lost. */
function DateField(props: {
  id: string;
  label: string;
  value: string | null;
  onDate: (date: string | null) => boolean;
}) {
  const [refused, setRefused] = useState(false);
  const errorId = `${props.id}-error`;
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="date"
        min={DATE_MIN}
        max={DATE_MAX}
        value={props.value ?? ''}
        aria-invalid={refused ? 'true' : undefined}
        aria-describedby={refused ? errorId : undefined}
        onChange={(event) => {
          const input = event.currentTarget as HTMLInputElement;
          // A half-typed or impossible date reads as '' with badInput set: not a clearing of the field.
          if (input.value === '' && input.validity.badInput) return;
          setRefused(!props.onDate(input.value || null));
        }}
      />
      {refused && (
        <p id={errorId} class="field__error" role="alert">
          {t('timeline.date.out-of-range', { min: formatDateNb(DATE_MIN), max: formatDateNb(DATE_MAX) })}
        </p>
      )}
    </div>
  );
}

/** The unfolded timeline: dates in, milestones for the role with today marked, and the calendar file. */
export function TimelineBody(props: TimelineBodyProps) {
  const { milestones, next, today } = props;
  const todayIndex = milestones.findIndex((milestone) => milestone.status !== 'passed');
  return (
    <>
      <div class="timeline__dates">
        <DateField
          id="first-sick-day"
          label={t('timeline.first-sick-day')}
          value={props.firstSickDay}
          onDate={props.onFirstSickDay}
        />
        <label class="field field--inline">
          <input
            type="checkbox"
            checked={props.graded}
            onChange={(event) => props.onGraded((event.currentTarget as HTMLInputElement).checked)}
          />
          <span>{t('timeline.graded')}</span>
        </label>
        <DateField id="maksdato" label={t('timeline.maksdato')} value={props.maksdato} onDate={props.onMaksdato} />
      </div>
      {props.firstSickDay === null ? (
        <p class="empty">{t('timeline.empty')}</p>
      ) : (
        <>
          <p class="timeline__week">
            {props.currentWeek === null
              ? t('timeline.today.before', { date: formatDateNb(today) })
              : t('timeline.today.week', { date: formatDateNb(today), week: props.currentWeek })}
          </p>
          <ol class="timeline__list">
            {milestones.map((milestone, index) => (
              <>
                {index === todayIndex && (
                  <li
                    key="today"
                    class="milestone milestone--today"
                    aria-label={t('timeline.today.date', { date: formatDateNb(today) })}
                  >
                    <span class="milestone__marker" aria-hidden="true" />
                    <p class="milestone__title">{t('timeline.today')}</p>
                  </li>
                )}
                <MilestoneRow key={milestone.id} milestone={milestone} isNext={milestone === next} />
              </>
            ))}
          </ol>
          <p class="timeline__note">{t('timeline.note')}</p>
          <button type="button" class="button button--secondary" onClick={props.onExportIcs}>
            {t('timeline.export-ics')}
          </button>
        </>
      )}
    </>
  );
}
