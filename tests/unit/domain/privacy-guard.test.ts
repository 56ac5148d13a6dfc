import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { medicalWords } from '../../../content/medical-words';
import { createSyntheticNationalId, NATIONAL_ID_KINDS } from '../../../domain/national-id';
import {
  type CheckTextOptions,
  checkText,
  type MedicalWord,
  medicalWordSchema,
  type PrivacyFinding,
} from '../../../domain/privacy-guard';
import { createSeededRandom } from '../../../scripts/privacy-rates';

const employer: CheckTextOptions = { audience: 'arbeidsgiver', words: medicalWords };
const nav: CheckTextOptions = { audience: 'nav', words: medicalWords };

function summary(findings: readonly PrivacyFinding[]): string[] {
  return findings.map((finding) => `${finding.kind}:${finding.match}`);
}

// Synthetic numbers (born 2035, or valid only under the 2032 rule): see national-id.test.ts.
const FNR = '15033551247';
const DNR = '55033551230';

describe('checkText for the employer', () => {
  const cases: { text: string; expected: string[]; note: string }[] = [
    { text: 'Hun har depresjon.', expected: ['medicalWord:depresjon'], note: 'a diagnosis' },
    { text: 'Depresjonen er bedre.', expected: ['medicalWord:Depresjonen'], note: 'inflected, capital' },
    { text: 'ANGST og uro', expected: ['medicalWord:ANGST'], note: 'upper case' },
    { text: 'behandlet for brystkreft', expected: ['medicalWord:brystkreft'], note: 'compound ending in the term' },
    {
      text: 'Han er kreftsyk. Ho er kreftsjuk.',
      expected: ['medicalWord:kreftsyk', 'medicalWord:kreftsjuk'],
      note: 'bokmål and nynorsk',
    },
    { text: 'Ritalin-dosen er endret', expected: ['medicalWord:Ritalin'], note: 'brand name before a hyphen' },
    {
      text: 'bruker sertralin og Cipralex',
      expected: ['medicalWord:sertralin', 'medicalWord:Cipralex'],
      note: 'medicines',
    },
    { text: 'Fikk ADHD-diagnose i fjor', expected: ['medicalWord:ADHD', 'medicalWord:diagnose'], note: 'hyphenated' },
    { text: 'Cøliakien er under kontroll', expected: ['medicalWord:Cøliakien'], note: 'æøå inside the word' },
    {
      text: 'Ho har vore utbrent og nedstemt',
      expected: ['medicalWord:utbrent', 'medicalWord:nedstemt'],
      note: 'nynorsk',
    },
    { text: 'Hun er gravid i uke 20', expected: ['medicalWord:gravid'], note: 'pregnancy' },
    { text: 'Han jobber med fiskefangst og rekefangst', expected: [], note: '"fangst" is not "angst"' },
    { text: 'Arbeid med kreftfremkallende stoffer krever verneutstyr', expected: [], note: 'chemicals at work' },
    { text: 'Leder bekrefter, og drivkreftene er gode', expected: [], note: '"kreft" inside confirm and forces' },
    { text: 'God omgangstone, kort overgangstid, ingen tvangstiltak', expected: [], note: '"angst" inside compounds' },
    {
      text: 'Prestasjonsangsten og helseangst',
      expected: ['medicalWord:Prestasjonsangsten', 'medicalWord:helseangst'],
      note: 'compounds ending in angst',
    },
    { text: 'Legg arkene i plastmappen', expected: [], note: '"astma" inside plastmappe' },
    { text: 'Bruker diagnoseverktøy på bilene', expected: [], note: 'machines are diagnosed too' },
    { text: 'Lager for litiumbatterier', expected: [], note: 'litium only as a whole word' },
    { text: 'Han er sykmeldt og har vondt i ryggen', expected: [], note: 'everyday words left out' },
    { text: 'Bedriftshelsetjenesten og fastlegen deltar', expected: [], note: 'health services by name' },
    { text: 'Psykisk arbeidsmiljø og psykologisk trygghet', expected: [], note: 'workplace terms' },
    { text: 'Operasjonslederen rapporterer avtalebrudd', expected: [], note: 'job titles and legal words' },
    { text: 'Diagnose: P76', expected: ['medicalWord:Diagnose', 'diagnosisCode:P76'], note: 'code after diagnose' },
    { text: 'ICPC-2 L03, sykmeldt 50 %', expected: ['diagnosisCode:L03'], note: 'code after ICPC-2' },
    { text: 'ICD-10 F32 fra 12.03.2026', expected: ['diagnosisCode:F32'], note: 'code after ICD-10' },
    { text: 'kode F321 i meldingen', expected: ['diagnosisCode:F321'], note: 'ICD-10 without the dot' },
    { text: 'P76 er koden', expected: ['diagnosisCode:P76'], note: 'context after the code' },
    {
      text: 'dx: P76, L03 og R96 samt K86',
      expected: ['diagnosisCode:P76', 'diagnosisCode:L03', 'diagnosisCode:R96', 'diagnosisCode:K86'],
      note: 'a list of codes',
    },
    {
      text: 'Sykmeldt med F32.1 siden mars.',
      expected: ['diagnosisCode:F32.1'],
      note: 'ICD-10 with decimals, no context',
    },
    { text: 'Status S52.52.', expected: ['diagnosisCode:S52.52'], note: 'two decimals, sentence dot after' },
    {
      text: 'Diagnosen er P76.',
      expected: ['medicalWord:Diagnosen', 'diagnosisCode:P76'],
      note: 'sentence dot is not a decimal',
    },
    { text: 'møte i rom A12 kl. 10', expected: [], note: 'a room, no context' },
    { text: 'Kjør E18 til Sandvika, bygg K2', expected: [], note: 'a road' },
    { text: 'versjon f32.1 av malen', expected: [], note: 'lower-case code with decimal, no context' },
    { text: 'Tabell A12.345', expected: [], note: 'three decimals is not ICD-10' },
    { text: 'Prosjektkode P12 og rabattkode B20', expected: [], note: 'compounds with kode are not context' },
    {
      text: 'Diagnosen ble drøftet grundig i møtet med leder, og P76 ble nevnt',
      expected: ['medicalWord:Diagnosen'],
      note: 'context too far away',
    },
    { text: `Fnr ${FNR}, D-nr ${DNR}`, expected: [`nationalId:${FNR}`, `nationalId:${DNR}`], note: 'ID numbers' },
    { text: 'Fnr 150335 51247.', expected: ['nationalId:150335 51247'], note: 'ID with the space' },
  ];

  it.each(cases)('$note: $text', ({ text, expected }) => {
    expect(summary(checkText(text, employer))).toEqual(expected);
  });

  // Ways of writing that slipped past the guard (issue 14): each finding covers the text as written.
  const slipped: { text: string; expected: string[]; note: string }[] = [
    { text: 'Fnr 150335-51247.', expected: ['nationalId:150335-51247'], note: 'ID with a dash' },
    { text: 'Fnr 150335.51247.', expected: ['nationalId:150335.51247'], note: 'ID with a dot' },
    { text: 'Fnr 150335  51247.', expected: ['nationalId:150335  51247'], note: 'ID with two spaces' },
    { text: 'Fnr 150335\t51247.', expected: ['nationalId:150335\t51247'], note: 'ID with a tab' },
    { text: 'Fnr 150335\n51247.', expected: ['nationalId:150335\n51247'], note: 'ID across a line break' },
    { text: 'Fnr 15.03.35 51247.', expected: ['nationalId:15.03.35 51247'], note: 'ID as DD.MM.YY NNNNN' },
    { text: 'Fnr 150335 512 47.', expected: ['nationalId:150335 512 47'], note: 'ID as DDMMYY NNN NN' },
    { text: 'Fnr 15033\u200b551247.', expected: ['nationalId:15033\u200b551247'], note: 'ID with a zero-width space' },
    { text: 'Fnr 1503355\u00ad1247.', expected: ['nationalId:1503355\u00ad1247'], note: 'ID with a soft hyphen' },
    {
      text: 'Fnr \uff11\uff15\uff10\uff13\uff13\uff15\uff15\uff11\uff12\uff14\uff17.',
      expected: ['nationalId:\uff11\uff15\uff10\uff13\uff13\uff15\uff15\uff11\uff12\uff14\uff17'],
      note: 'ID in full-width digits',
    },
    { text: 'Sykmeldt med f32.1 siden mars.', expected: ['diagnosisCode:f32.1'], note: 'lowercase code' },
    { text: 'Sykmeldt med F32,1 siden mars.', expected: ['diagnosisCode:F32,1'], note: 'code with a comma' },
    { text: 'Hun er sykmeldt med F321 fra mars.', expected: ['diagnosisCode:F321'], note: 'code without the dot' },
    { text: 'Sykmeldt P76 fra 1. mars.', expected: ['diagnosisCode:P76'], note: 'ICPC-2 after sykmeldt' },
    { text: 'Han er borte pga. L03 denne uka.', expected: ['diagnosisCode:L03'], note: 'ICPC-2 after pga.' },
    { text: 'Fravær grunnet R74, tilbake i mai.', expected: ['diagnosisCode:R74'], note: 'ICPC-2 after grunnet' },
    { text: 'Hun er sykmeldt 100 % for P02.', expected: ['diagnosisCode:P02'], note: 'ICPC-2 after for' },
    {
      text: 'Hun har de\u200bpresjon.',
      expected: ['medicalWord:de\u200bpresjon'],
      note: 'word with a zero-width space',
    },
    { text: 'Hun har an\u00adgst.', expected: ['medicalWord:an\u00adgst'], note: 'word with a soft hyphen' },
    { text: 'Hun har depre-\nsjon.', expected: ['medicalWord:depre-\nsjon'], note: 'word with a line-break hyphen' },
    {
      text: 'Han får stra\u030alebehandling.',
      expected: ['medicalWord:stra\u030alebehandling'],
      note: 'word in decomposed Unicode',
    },
    { text: 'Jobben deprimerer henne.', expected: ['medicalWord:deprimerer'], note: 'a verb form' },
    { text: 'Hun skal opereres i kneet.', expected: ['medicalWord:opereres'], note: 'a passive verb form' },
    { text: 'Hun har psykiske plager.', expected: ['medicalWord:psykiske plager'], note: 'phrase psykiske plager' },
    { text: 'Han har en psykisk lidelse.', expected: ['medicalWord:psykisk lidelse'], note: 'phrase psykisk lidelse' },
    { text: 'Hun har utmattelse etter covid.', expected: ['medicalWord:utmattelse'], note: 'utmattelse' },
    { text: 'Han har senfølger etter ulykken.', expected: ['medicalWord:senfølger'], note: 'senfølger' },
  ];

  it.each(slipped)('$note: $text', ({ text, expected }) => {
    const findings = checkText(text, employer);
    expect(summary(findings)).toEqual(expected);
    for (const finding of findings) expect(text.slice(finding.start, finding.end)).toBe(finding.match);
  });

  // Ordinary workplace text that raised false alarms (issue 14).
  const falseAlarms: { text: string; note: string }[] = [
    { text: 'Vi gikk gjennom rusmiddelpolitikken på personalmøtet.', note: 'workplace drug policy' },
    { text: 'Rusmiddelpolicyen gjelder også på julebordet.', note: 'workplace drug policy, English loan' },
    { text: 'Kreftforeningen holder aksjon i kantina.', note: 'a charity' },
    { text: 'Vi ga en gave til Kreftforeininga.', note: 'a charity, nynorsk' },
    { text: 'IT brukte formiddagen på diagnose av serveren.', note: 'a server diagnosed' },
    { text: 'Diagnosen av problemet i lønnssystemet tok to dager.', note: 'a system diagnosed' },
    { text: 'Vi gjør kontoret mer ADHD-vennlig.', note: 'an accommodation for anyone' },
    { text: 'Vi bruker versjon F32.1 av lønnssystemet.', note: 'a version number' },
    { text: 'Han har ansvar for F35-prosjektet.', note: 'a project named with a code-shaped name' },
    { text: 'Parkering for T12-bilen er ved port 3.', note: 'a vehicle' },
    { text: 'Psykisk helse på arbeidsplassen er tema på fagdagen.', note: 'psykisk helse as a topic' },
    { text: 'Det har vært en utmattende høst.', note: 'utmattende is not utmattelse' },
  ];

  it.each(falseAlarms)('no false alarm on $note: $text', ({ text }) => {
    expect(summary(checkText(text, employer))).toEqual([]);
  });

  it('handles word boundaries at æ, ø and å without \\b', () => {
    const words: MedicalWord[] = [{ word: 'øl', category: 'helse' }];
    const findings = checkText('Søl og øl, bøl og Øl.', { audience: 'arbeidsgiver', words });
    expect(findings.map(({ start, end }) => [start, end])).toEqual([
      [7, 9],
      [18, 20],
    ]);
  });

  it('gives positions, the text as written and a reason code with its data, sorted by position', () => {
    const text = `Sertralin for depresjon, fnr ${FNR}, diagnose F32.1.`;
    const findings = checkText(text, employer);
    expect(summary(findings)).toEqual([
      'medicalWord:Sertralin',
      'medicalWord:depresjon',
      `nationalId:${FNR}`,
      'medicalWord:diagnose',
      'diagnosisCode:F32.1',
    ]);
    for (const finding of findings) {
      expect(text.slice(finding.start, finding.end)).toBe(finding.match);
    }
    expect(findings.map((finding) => finding.reason)).toEqual([
      { code: 'medical-word', category: 'legemiddel' },
      { code: 'medical-word', category: 'diagnose' },
      { code: 'national-id', id: 'fnr', audience: 'arbeidsgiver' },
      { code: 'medical-word', category: 'diagnose' },
      { code: 'diagnosis-code', system: 'icd-10' },
    ]);
  });

  it('tells ICPC-2-shaped codes from ICD-10-only codes', () => {
    const findings = checkText('Diagnosekode P76, K50.1 og R1234.', employer);
    expect(findings.filter((finding) => finding.kind === 'diagnosisCode').map((finding) => finding.reason)).toEqual([
      { code: 'diagnosis-code', system: 'icpc-2-or-icd-10' },
      { code: 'diagnosis-code', system: 'icd-10' },
    ]);
  });

  it('names the kind of ID number in the reason', () => {
    const random = createSeededRandom(3);
    for (const kind of NATIONAL_ID_KINDS) {
      const [finding] = checkText(`Nr ${createSyntheticNationalId(kind, random)}`, employer);
      expect(finding?.reason).toEqual({ code: 'national-id', id: kind, audience: 'arbeidsgiver' });
    }
  });
});

describe('checkText for NAV only', () => {
  it('checks only ID numbers', () => {
    const text = `Depresjon, diagnose P76 og F32.1, sertralin. Fnr ${FNR}.`;
    const findings = checkText(text, nav);
    expect(summary(findings)).toEqual([`nationalId:${FNR}`]);
    expect(findings[0]?.reason).toEqual({ code: 'national-id', id: 'fnr', audience: 'nav' });
  });
});

describe('the medical word list', () => {
  it('is valid data of a useful size', () => {
    for (const entry of medicalWords) expect(medicalWordSchema.safeParse(entry).success, entry.word).toBe(true);
    expect(medicalWords.length).toBeGreaterThanOrEqual(100);
    expect(medicalWords.length).toBeLessThanOrEqual(250);
    console.info(
      `medical word list: ${medicalWords.length} entries, ${medicalWords.reduce((n, e) => n + 1 + (e.forms?.length ?? 0), 0)} terms`,
    );
  });

  it('lists every term once', () => {
    const terms = medicalWords.flatMap((entry) => [entry.word, ...(entry.forms ?? [])]);
    const seen = new Set<string>();
    const duplicates = terms.filter((term) => seen.has(term) || !seen.add(term));
    expect(duplicates, 'terms listed twice').toEqual([]);
  });

  it('finds every listed term in a sentence (with its next word, for a phrase)', () => {
    for (const entry of medicalWords) {
      for (const term of [entry.word, ...(entry.forms ?? [])]) {
        const written = entry.followedBy ? `${term} ${entry.followedBy[0]}` : term;
        const findings = checkText(`Notat: ${written}.`, employer);
        expect(summary(findings), `"${written}" is not found`).toEqual([`medicalWord:${written}`]);
      }
    }
  });

  it('finds a phrase only with its next word', () => {
    expect(summary(checkText('Psykisk arbeidsmiljø og psykiske belastninger i kundeservice.', employer))).toEqual([]);
    expect(summary(checkText('Psykisk sykdom i familien.', employer))).toEqual(['medicalWord:Psykisk sykdom']);
  });
});

// Ordinary Norwegian workplace text, bokmål and nynorsk, as it is written in plans, referat and
// messages to the employer: dates, phone numbers, addresses, organisation and account numbers,
// room and road names. None of it should raise a finding.
const ORDINARY_TEXT = [
  'Vi hadde dialogmøte 12.03.2026 kl. 09.00 hos Nav Grünerløkka, Storgata 12, 0155 Oslo.',
  'Ta kontakt med leder på telefon +47 912 34 567 eller 91234567 hvis noe endrer seg.',
  'Sentralbordet har nummer 22 33 44 55, og faks 22334456 er lagt ned.',
  'Arbeidsgiver er Eksempel Bygg AS, org.nr. 912 345 678 (orgnr 912345678).',
  'Lønn utbetales til konto 1234.56.78903 som før; kontonummeret 1234 56 78903 er uendret.',
  'Arbeidsgiverperioden startet 2026-01-05 og varte i 16 dager.',
  'Den ansatte er sykmeldt 50 % fra 01.02.2026 til 28.02.2026, gradert sykmelding.',
  'Typisk arbeidsdag: kundemøter fra 08:00 til 11:30, lunsj, og saksbehandling etter kl. 12.',
  'Arbeidsoppgaver som kan utføres: telefonvakt, fakturering og opplæring av nyansatte.',
  'Arbeidsoppgaver som ikke kan utføres nå: tunge løft over 15 kg og nattevakter.',
  'Tilrettelegging fremover: kortere dager, hjemmekontor to dager i uken og pauser ved behov.',
  'Vi prøver redusert stilling på 60 % i fire uker, så evaluerer vi i uke 14.',
  'Møterom B3 i 2. etasje er reservert hver tirsdag, og rom A12 brukes til oppfølgingssamtaler.',
  'Bedriftshelsetjenesten skal vurdere arbeidsstasjonen og foreslå en hev-senk-pult.',
  'Fastlegen deltar ikke, men har fått kopi av oppfølgingsplanen etter samtykke.',
  'Verneombudet og tillitsvalgt var med på samtalen, og alle fikk si sin mening.',
  'Hun kjører E18 og rv. 4 til jobb, så vi vurderer reisetilskudd fra Nav.',
  'Saksnummer 26/01234-3 gjelder ekspertbistand; referanse 2026/1234 i arkivet.',
  'Fakturanummer 20260312 og KID 123456789012345 står på giroen.',
  'Ansattnummer 104233 og avdelingskode 4410 brukes i lønnssystemet.',
  'Vi følger HMS-rutinene, og ISO 9001-revisjonen er flyttet til 15. april.',
  'Psykososialt arbeidsmiljø og samarbeid i teamet skal tas opp på neste personalmøte.',
  'Den ansatte ønsker å prøve andre oppgaver i lageret, bygg K2, port 7.',
  'Lederen følger opp med en kort samtale hver fredag kl. 14.15 på Teams.',
  'Fiskefangsten ble registrert i systemet, og kvoten for 2026 er 1 250 tonn.',
  'Vi bruker litiumbatterier i truckene, og ladestasjonen står ved port 3.',
  'Arbeid med kreftfremkallende stoffer krever særskilt opplæring og verneutstyr.',
  'Saksbehandlingstiden hos Nav er normalt fire uker.',
  'Hun har vondt i skuldrene etter lange dager og trenger pauser; det er greit for oss.',
  'Han har vært syk en periode og er nå delvis tilbake i jobb.',
  'Stillingsprosent: 80 %. Arbeidstid: 07.30–15.30, fleksitid etter avtale.',
  'Evalueringsdato er satt til 30.04.2026, og planen deles med Nav-veilederen.',
  'Adresse for post: Postboks 123 Sentrum, 5020 Bergen. Besøk: Kong Oscars gate 5B.',
  'Vi har vurdert tilskudd til ekspertbistand og hjelpemidler på arbeidsplassen.',
  'Det vart semje om at ho byrjar med tre timar kvar dag frå måndag.',
  'Arbeidsgjevar legg til rette med eit roleg kontor og fleksibel arbeidstid.',
  'Vi avtalte nytt møte 02.04.2026 klokka 10, same stad som sist.',
  'Ho kan ta telefonar og svare på e-post, men ikkje stå i kassa heile dagen.',
  'Leiaren ringjer på 48 12 34 56 om det blir endringar i turnusen.',
  'Kontoret ligg i Fjordvegen 21, 6800 Førde; parkering i kjellaren.',
  'Nav-kontoret har telefon 55 55 33 33, og saka har nummer 2026-000123.',
  'Tiltak: opplæring i nytt fagsystem, mentor frå avdelinga og gradvis auke.',
  'Operasjonsleder og skiftleder fordeler oppgavene ved vaktskiftet kl. 06.',
  'Brudd på avtalen skal meldes til leder; strømbrudd meldes til driftssentralen.',
  'Koden til porten er 4567, og nøkkelkortet hentes i resepsjonen.',
  'Det var beroligende å høre at prosjektet går etter planen.',
  'Versjon 2.1 av rutinen gjelder fra 1. juni; se kapittel 4.2.',
  'Vi har psykologisk trygghet som tema på fagdagen 05.05.2026.',
  'Sykefraværet i avdelingen var 6,4 % i fjor, mot 5,1 % året før.',
  'Ring 113 ved akutt behov, ellers legevakt 116 117.',
  'Leder bekrefter avtalen skriftlig, og ordrebekreftelsen sendes i dag.',
  'Vi trenger flere arbeidskrefter i høysesongen, og drivkreftene i teamet er gode.',
  'Omgangstonen i teamet er god, og utgangstidspunktet for planen er 1. mars.',
  'Overgangstiden for nye rutiner er to uker, og tilgangstiden til systemet er utvidet.',
  'Legg dokumentene i plastmappen på pulten før møtet.',
  'Mekanikeren bruker diagnoseverktøy for å finne feil på bilene.',
  'Vi vil unngå beslutningslammelse og tar én avgjørelse om gangen.',
  'Leiaren stadfestar avtalen, og ho får fleire arbeidskrefter i turnusen.',
];

// Sentences that should be caught before they reach the employer.
const MEDICAL_TEXT = [
  'Hun har fått diagnosen depresjon og bruker sertralin.',
  'Han er under utredning for ADHD.',
  'Ho har angst og søvnvanskar.',
  'Han har vært innlagt, og innleggelsen varte i to uker.',
  'Hun går på cellegift annenhver uke.',
  'Han har diabetes type 2 og må ta insulin.',
  'Ho har migrene fleire gonger i månaden.',
  'Han hadde hjerneslag i januar.',
  'Hun er gravid og har bekkenløsning.',
  'Han har et rusproblem og går til behandling.',
  'Ho har kols og astma.',
  'Han fikk hjerteinfarkt og har fått blodfortynnende.',
  'Diagnose P76, bidiagnose L03.',
  'Sykmeldt for F32.1.',
  'Hun har epilepsi og tar Keppra.',
  'Han har bipolar lidelse og bruker litium.',
  'Ho er utbrent etter lang tid med høgt press.',
  'Han går til psykolog hver uke.',
  'Hun har leddgikt og fibromyalgi.',
  'Han ble operert for prolaps i ryggen.',
];

describe('false alarms and detection on text', () => {
  it('raises nothing on ordinary workplace text', () => {
    const text = ORDINARY_TEXT.join('\n');
    const findings = checkText(text, employer);
    const sentences = ORDINARY_TEXT.filter((sentence) => checkText(sentence, employer).length > 0);
    console.info(
      `ordinary text: ${ORDINARY_TEXT.length} sentences, ${text.length} characters, ${findings.length} findings, ` +
        `${sentences.length} sentences flagged (${((sentences.length / ORDINARY_TEXT.length) * 100).toFixed(1)} %)`,
    );
    expect(summary(findings)).toEqual([]);
  });

  it('catches every medical sentence', () => {
    const missed = MEDICAL_TEXT.filter((sentence) => checkText(sentence, employer).length === 0);
    console.info(
      `medical sentences: ${MEDICAL_TEXT.length - missed.length}/${MEDICAL_TEXT.length} caught before the employer sees them`,
    );
    expect(missed).toEqual([]);
  });

  it('finds generated ID numbers placed in ordinary text', () => {
    const sentence = fc.constantFrom(...ORDINARY_TEXT);
    const id = fc
      .tuple(fc.constantFrom(...NATIONAL_ID_KINDS), fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.boolean())
      .map(([kind, seed, spaced]) => {
        const digits = createSyntheticNationalId(kind, createSeededRandom(seed));
        return spaced ? `${digits.slice(0, 6)} ${digits.slice(6)}` : digits;
      });
    fc.assert(
      fc.property(sentence, id, sentence, (before, number, after) => {
        const text = `${before} Fnr: ${number}. ${after}`;
        for (const audience of ['arbeidsgiver', 'nav'] as const) {
          const findings = checkText(text, { audience, words: medicalWords });
          expect(summary(findings)).toEqual([`nationalId:${number}`]);
          expect(findings[0]?.start).toBe(before.length + 6);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never fails and keeps findings inside the text, on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        for (const finding of checkText(text, employer)) {
          expect(finding.start).toBeGreaterThanOrEqual(0);
          expect(finding.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(finding.start, finding.end)).toBe(finding.match);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('large text', () => {
  // Not a benchmark: a generous bound that only a super-linear (backtracking) check would break.
  const MB = 1_000_000;
  const inputs: Record<string, string> = {
    'ordinary text': ORDINARY_TEXT.join(' ')
      .repeat(Math.ceil(MB / ORDINARY_TEXT.join(' ').length))
      .slice(0, MB),
    'medical text': MEDICAL_TEXT.join(' ')
      .repeat(Math.ceil(MB / MEDICAL_TEXT.join(' ').length))
      .slice(0, MB),
    'one digit run': '1'.repeat(MB),
    'one word': 'a'.repeat(MB),
    'date-like groups': '150335 '.repeat(MB / 7),
    'codes and decimals': 'kode P76.1 '.repeat(MB / 11),
    'one long compound': 'kreft'.repeat(MB / 5),
  };

  it.each(Object.keys(inputs))('checks 1 MB of %s in well under a few seconds', (name) => {
    const text = inputs[name] ?? '';
    const started = performance.now();
    const findings = checkText(text, employer);
    const elapsed = performance.now() - started;
    console.info(`1 MB ${name}: ${elapsed.toFixed(0)} ms, ${findings.length} findings`);
    expect(elapsed).toBeLessThan(5000);
  });
});
