import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { privacyReasonText, problemText } from '../../../components/DraftList';
import type { DraftProblem } from '../../../domain/draft';
import { LANGUAGES } from '../../../domain/i18n';
import { NATIONAL_ID_KINDS } from '../../../domain/national-id';
import {
  type DiagnosisCodeSystem,
  MEDICAL_WORD_CATEGORIES,
  type PrivacyAudience,
  type PrivacyFinding,
  type PrivacyReason,
} from '../../../domain/privacy-guard';
import { applyLanguage, ensureMessages } from '../../../i18n/ui-text';

// Every code the domain can give is said in every language, and bokmål says exactly what it said
// before the codes. A record keyed by code: a new code without an entry here fails tsc.

const PROBLEMS: { [C in DraftProblem['code']]: { problem: Extract<DraftProblem, { code: C }>; nb: string } } = {
  'over-limit': { problem: { code: 'over-limit', over: 12 }, nb: '12 tegn for mye: korte ned før du limer inn.' },
  'date-not-future': { problem: { code: 'date-not-future' }, nb: 'Datoen må være fra og med i morgen.' },
  'date-too-far': { problem: { code: 'date-too-far' }, nb: 'Datoen kan være høyst ett år fram i tid.' },
  'date-missing': { problem: { code: 'date-missing' }, nb: 'Skriv datoen dere ble enige om i notatet (dd.mm.åååå).' },
  'option-unknown': {
    problem: { code: 'option-unknown', options: ['ja', 'nei'] },
    nb: 'Skjemaet har bare valgene ja og nei.',
  },
  'not-answered': { problem: { code: 'not-answered' }, nb: 'Ikke svart ennå.' },
};

const AUDIENCES: { [A in PrivacyAudience]: string } = {
  arbeidsgiver: 'Arbeidsgiveren skal ikke få det i dette feltet, og nummeret hører ikke hjemme i fritekst.',
  nav: 'Nav vet allerede hvem saken gjelder, og nummeret hører ikke hjemme i fritekst.',
};
const ID_NAMES = {
  fnr: 'et fødselsnummer',
  dnr: 'et D-nummer',
  hnr: 'et H-nummer (hjelpenummer) eller et testnummer fra Nav',
  testnr: 'et syntetisk testnummer',
} as const;
const SYSTEMS: { [S in DiagnosisCodeSystem]: string } = {
  'icpc-2-or-icd-10': 'ICPC-2 eller ICD-10',
  'icd-10': 'ICD-10',
};
const WORD_REASONS = {
  diagnose: 'viser til en diagnose eller sykdom. Arbeidsgiveren har ikke krav på medisinske opplysninger.',
  symptom:
    'beskriver symptomer. Arbeidsgiveren trenger å vite hva som fungerer på jobb, ikke hvordan sykdommen arter seg.',
  behandling: 'forteller hvilken behandling den ansatte får, og kan avsløre diagnosen.',
  legemiddel:
    'er et legemiddel og kan avsløre diagnosen. Arbeidsgiveren har ikke krav på å vite hvilke medisiner den ansatte bruker.',
  helse: 'er en helseopplysning som den ansatte selv bestemmer om arbeidsgiveren skal få.',
} as const;

function finding(reason: PrivacyReason): PrivacyFinding {
  const kind =
    reason.code === 'national-id' ? 'nationalId' : reason.code === 'diagnosis-code' ? 'diagnosisCode' : 'medicalWord';
  return { kind, start: 0, end: 6, match: 'angsten', reason };
}

/** Every reason the guard can give, with the bokmål sentence it gave before reasons became codes. */
const REASONS: { reason: PrivacyReason; nb: string }[] = [
  ...NATIONAL_ID_KINDS.flatMap((id) =>
    (Object.keys(AUDIENCES) as PrivacyAudience[]).map((audience) => ({
      reason: { code: 'national-id', id, audience } as const,
      nb: `Dette ser ut som ${ID_NAMES[id]}. ${AUDIENCES[audience]}`,
    })),
  ),
  ...(Object.keys(SYSTEMS) as DiagnosisCodeSystem[]).map((system) => ({
    reason: { code: 'diagnosis-code', system } as const,
    nb: `Dette ser ut som en diagnosekode (${SYSTEMS[system]}). Arbeidsgiveren har ikke rett til å kjenne diagnosen.`,
  })),
  ...MEDICAL_WORD_CATEGORIES.map((category) => ({
    reason: { code: 'medical-word', category } as const,
    nb: `«angsten» ${WORD_REASONS[category]}`,
  })),
];

function expectSaid(text: string): void {
  expect(text.trim()).not.toBe('');
  expect(text).not.toMatch(/\{[a-zA-Z]+\}/);
  expect(text).not.toMatch(/^draft\./);
}

describe('draft problems and privacy reasons in words', () => {
  // The draft list renders only once its text is in (App.tsx's lazy DraftList awaits the same).
  beforeAll(ensureMessages);
  afterAll(() => applyLanguage('nb'));

  it('bokmål says exactly what the domain said before its problems and reasons became codes', async () => {
    await applyLanguage('nb');
    for (const { problem, nb } of Object.values(PROBLEMS)) expect(problemText(problem)).toBe(nb);
    for (const { reason, nb } of REASONS) expect(privacyReasonText(finding(reason))).toBe(nb);
  });

  for (const language of LANGUAGES) {
    it(`every problem and reason code has a text in ${language}`, async () => {
      await applyLanguage(language);
      for (const { problem, nb } of Object.values(PROBLEMS)) {
        const text = problemText(problem);
        expectSaid(text);
        if (language !== 'nb') expect(text).not.toBe(nb);
      }
      for (const { reason, nb } of REASONS) {
        const text = privacyReasonText(finding(reason));
        expectSaid(text);
        if (reason.code === 'medical-word') expect(text).toContain('angsten');
        if (language !== 'nb') expect(text).not.toBe(nb);
      }
      // The data shows through: the count, the options, the kind of number.
      expect(problemText({ code: 'over-limit', over: 12 })).toContain('12');
      expect(problemText({ code: 'over-limit', over: 1 })).toContain('1');
      expect(problemText({ code: 'option-unknown', options: ['ja', 'nei'] })).toMatch(/ja.*nei/);
      const idTexts = NATIONAL_ID_KINDS.map((id) =>
        privacyReasonText(finding({ code: 'national-id', id, audience: 'arbeidsgiver' })),
      );
      expect(new Set(idTexts).size).toBe(NATIONAL_ID_KINDS.length);
    });
  }

  it('English counts one character, and more characters', async () => {
    await applyLanguage('en');
    expect(problemText({ code: 'over-limit', over: 1 })).toMatch(/^1 character too many/);
    expect(problemText({ code: 'over-limit', over: 12 })).toMatch(/^12 characters too many/);
  });
});
