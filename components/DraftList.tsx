import type { DraftProblem } from '../domain/draft';
import type { PrivacyFinding } from '../domain/privacy-guard';
import { isEmployerVisible, type TargetField, type TargetForm } from '../domain/target-form';
import { t, tCount, uiLanguage } from '../i18n/ui-text';
import { Icon } from './Icon';
import { DRAFTS_HEADING_ID } from './Shortcuts';

/** One field's draft as the list shows it. */
export interface DraftView {
  readonly fieldId: string;
  readonly kind: TargetField['type'];
  readonly field: TargetField;
  readonly text: string;
  readonly length: number;
  readonly maxLength: number | null;
  readonly over: number;
  readonly problem: DraftProblem | null;
  readonly edited: boolean;
  readonly stale: boolean;
}

/** A copy the privacy guard held back, and why. */
export interface BlockedView {
  readonly fieldId: string;
  readonly findings: readonly { label: string; finding: PrivacyFinding }[];
}

/** What the draft list raises. */
export interface DraftListActions {
  onCopy: (fieldId: string, force?: boolean) => void;
  onCopyAll: (force?: boolean) => void;
  onCancelBlocked: () => void;
  onEdit: (fieldId: string, text: string) => void;
  onRedraft: (fieldId: string) => void;
  onReword?: ((fieldId: string) => void) | undefined;
}

/** A draft problem in the user's language (every code has a `draft.problem.<code>` message). */
export function problemText(problem: DraftProblem): string {
  switch (problem.code) {
    case 'over-limit':
      return tCount('draft.problem.over-limit', problem.over);
    case 'option-unknown': {
      const options = new Intl.ListFormat(uiLanguage.value, { type: 'conjunction' }).format(problem.options);
      return t('draft.problem.option-unknown', { options });
    }
    default:
      return t(`draft.problem.${problem.code}`);
  }
}

/** Why the privacy guard holds a finding back, in the user's language (`draft.privacy.<code>.…`). */
export function privacyReasonText(finding: PrivacyFinding): string {
  const { reason } = finding;
  switch (reason.code) {
    case 'national-id':
      return t(`draft.privacy.national-id.${reason.audience}`, { what: t(`draft.privacy.id.${reason.id}`) });
    case 'diagnosis-code':
      return t(`draft.privacy.diagnosis-code.${reason.system}`);
    case 'medical-word':
      return t(`draft.privacy.medical-word.${reason.category}`, { match: finding.match });
  }
}

function readers(field: TargetField): string {
  if (isEmployerVisible(field)) return t('draft.readers.employer');
  if (field.readBy.includes('nav')) return t('draft.readers.nav');
  return t('draft.readers.doctor');
}

function Findings(props: { blocked: BlockedView; onConfirm: () => void; onCancel: () => void; showLabel: boolean }) {
  return (
    <div class="findings" role="alert" data-testid="privacy-findings">
      <p class="findings__lead">{t('draft.findings.lead')}</p>
      <ul>
        {props.blocked.findings.map(({ label, finding }) => (
          <li key={`${label}-${finding.start}`}>
            <mark>{finding.match}</mark>
            {props.showLabel && <span class="findings__field"> {t('draft.findings.in-field', { field: label })}</span>}:{' '}
            {privacyReasonText(finding)}
          </li>
        ))}
      </ul>
      <div class="confirm__buttons">
        <button type="button" class="button button--danger" onClick={props.onConfirm}>
          {t('draft.findings.copy-anyway')}
        </button>
        <button type="button" class="button button--secondary" onClick={props.onCancel}>
          {t('draft.findings.cancel')}
        </button>
      </div>
    </div>
  );
}

function TextDraft(props: { draft: DraftView; blocked: BlockedView | null } & DraftListActions) {
  const { draft, blocked } = props;
  const { field } = draft;
  const textId = `draft-${draft.fieldId}`;
  const counterId = `count-${draft.fieldId}`;
  const copyLabel =
    draft.maxLength === null
      ? t('draft.copy-text.label', { field: field.label })
      : t('draft.copy-text.label-limit', { field: field.label, max: draft.maxLength });
  return (
    <li class="draft" data-field={draft.fieldId} data-edited={draft.edited ? 'true' : undefined}>
      <label class="draft__label" for={textId}>
        {field.label}
      </label>
      <p class="draft__meta">
        {t('draft.field-id')} <code>{field.id}</code> · {readers(field)}
      </p>
      {field.hint && <p class="draft__hint">{field.hint}</p>}
      <textarea
        id={textId}
        class="draft__text"
        rows={Math.min(10, Math.max(3, draft.text.split('\n').length + 1))}
        aria-describedby={counterId}
        value={draft.text}
        onInput={(event) => props.onEdit(draft.fieldId, (event.currentTarget as HTMLTextAreaElement).value)}
      />
      {draft.edited && (
        <p class="draft__edited">
          {t('draft.edited')}
          {draft.stale && ` ${t('draft.edited.stale')}`}{' '}
          <button type="button" class="link-button" onClick={() => props.onRedraft(draft.fieldId)}>
            {t('draft.redraft')}
          </button>
        </p>
      )}
      <div class="draft__footer">
        <span id={counterId} class={draft.over > 0 ? 'counter counter--over' : 'counter'}>
          {draft.maxLength === null ? tCount('draft.length', draft.length) : `${draft.length}/${draft.maxLength}`}
          {draft.over > 0 && ` – ${tCount('draft.over', draft.over)}`}
        </span>
        <span class="draft__buttons">
          {props.onReword && (
            <button type="button" class="button button--secondary" onClick={() => props.onReword?.(draft.fieldId)}>
              {t('draft.reword')}
            </button>
          )}
          <button type="button" class="button" aria-label={copyLabel} onClick={() => props.onCopy(draft.fieldId)}>
            <Icon name="copy" />
            {t('draft.copy')}
          </button>
        </span>
      </div>
      {blocked && blocked.fieldId === draft.fieldId && (
        <Findings
          blocked={blocked}
          showLabel={false}
          onConfirm={() => props.onCopy(draft.fieldId, true)}
          onCancel={props.onCancelBlocked}
        />
      )}
    </li>
  );
}

function ValueDraft(props: { draft: DraftView; onCopy: DraftListActions['onCopy'] }) {
  const { draft } = props;
  return (
    <li class="draft draft--value" data-field={draft.fieldId}>
      <p class="draft__label">{draft.field.label}</p>
      <p class="draft__meta">
        {t('draft.field-id')} <code>{draft.field.id}</code>
      </p>
      {draft.text ? <p class="draft__value">{draft.text}</p> : null}
      {draft.problem && <p class="draft__problem">{problemText(draft.problem)}</p>}
      {draft.text && (
        <div class="draft__footer">
          <span />
          <button
            type="button"
            class="button"
            aria-label={t('draft.copy-value.label', { field: draft.field.label })}
            onClick={() => props.onCopy(draft.fieldId)}
          >
            <Icon name="copy" />
            {t('draft.copy')}
          </button>
        </div>
      )}
    </li>
  );
}

/** Drafted text per target field: editable, counted against the limit, checked before every copy. */
export function DraftList(
  props: {
    form: TargetForm;
    drafts: readonly DraftView[];
    blocked: BlockedView | null;
    mismatch: string | null;
    languageModel: { ready: boolean; on: boolean; onToggle: (on: boolean) => void } | null;
  } & DraftListActions,
) {
  const { form, drafts, blocked } = props;
  const hasText = drafts.some((draft) => draft.text !== '');
  const texts = drafts.filter((draft) => draft.kind === 'text' && (draft.text !== '' || draft.edited));
  const values = drafts.filter((draft) => draft.kind !== 'text');
  return (
    <section class="drafts" aria-labelledby={DRAFTS_HEADING_ID}>
      <div class="drafts__head">
        <h2 id={DRAFTS_HEADING_ID} class="drafts__title">
          {t('draft.title', { form: form.title })}
        </h2>
        {hasText && (
          <button type="button" class="button button--secondary" onClick={() => props.onCopyAll()}>
            <Icon name="copy" />
            {t('draft.copy-all')}
          </button>
        )}
      </div>
      {props.mismatch && (
        <p class="notice notice--warning" role="status">
          {props.mismatch}
        </p>
      )}
      {blocked && blocked.fieldId === 'alle' && (
        <Findings
          blocked={blocked}
          showLabel={true}
          onConfirm={() => props.onCopyAll(true)}
          onCancel={props.onCancelBlocked}
        />
      )}
      {props.languageModel?.ready && (
        <label class="field field--inline">
          <input
            type="checkbox"
            checked={props.languageModel.on}
            onChange={(event) => props.languageModel?.onToggle((event.currentTarget as HTMLInputElement).checked)}
          />
          <span>{t('draft.language-model')}</span>
        </label>
      )}
      {texts.length === 0 ? (
        <p class="empty">{t('draft.empty')}</p>
      ) : (
        <ul class="drafts__list">
          {texts.map((draft) => (
            <TextDraft
              key={draft.fieldId}
              {...props}
              draft={draft}
              blocked={blocked}
              onReword={props.languageModel?.on ? props.onReword : undefined}
            />
          ))}
        </ul>
      )}
      {values.length > 0 && (
        <ul class="drafts__list">
          {values.map((draft) => (
            <ValueDraft key={draft.fieldId} draft={draft} onCopy={props.onCopy} />
          ))}
        </ul>
      )}
    </section>
  );
}
