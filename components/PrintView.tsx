import { type CaseRecord, latestAnswer } from '../domain/case';
import type { FieldDraft } from '../domain/draft';
import { type Guide, listGuideItems } from '../domain/guide';
import type { TargetForm } from '../domain/target-form';
import { formatDateNb } from '../domain/timeline';

/** A printable summary of one case: what was noted per guide item, free notes, and the drafted form fields. */
export function PrintView(props: {
  record: CaseRecord;
  guide: Guide | null;
  form: TargetForm | null;
  drafts: readonly FieldDraft[];
  printedOn: string;
}) {
  const { record, guide, form, drafts } = props;
  const answered = guide
    ? listGuideItems(guide).filter(
        ({ item }) => record.notes[item.id] || record.ticks[item.id] || record.scales[item.id]?.length,
      )
    : [];
  const filled = drafts.filter((draft) => draft.text !== '');
  return (
    <main class="print" data-ready="true">
      <header class="print__header">
        <h1>Samtalenotat: {record.label}</h1>
        <p>
          Skrevet ut {formatDateNb(props.printedOn)} fra Følgesvenn.
          {record.firstSickDay && ` Første sykedag: ${formatDateNb(record.firstSickDay)}.`}
        </p>
      </header>
      {guide && (
        <section>
          <h2>{guide.title}</h2>
          {answered.length === 0 ? (
            <p class="print__empty">Ingen notater i denne guiden.</p>
          ) : (
            <dl class="print__items">
              {answered.map(({ item }) => {
                const scale = latestAnswer(record.scales[item.id]);
                return (
                  <div key={item.id} class="print__item">
                    <dt>
                      {record.ticks[item.id] ? '✓ ' : ''}
                      {item.text}
                    </dt>
                    {scale && (
                      <dd>
                        Svar: {scale.value} ({formatDateNb(scale.date)})
                      </dd>
                    )}
                    {record.notes[item.id] && <dd class="print__note">{record.notes[item.id]}</dd>}
                  </div>
                );
              })}
            </dl>
          )}
        </section>
      )}
      {record.freeNotes && (
        <section>
          <h2>Frie notater</h2>
          <p class="print__note">{record.freeNotes}</p>
        </section>
      )}
      {form && filled.length > 0 && (
        <section>
          <h2>Utkast til {form.title}</h2>
          {filled.map((draft) => (
            <div key={draft.fieldId} class="print__field">
              <h3>{form.fields.find((field) => field.id === draft.fieldId)?.label ?? draft.fieldId}</h3>
              <p class="print__note">{draft.text}</p>
            </div>
          ))}
        </section>
      )}
      <footer class="print__footer">
        Inneholder personlige notater. Oppbevar utskriften trygt, og kast den når den ikke trengs lenger.
      </footer>
    </main>
  );
}
