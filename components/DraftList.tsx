import type { PrivacyFinding } from '../domain/privacy-guard';
import { isEmployerVisible, type TargetField, type TargetForm } from '../domain/target-form';

/** One field's draft as the list shows it. */
export interface DraftView {
  readonly fieldId: string;
  readonly kind: TargetField['type'];
  readonly field: TargetField;
  readonly text: string;
  readonly length: number;
  readonly maxLength: number | null;
  readonly over: number;
  readonly problem: string | null;
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

function readers(field: TargetField): string {
  if (isEmployerVisible(field)) return 'Arbeidsgiveren ser dette feltet.';
  if (field.readBy.includes('nav')) return 'Bare Nav ser dette feltet.';
  return 'Leses av legen.';
}

function Findings(props: { blocked: BlockedView; onConfirm: () => void; onCancel: () => void; showLabel: boolean }) {
  return (
    <div class="findings" role="alert" data-testid="privacy-findings">
      <p class="findings__lead">Sjekk teksten før du kopierer. Mottakeren bør ikke se dette:</p>
      <ul>
        {props.blocked.findings.map(({ label, finding }) => (
          <li key={`${label}-${finding.start}`}>
            <mark>{finding.match}</mark>
            {props.showLabel && <span class="findings__field"> (i «{label}»)</span>}: {finding.reason}
          </li>
        ))}
      </ul>
      <div class="confirm__buttons">
        <button type="button" class="button button--danger" onClick={props.onConfirm}>
          Kopier likevel
        </button>
        <button type="button" class="button button--secondary" onClick={props.onCancel}>
          Avbryt og rett teksten
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
  const limit = draft.maxLength === null ? '' : ` (maks ${draft.maxLength} tegn)`;
  return (
    <li class="draft" data-field={draft.fieldId} data-edited={draft.edited ? 'true' : undefined}>
      <label class="draft__label" for={textId}>
        {field.label}
      </label>
      <p class="draft__meta">
        Felt: <code>{field.id}</code> · {readers(field)}
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
          Redigert av deg.
          {draft.stale && ' Notatene er endret siden du redigerte.'}{' '}
          <button type="button" class="link-button" onClick={() => props.onRedraft(draft.fieldId)}>
            Lag nytt utkast fra notatene
          </button>
        </p>
      )}
      <div class="draft__footer">
        <span id={counterId} class={draft.over > 0 ? 'counter counter--over' : 'counter'}>
          {draft.maxLength === null ? `${draft.length} tegn` : `${draft.length}/${draft.maxLength}`}
          {draft.over > 0 && ` – ${draft.over} tegn for mye`}
        </span>
        <span class="draft__buttons">
          {props.onReword && (
            <button type="button" class="button button--secondary" onClick={() => props.onReword?.(draft.fieldId)}>
              Omformuler
            </button>
          )}
          <button
            type="button"
            class="button"
            aria-label={`Kopier teksten til «${field.label}»${limit}`}
            onClick={() => props.onCopy(draft.fieldId)}
          >
            Kopier
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
        Felt: <code>{draft.field.id}</code>
      </p>
      {draft.text ? <p class="draft__value">{draft.text}</p> : null}
      {draft.problem && <p class="draft__problem">{draft.problem}</p>}
      {draft.text && (
        <div class="draft__footer">
          <span />
          <button
            type="button"
            class="button"
            aria-label={`Kopier verdien til «${draft.field.label}»`}
            onClick={() => props.onCopy(draft.fieldId)}
          >
            Kopier
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
    <section class="drafts" aria-labelledby="drafts-title">
      <div class="drafts__head">
        <h2 id="drafts-title" class="drafts__title">
          Utkast til {form.title}
        </h2>
        {hasText && (
          <button type="button" class="button button--secondary" onClick={() => props.onCopyAll()}>
            Kopier alt
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
          <span>Tilby omformulering med nettleserens innebygde språkmodell (kjører på maskinen)</span>
        </label>
      )}
      {texts.length === 0 ? (
        <p class="empty">
          Ingen utkast ennå. Skriv notater under spørsmålene, eller i frie notater med #stikkord, så lager Følgesvenn
          tekst til feltene i skjemaet.
        </p>
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
