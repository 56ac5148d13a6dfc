import { DEFAULT_CATALOGUE, type MessageKey } from '../content/messages/catalogue';
import type { DetectedContext } from '../domain/page-context';
import { t } from './i18n';

/** The catalogue key of a page context's name: `guide.context.<id>`. */
export function contextLabelKey(contextId: string): MessageKey | null {
  const key = `guide.context.${contextId}`;
  return Object.hasOwn(DEFAULT_CATALOGUE, key) ? (key as MessageKey) : null;
}

/** A page context's name in the UI language (its bokmål `label` for an id the catalogue lacks). */
export function contextLabel(context: Pick<DetectedContext, 'id' | 'label'>): string {
  const key = contextLabelKey(context.id);
  return key === null ? context.label : t(key);
}

/** Says which page the panel recognised, or plainly that it did not. */
export function ContextHeader(props: { context: DetectedContext; hasTab: boolean }) {
  const { context, hasTab } = props;
  if (context.audience === null) {
    return (
      <section class="context context--unknown" aria-labelledby="context-title">
        <h1 id="context-title" class="context__title">
          {t('guide.context.unknown')}
        </h1>
        <p class="context__text">{hasTab ? t('guide.page.unknown-tab') : t('guide.page.no-tab')}</p>
      </section>
    );
  }
  return (
    <section class="context" aria-labelledby="context-title">
      <p class="context__kicker">{t('guide.page.recognised')}</p>
      <h1 id="context-title" class="context__title">
        {contextLabel(context)}
      </h1>
      {context.audience === 'arbeidstaker' ? (
        <p class="context__text">{t('guide.page.for-employee')}</p>
      ) : (
        <p class="visually-hidden">{t('guide.page.role', { role: t(`guide.role.${context.audience}`) })}</p>
      )}
    </section>
  );
}
