import { scaleNameSuggestions } from '../content/scale-suggestions';
import { t } from '../i18n/ui-text';
import { Disclosure } from './Disclosure';

/** The names offered for a scale item's area, folded; nothing for a scale without any. One click hands a name on. */
export function NameSuggestions(props: { itemId: string; onUse: (label: string) => void }) {
  const labels = scaleNameSuggestions(props.itemId) ?? [];
  if (labels.length === 0) return null;
  return (
    <Disclosure class="item__suggestions" summary={t('guide.scale.suggestions')}>
      <p class="item__help">{t('guide.scale.suggestions.note')}</p>
      <ul class="suggestions">
        {labels.map((label) => (
          <li key={label}>
            <button
              type="button"
              class="chip"
              aria-label={t('guide.scale.suggestions.use', { label })}
              onClick={() => props.onUse(label)}
            >
              {label}
            </button>
          </li>
        ))}
      </ul>
    </Disclosure>
  );
}
