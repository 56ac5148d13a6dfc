import { t } from '../i18n/ui-text';

/**
 * The compact header that stays at the top while the panel scrolls: the next deadline and the guide's
 * progress, each a button to its full view. Shows nothing until there is one of them. The next
 * milestone comes worded (i18n/timeline-text.ts `statusText`, through the timeline's lazily loaded
 * engine), so the panel's first view carries none of the timeline's code.
 */
export function StatusBar(props: {
  /** The next milestone in words: the button's text (date first) and its title (the full sentence). */
  next: { readonly text: string; readonly title: string } | null;
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
          title={next.title}
          data-testid="status-next"
        >
          {next.text}
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
