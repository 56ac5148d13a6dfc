import { useCallback, useEffect } from 'preact/hooks';
import { CaseBar } from '../../components/CaseBar';
import { ContextHeader } from '../../components/ContextHeader';
import { DraftListPending } from '../../components/DraftListPending';
import { GuidePicker } from '../../components/GuidePicker';
import { GuideSearch } from '../../components/GuideSearch';
import { GuideView, preloadGuideParts } from '../../components/GuideView';
import { Icon } from '../../components/Icon';
import { Loading } from '../../components/Loading';
import { lazyComponent } from '../../components/lazy';
import { useShortcuts } from '../../components/Shortcuts';
import { AddSite, RolePicker } from '../../components/SiteAccess';
import { StatusBar } from '../../components/StatusBar';
import { Timeline } from '../../components/Timeline';
import type { MessageKey } from '../../content/messages/catalogue';
import { DEFAULT_KEEP_DAYS } from '../../domain/case';
import { ensureMessages, t, tCount } from '../../i18n/ui-text';
import type { SaveStatus } from './model/cases';
import type { PanelModel } from './panel-model';

const SAVE_TEXT: Record<SaveStatus, MessageKey | null> = {
  idle: null,
  pending: 'common.save.pending',
  saved: 'common.save.saved',
  error: 'common.save.error',
};

const EMPTY_CASE = { ticks: {}, notes: {}, scales: {}, choices: {} };

// What the first view does not show loads after it: the drafts (far below the guide), the folded
// shortcuts and settings at the bottom, and the question asked before a deletion or an import.
// The draft list shows only once its text is in too (bokmål's draft area loads on demand).
const DraftList = lazyComponent(() =>
  Promise.all([import('../../components/DraftList'), ensureMessages()]).then(([module]) => module.DraftList),
);
// So do the folded shortcuts and settings (their text is in bokmål's on-demand part too).
const ShortcutList = lazyComponent(() =>
  Promise.all([import('../../components/ShortcutList'), ensureMessages()]).then(([module]) => module.ShortcutList),
);
const Settings = lazyComponent(() =>
  Promise.all([import('../../components/Settings'), ensureMessages()]).then(([module]) => module.Settings),
);
const PendingQuestion = lazyComponent(() =>
  Promise.all([import('./PendingQuestion'), ensureMessages()]).then(([module]) => module.PendingQuestion),
);
const LATER_PARTS = [DraftList, ShortcutList, Settings, PendingQuestion];

/** Runs `run` when the browser is idle (or at the next turn where it cannot say); returns a cancel. */
function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 0);
  return () => clearTimeout(id);
}

/** The panel: what page this is, the case, the guide for it, the notes, and drafted text to copy. */
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

  // The field in focus, else the first with text: chosen once the drafting engine is in (model/drafts.ts).
  const copyFromKeyboard = useCallback((fieldId: string | null) => void model.copyDraft(fieldId), [model]);
  useShortcuts({
    onCopy: copyFromKeyboard,
    onTick: model.toggleTickOf,
    onFocusItem: model.focusItem,
    onGoToDrafts: model.form.value ? model.goToDrafts : null,
  });

  const context = model.context.value;
  const guide = model.guide.value;
  const form = model.form.value;
  // The form whole, with its fields: in with the drafting engine (the draft list waits for both).
  const draftForm = model.draftForm.value;
  const ready = model.ready.value;
  const choice = model.guideChoice.value;
  const active = model.activeCase.value;
  // The guide's printable handout, where it names one (content/handouts.ts).
  const handoutId = guide?.handout;
  const handout =
    handoutId === undefined
      ? undefined
      : {
          firstSickDay: active?.firstSickDay ?? null,
          onPrint: (withDates: boolean) => void model.printHandout(handoutId, withDates),
        };
  const pending = model.pending.value;
  // Once the first view is up, the parts it leaves out are fetched, so scrolling or a shortcut finds
  // them in place.
  useEffect(() => {
    if (!ready) return;
    return whenIdle(() => {
      for (const part of LATER_PARTS) void part.preload();
      void preloadGuideParts();
    });
  }, [ready]);
  // The drafting engine did not load: the panel's way out, as for a part whose code failed to load.
  if (model.draftingFailure.value) throw model.draftingFailure.value;

  return (
    <main class="panel" data-context={ready ? context.id : undefined} data-ready={ready ? 'true' : undefined}>
      {!ready ? (
        <Loading text={t('common.loading')} />
      ) : (
        <>
          <StatusBar
            next={active?.firstSickDay ? model.statusNext.value : null}
            progress={model.progress.value}
            onOpenTimeline={model.openTimeline}
            onFocusGuide={model.focusGuide}
          />
          <ContextHeader context={context} hasTab={model.tabId.value !== null} />
          {model.navPageUnread.value && (
            <p class="notice" role="status" data-testid="nav-page-unread">
              {t('site.nav-unread')}
            </p>
          )}
          {model.pageOrigin.value && (
            <RolePicker role={model.role.value} byHand={model.roleChosenByHand.value} onRole={model.setRole} />
          )}
          {context.id === 'unknown' && model.tabId.value !== null && (
            <AddSite
              origin={model.addableOrigin.value}
              message={model.siteMessage.value}
              looksLikeJournal={model.journalSuggestion.value !== null}
              onAdd={(origin) => void model.addJournalSite(origin)}
            />
          )}
          {model.notice.value && (
            <p class="notice" role="status">
              {model.notice.value}{' '}
              <button type="button" class="link-button" onClick={model.dismissNotice}>
                {t('common.close')}
              </button>
            </p>
          )}
          {model.quarantinedCount.value > 0 && (
            <div class="notice notice--warning" role="alert">
              <p>{tCount('common.quarantine', model.quarantinedCount.value)}</p>
              <button type="button" class="button button--secondary" onClick={() => void model.exportQuarantine()}>
                {t('common.quarantine.save')}
              </button>
            </div>
          )}
          <CaseBar
            cases={model.cases.value}
            active={active}
            today={model.clock.today()}
            labelWarning={model.labelWarning.value}
            defaultKeepDays={DEFAULT_KEEP_DAYS}
            onSwitch={model.switchCase}
            onNew={model.newCase}
            onLabel={model.setLabel}
            onKeep={model.setKeep}
            onExport={() => void model.exportActiveCase()}
            onImport={(file) => void model.importCase(file)}
            onDelete={model.askToDeleteCase}
            onDeleteEverything={model.askToDeleteEverything}
          />
          {pending && <PendingQuestion model={model} pending={pending} />}
          <Timeline
            firstSickDay={active?.firstSickDay ?? null}
            graded={active?.graded ?? false}
            maksdato={active?.maksdato ?? null}
            today={model.clock.today()}
            currentWeek={model.currentWeek.value}
            milestones={model.milestones.value}
            next={model.next.value}
            nextSentence={model.nextSentence.value}
            onFirstSickDay={model.setFirstSickDay}
            onGraded={model.setGraded}
            onMaksdato={model.setMaksdato}
            onExportIcs={model.exportIcs}
            open={model.timelineOpen.value}
            focus={model.focusTimeline.value}
            onOpen={model.setTimelineOpen}
            onFocused={model.timelineFocused}
          />
          <GuidePicker
            forPage={choice.forPage}
            others={choice.others}
            selectedId={model.chosenGuideId.value}
            onChoose={model.chooseGuide}
          />
          <GuideSearch
            query={model.searchQuery.value}
            hits={model.searchHits.value}
            onQuery={model.setSearchQuery}
            onOpen={model.openSearchHit}
          />
          {guide ? (
            <>
              <p class="save-state" aria-live="polite" data-save-state={model.saveStatus.value}>
                {SAVE_TEXT[model.saveStatus.value] && t(SAVE_TEXT[model.saveStatus.value] as MessageKey)}
                {model.saveError.value && ` – ${model.saveError.value}`}
              </p>
              <GuideView
                guide={guide}
                state={active ?? EMPTY_CASE}
                onGoToDrafts={form ? model.goToDrafts : undefined}
                focus={model.focusRequest.value}
                onFocused={model.itemFocused}
                focusTitle={model.focusGuideTitle.value}
                onTitleFocused={model.guideFocused}
                onNote={model.setNote}
                onTick={model.toggleTick}
                onScale={model.setScale}
                onChoice={model.setChoice}
                handout={handout}
              />
              <label class="free-notes">
                {t('common.free-notes')}
                <small>{t('common.free-notes.help')}</small>
                <textarea
                  value={active?.freeNotes ?? ''}
                  onInput={(event) => model.setFreeNotes((event.currentTarget as HTMLTextAreaElement).value)}
                />
              </label>
              {form && !draftForm && <DraftListPending formTitle={form.title} />}
              {form && draftForm && (
                <DraftList
                  fallback={<DraftListPending formTitle={form.title} />}
                  form={draftForm}
                  drafts={model.drafts.value}
                  blocked={model.blocked.value}
                  mismatch={model.formMismatch.value}
                  focusHeading={model.focusDrafts.value}
                  onFocused={model.draftsFocused}
                  languageModel={
                    model.languageModelReady.value
                      ? { ready: true, on: model.languageModelOn.value, onToggle: model.setLanguageModelOn }
                      : null
                  }
                  onCopy={(id, force) => void model.copyDraft(id, force)}
                  onCopyAll={(force) => void model.copyAll(force)}
                  onCancelBlocked={model.cancelBlocked}
                  onEdit={model.editDraft}
                  onRedraft={model.redraft}
                  onReword={(id) => void model.reword(id)}
                  insert={{
                    available: model.insert.available.value,
                    busy: model.insert.busy.value,
                    question: model.insert.question.value,
                    status: model.insert.status.value,
                    onInsert: (id, force) => void model.insert.insert(id, force),
                    onInsertAll: (force) => void model.insert.insertAll(force),
                    onAnswer: (choice) => void model.insert.answer(choice),
                  }}
                />
              )}
            </>
          ) : (
            <p class="empty">{t('common.no-guide')}</p>
          )}
          {active && (
            <button type="button" class="button button--secondary" onClick={() => void model.printSummary()}>
              <Icon name="print" />
              {t('common.print')}
            </button>
          )}
          <ShortcutList />
          <Settings
            sites={model.sites.value}
            onRemove={(origin) => void model.removeJournalSite(origin)}
            onGrant={(origin) => void model.addJournalSite(origin)}
            language={{
              setting: model.languageSetting.value,
              browserLanguage: model.browserLanguage(),
              onChange: (setting) => void model.setLanguage(setting),
            }}
          />
          <p class="privacy-note">{t('common.privacy')}</p>
        </>
      )}
      <p class="visually-hidden" aria-live="polite" role="status" data-testid="announcer">
        {model.announcement.value}
      </p>
    </main>
  );
}
