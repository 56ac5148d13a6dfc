import { computed, signal } from '@preact/signals';
import { shown, type UiText } from '../../../i18n/ui-text';

/** What the panel tells the user: the spoken announcement, and the notice that stays until closed. */
export function createFeedback() {
  const announcement = signal('');
  // A notice stays on screen, so it is kept as a key and follows a language switch.
  const noticeText = signal<UiText | null>(null);
  const notice = computed(() => shown(noticeText.value));
  return {
    /** Said once by the screen reader (the panel's live region). */
    announcement,
    noticeText,
    notice,
    announce(text: string): void {
      announcement.value = text;
    },
    dismissNotice(): void {
      noticeText.value = null;
    },
  };
}

/** The feedback area's shape. */
export type Feedback = ReturnType<typeof createFeedback>;
