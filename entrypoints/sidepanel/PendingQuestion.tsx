import { Confirmation } from '../../components/Confirmation';
import { t } from '../../i18n/ui-text';
import type { PendingConfirmation } from './model/case-actions';
import type { PanelModel } from './panel-model';

/** The question the panel waits on before an act that cannot be undone (a deletion, an import over a case). */
export function PendingQuestion(props: { model: PanelModel; pending: PendingConfirmation }) {
  const { model, pending } = props;
  if (pending.kind === 'delete-case') {
    const label =
      model.cases.value.find((record) => record.id === pending.caseId)?.label ??
      t('common.confirm.delete-case.fallback');
    return (
      <Confirmation
        text={t('common.confirm.delete-case', { label })}
        confirmLabel={t('common.confirm.delete-case.yes')}
        onConfirm={() => void model.confirmPending()}
        onCancel={model.cancelPending}
      />
    );
  }
  if (pending.kind === 'delete-everything') {
    return (
      <Confirmation
        text={t('common.confirm.delete-everything')}
        confirmLabel={t('common.confirm.delete-everything.yes')}
        onConfirm={() => void model.confirmPending()}
        onCancel={model.cancelPending}
      />
    );
  }
  return (
    <Confirmation
      text={t('common.confirm.import-conflict', { label: pending.record.label })}
      confirmLabel={t('common.confirm.import-conflict.replace')}
      alternativeLabel={t('common.confirm.import-conflict.as-new')}
      onConfirm={() => void model.confirmPending('yes')}
      onAlternative={() => void model.confirmPending('as-new')}
      onCancel={model.cancelPending}
    />
  );
}
