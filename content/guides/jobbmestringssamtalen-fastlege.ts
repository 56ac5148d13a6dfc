import type { Guide, Source } from '../../domain/guide';

const cite = (section: string): Source => ({ document: 'jobbmestringssamtalen-fastlege', section });

const BAKGRUNN = cite('Bakgrunn for denne brosjyren');
const DOBBELTROLLE = cite('Legens dobbeltrolle i sykefraværsarbeidet');
const INNLEDNING = cite('Innledning til jobbmestringssamtalen');
const FORSTAELSE = cite(
  'Eksempler på spørsmål som kan stilles for å utforske pasientens forståelse av egen livs- og helsesituasjon',
);
const MESTRING = cite('Eksempler på spørsmål som kan stilles for å utforske pasientens tro på egen mestring');
const AVSLUTNING = cite('Avslutning på konsultasjonen');
const REFLEKSJON = cite('3 minutters refleksjon etter samtale');

/** Only work-related content may reach the employer: no diagnosis, no symptoms. */
const TIL_ARBEIDSGIVER_HJELP =
  'Notatet kan bli innspill i feltene arbeidsgiver ser. Skriv om oppgaver og arbeid, aldri om diagnose eller symptomer.';

/**
 * The GP's jobbmestringssamtale (NAV Vestfold og Telemark, brochure 3 of 4): the double role,
 * opening, the two question banks (the patient's understanding, then mestringstro with the 0–10
 * scale), closing with a concrete plan, and the three-minute reflection afterwards.
 */
export const jobbmestringssamtalenFastlege: Guide = {
  id: 'jobbmestringssamtalen-fastlege',
  title: 'Jobbmestringssamtalen hos fastlegen',
  summary:
    'En samtale om jobb og mestring når sykmelding er tema: åpne samtalen, utforsk pasientens forståelse og mestringstro, avslutt med en konkret plan og bruk tre minutter på å reflektere etterpå.',
  roles: ['lege'],
  contexts: ['syk-inn-fhir', 'syk-inn-standalone', 'journal'],
  handout: 'pasientinformasjon',
  sections: [
    {
      id: 'jms-dobbeltrolle',
      title: 'Før du begynner: dobbeltrollen',
      items: [
        {
          id: 'jms-dobbeltrolle-to-hensyn',
          kind: 'fact',
          text: 'Som sykmelder står du i to roller samtidig: du forvalter fellesskapets begrensede midler, og du er pasientens behandler og talsperson.',
          source: DOBBELTROLLE,
        },
        {
          id: 'jms-dobbeltrolle-utfordre',
          kind: 'fact',
          text: 'Mange leger er redde for å ødelegge relasjonen hvis de utfordrer pasientens syn på egen situasjon. Forskning på retur til arbeid viser det motsatte: de fleste pasienter opplever da en bedre relasjon og større tillit.',
          source: DOBBELTROLLE,
        },
        {
          id: 'jms-dobbeltrolle-forventning',
          kind: 'fact',
          text: 'Det som betyr mest for å komme tilbake i arbeid, er pasientens egen forventning om at det lar seg gjøre. Rask hjelp hindrer at plagene utvikler seg videre.',
          source: DOBBELTROLLE,
        },
        {
          id: 'jms-dobbeltrolle-mestringstro',
          kind: 'fact',
          text: 'Mestringstro er troen på at man kan takle problemene livet uunngåelig byr på. Den øker når dere utforsker hvor mye jobb pasienten klarer tross plagene, og hva som kan tilrettelegges.',
          source: DOBBELTROLLE,
        },
        {
          id: 'jms-bakgrunn-felles-sprak',
          kind: 'fact',
          text: 'Brosjyren er del av en serie fra Nav til veiledere, arbeidsgivere, fastleger og arbeidstakere. Målet er at alle parter bruker samme språk om hverdagsplager og jobbdeltakelse.',
          help: 'Muskel- og skjelettplager og lette til moderate psykiske plager er de vanligste årsakene til sykefravær i Norge.',
          source: BAKGRUNN,
        },
      ],
    },
    {
      id: 'jms-apning',
      title: 'Åpne samtalen',
      items: [
        {
          id: 'jms-apning-bekreft',
          kind: 'step',
          core: true,
          text: 'Bekreft hvordan pasienten opplever sin egen situasjon. Når pasienten føler seg sett og forstått, sparer dere tid og kommer raskere videre.',
          source: INNLEDNING,
        },
        {
          id: 'jms-apning-mal',
          kind: 'step',
          core: true,
          text: 'Bli enige om hva dagens samtale skal føre til. Et felles mål gir struktur og forplikter begge.',
          source: INNLEDNING,
          note: true,
        },
        {
          id: 'jms-apning-apne-sporsmal',
          kind: 'advice',
          text: 'Bruk den tiden situasjonen gir rom for, og still så åpne og nysgjerrige spørsmål du kan. Det viser engasjement og bygger tillit.',
          source: INNLEDNING,
        },
        {
          id: 'jms-apning-ett-om-gangen',
          kind: 'advice',
          text: 'Ett spørsmål om gangen – og vent på svaret før du går videre.',
          source: INNLEDNING,
        },
        {
          id: 'jms-apning-stillhet',
          kind: 'advice',
          text: 'Øv deg på å tåle stillhet, og på å tåle gråt eller sinne. Pausene gir pasienten tid til å tenke over sin egen situasjon.',
          source: INNLEDNING,
        },
        {
          id: 'jms-apning-undring',
          kind: 'advice',
          text: 'Gå inn i samtalen med undring og åpenhet; svaret er ikke bestemt på forhånd. Pasienten skal ha mulighet og myndighet til å velge det som er godt for seg selv.',
          help: 'Målet er å myndiggjøre pasienten og få saken til å bevege seg i riktig retning.',
          source: INNLEDNING,
        },
      ],
    },
    {
      id: 'jms-forstaelse',
      title: 'Pasientens forståelse av egen situasjon',
      items: [
        {
          id: 'jms-forst-situasjon',
          kind: 'question',
          core: true,
          text: 'Fortell om situasjonen du står i nå.',
          source: FORSTAELSE,
        },
        {
          id: 'jms-forst-arsak',
          kind: 'question',
          text: 'Hva tror du har ført til at det har blitt slik?',
          source: FORSTAELSE,
        },
        {
          id: 'jms-forst-konsekvens',
          kind: 'question',
          text: 'Hva tror du skjer hvis dette fortsetter?',
          source: FORSTAELSE,
        },
        {
          id: 'jms-forst-sta-i-jobb',
          kind: 'question',
          text: 'Hva må til for at du kan fortsette i jobben?',
          source: FORSTAELSE,
        },
        {
          id: 'jms-forst-bra-pa-jobb',
          kind: 'question',
          text: 'Hva er bra med jobben din?',
          source: FORSTAELSE,
        },
        {
          id: 'jms-forst-kolleger',
          kind: 'question',
          text: 'Er det kolleger du trives godt sammen med?',
          source: FORSTAELSE,
        },
        {
          id: 'jms-forst-klar',
          kind: 'question',
          core: true,
          text: 'Hvordan og når vil du merke at du er klar for jobb? Hva betyr «klar» for deg?',
          source: FORSTAELSE,
        },
        {
          id: 'jms-forst-hinder',
          kind: 'question',
          core: true,
          text: 'Er det noe du opplever står i veien for at du kommer i jobb?',
          source: FORSTAELSE,
        },
        {
          id: 'jms-forst-far-til',
          kind: 'question',
          text: 'Hva får du til utenom jobb eller studier, selv med plagene?',
          source: FORSTAELSE,
        },
        {
          id: 'jms-forst-valg',
          kind: 'question',
          text: 'Er det valg eller avgjørelser som må tas for at du skal komme videre?',
          source: FORSTAELSE,
        },
        {
          id: 'jms-forst-bekymring',
          kind: 'question',
          text: 'Er det noe med plagene som bekymrer deg eller som du grubler mye på?',
          source: FORSTAELSE,
        },
        {
          id: 'jms-forst-hjelp',
          kind: 'question',
          text: 'Jeg vil gjerne hjelpe deg. Skal vi sammen finne ut hva slags hjelp som passer for deg?',
          source: FORSTAELSE,
        },
        {
          id: 'jms-forst-treningsplan',
          kind: 'question',
          text: 'Å øve på det som er vanskelig, også på jobben, er vist å hjelpe mot plager som dine. Skal vi lage en treningsplan sammen?',
          source: FORSTAELSE,
        },
        {
          id: 'jms-forst-treningsarena',
          kind: 'question',
          text: 'Kan arbeidsplassen være et sted der du trener? Hvorfor, eller hvorfor ikke?',
          source: FORSTAELSE,
        },
        {
          id: 'jms-forst-sykmelding-behandling',
          kind: 'question',
          text: 'Sykmelding er også en form for behandling. Hva skal sykmeldingsperioden brukes til for at funksjonen din blir bedre?',
          source: FORSTAELSE,
        },
        {
          id: 'jms-forst-eget-mal',
          kind: 'question',
          text: 'Har du et eget mål? Hvordan vil du nå det, og trenger du hjelp på veien?',
          source: FORSTAELSE,
        },
        {
          id: 'jms-forst-funksjon',
          kind: 'advice',
          text: 'Hold oppmerksomheten på funksjon – det pasienten får til – og ikke på symptomer, så langt det går.',
          source: FORSTAELSE,
        },
      ],
    },
    {
      id: 'jms-mestringstro',
      title: 'Mestringstro og jobb',
      items: [
        {
          id: 'jms-mt-jobb-med-plager',
          kind: 'question',
          text: 'Hva tenker du om å være i jobb mens du har plager?',
          source: MESTRING,
        },
        {
          id: 'jms-mt-tross',
          kind: 'question',
          core: true,
          text: 'Hva kan du gjøre selv om plagene er der?',
          source: MESTRING,
        },
        {
          id: 'jms-mt-tidligere',
          kind: 'question',
          text: 'Har du vært i en lignende situasjon før? Hva gjorde du da, og hvordan gikk det?',
          source: MESTRING,
        },
        {
          id: 'jms-mt-aktivitet',
          kind: 'question',
          text: 'Tror du at situasjonen kan bli bedre med litt mer arbeidsrettet aktivitet? Utforsk hvorfor og hvordan, både om svaret er ja og om det er nei.',
          source: MESTRING,
        },
        {
          id: 'jms-mt-helseeffekter',
          kind: 'question',
          text: 'Har du lyst til å høre litt om hvordan det å være i arbeid kan være bra for helsen din?',
          source: MESTRING,
        },
        {
          id: 'jms-mt-oppgaver-start',
          kind: 'question',
          core: true,
          text: 'Tenk deg at du møter på jobb i morgen: hvilke oppgaver ville det vært best å starte med?',
          help: TIL_ARBEIDSGIVER_HJELP,
          source: MESTRING,
          feeds: ['sykmelding.meldinger.tilArbeidsgiver'],
        },
        {
          id: 'jms-mt-hemmer',
          kind: 'question',
          core: true,
          text: 'Er det noe på arbeidsplassen som gjør det vanskeligere for deg å komme tilbake?',
          help: 'Forhold på arbeidsplassen, som manglende tilrettelegging, kan oppgis som arbeidsrelatert årsak. Feltet vises for arbeidsgiver.',
          source: MESTRING,
          feeds: ['sykmelding.arbeidsrelatertArsak'],
        },
        {
          id: 'jms-mt-letter',
          kind: 'question',
          text: 'Er det noe på arbeidsplassen som kan gjøre det lettere å komme tilbake?',
          help: TIL_ARBEIDSGIVER_HJELP,
          source: MESTRING,
          feeds: ['sykmelding.meldinger.tilArbeidsgiver'],
        },
        {
          id: 'jms-mt-stotte',
          kind: 'question',
          text: 'Trenger du støtte fra noen?',
          source: MESTRING,
        },
        {
          id: 'jms-mt-leder',
          kind: 'question',
          text: 'Hvordan ville det vært for deg å ta opp disse tingene med lederen din?',
          source: MESTRING,
        },
        {
          id: 'jms-mt-skala',
          kind: 'scale',
          core: true,
          text: 'Hvor stor tro har du på at løsningen du ser for deg, vil hjelpe deg å nå målet ditt? Svar fra 0 til 10.',
          help: 'Utforsk svaret. Er tallet lavt, spør hva som gjør at det ikke er null, og hva tallet står for.',
          source: MESTRING,
          scale: { min: 0, max: 10, minLabel: 'Ingen tro', maxLabel: 'Full tro' },
        },
        {
          id: 'jms-mt-hvorfor-ikke-null',
          kind: 'question',
          text: 'Ved et lavt tall: Hva gjør at du ikke sa null? Hva forteller tallet deg?',
          source: MESTRING,
        },
        {
          id: 'jms-mt-sannsynlighet',
          kind: 'question',
          text: 'Hvor sannsynlig er det, slik du ser det, at du er tilbake i arbeid – eller kommer i arbeid – etter hvert?',
          help: 'Utforsk svaret, gjerne med andre spørsmål fra denne guiden.',
          source: MESTRING,
        },
        {
          id: 'jms-mt-helt-delvis',
          kind: 'question',
          core: true,
          text: 'Tror du det er bra for deg å være i jobb, helt eller delvis? Hvorfor, eller hvorfor ikke?',
          source: MESTRING,
        },
        {
          id: 'jms-mt-tilrettelegging',
          kind: 'question',
          text: 'Kunne tilrettelegging gjort en gradert sykmelding mulig? Hva slags tilrettelegging, og hvem kan du snakke med om det?',
          help: TIL_ARBEIDSGIVER_HJELP,
          source: MESTRING,
          feeds: ['sykmelding.meldinger.tilArbeidsgiver', 'sykmelding.tiltakArbeidsplassen'],
        },
        {
          id: 'jms-mt-jobbfokus',
          kind: 'advice',
          text: 'La jobben, ikke helsen, stå i sentrum i denne delen av samtalen.',
          source: MESTRING,
        },
      ],
    },
    {
      id: 'jms-avslutning',
      title: 'Avslutt konsultasjonen',
      items: [
        {
          id: 'jms-avsl-oppsummer',
          kind: 'step',
          text: 'Oppsummer sammen med pasienten: hva har dere snakket om, og hva er dere enige om?',
          source: AVSLUTNING,
          note: true,
        },
        {
          id: 'jms-avsl-plan',
          kind: 'step',
          core: true,
          text: 'Gjør planen konkret – også for dagene pasienten er sykmeldt.',
          source: AVSLUTNING,
          note: true,
        },
        {
          id: 'jms-avsl-neste-time',
          kind: 'step',
          core: true,
          text: 'Avtal tidspunkt for neste kontakt.',
          source: AVSLUTNING,
        },
      ],
    },
    {
      id: 'jms-refleksjon',
      title: 'Tre minutter etterpå',
      items: [
        {
          id: 'jms-refl-intro',
          kind: 'advice',
          text: 'Bruk tre minutter etter konsultasjonen på å tenke gjennom samtalen, alene eller sammen med en kollega.',
          source: REFLEKSJON,
        },
        {
          id: 'jms-refl-mal',
          kind: 'question',
          text: 'Nådde du målet for samtalen? Kom saken i bevegelse?',
          source: REFLEKSJON,
        },
        {
          id: 'jms-refl-fungerte',
          kind: 'question',
          text: 'Hva virket, og hvorfor?',
          source: REFLEKSJON,
        },
        {
          id: 'jms-refl-annerledes',
          kind: 'question',
          text: 'Om du ikke kom dit du ønsket: hva kan du gjøre annerledes neste gang, og hvordan?',
          source: REFLEKSJON,
        },
      ],
    },
  ],
};
