import { guideTitle, localizeItem, sectionTitle } from '../domain/guide';
import type { SearchHit } from '../domain/search';
import { t, uiLanguage } from '../i18n/ui-text';
import { Loading } from './Loading';

/** Search across every guide; a hit opens its guide at that item. */
export function GuideSearch(props: {
  query: string;
  /** The hits; null while the search is not ready yet. */
  hits: readonly SearchHit[] | null;
  onQuery: (query: string) => void;
  onOpen: (guideId: string, itemId: string) => void;
}) {
  const { query, hits } = props;
  const language = uiLanguage.value;
  return (
    <section class="search" aria-label={t('guide.search.label')}>
      <label class="search__label">
        <span class="visually-hidden">{t('guide.search.input-label')}</span>
        <input
          type="search"
          class="search__input"
          placeholder={t('guide.search.placeholder')}
          value={query}
          onInput={(event) => props.onQuery((event.currentTarget as HTMLInputElement).value)}
        />
      </label>
      {query.trim() !== '' && (
        <section class="search__results" aria-live="polite" aria-label={t('guide.search.results')}>
          {hits === null ? (
            <Loading text={t('guide.search.loading')} />
          ) : hits.length === 0 ? (
            <p class="empty">{t('guide.search.no-hits', { query: query.trim() })}</p>
          ) : (
            <ul class="search__list">
              {hits.map((hit) => (
                <li key={`${hit.guide.id}-${hit.item.id}`}>
                  <button type="button" class="search__hit" onClick={() => props.onOpen(hit.guide.id, hit.item.id)}>
                    <span class="search__text">{localizeItem(hit.item, language).text}</span>
                    <span class="search__where">
                      {guideTitle(hit.guide, language)} · {sectionTitle(hit.section, language)}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </section>
  );
}
