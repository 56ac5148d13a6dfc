import type { FieldDraft } from '../domain/draft';
import type { TargetForm } from '../domain/target-form';

/** Drafted text per target field, with its count against the limit and one copy button each. */
export function DraftList(props: {
  form: TargetForm;
  drafts: readonly FieldDraft[];
  onCopy: (fieldId: string) => void;
}) {
  const { form, drafts, onCopy } = props;
  const filled = drafts.filter((draft) => draft.text !== '');
  return (
    <section class="drafts" aria-labelledby="drafts-title">
      <h2 id="drafts-title" class="drafts__title">
        Utkast til {form.title}
      </h2>
      {filled.length === 0 ? (
        <p class="empty">
          Ingen utkast ennå. Skriv notater under spørsmålene, så lager Følgesvenn tekst til feltene i skjemaet.
        </p>
      ) : (
        <ul class="drafts__list">
          {filled.map((draft) => {
            const field = form.fields.find((candidate) => candidate.id === draft.fieldId);
            if (!field) return null;
            const counterId = `count-${draft.fieldId}`;
            return (
              <li key={draft.fieldId} class="draft" data-field={draft.fieldId}>
                <h3 class="draft__label">{field.label}</h3>
                <p class="draft__field-id">
                  Felt: <code>{field.id}</code>
                </p>
                <pre class="draft__text" aria-describedby={counterId}>
                  {draft.text}
                </pre>
                <div class="draft__footer">
                  <span id={counterId} class={draft.over > 0 ? 'counter counter--over' : 'counter'}>
                    {draft.maxLength === null ? `${draft.length} tegn` : `${draft.length}/${draft.maxLength}`}
                    {draft.over > 0 && ` – ${draft.over} tegn for mye`}
                  </span>
                  <button
                    type="button"
                    class="button"
                    aria-label={`Kopier teksten til «${field.label}»`}
                    onClick={() => onCopy(draft.fieldId)}
                  >
                    Kopier
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
