// Zod-free on purpose: the content script imports this module, and it must stay small.
import { scanNationalIdShapes } from './national-id';
import { normalizeForCheck } from './text-fold';

export { type PageSnapshot, SNAPSHOT_LIMITS, type SnapshotField, type SnapshotHeading } from './snapshot-limits';

/**
 * Replaces anything shaped like a national ID number with a mask, before text leaves the page: written
 * any of the ways the privacy guard reads (DDMMYY-NNNNN, DD.MM.YY NNNNN, full-width digits, a
 * zero-width space inside …, after the same normalisation), valid or not.
 */
export function maskNationalIds(text: string): string {
  // Fewer than 11 digits (full-width ones too) hold no number: most labels and names, returned at once.
  // (domain/digit-count.ts's test, written out here: shared, it costs the content script 40 bytes of gzip.)
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
