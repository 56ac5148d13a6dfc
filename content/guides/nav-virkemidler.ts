import type { Guide, Source } from '../../domain/guide';

const cite = (section: string): Source => ({ document: 'behandlingsveileder-jobbfokusert-terapi', section });

const SAMARBEID = cite('Samarbeid med NAV');
const VIRKEMIDLER = cite('Virkemidler i NAV');
const STYRKE_HELSEN = cite('Jobb kan styrke helsen');
const RULES: Source = { document: 'timeline', section: '1. The milestone table' };

/**
 * NAV's measures (virkemidler) and the dialogmøte rules, from part 4 of the behandlingsveileder and
 * the rules in force (timeline.md): for the veileder's follow-up pages and for the GP who guides
 * patients towards them.
 */
export const navVirkemidler: Guide = {
  id: 'nav-virkemidler',
  title: 'Navs virkemidler og dialogmøtene',
  summary:
    'Hva Nav kan tilby arbeidstaker og arbeidsgiver, reglene for dialogmøtene og friskmelding til arbeidsformidling – til bruk i møter og når du veileder den sykmeldte.',
  roles: ['veileder', 'lege'],
  contexts: [
    'modia-sykefravaer',
    'modia-aktivitetskrav',
    'modia-oppfolgingsplaner',
    'modia-dialogmote-referat',
    'modia-dialogmote',
    'modia-dialogmote-endre',
    'modia-moteoversikt',
  ],
  sections: [
    {
      id: 'vm-samarbeid',
      title: 'Samarbeid',
      items: [
        {
          id: 'vm-samarbeid-forutsetning',
          kind: 'fact',
          text: 'Arbeidsrehabilitering lykkes best når personen selv, arbeidsplassen, helsetjenesten og Nav samarbeider.',
          source: SAMARBEID,
        },
        {
          id: 'vm-samarbeid-kjenn-tilbudet',
          kind: 'advice',
          core: true,
          text: 'Behandlere bør kjenne Navs tilbud godt nok til å vise pasienten veien dit, og de kan ringe Nav og spørre om tiltak.',
          source: SAMARBEID,
        },
        {
          id: 'vm-samarbeid-jobb-og-helse',
          kind: 'fact',
          text: 'Arbeid gir rammer, kontakt med andre, identitet og mening, og er for de fleste den viktigste kilden til økonomisk trygghet. Langvarig fravær og uførhet kan gjøre helseplagene verre.',
          source: STYRKE_HELSEN,
        },
      ],
    },
    {
      id: 'vm-dialogmoter',
      title: 'Dialogmøtene – reglene nå',
      items: [
        {
          id: 'vm-dm-formal',
          kind: 'fact',
          text: 'Dialogmøtene skal hindre at fraværet blir unødig langt. Partene ser på muligheter og begrensninger og lager tiltaksplaner sammen; andre relevante parter kan delta.',
          source: SAMARBEID,
        },
        {
          id: 'vm-dm-1',
          kind: 'fact',
          text: 'Dialogmøte 1: arbeidsgiveren kaller inn senest innen sju uker når arbeidstakeren er helt sykmeldt. Sykmelderen deltar hvis arbeidstakeren ønsker det.',
          source: { ...RULES, law: 'arbeidsmiljøloven § 4-6 fjerde ledd' },
        },
        {
          id: 'vm-dm-motebehov',
          kind: 'fact',
          text: 'Etter 17 uker spør Nav arbeidstakeren og lederen om de trenger et dialogmøte. Nav kan kalle inn selv om begge svarer nei.',
          source: { ...RULES, law: 'folketrygdloven § 8-7 a' },
        },
        {
          id: 'vm-dm-2',
          kind: 'fact',
          text: 'Dialogmøte 2: Nav kaller inn senest innen 26 uker, og oppfølgingsplanen og tiltakene evalueres. Arbeidsgiveren sender oppdatert plan senest én uke før.',
          source: { ...RULES, law: 'folketrygdloven § 8-7 a' },
        },
        {
          id: 'vm-dm-3',
          kind: 'fact',
          text: 'Dialogmøte 3: partene kan be Nav kalle inn til et tredje møte når det trengs.',
          source: SAMARBEID,
        },
        {
          id: 'vm-aktivitetskrav',
          kind: 'fact',
          text: 'Aktivitetskravet: innen åtte uker skal den sykmeldte være i arbeidsrelatert aktivitet, og Nav vurderer om kravet er oppfylt. Gradert sykmelding oppfyller det; unntak gjelder tungtveiende medisinske grunner eller dokumentert umulig tilrettelegging.',
          source: { ...RULES, law: 'folketrygdloven § 8-8 andre ledd' },
        },
      ],
    },
    {
      id: 'vm-virkemidler',
      title: 'Virkemidler',
      items: [
        {
          id: 'vm-avklaring',
          kind: 'fact',
          core: true,
          text: 'Avklaringstiltak: når det er uklart hva personen kan jobbe med, på grunn av helsen eller lang tid utenfor arbeidslivet. Fire til åtte uker med kartlegging, veiledning og eventuelt utprøving – på egen arbeidsplass, en annen arbeidsplass eller hos en tiltaksarrangør.',
          source: VIRKEMIDLER,
        },
        {
          id: 'vm-oppfolging',
          kind: 'fact',
          core: true,
          text: 'Oppfølgingstiltak: en støtteperson, for eksempel en mentor på jobben, hjelper personen å finne eller beholde arbeid. Varer lenger enn avklaring, og kan gi hjelp til jobbsøking og tilrettelegging.',
          source: VIRKEMIDLER,
        },
        {
          id: 'vm-lonnstilskudd',
          kind: 'fact',
          text: 'Lønnstilskudd kan gis direkte til arbeidsplassen.',
          source: VIRKEMIDLER,
        },
        {
          id: 'vm-reisetilskudd',
          kind: 'fact',
          text: 'Reisetilskudd dekker transport til og fra jobb når helseplager gjør det nødvendig.',
          source: VIRKEMIDLER,
        },
        {
          id: 'vm-arbeidsrettet-rehabilitering',
          kind: 'fact',
          text: 'Arbeidsrettet rehabilitering styrker arbeidsevnen, for eksempel som dagtilbud kombinert med yrkesveiledning, hjelp til å finne passende arbeid eller tilrettelegging.',
          source: VIRKEMIDLER,
        },
        {
          id: 'vm-arbeidsplassvurdering',
          kind: 'fact',
          text: 'Arbeidsplassvurdering: en fysioterapeut eller ergoterapeut besøker arbeidsplassen, og vurderingen kan gi tilrettelegging som forebygger sykmelding.',
          source: VIRKEMIDLER,
        },
        {
          id: 'vm-hjelpemidler',
          kind: 'fact',
          text: 'Økonomisk støtte til hjelpemidler på arbeidsplassen, slik at arbeidstakeren klarer jobben.',
          source: VIRKEMIDLER,
        },
        {
          id: 'vm-tilretteleggingstilskudd',
          kind: 'fact',
          text: 'Kilden nevner et tilretteleggingstilskudd for IA-virksomheter, men den ordningen ble avviklet fra 2019. I referatet fra dialogmøtet kan Nav i dag informere om blant annet hjelpemidler og tilrettelegging, ekspertbistand, midlertidig lønnstilskudd og økonomisk støtte. Sjekk vilkårene på nav.no.',
          source: {
            document: 'nav-forms',
            section: 'c2. Referat — `src/sider/dialogmoter/components/referat/Referat.tsx`',
          },
        },
        {
          id: 'vm-kvalifisering',
          kind: 'fact',
          text: 'Støtte til kvalifisering gjennom studier og kurs, også kurs ved lærings- og mestringssentre, for eksempel ved stressrelaterte plager.',
          source: VIRKEMIDLER,
        },
        {
          id: 'vm-friskmelding-arbeidsformidling',
          kind: 'fact',
          core: true,
          text: 'Friskmelding til arbeidsformidling: kan personen av helsegrunner ikke gå tilbake til jobben, kan hen få sykepenger i opptil tolv uker mens hen søker ny jobb. Alle muligheter på arbeidsplassen skal være prøvd først.',
          source: VIRKEMIDLER,
        },
        {
          id: 'vm-notat',
          kind: 'step',
          core: true,
          text: 'Noter hvilke virkemidler du har informert om, og hva Nav skal gjøre videre.',
          source: VIRKEMIDLER,
          feeds: ['referat.veiledersOppgave'],
        },
      ],
    },
  ],
};
