import type { ComponentChildren } from 'preact';
import { useEffect, useErrorBoundary, useRef, useState } from 'preact/hooks';
import { t } from '../i18n/ui-text';

/** The way out of a panel that cannot render: try again, save every stored thing as a file, or delete it all. */
export interface Recovery {
  /** Starts the panel afresh (a reload: the model is rebuilt from storage). */
  retry: () => void;
  /** Saves everything stored (cases, quarantine, settings) as one file the user keeps. */
  saveAll: () => Promise<void>;
  /** Deletes everything stored, then starts afresh. */
  deleteAll: () => Promise<void>;
}

type Step = 'idle' | 'confirm-delete' | 'saved' | 'failed';

/** The error screen: says plainly what happened, and offers «Lagre data som fil» and «Slett alt» so no stored state locks the user out. */
export function ErrorScreen(props: { recovery: Recovery }) {
  const { recovery } = props;
  const [step, setStep] = useState<Step>('idle');
  const [busy, setBusy] = useState(false);
  const confirmYes = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (step === 'confirm-delete') confirmYes.current?.focus();
  }, [step]);
  async function run(action: () => Promise<void>, done: Step) {
    setBusy(true);
    try {
      await action();
      setStep(done);
    } catch {
      setStep('failed');
    } finally {
      setBusy(false);
    }
  }
  return (
    <main class="panel" data-context="error" data-ready="true">
      <section class="notice notice--warning" role="alert" aria-labelledby="error-title">
        <h1 class="context__title" id="error-title">
          {t('site.error.title')}
        </h1>
        <p>{t('site.error.body')}</p>
      </section>
      <div class="case__actions">
        <button type="button" class="button" onClick={recovery.retry}>
          {t('site.error.retry')}
        </button>
        <button
          type="button"
          class="button button--secondary"
          disabled={busy}
          onClick={() => void run(recovery.saveAll, 'saved')}
        >
          {t('site.error.save-all')}
        </button>
        <button
          type="button"
          class="button button--secondary"
          disabled={busy}
          aria-expanded={step === 'confirm-delete'}
          onClick={() => setStep('confirm-delete')}
        >
          {t('case.delete-everything')}
        </button>
      </div>
      {step === 'saved' && (
        <p class="notice" role="status">
          {t('site.error.saved')}
        </p>
      )}
      {step === 'failed' && (
        <p class="notice notice--warning" role="alert">
          {t('site.error.action-failed')}
        </p>
      )}
      {step === 'confirm-delete' && (
        <section class="confirm" role="alertdialog" aria-labelledby="error-confirm">
          <p id="error-confirm">{t('common.confirm.delete-everything')}</p>
          <div class="confirm__buttons">
            <button
              ref={confirmYes}
              type="button"
              class="button button--danger"
              disabled={busy}
              onClick={() => void run(recovery.deleteAll, 'idle')}
            >
              {t('common.confirm.delete-everything.yes')}
            </button>
            <button type="button" class="button button--secondary" onClick={() => setStep('idle')}>
              {t('common.cancel')}
            </button>
          </div>
        </section>
      )}
    </main>
  );
}

/** Catches a rendering error in the panel and shows the error screen instead of a half-drawn panel. */
export function ErrorBoundary(props: { recovery: Recovery; children: ComponentChildren }) {
  const [error] = useErrorBoundary();
  if (error) return <ErrorScreen recovery={props.recovery} />;
  return <>{props.children}</>;
}
