import { type ReadonlySignal, signal } from '@preact/signals';
import { type CaseRecord, keepUntilFor } from '../../../domain/case';
import type { ImportFile } from '../../../domain/case-transfer';
import { unreachable } from '../../../domain/exhaustive';
import { choiceItemIdsOf, type GuideLibrary } from '../../../domain/guide';
import type { TargetFormSummary } from '../../../domain/target-form';
import { ensureMessages, t, tCount, uiText } from '../../../i18n/ui-text';
import type { PanelPlatform } from '../../../platform/panel-platform';
import type { CasesModel } from './cases';
import type { Feedback } from './feedback';
import { loadOnce } from './load-once';

/** A question the panel is waiting for the user to answer before it acts. */
export type PendingConfirmation =
  | { kind: 'delete-case'; caseId: string }
  | { kind: 'delete-everything' }
  | { kind: 'import-conflict'; record: CaseRecord; setAside: Record<string, unknown> };

type CaseActionsPlatform = Pick<
  PanelPlatform,
  | 'clock'
  | 'deleteCase'
  | 'deleteEverything'
  | 'download'
  | 'openPage'
  | 'readQuarantine'
  | 'setAside'
  | 'clearQuarantine'
>;

/** What the user does with whole cases: new, switch, rename, keep, delete (confirmed), export, import, print. */
export function createCaseActions(deps: {
  platform: CaseActionsPlatform;
  feedback: Feedback;
  cases: CasesModel;
  library: GuideLibrary;
  chosenGuideId: ReadonlySignal<string | null>;
  form: ReadonlySignal<TargetFormSummary | null>;
}) {
  const { platform, feedback, cases } = deps;
  const { clock } = platform;
  const pending = signal<PendingConfirmation | null>(null);
  // Export files are written and read by code the first view does not need: fetched on first use.
  const loadTransfer = loadOnce(() => import('../../../domain/case-transfer'));

  /**
   * Takes an imported case in, and sets aside what of the file could not be read (under the case's
   * label and the place it came from), so the user can save it as a file: nothing of a file is dropped.
   */
  async function takeImport(record: CaseRecord, unreadable: Record<string, unknown>): Promise<void> {
    const entries = Object.entries(unreadable);
    if (entries.length > 0) {
      const importedAt = clock.now();
      await platform.setAside(
        Object.fromEntries(entries.map(([place, value]) => [`import.${importedAt}.${record.label}.${place}`, value])),
      );
      cases.quarantinedCount.value += entries.length;
    }
    await cases.putCase(record);
  }

  return {
    pending,

    setLabel(label: string): void {
      cases.updateField('label', label.slice(0, 80));
    },
    /**
     * Keeps the case on this machine for `days` days, or back to this session only (null). Saved at once,
     * not when typing rests: the choice says where the text may be, and a browser closed within the save
     * delay would otherwise keep a case on disk the user had just taken off it.
     */
    setKeep(days: number | null): void {
      cases.updateField('keepUntil', days === null ? null : keepUntilFor(clock.today(), days));
      const caseId = cases.activeCaseId.value;
      if (caseId !== null) void cases.flushCase(caseId);
      feedback.announce(days === null ? t('common.announce.keep-session') : tCount('common.announce.keep-days', days));
    },

    newCase(): void {
      const record = cases.startCase();
      cases.rememberActive();
      feedback.announce(t('common.announce.new-case', { label: record.label }));
    },
    switchCase(id: string): void {
      if (!cases.cases.value.some((record) => record.id === id)) return;
      cases.activeCaseId.value = id;
      cases.rememberActive();
    },

    askToDeleteCase(): void {
      const caseId = cases.activeCaseId.value;
      if (caseId) pending.value = { kind: 'delete-case', caseId };
    },
    askToDeleteEverything(): void {
      pending.value = { kind: 'delete-everything' };
    },
    cancelPending(): void {
      pending.value = null;
    },
    /** Carries out the pending confirmation. */
    async confirmPending(choice: 'yes' | 'as-new' = 'yes'): Promise<void> {
      const question = pending.value;
      pending.value = null;
      if (!question) return;
      switch (question.kind) {
        case 'delete-case':
          cases.cancelSave(question.caseId);
          // The other cases' pending saves first: the deletion rewrites storage.local from what it holds,
          // so a case still waiting to leave it (just switched back to the session) would be written back.
          await cases.flushAll();
          await platform.deleteCase(question.caseId);
          cases.removeCase(question.caseId);
          feedback.announce(t('common.announce.case-deleted'));
          return;
        case 'delete-everything':
          cases.cancelAllSaves();
          await platform.deleteEverything();
          cases.removeAll();
          feedback.announce(t('common.announce.everything-deleted'));
          return;
        case 'import-conflict': {
          const record =
            choice === 'as-new'
              ? {
                  ...question.record,
                  id: clock.newId(),
                  label: t('common.case-label.imported', { label: question.record.label }),
                }
              : question.record;
          await takeImport(record, question.setAside);
          feedback.announce(t('common.announce.imported', { label: record.label }));
          return;
        }
        default:
          unreachable(question);
      }
    },

    /** Opens the printable summary of the case (notes, free notes, drafted fields) in a new tab. */
    async printSummary(): Promise<void> {
      const record = cases.activeCase.value;
      if (!record) return;
      await cases.flushCase(record.id); // The print page reads the case from storage.
      const query = new URLSearchParams({ case: record.id });
      if (deps.chosenGuideId.value) query.set('guide', deps.chosenGuideId.value);
      if (deps.form.value) query.set('form', deps.form.value.id);
      platform.openPage(`/print.html?${query.toString()}`);
    },

    /**
     * Opens the printable handout `handoutId` in a new tab. It carries no case data; with `withDates`, the
     * page is told the active case so that it reads that case's first sick day (and nothing else) to date
     * the deadlines.
     */
    async printHandout(handoutId: string, withDates: boolean): Promise<void> {
      const query = new URLSearchParams({ handout: handoutId });
      const record = cases.activeCase.value;
      if (withDates && record?.firstSickDay) {
        await cases.flushCase(record.id); // The print page reads the first sick day from storage.
        query.set('case', record.id);
      }
      platform.openPage(`/print.html?${query.toString()}`);
    },

    /** Saves the active case as a file. */
    async exportActiveCase(): Promise<void> {
      const record = cases.activeCase.value;
      if (!record) return;
      const transfer = await loadTransfer().catch(() => null);
      if (!transfer) {
        feedback.noticeText.value = uiText('case.transfer-failed');
        return;
      }
      const { exportCase } = transfer;
      const safeName = record.label.replace(/[^\p{L}\p{N}-]+/gu, '-').replace(/^-|-$/g, '') || 'sak';
      platform.download(`folgesvenn-${safeName}-${clock.today()}.json`, exportCase(record, clock.now()));
      feedback.announce(t('common.announce.case-saved'));
    },

    /** Reads an export file (over the caps: refused with the limit named, nothing changed); never overwrites an existing case without asking. */
    async importCase(file: ImportFile | string): Promise<void> {
      const input = typeof file === 'string' ? { size: file.length, text: async () => file } : file;
      // The refusals' text is bokmål's on-demand part, as is the import's code.
      const loaded = await Promise.all([loadTransfer(), ensureMessages()]).catch(() => null);
      if (!loaded) {
        feedback.noticeText.value = uiText('case.transfer-failed');
        return;
      }
      const [{ readCaseImport, importProblemParams }] = loaded;
      const result = await readCaseImport(input, {
        now: clock.now(),
        today: clock.today(),
        newId: clock.newId,
        choiceItemIds: choiceItemIdsOf(deps.library.index),
      });
      if (!result.ok) {
        feedback.noticeText.value = uiText(`case.import.${result.problem}`, importProblemParams(result.problem));
        return;
      }
      // An imported case lives for this session unless the user chooses to keep it again.
      const record: CaseRecord = { ...result.record, keepUntil: null };
      if (cases.cases.value.some((candidate) => candidate.id === record.id)) {
        pending.value = { kind: 'import-conflict', record, setAside: result.quarantined };
        return;
      }
      await takeImport(record, result.quarantined);
      feedback.noticeText.value = null;
      feedback.announce(t('common.announce.imported', { label: record.label }));
    },

    /** Saves what was set aside as unreadable as a file, then forgets it. */
    async exportQuarantine(): Promise<void> {
      const entries = await platform.readQuarantine();
      platform.download(`folgesvenn-lagt-til-side-${clock.today()}.json`, `${JSON.stringify(entries, null, 2)}\n`);
      await platform.clearQuarantine();
      cases.quarantinedCount.value = 0;
    },
  };
}

/** The case-actions area's shape. */
export type CaseActionsModel = ReturnType<typeof createCaseActions>;
