import type { DetectedContext } from '../domain/page-context';
import { contextLabel } from '../i18n/context-label';
import { t } from '../i18n/ui-text';

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
