import type { PageSnapshot } from './page-snapshot';
import { foldNorwegianLetters } from './text-fold';

/**
 * Does this unlisted page look like a web journal (EPJ)? A local score over the page's title,
 * headings and field labels (pages.md §5). It only ever *suggests* adding the site; the user decides.
 * Reasons are keys from the lists below, never page text: a heading can hold a name or a diagnosis.
 */

/** The score at which the panel offers to add the site (pages.md §5: "around 8", to tune with real pages). */
export const JOURNAL_SCORE_THRESHOLD = 8;

/** Points per kind of evidence (pages.md §5). */
export const JOURNAL_WEIGHTS = { strong: 3, medium: 2, weak: 1, code: 2, negative: -3 } as const;

/** The heuristic's verdict on one page. */
export interface JournalScore {
  readonly score: number;
  /** True when the panel may offer "Bruk Følgesvenn på denne siden". */
  readonly suggest: boolean;
  /** Why, as keys such as `strong:sykmelding`, `code:diagnosis-code`, `negative:news`: never page text. */
  readonly reasons: readonly string[];
}

type Strength = 'strong' | 'medium' | 'weak';

interface Term {
  readonly key: string;
  readonly strength: Strength;
  /**
   * Matched against folded text (lower case, æøå → ae/o/a). `anywhere` also finds the word at the end
   * of a compound ("delsykmelding", "hoveddiagnose"); `start` only at the start of a word, for
   * abbreviations and for words that hide in common compounds ("saksbehandler" is not "behandler").
   */
  readonly pattern: string;
  readonly at: 'anywhere' | 'start';
}

// Each term counts once, however often it occurs. Phrases overlap their words on purpose: "gradert
// sykmelding" is stronger evidence than "sykmelding" alone.
const TERMS: readonly Term[] = [
  { key: 'sykmelding', strength: 'strong', pattern: 'syke?melding', at: 'anywhere' },
  { key: 'arbeidsufor', strength: 'strong', pattern: 'arbeidsufor', at: 'anywhere' },
  { key: 'melding-om-arbeidsuforhet', strength: 'strong', pattern: 'melding om arbeidsuforhet', at: 'anywhere' },
  { key: 'aktivitet-ikke-mulig', strength: 'strong', pattern: 'aktivitet ikke mulig', at: 'anywhere' },
  { key: 'gradert-sykmelding', strength: 'strong', pattern: 'gradert syke?melding', at: 'anywhere' },
  { key: 'melding-til-arbeidsgiver', strength: 'strong', pattern: 'melding til arbeidsgiver', at: 'anywhere' },
  { key: 'melding-til-nav', strength: 'strong', pattern: 'melding til nav', at: 'anywhere' },
  { key: 'konsultasjon', strength: 'medium', pattern: 'konsultasjon', at: 'anywhere' },
  { key: 'journalnotat', strength: 'medium', pattern: 'journalnotat', at: 'anywhere' },
  { key: 'kontaktarsak', strength: 'medium', pattern: 'kontaktarsak', at: 'anywhere' },
  { key: 'diagnose', strength: 'medium', pattern: 'diagnose', at: 'anywhere' },
  { key: 'icpc-2', strength: 'medium', pattern: 'icpc', at: 'start' },
  { key: 'icd-10', strength: 'medium', pattern: 'icd[- ]?10', at: 'start' },
  { key: 'fastlege', strength: 'medium', pattern: 'fastlege', at: 'anywhere' },
  { key: 'epj', strength: 'medium', pattern: 'epj', at: 'start' },
  { key: 'resept', strength: 'medium', pattern: 'resept', at: 'anywhere' },
  { key: 'henvisning', strength: 'medium', pattern: 'henvisning', at: 'anywhere' },
  { key: 'epikrise', strength: 'medium', pattern: 'epikrise', at: 'anywhere' },
  { key: 'pasient', strength: 'weak', pattern: 'pasient', at: 'anywhere' },
  { key: 'behandler', strength: 'weak', pattern: 'behandler', at: 'start' },
  { key: 'hpr', strength: 'weak', pattern: 'hpr', at: 'start' },
  { key: 'legekontor', strength: 'weak', pattern: 'legekontor', at: 'anywhere' },
];

const TERM_MATCHERS = TERMS.map((term) => ({
  term,
  regex: new RegExp(term.at === 'start' ? `(?<![\\p{L}\\p{N}])${term.pattern}` : term.pattern, 'u'),
}));

// Code patterns run on the original text (codes are upper case). An undotted code ("L03", "F32")
// has the shape of both ICPC-2 and ICD-10 and of much else, so it only counts in a text that also
// says it is a code or a diagnosis; a dotted ICD-10 code ("F32.1") is distinctive enough alone.
// Either way the points come at most once (pages.md §5).
const UNDOTTED_CODE = /(?<![\p{L}\p{N}])[A-Z]\d{2}(?![\p{L}\p{N}])/u;
const DOTTED_ICD10_CODE = /(?<![\p{L}\p{N}])[A-Z]\d{2}\.\d{1,2}(?![\p{L}\p{N}])/u;
const CODE_CONTEXT = /diagnos|icpc|icd|\bkode/i;

// Sites that carry the same words without being a journal (pages.md §5 negatives).
const NEWS_HOSTS = [
  'nrk.no',
  'vg.no',
  'dagbladet.no',
  'aftenposten.no',
  'tv2.no',
  'nettavisen.no',
  'e24.no',
  'dn.no',
  'bt.no',
  'adressa.no',
  'abcnyheter.no',
  'dagsavisen.no',
  'klassekampen.no',
  'dagensmedisin.no',
  'tidsskriftet.no',
];
const REFERENCE_HOSTS = ['lovdata.no', 'wikipedia.org', 'wikimedia.org', 'wiktionary.org', 'snl.no'];

function isHostOrSubdomain(hostname: string, domain: string): boolean {
  return hostname === domain || hostname.endsWith(`.${domain}`);
}

/** True for nav.no and its subdomains: those pages belong to the page table, never to the journal list. */
export function isNavHost(hostname: string): boolean {
  return isHostOrSubdomain(hostname.toLowerCase(), 'nav.no');
}

function foldText(text: string): string {
  return foldNorwegianLetters(text).replace(/[\s\u2010-\u2015-]+/g, (run) => (/\s/.test(run) ? ' ' : '-'));
}

interface Negatives {
  readonly reasons: readonly string[];
  /** True when the host is known not to be a journal (NAV, news, law and encyclopaedia sites). */
  readonly knownNotJournal: boolean;
}

function findNegatives(url: URL): Negatives {
  const hostname = url.hostname.toLowerCase();
  const reasons: string[] = [];
  if (isNavHost(hostname)) reasons.push('negative:nav-host');
  if (NEWS_HOSTS.some((domain) => isHostOrSubdomain(hostname, domain))) reasons.push('negative:news');
  if (REFERENCE_HOSTS.some((domain) => isHostOrSubdomain(hostname, domain))) reasons.push('negative:reference');
  const knownNotJournal = reasons.length > 0;
  const isWiki =
    hostname.split('.').some((label) => label === 'wiki') ||
    url.pathname.split('/').some((segment) => segment.toLowerCase() === 'wiki');
  // A wiki elsewhere (an intranet page about the journal) is suspect, not ruled out; counted once.
  if (isWiki && !knownNotJournal) reasons.push('negative:wiki');
  return { reasons, knownNotJournal };
}

function parseUrl(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

function hasDiagnosisCode(texts: readonly string[]): boolean {
  return texts.some((text) => DOTTED_ICD10_CODE.test(text) || (CODE_CONTEXT.test(text) && UNDOTTED_CODE.test(text)));
}

/** Scores how much a page looks like a web journal, from its structure only (pages.md §5). */
export function scoreJournalPage(snapshot: PageSnapshot): JournalScore {
  const texts = [
    snapshot.title,
    ...snapshot.headings.map((heading) => heading.text),
    ...snapshot.fields.map((field) => field.label),
  ].filter((text) => text.length > 0);
  const folded = texts.map(foldText);
  const reasons: string[] = [];
  let score = 0;

  for (const { term, regex } of TERM_MATCHERS) {
    if (folded.some((text) => regex.test(text))) {
      score += JOURNAL_WEIGHTS[term.strength];
      reasons.push(`${term.strength}:${term.key}`);
    }
  }
  if (hasDiagnosisCode(texts)) {
    score += JOURNAL_WEIGHTS.code;
    reasons.push('code:diagnosis-code');
  }

  const url = parseUrl(snapshot.url);
  const isWebPage = url !== null && (url.protocol === 'https:' || url.protocol === 'http:');
  const negatives = isWebPage ? findNegatives(url) : { reasons: [], knownNotJournal: false };
  score += negatives.reasons.length * JOURNAL_WEIGHTS.negative;
  reasons.push(...negatives.reasons);

  // −3 alone does not keep a law text about sykmelding below 8, so a host known not to be a journal
  // is never suggested, whatever its score; nor is a page the extension cannot be granted (chrome://, file:).
  const blocked = !isWebPage || negatives.knownNotJournal;
  return { score, suggest: !blocked && score >= JOURNAL_SCORE_THRESHOLD, reasons };
}
