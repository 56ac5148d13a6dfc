import { useEffect, useRef } from 'preact/hooks';
import type { DraftProblem } from '../domain/draft';
import type { PrivacyFinding } from '../domain/privacy-guard';
import { isEmployerVisible, type TargetField, type TargetForm } from '../domain/target-form';
import { t, tCount, uiLanguage } from '../i18n/ui-text';
import { Icon } from './Icon';

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

/** A copy (or an insert) the privacy guard held back, and why. */
export interface BlockedView {
  readonly fieldId: string;
  readonly findings: readonly { label: string; finding: PrivacyFinding }[];
  readonly action?: 'copy' | 'insert';
}

/** «Sett inn» and «Fyll inn alle» as the list shows them: only on a page of the form's kind. */
export interface InsertView {
  readonly available: boolean;
  readonly busy: boolean;
  readonly question: {
    readonly fieldIds: readonly string[];
    readonly text: string;
    readonly valuesOnly: boolean;
  } | null;
  readonly status: string | null;
  onInsert: (fieldId: string, force?: boolean) => void;
  onInsertAll: (force?: boolean) => void;
  onAnswer: (choice: 'replace' | 'append' | 'cancel') => void;
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
          {t(props.blocked.action === 'insert' ? 'draft.findings.insert-anyway' : 'draft.findings.copy-anyway')}
        </button>
        <button type="button" class="button button--secondary" onClick={props.onCancel}>
          {t('draft.findings.cancel')}
        </button>
      </div>
    </div>
  );
}

function InsertButton(props: { draft: DraftView; insert: InsertView | null | undefined }) {
  const { insert, draft } = props;
  if (!insert?.available) return null;
  return (
    <button
      type="button"
      class="button button--secondary"
      aria-label={t('draft.insert.label', { field: draft.field.label })}
      disabled={insert.busy}
      onClick={() => insert.onInsert(draft.fieldId)}
    >
      {t('draft.insert')}
    </button>
  );
}

function InsertQuestion(props: { insert: InsertView }) {
  const { question } = props.insert;
  if (!question) return null;
  return (
    <div class="findings" role="alert" data-testid="insert-question">
      <p class="findings__lead">{question.text}</p>
      <div class="confirm__buttons">
        <button type="button" class="button button--danger" onClick={() => props.insert.onAnswer('replace')}>
          {t('draft.insert.replace')}
        </button>
        {!question.valuesOnly && (
          <button type="button" class="button" onClick={() => props.insert.onAnswer('append')}>
            {t('draft.insert.append')}
          </button>
        )}
        <button type="button" class="button button--secondary" onClick={() => props.insert.onAnswer('cancel')}>
          {t('draft.insert.cancel')}
        </button>
      </div>
    </div>
  );
}

/** Confirms a held-back copy or insert the way the user started it. */
function confirmHeld(props: DraftListActions & { insert?: InsertView | null }, fieldId: string, action?: string) {
  if (action === 'insert') {
    if (fieldId === 'alle') props.insert?.onInsertAll(true);
    else props.insert?.onInsert(fieldId, true);
  } else if (fieldId === 'alle') props.onCopyAll(true);
  else props.onCopy(fieldId, true);
}

function TextDraft(
  props: { draft: DraftView; blocked: BlockedView | null; insert?: InsertView | null } & DraftListActions,
) {
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
          <InsertButton draft={draft} insert={props.insert} />
        </span>
      </div>
      {blocked && blocked.fieldId === draft.fieldId && (
        <Findings
          blocked={blocked}
          showLabel={false}
          onConfirm={() => confirmHeld(props, draft.fieldId, blocked.action)}
          onCancel={props.onCancelBlocked}
        />
      )}
    </li>
  );
}

function ValueDraft(props: {
  draft: DraftView;
  onCopy: DraftListActions['onCopy'];
  insert?: InsertView | null | undefined;
}) {
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
          {!draft.problem && <InsertButton draft={draft} insert={props.insert} />}
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
    insert?: InsertView | null;
    /** Asked to take the focus («Til utkastene», Alt + U); `onFocused` says it is done. */
    focusHeading?: boolean;
    onFocused?: () => void;
  } & DraftListActions,
) {
  const { form, drafts, blocked, focusHeading, onFocused } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!focusHeading || !heading.current) return;
    heading.current.scrollIntoView({ block: 'start' });
    heading.current.focus();
    onFocused?.();
  }, [focusHeading, onFocused]);
  const hasText = drafts.some((draft) => draft.text !== '');
  const texts = drafts.filter((draft) => draft.kind === 'text' && (draft.text !== '' || draft.edited));
  const values = drafts.filter((draft) => draft.kind !== 'text');
  return (
    <section class="drafts" aria-labelledby="drafts-title">
      <div class="drafts__head">
        <h2 id="drafts-title" class="drafts__title" ref={heading} tabIndex={-1}>
          {t('draft.title', { form: form.title })}
        </h2>
        {hasText && (
          <button type="button" class="button button--secondary" onClick={() => props.onCopyAll()}>
            <Icon name="copy" />
            {t('draft.copy-all')}
          </button>
        )}
        {hasText && props.insert?.available && (
          <button
            type="button"
            class="button button--secondary"
            disabled={props.insert.busy}
            onClick={() => props.insert?.onInsertAll()}
          >
            {t('draft.insert-all')}
          </button>
        )}
      </div>
      {props.insert && <InsertQuestion insert={props.insert} />}
      {props.insert?.status && (
        <p class="notice" role="status" data-testid="insert-status">
          {props.insert.status}
        </p>
      )}
      {props.mismatch && (
        <p class="notice notice--warning" role="status">
          {props.mismatch}
        </p>
      )}
      {blocked && blocked.fieldId === 'alle' && (
        <Findings
          blocked={blocked}
          showLabel={true}
          onConfirm={() => confirmHeld(props, 'alle', blocked.action)}
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
            <ValueDraft key={draft.fieldId} draft={draft} onCopy={props.onCopy} insert={props.insert} />
          ))}
        </ul>
      )}
    </section>
  );
}
