// Zod-free on purpose: the content script imports this module, and it must stay small.
import { scanNationalIdShapes } from './national-id';
import { normalizeForCheck } from './text-fold';

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

/**
 * Replaces anything shaped like a national ID number with a mask, before text leaves the page: written
 * any of the ways the privacy guard reads (DDMMYY-NNNNN, DD.MM.YY NNNNN, full-width digits, a
 * zero-width space inside …, after the same normalisation), valid or not.
 */
export function maskNationalIds(text: string): string {
  // Fewer than 11 digits (full-width ones too) hold no number: most labels and names, returned at once.
  let digits = 0;
  for (let i = 0; i < text.length && digits < 11; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 48 && code <= 57) || (code >= 0xff10 && code <= 0xff19)) digits++;
  }
  if (digits < 11) return text;
  const normal = normalizeForCheck(text);
  let masked = '';
  let from = 0;
  scanNationalIdShapes(normal.text, (_digits, start, end) => {
    const span = normal.toWritten(start, end);
    masked += `${text.slice(from, span.start)}***********`;
    from = span.end;
  });
  return masked + text.slice(from);
}

/** Folds white space (unless `fold` is false), masks national ID numbers, then cuts: never half a number. */
export function toSnapshotText(text: string, max: number, fold = true): string {
  if (!fold) return cutText(maskNationalIds(text), max);
  return cutText(maskNationalIds(text.replace(/\s+/g, ' ').trim()), max).trimEnd();
}

function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  // Step back over a high surrogate so the cut never leaves half a pair.
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}
