// Measures the national-ID detector: how many generated valid numbers of each kind it finds (in text,
// with and without the space), and how often it fires on random 11-digit strings and on Norwegian
// account numbers written without dots. Run:
//   node --experimental-strip-types --no-warnings scripts/privacy-rates.ts [samples]   (Node ≥ 22.6)
// The functions are exported so the unit tests and the benchmark use the same measurement.
// Only `domain/national-id.ts` is imported (it imports nothing), with its `.ts` extension, so Node's
// type stripping can load it without a bundler.
import { pathToFileURL } from 'node:url';
import {
  type ControlDigitRule,
  createSyntheticNationalId,
  findNationalIds,
  isNationalId,
  NATIONAL_ID_KINDS,
  type NationalIdKind,
} from '../domain/national-id.ts';

/** A seeded xorshift32 random source in [0, 1), so measurements can be repeated exactly. */
export function createSeededRandom(seed: number): () => number {
  let state = seed >>> 0 || 0x9e3779b9;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 0x1_0000_0000;
  };
}

/** Detection of generated valid numbers of one kind. */
export interface DetectionRate {
  readonly generated: number;
  /** Found inside a sentence, written as 11 digits. */
  readonly found: number;
  /** Found inside a sentence, written `ddmmyy nnnnn`. */
  readonly foundSpaced: number;
}

/** How often the detector fires on strings that are not national identity numbers. */
export interface FalseAlarmRate {
  readonly samples: number;
  readonly flagged: number;
  readonly rate: number;
}

/** Everything measured for one control-digit rule. */
export interface NationalIdRates {
  readonly rule: ControlDigitRule;
  readonly detection: Readonly<Record<NationalIdKind, DetectionRate>>;
  /** Uniformly random 11-digit strings (a few are real valid numbers, by chance). */
  readonly randomDigits: FalseAlarmRate & { readonly byKind: Readonly<Record<NationalIdKind, number>> };
  /** Account numbers (mod-11 check digit, same weights as k2) written without dots. */
  readonly accountNumbersWithoutDots: FalseAlarmRate;
}

/** What to measure: sample sizes, the random source and the control-digit rule. */
export interface MeasureOptions {
  readonly randomSamples: number;
  readonly detectionSamples: number;
  readonly random: () => number;
  readonly rule: ControlDigitRule;
}

function randomDigits(count: number, random: () => number): string {
  let digits = '';
  for (let i = 0; i < count; i++) digits += String(Math.min(9, Math.floor(random() * 10)));
  return digits;
}

const ACCOUNT_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

function randomAccountNumber(random: () => number): string {
  for (;;) {
    const ten = randomDigits(10, random);
    let sum = 0;
    for (let i = 0; i < 10; i++) sum += (ACCOUNT_WEIGHTS[i] ?? 0) * Number(ten[i]);
    const check = (11 - (sum % 11)) % 11;
    if (check !== 10) return `${ten}${check}`;
  }
}

/** Measures detection of generated numbers and false alarms on random digits and undotted account numbers. */
export function measureNationalIdRates(options: MeasureOptions): NationalIdRates {
  const { random, rule } = options;
  const detection = {} as Record<NationalIdKind, DetectionRate>;
  for (const kind of NATIONAL_ID_KINDS) {
    let found = 0;
    let foundSpaced = 0;
    for (let i = 0; i < options.detectionSamples; i++) {
      const id = createSyntheticNationalId(kind, random, { controlDigitRule: rule });
      const plain = `Saken gjelder ${id}, ring meg.`;
      const spaced = `Saken gjelder ${id.slice(0, 6)} ${id.slice(6)}, ring meg.`;
      const [hit] = findNationalIds(plain, { controlDigitRule: rule });
      const [spacedHit] = findNationalIds(spaced, { controlDigitRule: rule });
      if (hit?.kind === kind && hit.index === 14 && hit.length === 11) found++;
      if (spacedHit?.kind === kind && spacedHit.index === 14 && spacedHit.length === 12) foundSpaced++;
    }
    detection[kind] = { generated: options.detectionSamples, found, foundSpaced };
  }

  const byKind: Record<NationalIdKind, number> = { fnr: 0, dnr: 0, hnr: 0, testnr: 0 };
  let flagged = 0;
  for (let i = 0; i < options.randomSamples; i++) {
    const [hit] = findNationalIds(randomDigits(11, random), { controlDigitRule: rule });
    if (hit) {
      flagged++;
      byKind[hit.kind]++;
    }
  }

  let accountFlagged = 0;
  for (let i = 0; i < options.randomSamples; i++) {
    if (isNationalId(randomAccountNumber(random), { controlDigitRule: rule })) accountFlagged++;
  }

  const samples = options.randomSamples;
  return {
    rule,
    detection,
    randomDigits: { samples, flagged, rate: flagged / samples, byKind },
    accountNumbersWithoutDots: { samples, flagged: accountFlagged, rate: accountFlagged / samples },
  };
}

/** Formats a measurement as a few lines of plain text. */
export function formatNationalIdRates(rates: NationalIdRates): string {
  const percent = (rate: number): string => `${(rate * 100).toFixed(3)} %`;
  const lines = [`Control-digit rule: ${rates.rule}`];
  for (const kind of NATIONAL_ID_KINDS) {
    const { generated, found, foundSpaced } = rates.detection[kind];
    lines.push(`  ${kind.padEnd(6)} found ${found}/${generated} plain, ${foundSpaced}/${generated} with space`);
  }
  const { randomDigits: random, accountNumbersWithoutDots: accounts } = rates;
  const kinds = NATIONAL_ID_KINDS.map((kind) => `${kind} ${random.byKind[kind]}`).join(', ');
  lines.push(`  random 11-digit strings: ${random.flagged}/${random.samples} = ${percent(random.rate)} (${kinds})`);
  lines.push(`  account numbers without dots: ${accounts.flagged}/${accounts.samples} = ${percent(accounts.rate)}`);
  return lines.join('\n');
}

function main(): void {
  const randomSamples = Number(process.argv[2] ?? 100_000);
  for (const rule of ['from2032', 'classic'] as const) {
    const rates = measureNationalIdRates({
      randomSamples,
      detectionSamples: 1000,
      random: createSeededRandom(2026),
      rule,
    });
    console.log(formatNationalIdRates(rates));
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
