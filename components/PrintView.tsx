import { type CaseRecord, latestAnswer, type ScaleAnswer } from '../domain/case';
import { formatDateNb } from '../domain/dates';
import type { FieldDraft } from '../domain/draft';
import { unreachable } from '../domain/exhaustive';
import { type Guide, type GuideItem, listGuideItems } from '../domain/guide';
import type { TargetForm } from '../domain/target-form';
import { t } from '../i18n/ui-text';

/** What a case answered to an item's own kind: a scale's latest answer, a choice's option. */
function printedAnswer(
  item: GuideItem,
  record: Pick<CaseRecord, 'scales' | 'choices'>,
): { scale?: ScaleAnswer | undefined; choice?: string | undefined } {
  switch (item.kind) {
    case 'scale':
      return { scale: latestAnswer(record.scales[item.id]) };
    case 'choice':
      return { choice: item.options[record.choices[item.id] ?? -1] };
    case 'question':
    case 'advice':
    case 'step':
    case 'fact':
      return {};
    default:
      return unreachable(item);
  }
}

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
        ({ item }) =>
          record.notes[item.id] ||
          record.ticks[item.id] ||
          record.scales[item.id]?.length ||
          record.choices[item.id] !== undefined,
      )
    : [];
  const filled = drafts.filter((draft) => draft.text !== '');
  return (
    <main class="print" data-ready="true">
      <header class="print__header">
        <h1>{t('site.print.heading', { label: record.label })}</h1>
        <p>
          {t('site.print.printed-on', { date: formatDateNb(props.printedOn) })}
          {record.firstSickDay && ` ${t('site.print.first-sick-day', { date: formatDateNb(record.firstSickDay) })}`}
        </p>
      </header>
      {guide && (
        <section>
          <h2>{guide.title}</h2>
          {answered.length === 0 ? (
            <p class="print__empty">{t('site.print.no-notes')}</p>
          ) : (
            <dl class="print__items">
              {answered.map(({ item }) => {
                const { scale, choice } = printedAnswer(item, record);
                return (
                  <div key={item.id} class="print__item">
                    <dt>
                      {record.ticks[item.id] ? '✓ ' : ''}
                      {item.text}
                    </dt>
                    {scale && <dd>{t('site.print.answer', { value: scale.value, date: formatDateNb(scale.date) })}</dd>}
                    {choice !== undefined && <dd>{t('site.print.choice', { option: choice })}</dd>}
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
          <h2>{t('site.print.free-notes')}</h2>
          <p class="print__note">{record.freeNotes}</p>
        </section>
      )}
      {form && filled.length > 0 && (
        <section>
          <h2>{t('site.print.drafts-for', { form: form.title })}</h2>
          {filled.map((draft) => (
            <div key={draft.fieldId} class="print__field">
              <h3>{form.fields.find((field) => field.id === draft.fieldId)?.label ?? draft.fieldId}</h3>
              <p class="print__note">{draft.text}</p>
            </div>
          ))}
        </section>
      )}
      <footer class="print__footer">{t('site.print.footer')}</footer>
    </main>
  );
}
