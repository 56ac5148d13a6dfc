import type { Guide, GuideItem, GuideSection } from './guide';
import { foldNorwegianLetters } from './text-fold';

/** Folds Norwegian text for search: lower case, æ/ø/å and accents to plain letters, white space collapsed. */
export function foldText(text: string): string {
  return foldNorwegianLetters(text).normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim();
}

/** One search hit: where the item is and how well it matched. */
export interface SearchHit {
  readonly guide: Guide;
  readonly section: GuideSection;
  readonly item: GuideItem;
  readonly score: number;
}

/** Finds items whose text, help or section title contain every word of the query (diacritics-insensitive). */
export function searchGuides(guides: readonly Guide[], query: string, limit = 30): SearchHit[] {
  const words = foldText(query)
    .split(' ')
    .filter((word) => word.length > 0);
  if (words.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const guide of guides) {
    for (const section of guide.sections) {
      const sectionText = foldText(section.title);
      for (const item of section.items) {
        const text = foldText(item.text);
        const help = item.help ? foldText(item.help) : '';
        let score = 0;
        let all = true;
        for (const word of words) {
          if (text.includes(word)) score += text.startsWith(word) || text.includes(` ${word}`) ? 3 : 2;
          else if (help.includes(word)) score += 1;
          else if (sectionText.includes(word)) score += 1;
          else {
            all = false;
            break;
          }
        }
        if (all) hits.push({ guide, section, item, score });
      }
    }
  }
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}
