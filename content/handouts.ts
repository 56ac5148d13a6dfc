import type { Source } from '../domain/guide';
import type { Handout } from '../domain/handout';

// The patient information letter of the treatment guide («Informasjonsskriv: Psykisk helse og arbeid»,
// behandlingsveileder for jobbfokusert terapi, del 3), rewritten in our own plain bokmål for anyone on
// sick leave, with what the letter leaves out: the deadlines in force (shared/domain/timeline.md, which
// wins over the seeds), contact with the employer, Nav's part and where to read more. Facts carry over;
// sentences do not (tests/unit/content/copy.test.ts).

const bv = (section: string): Source => ({ document: 'behandlingsveileder-jobbfokusert-terapi', section });
const rule = (law: string): Source => ({ document: 'timeline', section: '1. The milestone table', law });
const IA_PLIKTER: Source = { document: 'ia-funksjonsvurdering', section: 'Plikter og rettigheter' };
const IA_HJELP: Source = { document: 'ia-funksjonsvurdering', section: 'Hjelp og bistand' };
const DVS_BRY_SEG: Source = { document: 'den-viktige-samtalen-leder', section: 'Bry-seg-om-kontakt' };
const NAV_REFERAT: Source = {
  document: 'nav-forms',
  section: 'c2. Referat — `src/sider/dialogmoter/components/referat/Referat.tsx`',
};
const NAV_PAGES: Source = { document: 'pages', section: '1. NAV public pages (www.nav.no) — employee and leader' };

/** The handout a GP prints for the patient: sick leave, graded leave, activity, deadlines, employer, Nav, more. */
export const PASIENTINFORMASJON: Handout = {
  id: 'pasientinformasjon',
  title: 'Sykmeldt: om arbeid, aktivitet og veien tilbake',
  intro:
    'Dette arket er til deg som er sykmeldt, eller som kanskje blir det. Her står hva en sykmelding betyr, hvorfor aktivitet og arbeid ofte hjelper, hva som skjer de neste ukene, og hvor du kan lese mer.',
  sections: [
    {
      id: 'sykmelding',
      title: 'Hva en sykmelding er',
      paragraphs: [
        'Når legen sykmelder deg, har legen vurdert at helsen din gjør det vanskelig å jobbe som vanlig en periode. Legen skal alltid vurdere om du likevel kan gjøre noe arbeid, helt eller delvis.',
        'Mens du er sykmeldt, får du sykepenger i stedet for lønn for den delen du ikke jobber. De første 16 kalenderdagene betaler arbeidsgiveren, og fra dag 17 betaler Nav.',
        'Sykmelding er ikke det samme som å holde seg hjemme og hvile. For mange er det nettopp aktivitet og kontakt med jobben som hjelper.',
      ],
      sources: [rule('folketrygdloven § 8-7'), rule('folketrygdloven § 8-19'), bv('Psykisk helse og arbeid')],
    },
    {
      id: 'gradert',
      title: 'Gradert sykmelding: delvis i jobb',
      paragraphs: [
        'Med gradert sykmelding jobber du en del av tiden, eller du gjør en del av oppgavene dine. Du får lønn for det du jobber, og sykepenger for resten.',
        'Det kan bety kortere dager eller færre dager i uka. Det kan også bety at du er på jobb hele dagen, men bare gjør for eksempel halvparten av det du pleier.',
        'Du beholder kontakten med arbeidsplassen og kollegene, og behandling og tiltak på jobben kan gå side om side. Derfor er gradert sykmelding ofte bedre enn full når du trenger å være sykmeldt. Graden kan endres underveis, etter hvor mye du faktisk får gjort.',
      ],
      sources: [bv('Problemene med lang tids sykefravær'), bv('Gradering av sykmelding'), bv('Lag jobbrelaterte mål')],
    },
    {
      id: 'aktivitet',
      title: 'Aktivitet og arbeid er som regel bra for helsen',
      paragraphs: [
        'For de fleste gir arbeid trygghet, selvrespekt og fellesskap. Jobben gir dagen faste rammer, og da blir det mindre plass til bekymringer og tunge tanker.',
        'Det er vanskelig å hvile seg frisk fra for eksempel depresjon eller angst. Jo lenger du er borte, desto høyere kan terskelen for å komme tilbake bli. Mange mister kontakten med leder og kolleger og gruer seg til hvordan de blir tatt imot.',
        'Samtidig kan konflikter, mistrivsel eller et urimelig arbeidspress gjøre plagene verre. Da er det desto viktigere at arbeidet blir lagt til rette.',
      ],
      sources: [bv('Psykisk helse og arbeid'), bv('Problemene med lang tids sykefravær')],
    },
    {
      id: 'psykiske-plager',
      title: 'Når plagene er psykiske',
      paragraphs: [
        'Depresjon, angst og søvnvansker kan gjøre arbeidsdagen tyngre: du kan få mindre energi, konsentrere deg dårligere, slite med å ta beslutninger og trekke deg unna andre. Hvor mye tilrettelegging du trenger, kommer an på hvor plaget du er.',
        'Mange bruker all sin kraft på å komme seg gjennom dagen og bebreider seg selv når det ikke går. De som snakker med arbeidsplassen om mindre arbeidsmengde, andre oppgaver eller kortere dager, klarer seg ofte bedre.',
      ],
      bullets: [
        'Hvordan er dette på din arbeidsplass?',
        'Hvem på jobben kan du støtte deg på, og hvordan holder du kontakten med dem mens du er borte?',
      ],
      sources: [bv('Psykisk helse og arbeid'), bv('Hvordan er dette på jobben din?')],
    },
    {
      id: 'plan',
      title: 'En plan for å komme tilbake',
      paragraphs: [
        'Sammen med legen din, og med behandleren din hvis du har en, kan du lage en konkret plan for hvordan du kommer tilbake: hva som kan stå i veien, og hva du gjør med det.',
        'Du kan øke antall timer eller dager litt etter litt, og oppgavene kan velges med omtanke. De som har en konkret plan, får som regel de beste resultatene.',
      ],
      sources: [bv('Plan for tilbakevending til arbeid')],
    },
    {
      id: 'frister',
      title: 'Hva du skal gjøre, og når',
      paragraphs: [
        'Fristene gjelder deg som er ansatt hos en arbeidsgiver. Er du selvstendig næringsdrivende, frilanser eller uten arbeidsgiver, gjelder andre regler, og da følger Nav deg opp selv.',
      ],
      deadlines: [
        {
          at: { kind: 'first-day' },
          when: 'Første fraværsdag',
          text: 'Si fra til arbeidsgiveren at du er syk. Sykepenger gis som regel først fra dagen arbeidsgiveren fikk beskjed, når det var mulig å si fra.',
        },
        {
          at: { kind: 'milestone', milestone: 'oppfolgingsplan' },
          when: 'Innen 4 uker',
          text: 'Du og arbeidsgiveren lager en oppfølgingsplan sammen: hva du kan gjøre, hva som kan legges til rette, og hvordan dere følger opp videre. Arbeidsgiveren sender planen til legen din.',
        },
        {
          at: { kind: 'milestone', milestone: 'dialogmote-1' },
          when: 'Innen 7 uker',
          text: 'Er du helt sykmeldt, kaller arbeidsgiveren deg inn til dialogmøte 1. Du kan be om at legen din er med. Er du delvis sykmeldt, holdes møtet når en av dere mener det er nyttig.',
        },
        {
          at: { kind: 'milestone', milestone: 'aktivitetskrav' },
          when: 'Innen 8 uker',
          text: 'Du skal være i aktivitet som har med arbeid å gjøre, for eksempel delvis i jobb; gradert sykmelding oppfyller kravet. Unntak gjelder når tungtveiende medisinske grunner hindrer det, eller når arbeidsplassen ikke kan legge til rette. Nav vurderer om kravet er oppfylt.',
        },
        {
          at: { kind: 'milestone', milestone: 'motebehov' },
          when: 'Etter 17 uker',
          text: 'Nav spør deg og lederen din om dere trenger et dialogmøte med Nav. Du svarer på nav.no.',
        },
        {
          at: { kind: 'milestone', milestone: 'dialogmote-2' },
          when: 'Innen 26 uker',
          text: 'Nav kaller deg, arbeidsgiveren og eventuelt legen din inn til dialogmøte 2, og du har plikt til å møte. Du kan også be om møtet tidligere.',
        },
        {
          at: { kind: 'milestone', milestone: 'snart-slutt-pa-sykepengene' },
          when: 'Rundt 39 uker',
          text: 'Nav sender deg brev om at sykepengene nærmer seg slutten, og om hva som kan skje videre.',
        },
        {
          at: { kind: 'milestone', milestone: 'maksdato' },
          when: 'Rundt 52 uker',
          text: 'Retten til sykepenger tar slutt. Den nøyaktige datoen, maksdatoen, regner Nav ut.',
        },
      ],
      sources: [
        rule('folketrygdloven § 8-18'),
        rule('arbeidsmiljøloven § 4-6 tredje ledd'),
        rule('arbeidsmiljøloven § 4-6 fjerde ledd'),
        rule('folketrygdloven § 8-8 andre ledd'),
        rule('folketrygdloven § 8-7 a'),
        rule('folketrygdloven § 8-12 første ledd'),
      ],
    },
    {
      id: 'arbeidsgiver',
      title: 'Kontakt med arbeidsgiveren',
      paragraphs: [
        'Du og arbeidsgiveren har begge plikt til å samarbeide om løsninger på arbeidsplassen. Fortell hva du klarer, hvilke muligheter du ser i jobben, og hva som kan hjelpe deg å bli i jobben eller komme tilbake.',
        'Du har ingen plikt til å fortelle arbeidsgiveren om diagnosen din eller om andre medisinske eller private forhold. Tenk gjennom på forhånd hva du vil si om helsen din på jobben, når og til hvem.',
        'Det er vanlig at lederen tar kontakt mens du er borte, for å høre hvordan det går og for å planlegge. Si gjerne hvordan og hvor ofte du vil bli kontaktet. Til samtalene kan du ta med en kollega, verneombudet eller en tillitsvalgt.',
      ],
      sources: [IA_PLIKTER, bv('Dialog med jobben'), DVS_BRY_SEG, IA_HJELP],
    },
    {
      id: 'nav',
      title: 'Hva Nav gjør',
      paragraphs: [
        'Nav betaler sykepengene etter de første 16 dagene og følger med på sykefraværet: Nav vurderer aktivitetskravet etter 8 uker, spør om behov for dialogmøte etter 17 uker og kaller inn til dialogmøte 2.',
        'Nav kan også hjelpe med tiltak, for eksempel hjelpemidler og tilrettelegging på arbeidsplassen, reisetilskudd til og fra jobb, avklaring av hva du kan jobbe med, eller arbeidsrettet rehabilitering.',
        'Har du sluttet i jobben fordi helsen ikke lar deg gå tilbake dit, og er du registrert som arbeidssøker, kan Nav gi sykepenger i inntil 12 uker mens du søker ny jobb (friskmelding til arbeidsformidling).',
      ],
      sources: [
        rule('folketrygdloven § 8-19'),
        rule('folketrygdloven § 8-7 a'),
        NAV_REFERAT,
        bv('Virkemidler i NAV'),
        rule('folketrygdloven § 8-5'),
      ],
    },
    {
      id: 'les-mer',
      title: 'Les mer',
      paragraphs: [
        'På nav.no finner du sykmeldingene dine og det som gjelder sykefraværet ditt, når du har logget inn.',
      ],
      links: [
        { label: 'Ditt sykefravær: oversikten over sykefraværet ditt', url: 'https://www.nav.no/syk/sykefravaer' },
        { label: 'Sykmeldingene dine', url: 'https://www.nav.no/syk/sykmeldinger' },
        { label: 'Oppfølgingsplanen din', url: 'https://www.nav.no/syk/oppfolgingsplan/sykmeldt' },
        { label: 'Dialogmøtene dine', url: 'https://www.nav.no/syk/dialogmoter/sykmeldt' },
      ],
      sources: [NAV_PAGES],
    },
  ],
  labels: {
    datesFrom: 'Datoene er regnet fra første sykedag, {date}. Der det står «ca.», er datoen et anslag.',
    datesBlank: 'Ukene regnes fra første sykedag. Skriv gjerne inn datoene selv.',
    when: 'Når',
    what: 'Hva skjer',
    date: 'Dato',
    about: 'ca.',
    sources: 'Kilder',
    footer: 'Skrevet ut fra Følgesvenn. Arket inneholder ingen opplysninger om deg utover datoene som er fylt inn.',
  },
};

/** Every handout, by id (guides name theirs in `handout`). */
export const HANDOUTS: readonly Handout[] = [PASIENTINFORMASJON];
