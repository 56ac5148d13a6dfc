import type { ComponentChildren } from 'preact';
import { useErrorBoundary } from 'preact/hooks';
import { t } from './i18n';

/** Catches a rendering error in the panel and says so plainly, instead of leaving a half-drawn panel. */
export function ErrorBoundary(props: { children: ComponentChildren }) {
  const [error, reset] = useErrorBoundary();
  if (error) {
    return (
      <main class="panel" data-context="error" data-ready="true">
        <section class="notice notice--warning" role="alert">
          <h1 class="context__title">{t('site.error.title')}</h1>
          <p>{t('site.error.body')}</p>
          <button type="button" class="button" onClick={reset}>
            {t('site.error.retry')}
          </button>
        </section>
      </main>
    );
  }
  return <>{props.children}</>;
}
