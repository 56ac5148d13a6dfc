// What a page snapshot is and how much it may hold: all the panel needs to check one (the text rules,
// which load national-ID masking, stay in ./page-snapshot.ts).

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
