// Zod-free on purpose: the content script imports this module, and it must stay small.

/** Upper bounds on what a page snapshot may hold: the content script caps, the receiver enforces. */
export const SNAPSHOT_LIMITS = {
  urlLength: 2048,
  titleLength: 300,
  headingLength: 200,
  headings: 40,
  labelLength: 200,
  fields: 150,
  nameLength: 120,
} as const;

/** A heading (h1–h3) as the content script saw it. */
export interface SnapshotHeading {
  level: 1 | 2 | 3;
  text: string;
}

/** A form field's structure as the content script saw it. Never its value. */
export interface SnapshotField {
  /** The element's id attribute (NAV's field ids on the plan form), or ''. */
  id: string;
  /** The element's name attribute, or ''. */
  name: string;
  /** The visible label text, or ''. */
  label: string;
  tag: 'input' | 'textarea' | 'select';
}

/** What the content script reports about a page: structure only, never what is typed into it. */
export interface PageSnapshot {
  url: string;
  title: string;
  headings: SnapshotHeading[];
  fields: SnapshotField[];
}

const NATIONAL_ID_PATTERN = /(?<!\d)\d{6}\s?\d{5}(?!\d)/g;

/** Replaces anything shaped like an 11-digit national ID number with a mask, before text leaves the page. */
export function maskNationalIds(text: string): string {
  return text.replace(NATIONAL_ID_PATTERN, '***********');
}

/** Collapses white space and cuts text to a maximum length (by code points, never splitting a pair). */
export function clipText(text: string, max: number): string {
  const folded = text.replace(/\s+/g, ' ').trim();
  if (folded.length <= max) return folded;
  return Array.from(folded.slice(0, max + 1))
    .join('')
    .slice(0, max);
}
