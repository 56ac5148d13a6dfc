import { useEffect, useRef } from 'preact/hooks';
import { ensureMessages, t } from '../i18n/ui-text';
import { Disclosure } from './Disclosure';
import { Loading } from './Loading';
import { lazyComponent } from './lazy';
import type { TimelineBodyActions, TimelineBodyProps } from './TimelineBody';

/** What the timeline raises: the case's dates, saving the milestones as a calendar file, folding and focus. */
export interface TimelineActions extends TimelineBodyActions {
  /** The user folded or unfolded the timeline. */
  onOpen: (open: boolean) => void;
  /** The timeline has taken the focus it was asked to take. */
  onFocused: () => void;
}

/**
 * The unfolded timeline's code, fetched when the timeline is first rendered (once the panel is ready,
 * folded), so it is in before anyone opens it; `preloadTimeline` starts it earlier.
 */
// The open timeline shows only once its text is in too (bokmål's on-demand messages).
const TimelineBody = lazyComponent(() =>
  Promise.all([import('./TimelineBody'), ensureMessages()]).then(([module]) => module.TimelineBody),
);

/** Starts fetching the unfolded timeline's code now. */
export function preloadTimeline(): Promise<unknown> {
  return TimelineBody.preload();
}

/**
 * The case's legal timeline, folded by default: the toggle (the next deadline in one sentence, or a
 * prompt for the first sick day) is part of the first view; the body (dates, milestones) is loaded on
 * demand and says so while it is not in yet.
 */
export function Timeline(
  props: Omit<TimelineBodyProps, keyof TimelineBodyActions> & {
    nextSentence: string;
    /** Unfolded (folded by default; once opened it stays open while dates are typed). */
    open: boolean;
    /** Asked to take the focus (the status bar's next-deadline button). */
    focus: boolean;
  } & TimelineActions,
) {
  const { nextSentence, open, focus, onOpen, onFocused, ...body } = props;
  const toggle = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!focus) return;
    toggle.current?.focus();
    onFocused();
  }, [focus, onFocused]);
  return (
    <Disclosure
      class="timeline"
      toggleClass="timeline__summary"
      toggleRef={toggle}
      open={open}
      onToggle={onOpen}
      summary={
        <span class="timeline__text">
          <span class="timeline__heading">{t('timeline.heading')}</span>
          <span class="timeline__next" data-testid="next-deadline">
            {props.firstSickDay === null ? t('timeline.prompt') : nextSentence}
          </span>
        </span>
      }
    >
      <TimelineBody {...body} fallback={<Loading text={t('timeline.body-loading')} />} />
    </Disclosure>
  );
}
