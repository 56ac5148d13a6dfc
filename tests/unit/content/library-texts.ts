import type { Guide } from '../../../domain/guide';
import type { Handout } from '../../../domain/handout';

/** One piece of text the user reads, with where it is (for failure messages). */
export interface LibraryText {
  readonly where: string;
  readonly text: string;
}

/** Every user-facing string of the guides: titles, summaries, item texts, help, options and scale labels. */
export function collectLibraryTexts(guides: readonly Guide[]): LibraryText[] {
  const texts: LibraryText[] = [];
  for (const guide of guides) {
    texts.push(
      { where: `${guide.id} (title)`, text: guide.title },
      { where: `${guide.id} (summary)`, text: guide.summary },
    );
    for (const section of guide.sections) {
      texts.push({ where: `${guide.id}/${section.id} (title)`, text: section.title });
      for (const item of section.items) {
        const where = `${guide.id}/${item.id}`;
        texts.push({ where, text: item.text });
        if (item.help !== undefined) texts.push({ where: `${where} (help)`, text: item.help });
        if (item.kind === 'choice') {
          for (const option of item.options) texts.push({ where: `${where} (option)`, text: option });
        }
        if (item.kind === 'scale') {
          if (item.scale.minLabel !== undefined)
            texts.push({ where: `${where} (minLabel)`, text: item.scale.minLabel });
          if (item.scale.maxLabel !== undefined)
            texts.push({ where: `${where} (maxLabel)`, text: item.scale.maxLabel });
        }
      }
    }
  }
  return texts;
}

/** Every user-facing string of the handouts: title, introduction, sections' text, deadlines, links and fixed lines. */
export function collectHandoutTexts(handouts: readonly Handout[]): LibraryText[] {
  const texts: LibraryText[] = [];
  for (const handout of handouts) {
    texts.push(
      { where: `${handout.id} (title)`, text: handout.title },
      { where: `${handout.id} (intro)`, text: handout.intro },
      ...Object.entries(handout.labels).map(([key, text]) => ({ where: `${handout.id} (labels.${key})`, text })),
    );
    for (const section of handout.sections) {
      const where = `${handout.id}/${section.id}`;
      texts.push({ where: `${where} (title)`, text: section.title });
      for (const text of [...section.paragraphs, ...(section.bullets ?? [])]) texts.push({ where, text });
      for (const { when, text } of section.deadlines ?? [])
        texts.push({ where: `${where} (when)`, text: when }, { where: `${where} (deadline)`, text });
      for (const { label } of section.links ?? []) texts.push({ where: `${where} (link)`, text: label });
    }
  }
  return texts;
}
