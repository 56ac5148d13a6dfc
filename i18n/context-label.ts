import { BOKMAAL_AT_START, type MessageKey } from '../content/messages/catalogue';
import type { DetectedContext } from '../domain/page-context';
import { t } from './ui-text';

/** The catalogue key of a page context's name: `guide.context.<id>`. */
function contextLabelKey(contextId: string): MessageKey | null {
  const key = `guide.context.${contextId}`;
  return Object.hasOwn(BOKMAAL_AT_START, key) ? (key as MessageKey) : null;
}

/** A page context's name in the UI language (its bokmål `label` for an id the catalogue lacks). */
export function contextLabel(context: Pick<DetectedContext, 'id' | 'label'>): string {
  const key = contextLabelKey(context.id);
  return key === null ? context.label : t(key);
}
