import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeForCheck } from '../../../domain/text-fold';

describe('normalizeForCheck', () => {
  const cases: { text: string; expected: string; note: string }[] = [
    { text: 'Hei på deg, 150335 51247.', expected: 'Hei på deg, 150335 51247.', note: 'ordinary text as it is' },
    { text: 'stra\u030alebehandling', expected: 'strålebehandling', note: 'decomposed å (NFD, macOS paste)' },
    { text: 'Menie\u0300re', expected: 'Menière', note: 'decomposed è' },
    { text: '\uff11\uff15\uff10\uff13 \uff26\uff13\uff12\uff0e\uff11', expected: '1503 F32.1', note: 'full-width' },
    { text: 'de\u200bpre\u00adsjon', expected: 'depresjon', note: 'zero-width space and soft hyphen' },
    { text: 'A\u200cD\u200dH\u2060D\ufeff', expected: 'ADHD', note: 'joiners, word joiner, BOM' },
    { text: 'depre-\nsjon', expected: 'depresjon', note: 'a line-break hyphen' },
    { text: 'depre-\r\n  sjon', expected: 'depresjon', note: 'CR LF and indentation' },
    { text: 'depre\u00ad\nsjon', expected: 'depresjon', note: 'a soft hyphen at the line break' },
    { text: 'ADHD-\nvennlig', expected: 'ADHDvennlig', note: 'a compound across the line' },
    { text: 'Tiltak -\nkortere dager', expected: 'Tiltak -\nkortere dager', note: 'a dash after a space' },
    { text: 'uke 12-\n14', expected: 'uke 12-\n14', note: 'digits around the hyphen' },
    { text: 'ord-\n\n- punkt', expected: 'ord-\n\n- punkt', note: 'a list after a blank line' },
    { text: 'ord-', expected: 'ord-', note: 'a hyphen at the end' },
  ];

  it.each(cases)('$note', ({ text, expected }) => {
    expect(normalizeForCheck(text).text).toBe(expected);
  });

  it('maps spans of the normalised text back to the text as written', () => {
    const written = 'Har de\u200bpre-\nsjon og stra\u030alebehandling, fnr \uff11\uff15.';
    const normal = normalizeForCheck(written);
    expect(normal.text).toBe('Har depresjon og strålebehandling, fnr 15.');
    const back = (found: string): string => {
      const at = normal.text.indexOf(found);
      const { start, end } = normal.toWritten(at, at + found.length);
      return written.slice(start, end);
    };
    expect(back('depresjon')).toBe('de\u200bpre-\nsjon');
    expect(back('strålebehandling')).toBe('stra\u030alebehandling');
    expect(back('å')).toBe('a\u030a');
    expect(back('15')).toBe('\uff11\uff15');
    expect(back('Har')).toBe('Har');
  });

  it('keeps every character it does not change, and its place, on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        const normal = normalizeForCheck(text);
        let last = 0;
        for (let i = 0; i < normal.text.length; i++) {
          const { start, end } = normal.toWritten(i, i + 1);
          expect(start).toBeGreaterThanOrEqual(last);
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(text.length);
          last = start;
        }
        expect(normal.toWritten(0, normal.text.length).end).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 1000 },
    );
  });
});
