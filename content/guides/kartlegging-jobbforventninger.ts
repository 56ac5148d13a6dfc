import type { Guide, Source } from '../../domain/guide';

const cite = (section: string): Source => ({ document: 'kartlegging-arr-jobbforventninger', section });

const TEMAER = cite('Kartlegging som start på selve rehabiliteringsprosessen');
const START = cite('Rehabiliteringsprosessen starter allerede i kartleggingen');
const TID = cite('Tidsfaktoren – prognose – sammensatt situasjon');
const AKTOR = cite('Pasienten aktør eller brikke – asymmetri i relasjonen');
const MOTIVASJON = cite('Motivasjon og trivsel i arbeidet');
const HELSE = cite('Egenvurdert helse');
const MAL = cite('Forventninger og mål');
const TO_MATER = cite('To ulike måter å spørre på');
const BRUK = cite('Beskriver litteraturen hvordan den sykmeldtes jobbforventninger blir benyttet i oppfølgingen?');
const VARIASJON = cite('Variasjon i spørsmålsformuleringer');
const DROFTING = cite('Drøfting – hvordan bruke den sykmeldtes jobbforventninger');
const HELHET = cite('Drøfting – helhetlig vurdering');
const KONKLUSJON = cite('Konklusjon');
const ARBEIDSEVNE = cite('Arbeidsevne i arbeidsrettet rehabilitering');
const GJENSIDIG = cite('Kartlegginsgprosessen krever gjensidig tillit');
const PREMISS = cite('Tillit som premiss i møte med deltaker');
const HJELPEKUNST = cite('Hjelpekunst');

/**
 * Assessment in work-oriented rehabilitation (ARR): the seven themes, the two ways of asking about
 * job expectations (one when/if question, or an RTW self-efficacy questionnaire), the answer as part
 * of a whole picture, trust as a premise, and arbeidsevne.
 */
export const kartleggingJobbforventninger: Guide = {
  id: 'kartlegging-jobbforventninger',
  title: 'Kartlegging og jobbforventninger',
  summary:
    'Sju temaer for kartlegging i arbeidsrettet rehabilitering, to måter å spørre om jobbforventninger på, og hvordan svaret brukes i en helhetlig vurdering. Gjensidig tillit er en forutsetning.',
  roles: ['veileder', 'lege'],
  contexts: ['modia-sykefravaer', 'modia-aktivitetskrav'],
  sections: [
    {
      id: 'arr-temaer',
      title: 'Sju temaer i kartleggingen',
      items: [
        {
          id: 'arr-tema-oversikt',
          kind: 'fact',
          text: 'Sju temaer: kartlegging som start på rehabiliteringen, tidsfaktoren, personen som aktør eller brikke, motivasjon og trivsel i arbeidet, egenvurdert helse og funksjon, jobbforventninger og arbeidsevne.',
          source: TEMAER,
        },
        {
          id: 'arr-tema-start',
          kind: 'advice',
          text: 'Kartleggingen er selve startskuddet for rehabiliteringen. Velg temaer og oppfølgingsspørsmål med vilje, og sørg for at teamet rundt personen trekker i samme retning.',
          source: START,
        },
        {
          id: 'arr-tema-tid',
          kind: 'question',
          core: true,
          text: 'Tidsfaktoren: Hvor lenge har personen vært borte? Hvilke hindringer har fraværet skapt, og er troen på å kunne jobbe igjen svekket?',
          help: 'Lang tid borte kan i seg selv forsterke negative psykososiale forhold. Fang opp sammensatte problemer, og tilby tiltak til rett tid.',
          source: TID,
        },
        {
          id: 'arr-tema-aktor',
          kind: 'advice',
          text: 'Aktør eller brikke: se personen som selvstendig og i stand til å ta informerte valg, og vær bevisst på skjevheten i relasjonen – du skal ikke bli den som driver prosessen.',
          source: AKTOR,
        },
        {
          id: 'arr-tema-motivasjon',
          kind: 'question',
          core: true,
          text: 'Motivasjon og trivsel: Hva gjør jobben viktig og betydningsfull for deg? Hva gir deg glede på jobben?',
          help: 'Spør indirekte, og unngå å snakke om motivasjon som noe som mangler.',
          source: MOTIVASJON,
        },
        {
          id: 'arr-tema-helse',
          kind: 'question',
          core: true,
          text: 'Egenvurdert helse og funksjon: Hvordan påvirker situasjonen det du får til i arbeid og fritid, også konsentrasjon og det sosiale – og hva betyr det for arbeidsevnen?',
          help: 'Kartleggingen kan gjerne være en samtale.',
          source: HELSE,
        },
        {
          id: 'arr-tema-mal',
          kind: 'question',
          core: true,
          text: 'Forventninger og mål: Hva forventer du av tiltaket, og hva tenker du skal skje etterpå?',
          source: MAL,
        },
        {
          id: 'arr-tema-arbeidsevne',
          kind: 'question',
          core: true,
          text: 'Arbeidsevne: Hva kan du i arbeid i dag, og hva skal til for å styrke det?',
          help: 'Kunnskap om arbeidsevnen gir grunnlag for konkrete mål, og kan også brukes terapeutisk.',
          source: ARBEIDSEVNE,
        },
      ],
    },
    {
      id: 'arr-forventninger',
      title: 'Jobbforventninger: to måter å spørre på',
      items: [
        {
          id: 'arr-forv-prediktor',
          kind: 'fact',
          core: true,
          text: 'Den sykmeldtes egen forventning er en god prediktor for om hen kommer tilbake i jobb.',
          source: KONKLUSJON,
        },
        {
          id: 'arr-forv-to-mater',
          kind: 'fact',
          text: 'To måter å spørre på: ett enkelt spørsmål – et «når»-spørsmål med tidshorisont eller et åpent «om»-spørsmål uten tidspunkt – eller et spørreskjema som måler mestringstro knyttet til arbeid (RTW self-efficacy).',
          help: 'Spørsmålet forutsetter at personen fortsatt har et arbeidsforhold å forholde seg til.',
          source: TO_MATER,
        },
        {
          id: 'arr-forv-grupper',
          kind: 'fact',
          text: 'Enkeltspørsmålene i forskningen faller i fire grupper: tilbake innen kort tid (noen uker til tre måneder), tilbake innen seks måneder, et åpent spørsmål om jobb en gang i framtiden, og ett spørsmål med flere svaralternativer fra kort til lang tid. Formuleringen ser ikke ut til å svekke hvor godt svaret forutsier retur.',
          source: VARIASJON,
        },
        {
          id: 'arr-forv-nar',
          kind: 'choice',
          core: true,
          text: 'Spør: «Når regner du med å være tilbake i jobb?» Marker svaret.',
          help: 'Alternativene følger tidshorisontene i forskningen (kort tid, seks måneder, en gang i framtiden). Det siste alternativet er lagt til for usikre svar.',
          source: VARIASJON,
          options: [
            'Innen kort tid (noen uker til tre måneder)',
            'Innen seks måneder',
            'En gang i framtiden',
            'Usikker eller regner ikke med det',
          ],
          note: true,
        },
        {
          id: 'arr-forv-om',
          kind: 'question',
          core: true,
          text: 'Den åpne varianten: Tror du at du kommer tilbake i jobb en gang?',
          source: TO_MATER,
        },
        {
          id: 'arr-forv-skjema',
          kind: 'step',
          text: 'Alternativt: bruk et spørreskjema som måler mestringstro knyttet til retur til arbeid (RTW self-efficacy), og noter resultatet.',
          source: TO_MATER,
          note: true,
        },
      ],
    },
    {
      id: 'arr-helhet',
      title: 'Bruk svaret i en helhetlig vurdering',
      items: [
        {
          id: 'arr-helhet-resultat',
          kind: 'fact',
          text: 'Jobbforventningen er et resultat både av symptomer og av forholdene rundt personen.',
          source: DROFTING,
        },
        {
          id: 'arr-helhet-tettere',
          kind: 'advice',
          text: 'Gir et negativt eller usikkert svar grunn til tettere oppfølging, rett innsatsen mot helsen og arbeidssituasjonen. Bedre forventninger kommer som en følge av det.',
          source: DROFTING,
        },
        {
          id: 'arr-helhet-ensidig',
          kind: 'advice',
          text: 'Ikke stirr deg blind på forventningen alene; det forenkler sammenhenger som er sammensatte og i endring.',
          source: HELHET,
        },
        {
          id: 'arr-helhet-hva-preger',
          kind: 'question',
          core: true,
          text: 'Hva preger forventningen din – helsen, forhold på arbeidsplassen eller noe annet?',
          help: 'Svaret gir et bredere bilde av situasjonen og av hvilken oppfølging som passer.',
          source: HELHET,
        },
        {
          id: 'arr-helhet-ikke-sanksjon',
          kind: 'fact',
          text: 'Studiene brukte jobbforventninger mest til å vurdere prognosen for retur. Ingen av dem koblet svaret til aktiv bistand eller til sanksjoner.',
          source: BRUK,
        },
      ],
    },
    {
      id: 'arr-tillit',
      title: 'Tillit som premiss',
      items: [
        {
          id: 'arr-tillit-gjensidig',
          kind: 'fact',
          text: 'Tillit må gå begge veier: du må ha tillit til den sykmeldte, og den sykmeldte må ha tillit til deg som fagperson.',
          source: GJENSIDIG,
        },
        {
          id: 'arr-tillit-tid',
          kind: 'advice',
          text: 'Tillit kommer ikke alltid i første møte. Rehabilitering varer over tid, og nettopp det gir rom for å bygge den.',
          source: GJENSIDIG,
        },
        {
          id: 'arr-tillit-handlingsrom',
          kind: 'fact',
          text: 'Uten gjensidig tillit blir handlingsrommet i rehabiliteringen lite. Vern om det som skaper tillit.',
          source: PREMISS,
        },
        {
          id: 'arr-tillit-hjelpekunst',
          kind: 'advice',
          text: 'Begynn der personen er: forstå først det hen selv forstår, før du prøver å hjelpe videre.',
          source: HJELPEKUNST,
        },
      ],
    },
  ],
};
