import { t } from '../i18n/ui-text';

/**
 * Where the drafts go while their code is fetched: the same heading and a short status, so the panel
 * does not jump when the list comes in.
 */
export function DraftListPending(props: { formTitle: string }) {
  return (
    <section class="drafts" aria-busy="true" aria-labelledby="drafts-pending-title" data-testid="drafts-pending">
      <div class="drafts__head">
        <h2 id="drafts-pending-title" class="drafts__title">
          {t('draft.title', { form: props.formTitle })}
        </h2>
      </div>
      <p role="status">{t('draft.loading')}</p>
    </section>
  );
}
