import { type GuideMeta, guideTitle } from '../domain/guide';
import { t, uiLanguage } from '../i18n/ui-text';

/** Lists every guide grouped by role, with the page's own guides first; calls back with the choice. */
export function GuidePicker(props: {
  forPage: readonly GuideMeta[];
  others: readonly GuideMeta[];
  selectedId: string | null;
  onChoose: (guideId: string) => void;
}) {
  const { forPage, others, selectedId, onChoose } = props;
  const language = uiLanguage.value;
  const byRole = (['leder', 'veileder', 'lege'] as const)
    .map((role) => ({ role, guides: others.filter((guide) => guide.roles[0] === role) }))
    .filter((group) => group.guides.length > 0);
  return (
    <label class="picker">
      <span class="picker__label">{t('guide.picker.label')}</span>
      <select
        class="picker__select"
        value={selectedId ?? ''}
        onChange={(event) => {
          const value = (event.currentTarget as HTMLSelectElement).value;
          if (value) onChoose(value);
        }}
      >
        {selectedId === null && <option value="">{t('guide.picker.choose')}</option>}
        {forPage.length > 0 && (
          <optgroup label={t('guide.picker.for-page')}>
            {forPage.map((guide) => (
              <option key={guide.id} value={guide.id}>
                {guideTitle(guide, language)}
              </option>
            ))}
          </optgroup>
        )}
        {byRole.map((group) => (
          <optgroup key={group.role} label={t(`guide.picker.for-role.${group.role}`)}>
            {group.guides.map((guide) => (
              <option key={guide.id} value={guide.id}>
                {guideTitle(guide, language)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}
