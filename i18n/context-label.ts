import type { MessageKey } from '../content/messages/catalogue';
import type { DetectedContext } from '../domain/page-context';
import { t } from './ui-text';

/**
 * A page context's name in the UI language: its catalogue text (`guide.context.<id>`), or its bokmål
 * `label` while bokmål's on-demand part (which holds the names) is not in yet, or for an id the
 * catalogue lacks. In bokmål the two are the same (a test holds them so).
 */
export function contextLabel(context: Pick<DetectedContext, 'id' | 'label'>): string {
  const key = `guide.context.${context.id}` as MessageKey;
  const text = t(key);
  return text === key ? context.label : text;
}
