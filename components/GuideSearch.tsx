import type { SearchHit } from '../domain/search';

/** Search across every guide; a hit opens its guide at that item. */
export function GuideSearch(props: {
  query: string;
  hits: readonly SearchHit[];
  onQuery: (query: string) => void;
  onOpen: (guideId: string, itemId: string) => void;
}) {
  const { query, hits } = props;
  return (
    <section class="search" aria-label="Søk i guidene">
      <label class="search__label">
        <span class="visually-hidden">Søk i alle guidene</span>
        <input
          type="search"
          class="search__input"
          placeholder="Søk i alle guidene …"
          value={query}
          onInput={(event) => props.onQuery((event.currentTarget as HTMLInputElement).value)}
        />
      </label>
      {query.trim() !== '' && (
        <section class="search__results" aria-live="polite" aria-label="Søkeresultater">
          {hits.length === 0 ? (
            <p class="empty">Ingen treff på «{query.trim()}».</p>
          ) : (
            <ul class="search__list">
              {hits.map((hit) => (
                <li key={`${hit.guide.id}-${hit.item.id}`}>
                  <button type="button" class="search__hit" onClick={() => props.onOpen(hit.guide.id, hit.item.id)}>
                    <span class="search__text">{hit.item.text}</span>
                    <span class="search__where">
                      {hit.guide.title} · {hit.section.title}
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
