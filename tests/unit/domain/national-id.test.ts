import { idnr } from '@navikt/fnrvalidator';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkNationalId,
  computeControlDigits,
  createSyntheticNationalId,
  findNationalIds,
  isNationalId,
  NATIONAL_ID_KINDS,
  type NationalIdKind,
} from '../../../domain/national-id';
import { createSeededRandom, formatNationalIdRates, measureNationalIdRates } from '../../../scripts/privacy-rates';

// Every literal number below is synthetic: born in 2035–2039 (not yet issued), or valid only under
// the control-digit rule used from 2032, or a test number. None can belong to a person today.
// NAV's own validator (@navikt/fnrvalidator) is used only here, as an oracle.

/** The oracle's kind in our terms (it names NAV's D+H test numbers and Tenor D-numbers separately). */
function oracleKind(digits: string): NationalIdKind | null {
  const result = idnr(digits);
  if (result.status !== 'valid') return null;
  const kinds: Record<typeof result.type, NationalIdKind> = {
    fnr: 'fnr',
    dnr: 'dnr',
    hnr: 'hnr',
    tnr: 'testnr',
    'dnr-and-hnr': 'testnr',
    'dnr-and-tnr': 'testnr',
  };
  return kinds[result.type];
}

function ourKind(digits: string): NationalIdKind | null {
  const check = checkNationalId(digits);
  return check.valid ? check.kind : null;
}

describe('checkNationalId', () => {
  const cases: { digits: string; expected: ReturnType<typeof checkNationalId>; classic: boolean; note: string }[] = [
    { digits: '15033551247', expected: { valid: true, kind: 'fnr' }, classic: true, note: 'fødselsnummer' },
    { digits: '15033551263', expected: { valid: true, kind: 'fnr' }, classic: false, note: 'k1 by the 2032 rule' },
    { digits: '31129956731', expected: { valid: true, kind: 'fnr' }, classic: false, note: '31 December, 2032 rule' },
    { digits: '55033551230', expected: { valid: true, kind: 'dnr' }, classic: true, note: 'D-nummer: day + 40' },
    { digits: '15433551238', expected: { valid: true, kind: 'hnr' }, classic: false, note: 'H-nummer: month + 40' },
    { digits: '15833551202', expected: { valid: true, kind: 'testnr' }, classic: true, note: 'Tenor: month + 80' },
    { digits: '55833551204', expected: { valid: true, kind: 'testnr' }, classic: false, note: 'Tenor D-nummer' },
    {
      digits: '55433551213',
      expected: { valid: true, kind: 'testnr' },
      classic: true,
      note: "NAV's D-nummer test number",
    },
    { digits: '29023661258', expected: { valid: true, kind: 'fnr' }, classic: true, note: '29 February 2036' },
    { digits: '29020051203', expected: { valid: true, kind: 'fnr' }, classic: false, note: '29 February 2000' },
    { digits: '29023761279', expected: { valid: false, problem: 'date' }, classic: false, note: '29 February 2037' },
    { digits: '30023661205', expected: { valid: false, problem: 'date' }, classic: false, note: '30 February' },
    { digits: '31043561203', expected: { valid: false, problem: 'date' }, classic: false, note: '31 April' },
    { digits: '00013561273', expected: { valid: false, problem: 'date' }, classic: false, note: 'day 00' },
    { digits: '32013561264', expected: { valid: false, problem: 'date' }, classic: false, note: 'day 32' },
    { digits: '01003561212', expected: { valid: false, problem: 'date' }, classic: false, note: 'month 00' },
    { digits: '01133561230', expected: { valid: false, problem: 'date' }, classic: false, note: 'month 13' },
    { digits: '01213561207', expected: { valid: false, problem: 'date' }, classic: false, note: 'third digit 2' },
    { digits: '01613561281', expected: { valid: false, problem: 'date' }, classic: false, note: 'third digit 6' },
    { digits: '81013561370', expected: { valid: false, problem: 'date' }, classic: false, note: 'first digit 8' },
    { digits: '15033551248', expected: { valid: false, problem: 'control' }, classic: false, note: 'k2 off by one' },
    { digits: '15033551257', expected: { valid: false, problem: 'control' }, classic: false, note: 'k1 off by one' },
    { digits: '1503355124', expected: { valid: false, problem: 'format' }, classic: false, note: '10 digits' },
    { digits: '150335512470', expected: { valid: false, problem: 'format' }, classic: false, note: '12 digits' },
    { digits: '150335 51247', expected: { valid: false, problem: 'format' }, classic: false, note: 'with the space' },
    { digits: '1503355124a', expected: { valid: false, problem: 'format' }, classic: false, note: 'a letter' },
  ];

  it.each(cases)('$digits ($note)', ({ digits, expected, classic }) => {
    expect(checkNationalId(digits)).toEqual(expected);
    expect(isNationalId(digits, { controlDigitRule: 'classic' })).toBe(classic);
    if (expected.valid) expect(oracleKind(digits), 'NAV validator disagrees').toBe(expected.kind);
  });

  it('computes the classic control digits of the textbook example 311299567', () => {
    expect(computeControlDigits('311299567')).toBe('15');
    expect(computeControlDigits('31129956')).toBeNull();
    expect(computeControlDigits('010190123')).toBeNull(); // k1 would be 10
  });
});

describe('findNationalIds', () => {
  const cases: { text: string; expected: { index: number; length: number; kind: NationalIdKind }[]; note: string }[] = [
    { text: 'Fnr 15033551247.', expected: [{ index: 4, length: 11, kind: 'fnr' }], note: 'eleven digits' },
    { text: 'Fnr 150335 51247.', expected: [{ index: 4, length: 12, kind: 'fnr' }], note: 'ddmmyy nnnnn' },
    { text: 'Fnr 150335\u00a051247.', expected: [{ index: 4, length: 12, kind: 'fnr' }], note: 'no-break space' },
    { text: 'fnr:55033551230,', expected: [{ index: 4, length: 11, kind: 'dnr' }], note: 'glued to letters' },
    {
      text: '15833551202 og 15433551238',
      expected: [
        { index: 0, length: 11, kind: 'testnr' },
        { index: 15, length: 11, kind: 'hnr' },
      ],
      note: 'two in order',
    },
    // Ways of writing one that people use (issue 14): the groups joined across short separators.
    { text: 'Fnr 150335-51247.', expected: [{ index: 4, length: 12, kind: 'fnr' }], note: 'a dash' },
    { text: 'Fnr 150335.51247.', expected: [{ index: 4, length: 12, kind: 'fnr' }], note: 'a dot' },
    { text: 'Fnr 150335  51247', expected: [{ index: 4, length: 13, kind: 'fnr' }], note: 'two spaces' },
    { text: 'Fnr 150335\t51247', expected: [{ index: 4, length: 12, kind: 'fnr' }], note: 'a tab' },
    { text: 'Fnr 150335\n51247', expected: [{ index: 4, length: 12, kind: 'fnr' }], note: 'a line break' },
    { text: 'Fnr 150335\r\n51247', expected: [{ index: 4, length: 13, kind: 'fnr' }], note: 'CR LF' },
    { text: 'Fnr 150335 - 51247', expected: [{ index: 4, length: 14, kind: 'fnr' }], note: 'a spaced dash' },
    { text: 'Fnr 15.03.35 51247', expected: [{ index: 4, length: 14, kind: 'fnr' }], note: 'DD.MM.YY NNNNN' },
    { text: 'Fnr 150335 512 47', expected: [{ index: 4, length: 13, kind: 'fnr' }], note: 'DDMMYY NNN NN' },
    { text: 'Fnr 15.03.35 512 47', expected: [{ index: 4, length: 15, kind: 'fnr' }], note: 'DD.MM.YY NNN NN' },
    { text: 'Fnr 1503\u200b3551247', expected: [{ index: 4, length: 12, kind: 'fnr' }], note: 'a zero-width space' },
    { text: 'Fnr 150335\u00ad51247', expected: [{ index: 4, length: 12, kind: 'fnr' }], note: 'a soft hyphen' },
    {
      text: 'Fnr \uff11\uff15\uff10\uff13\uff13\uff15\uff15\uff11\uff12\uff14\uff17',
      expected: [{ index: 4, length: 11, kind: 'fnr' }],
      note: 'full-width digits',
    },
    { text: '150335    51247', expected: [], note: 'four spaces: too far apart' },
    { text: '150335 -- - 51247', expected: [], note: 'a long separator' },
    { text: '150335, 51247', expected: [], note: 'a comma lists two numbers' },
    { text: '150335/51247', expected: [], note: 'a slash' },
    { text: '150335-512479', expected: [], note: 'six and six digits across a dash' },
    { text: '15.03.2035 51247', expected: [], note: 'a date with a four-digit year' },
    { text: '15 03 35 51 247', expected: [], note: 'groups that fit no way of writing' },
    { text: '915033551247', expected: [], note: 'inside twelve digits' },
    { text: '150335512479', expected: [], note: 'eleven digits and one more' },
    { text: '1 150335 51247 9', expected: [{ index: 2, length: 12, kind: 'fnr' }], note: 'single digits around' },
    { text: '150335 512471', expected: [], note: 'six and six digits' },
    { text: '2150335 51247', expected: [], note: 'seven and five digits' },
    { text: 'Konto 1503.35.51247', expected: [], note: 'account number with dots' },
    { text: 'Konto 1503 35 51247', expected: [], note: 'account number with spaces' },
    { text: 'Tlf. +47 912 34 567, 91234567', expected: [], note: 'phone numbers' },
    { text: 'Orgnr. 912 345 678 / 912345678', expected: [], note: 'organisation number' },
    { text: '15033551248', expected: [], note: 'wrong control digit' },
  ];

  it.each(cases)('$note: $text', ({ text, expected }) => {
    expect(findNationalIds(text).map(({ index, length, kind }) => ({ index, length, kind }))).toEqual(expected);
  });

  it('returns the digits without the space', () => {
    expect(findNationalIds('150335 51247')[0]?.digits).toBe('15033551247');
    expect(findNationalIds('15.03.35\u200b 512-47')[0]?.digits).toBe('15033551247');
  });
});

// Generators written apart from `createSyntheticNationalId`, so the two check each other.
const OFFSETS: Record<NationalIdKind, readonly (readonly [number, number])[]> = {
  fnr: [[0, 0]],
  dnr: [[40, 0]],
  hnr: [[0, 40]],
  testnr: [
    [0, 80],
    [40, 80],
    [40, 40],
  ],
};

function daysIn(month: number, year: number): number {
  return new Date(Date.UTC(2000 + year, month, 0)).getUTCDate();
}

function validIdArbitrary(kind: NationalIdKind): fc.Arbitrary<string> {
  const two = (value: number): string => String(value).padStart(2, '0');
  return fc
    .record({
      year: fc.integer({ min: 0, max: 99 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
      individual: fc.integer({ min: 0, max: 999 }),
      rest1: fc.integer({ min: 0, max: 3 }),
      offset: fc.constantFrom(...OFFSETS[kind]),
    })
    .map(({ year, month, day, individual, rest1, offset: [dayOffset, monthOffset] }) => {
      const realDay = 1 + ((day - 1) % daysIn(month, year));
      const nine = `${two(realDay + dayOffset)}${two(month + monthOffset)}${two(year)}${String(individual).padStart(3, '0')}`;
      const control = computeControlDigits(nine, rest1);
      return control === null ? '' : nine + control;
    })
    .filter((id) => id.length === 11);
}

/** Text around a number: anything but digits (full-width ones read as digits too), so the number stays its own run. */
const filler = fc.string({ unit: 'grapheme', maxLength: 20 }).map((text) => text.replace(/[0-9\uff10-\uff19]/g, 'x'));

describe('national ID properties', () => {
  for (const kind of NATIONAL_ID_KINDS) {
    it(`finds 1 000 generated ${kind} numbers in text, with and without the space`, () => {
      fc.assert(
        fc.property(validIdArbitrary(kind), filler, filler, (id, before, after) => {
          expect(oracleKind(id), `NAV validator on ${id}`).toBe(kind);
          const plain = findNationalIds(`${before}${id}${after}`);
          expect(plain).toEqual([{ kind, index: before.length, length: 11, digits: id }]);
          const spaced = findNationalIds(`${before}${id.slice(0, 6)} ${id.slice(6)}${after}`);
          expect(spaced).toEqual([{ kind, index: before.length, length: 12, digits: id }]);
        }),
        { numRuns: 1000 },
      );
    });

    it(`creates valid synthetic ${kind} numbers`, () => {
      const random = createSeededRandom(7);
      for (let i = 0; i < 1000; i++) {
        const id = createSyntheticNationalId(kind, random);
        expect(ourKind(id)).toBe(kind);
        expect(oracleKind(id)).toBe(kind);
      }
      const classic = createSyntheticNationalId(kind, random, { controlDigitRule: 'classic' });
      expect(isNationalId(classic, { controlDigitRule: 'classic' })).toBe(true);
    });
  }

  const elevenDigits = fc
    .array(fc.integer({ min: 0, max: 9 }), { minLength: 11, maxLength: 11 })
    .map((d) => d.join(''));

  it('agrees with NAV validator on 5 000 random 11-digit strings', () => {
    fc.assert(
      fc.property(elevenDigits, (digits) => {
        expect(ourKind(digits)).toBe(oracleKind(digits));
      }),
      { numRuns: 5000 },
    );
  });

  it('agrees with NAV validator on 5 000 valid numbers with one digit changed or two swapped', () => {
    const anyValid = fc.constantFrom(...NATIONAL_ID_KINDS).chain(validIdArbitrary);
    const mutated = fc
      .tuple(anyValid, fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 9 }), fc.boolean())
      .map(([id, position, digit, swap]) => {
        const chars = [...id];
        if (swap && position < 10)
          [chars[position], chars[position + 1]] = [chars[position + 1] ?? '', chars[position] ?? ''];
        else chars[position] = String(digit);
        return chars.join('');
      });
    fc.assert(
      fc.property(mutated, (digits) => {
        expect(ourKind(digits)).toBe(oracleKind(digits));
      }),
      { numRuns: 5000 },
    );
  });

  it('accepts under the classic rule only what it accepts under the 2032 rule', () => {
    fc.assert(
      fc.property(elevenDigits, (digits) => {
        if (isNationalId(digits, { controlDigitRule: 'classic' })) expect(isNationalId(digits)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('finds exactly the valid numbers a reference pattern finds, in mixed digit text', () => {
    const separator = fc.constantFrom(' ', '  ', '.', '-', ' - ', '\u00a0', '\n', '\t', '_', ',', '    ');
    const piece = fc.oneof(
      separator,
      fc.constantFrom('a', 'ø'),
      fc.integer({ min: 0, max: 99 }).map(String),
      fc.constantFrom(...NATIONAL_ID_KINDS).chain(validIdArbitrary),
      fc.tuple(validIdArbitrary('fnr'), separator).map(([id, between]) => `${id.slice(0, 6)}${between}${id.slice(6)}`),
      fc
        .tuple(validIdArbitrary('dnr'), separator, separator)
        .map(([id, a, b]) => `${id.slice(0, 2)}${a}${id.slice(2, 4)}${a}${id.slice(4, 6)}${b}${id.slice(6)}`),
      validIdArbitrary('testnr').map((id) => `${id.slice(0, 6)} ${id.slice(6, 9)} ${id.slice(9)}`),
    );
    // The ways of writing a number: 11 digits, 6+5, 6+3+2, 2+2+2+5 or 2+2+2+3+2 digits, each gap
    // one to three separators; a group belongs to the first way it fits, valid or not.
    const gap = '[\\s._\\-\\u2010-\\u2015\\u2212]{1,3}';
    const ways = ['11', '6 5', '6 3 2', '2 2 2 5', '2 2 2 3 2'].map((way) =>
      way
        .split(' ')
        .map((count) => `(\\d{${count}})`)
        .join(gap),
    );
    const reference = new RegExp(`(?<!\\d)(?:${ways.join('|')})(?!\\d)`, 'g');
    const digitsOf = (match: RegExpMatchArray): string => match.slice(1).join('');
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join('')),
        (text) => {
          const expected = [...text.matchAll(reference)]
            .filter((m) => isNationalId(digitsOf(m)))
            .map((m) => ({ index: m.index, length: m[0].length }));
          expect(findNationalIds(text).map(({ index, length }) => ({ index, length }))).toEqual(expected);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('national ID rates', () => {
  it('finds every generated number and fires on few random strings (100 000 samples)', () => {
    for (const rule of ['from2032', 'classic'] as const) {
      const rates = measureNationalIdRates({
        randomSamples: 100_000,
        detectionSamples: 1000,
        random: createSeededRandom(2026),
        rule,
      });
      console.info(formatNationalIdRates(rates));
      for (const kind of NATIONAL_ID_KINDS) {
        expect(rates.detection[kind]).toEqual({ generated: 1000, found: 1000, foundSpaced: 1000 });
      }
      // About (valid-date share ≈ 0.21) × (control digits ≈ 1/121 classic, 4/121 with the 2032 rule).
      expect(rates.randomDigits.rate).toBeLessThan(rule === 'classic' ? 0.005 : 0.03);
      expect(rates.randomDigits.rate).toBeGreaterThan(0.0005);
      // Account numbers share k2's weights, so only k1 and the date filter them: written without dots
      // they are flagged far more often. Written the usual way (1234.56.78903) they never are.
      expect(rates.accountNumbersWithoutDots.rate).toBeLessThan(rule === 'classic' ? 0.03 : 0.1);
    }
  });
});
