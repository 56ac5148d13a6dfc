/**
 * Folds Norwegian letters for matching: NFKC, lower case, invisible hyphens and joiners dropped,
 * æ → ae, ø/ö → o, å/ä → a. The search and the journal heuristic build on this.
 */
export function foldNorwegianLetters(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/æ/g, 'ae')
    .replace(/[øö]/g, 'o')
    .replace(/[åä]/g, 'a');
}
