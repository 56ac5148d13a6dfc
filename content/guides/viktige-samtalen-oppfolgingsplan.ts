import type { Guide, Source } from '../../domain/guide';

const cite = (section: string): Source => ({ document: 'den-viktige-samtalen-leder', section });

const MAL = cite('Bedriftens oppfølgingsplan for den viktige samtalen');
const PLAN = cite('Oppfølgingsplan');
const KOMMENTARER = cite('Kommentarer til oppfølgingsplanen');
const OPPFOLGING = cite('Oppfølging av den viktige samtalen');
const RULES: Source = { document: 'timeline', section: '1. The milestone table' };
const SUPERSEDED: Source = {
  document: 'timeline',
  section: '2. Where the seed documents state older (superseded) rules',
};

const IKKE_HELSE =
  'Planen leses av arbeidsgiver, lege og eventuelt Nav. Skriv om arbeid og behov i jobben, ikke om helse.';

/**
 * From conversation to plan (Den viktige samtalen): the plan template's fields mapped to the new
 * digital oppfølgingsplan, responsibilities, the deadlines in force (the seed's "send to NAV after
 * seven weeks" and signatures are outdated, see timeline.md) and following up.
 */
export const viktigeSamtalenOppfolgingsplan: Guide = {
  id: 'viktige-samtalen-oppfolgingsplan',
  title: 'Den viktige samtalen: oppfølgingsplan og oppfølging',
  summary:
    'Fra samtale til plan: hva planen bør inneholde, hvem som har ansvar for hva, fristene som gjelder nå, og hvordan dere følger opp.',
  roles: ['leder'],
  contexts: [
    'oppfolgingsplan-leder-ny-plan',
    'oppfolgingsplan-leder-aktiv-plan',
    'oppfolgingsplan-leder-tidligere-plan',
    'oppfolgingsplan-gammel-leder',
  ],
  sections: [
    {
      id: 'vsp-innhold',
      title: 'Hva planen bør inneholde',
      items: [
        {
          id: 'vsp-mal-oppgaver',
          kind: 'question',
          core: true,
          text: 'Mål og arbeidsoppgaver: hva skal den ansatte jobbe mot, og med hvilke oppgaver?',
          source: MAL,
          feeds: ['oppfolgingsplan.arbeidsoppgaverSomKanUtfores'],
        },
        {
          id: 'vsp-tiltak',
          kind: 'question',
          core: true,
          text: 'Hvilke tiltak trengs for at oppgavene kan gjøres?',
          source: MAL,
          feeds: ['oppfolgingsplan.tilretteleggingFremover'],
        },
        {
          id: 'vsp-suksesskriterier',
          kind: 'question',
          core: true,
          text: 'Suksesskriterier: hvordan ser dere at tiltakene virker?',
          source: MAL,
          feeds: ['oppfolgingsplan.hvordanFolgeOpp'],
        },
        {
          id: 'vsp-individuelle-behov',
          kind: 'question',
          text: 'Individuelle behov: hva trenger akkurat denne medarbeideren i jobben?',
          help: IKKE_HELSE,
          source: MAL,
          feeds: ['oppfolgingsplan.tilretteleggingFremover'],
        },
        {
          id: 'vsp-kompetanse',
          kind: 'question',
          text: 'Kompetanse og faglig utvikling: kurs, opplæring eller nye oppgaver?',
          source: MAL,
          feeds: ['oppfolgingsplan.annenTilrettelegging'],
        },
        {
          id: 'vsp-annet',
          kind: 'question',
          text: 'Er det noe annet som bør med i planen?',
          source: MAL,
          feeds: ['oppfolgingsplan.annenTilrettelegging'],
        },
        {
          id: 'vsp-datoer',
          kind: 'step',
          core: true,
          text: 'Datoer: når samtalen ble holdt, og når dere skal ha de neste samtalene.',
          source: MAL,
          feeds: ['oppfolgingsplan.evalueringsDato'],
        },
      ],
    },
    {
      id: 'vsp-ansvar',
      title: 'Ansvar og realisme',
      items: [
        {
          id: 'vsp-ansvar-hvem',
          kind: 'question',
          core: true,
          text: 'Oppsummer underveis: Hva gjør vi med dette punktet? Hvem har ansvaret – du eller jeg?',
          source: PLAN,
          feeds: ['oppfolgingsplan.hvordanFolgeOpp'],
        },
        {
          id: 'vsp-nokter',
          kind: 'advice',
          text: 'Hold planen nøktern og gjennomførbar, med klare mål og oppgaver. Lov ikke mer enn du kan holde.',
          source: PLAN,
        },
        {
          id: 'vsp-neste-mote',
          kind: 'step',
          core: true,
          text: 'Avslutt hvert møte med tidspunkt for det neste, og med hva hver av dere skal gjøre fram til da.',
          source: PLAN,
          feeds: ['oppfolgingsplan.hvordanFolgeOpp'],
        },
        {
          id: 'vsp-sammen',
          kind: 'advice',
          core: true,
          text: 'Lag planen sammen med den ansatte, og hold dere begge til det dere har blitt enige om.',
          source: PLAN,
        },
        {
          id: 'vsp-fortrolig',
          kind: 'fact',
          text: 'Samtalen er fortrolig. Bare det som skrives i planen, deles med legen og Nav – så skriv ingen helseopplysninger i den.',
          source: KOMMENTARER,
        },
      ],
    },
    {
      id: 'vsp-frister',
      title: 'Frister som gjelder nå',
      items: [
        {
          id: 'vsp-frist-fire-uker',
          kind: 'fact',
          core: true,
          text: 'Planen skal være laget senest når den ansatte har vært helt eller delvis borte i fire uker, og sendes til sykmelderen innen samme frist – med mindre det er åpenbart unødvendig.',
          source: { ...RULES, law: 'arbeidsmiljøloven § 4-6 tredje ledd' },
        },
        {
          id: 'vsp-frist-sju-uker',
          kind: 'fact',
          text: 'Er den ansatte helt sykmeldt, kaller du inn til dialogmøte 1 senest innen sju uker.',
          source: { ...RULES, law: 'arbeidsmiljøloven § 4-6 fjerde ledd' },
        },
        {
          id: 'vsp-frist-nav',
          kind: 'fact',
          text: 'Planen sendes ikke lenger fast til Nav etter sju uker. Send den når Nav ber om den, senest én uke før dialogmøte 2 eller 3, eller når du selv vil ha hjelp.',
          help: 'Eldre råd om å sende planen til Nav etter sju uker og om underskrift gjelder ikke lenger; det finnes ingen formkrav til planen.',
          source: { ...SUPERSEDED, law: 'arbeidsmiljøloven § 4-6 tredje ledd' },
        },
      ],
    },
    {
      id: 'vsp-oppfolging',
      title: 'Følg opp',
      items: [
        {
          id: 'vsp-ord-til-handling',
          kind: 'advice',
          text: 'Oppfølgingen er like viktig som samtalen: den gjør ord til handling. Svikter den, kan det gå hardt ut over den ansatte.',
          source: OPPFOLGING,
        },
        {
          id: 'vsp-nye-behov',
          kind: 'advice',
          text: 'Nye møter kan vise andre behov enn dere trodde, og situasjonen kan endre seg raskt. Juster planen etter hvert.',
          source: OPPFOLGING,
          feeds: ['oppfolgingsplan.hvordanFolgeOpp'],
        },
      ],
    },
  ],
};
