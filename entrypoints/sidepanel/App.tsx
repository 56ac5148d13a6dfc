import { useEffect } from 'preact/hooks';
import { ContextHeader } from '../../components/ContextHeader';
import { DraftList } from '../../components/DraftList';
import { GuidePicker } from '../../components/GuidePicker';
import { GuideView } from '../../components/GuideView';
import { SOURCE_SECTIONS } from '../../content/sources';
import type { PanelModel } from './panel-model';

const SAVE_TEXT = {
  idle: '',
  pending: 'Lagrer …',
  saved: 'Lagret',
  error: 'Ikke lagret',
} as const;

function documentTitle(document: string): string {
  return (SOURCE_SECTIONS as Record<string, { title: string } | undefined>)[document]?.title ?? document;
}

/** The panel: what page this is, the guide for it, the notes, and drafted text to copy. */
export function App(props: { model: PanelModel }) {
  const { model } = props;
  useEffect(() => {
    void model.start();
    const onHide = () => {
      if (document.visibilityState === 'hidden') void model.flush();
    };
    document.addEventListener('visibilitychange', onHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      model.stop();
    };
  }, [model]);

  const context = model.context.value;
  const guide = model.guide.value;
  const form = model.form.value;
  const ready = model.ready.value;
  const choice = model.guideChoice.value;

  return (
    <main class="panel" data-context={ready ? context.id : undefined} data-ready={ready ? 'true' : undefined}>
      {!ready ? (
        <p class="loading" role="status">
          Leser siden …
        </p>
      ) : (
        <>
          <ContextHeader context={context} hasTab={model.tabId.value !== null} />
          {model.quarantinedCount.value > 0 && (
            <p class="notice notice--warning" role="alert">
              Noe av det som var lagret, passet ikke lenger og er lagt til side ({model.quarantinedCount.value}{' '}
              oppføringer). Resten er lastet inn som vanlig.
            </p>
          )}
          <GuidePicker
            forPage={choice.forPage}
            others={choice.others}
            selectedId={guide?.id ?? null}
            onChoose={model.chooseGuide}
          />
          {guide ? (
            <>
              <p class="save-state" aria-live="polite" data-save-state={model.saveStatus.value}>
                {SAVE_TEXT[model.saveStatus.value]}
                {model.saveError.value && ` – ${model.saveError.value}`}
              </p>
              <GuideView
                guide={guide}
                state={model.state.value}
                documentTitle={documentTitle}
                onNote={model.setNote}
                onTick={model.toggleTick}
                onScale={model.setScale}
              />
              {form && <DraftList form={form} drafts={model.drafts.value} onCopy={(id) => void model.copyDraft(id)} />}
            </>
          ) : (
            <p class="empty">Velg en samtaleguide for å komme i gang.</p>
          )}
          <p class="privacy-note">Notatene blir på denne maskinen og slettes når nettleseren lukkes.</p>
        </>
      )}
      <p class="visually-hidden" aria-live="polite" role="status" data-testid="announcer">
        {model.announcement.value}
      </p>
    </main>
  );
}
