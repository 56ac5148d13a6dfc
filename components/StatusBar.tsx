import { describeNext, formatDateNb, type Milestone, whenOf } from '../domain/timeline';
import { nextText, whenText } from '../i18n/timeline-text';
import { t } from '../i18n/ui-text';

/** The next milestone, date first so it reads first; in a narrow panel the title wraps onto a second line. */
function nextShort(next: Milestone): string {
  if (next.date === null || next.approximate) {
    return t('common.status.undated', { title: next.rule.title, when: whenText(whenOf(next)) });
  }
  const values = { title: next.rule.title, date: formatDateNb(next.date) };
  return t(next.senest ? 'common.status.deadline' : 'common.status.milestone', values);
}

/**
 * The compact header that stays at the top while the panel scrolls: the next deadline and the guide's
 * progress, each a button to its full view. Shows nothing until there is one of them.
 */
export function StatusBar(props: {
  next: Milestone | null;
  progress: { done: number; total: number } | null;
  /** Unfolds the timeline and moves the focus there. */
  onOpenTimeline: () => void;
  /** Moves the focus to the open guide. */
  onFocusGuide: () => void;
}) {
  const { next, progress } = props;
  if (next === null && progress === null) return null;
  return (
    <nav class="status-bar" aria-label={t('common.status.label')}>
      {next !== null && (
        <button
          type="button"
          class="status-bar__next"
          onClick={props.onOpenTimeline}
          title={nextText(describeNext(next))}
          data-testid="status-next"
        >
          {nextShort(next)}
        </button>
      )}
      {progress !== null && (
        <button type="button" class="status-bar__progress" onClick={props.onFocusGuide} data-testid="status-progress">
          {t('common.status.progress', progress)}
        </button>
      )}
    </nav>
  );
}
