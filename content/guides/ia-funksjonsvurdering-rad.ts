import type { Guide, Source } from '../../domain/guide';

const cite = (section: string): Source => ({ document: 'ia-funksjonsvurdering', section });

const OM = cite('En samtale om arbeidsmuligheter');
const PLAN = cite('Oppfølgingsplan');
const FORBEREDELSER = cite('Forberedelser');
const GJENNOMFORING = cite('Gjennomføring av samtalen');
const PLIKTER = cite('Plikter og rettigheter');
const HJELP = cite('Hjelp og bistand');
const LEGE = cite('Behandlende leges rolle');
const SUPERSEDED: Source = {
  document: 'timeline',
  section: '2. Where the seed documents state older (superseded) rules',
};

/**
 * IA-funksjonsvurdering beyond the three core questions: what the conversation is for, preparing
 * and conducting it, rights and duties (no duty to share medical information; confidentiality), who
 * can help and the GP's role. Written to the leader and the employee, so it is the leader's guide
 * (the GP's and the veileder's guides carry these facts in their own words).
 */
export const iaFunksjonsvurderingRad: Guide = {
  id: 'ia-funksjonsvurdering-rad',
  title: 'IA-funksjonsvurdering: forberedelse, råd og rettigheter',
  summary:
    'Slik forbereder dere og gjennomfører samtalen om arbeidsmuligheter, hvilke plikter og rettigheter begge har, hvem som kan hjelpe, og hva legen kan bidra med.',
  roles: ['leder'],
  contexts: ['dine-sykmeldte', 'oppfolgingsplan-leder-oversikt', 'nav-info-arbeidsgiver'],
  sections: [
    {
      id: 'iar-om',
      title: 'Om samtalen',
      items: [
        {
          id: 'iar-om-hensikt',
          kind: 'fact',
          text: 'Samtalen skal holde arbeidsforholdet aktivt, i stedet for passivt fravær eller for tidlig pensjon. Den ser både på hva arbeidsplassen kan tilrettelegge og på hva den ansatte kan bidra med.',
          source: OM,
        },
        {
          id: 'iar-om-uten-sykmelding',
          kind: 'fact',
          text: 'Samtalen kan holdes enten den ansatte er sykmeldt eller ikke – ved funksjonsvansker, sykdom, alder eller andre forhold. Både leder og ansatt kan ta initiativet.',
          source: OM,
        },
        {
          id: 'iar-om-plan',
          kind: 'fact',
          text: 'Oppfølgingsplanen lages av leder og ansatt sammen. Den er nyttig i alle situasjoner der dere drøfter tilrettelegging, for å gjøre det dere blir enige om konkret.',
          source: PLAN,
        },
      ],
    },
    {
      id: 'iar-forberedelse',
      title: 'Forbered dere',
      items: [
        {
          id: 'iar-forb-kjerne',
          kind: 'step',
          core: true,
          text: 'Forbered dere begge på de tre kjernespørsmålene.',
          source: FORBEREDELSER,
        },
        {
          id: 'iar-forb-aktivt',
          kind: 'step',
          core: true,
          text: 'Tenk gjennom hva som skal til for at arbeidsforholdet forblir aktivt.',
          source: FORBEREDELSER,
          note: true,
        },
        {
          id: 'iar-forb-apen',
          kind: 'step',
          text: 'Gå inn med åpent sinn og lyst til å finne nye løsninger.',
          source: FORBEREDELSER,
        },
        {
          id: 'iar-forb-tid',
          kind: 'step',
          core: true,
          text: 'Avtal hvor lang tid dere skal bruke, og sett av god nok tid. Sørg for at telefoner og andre henvendelser ikke avbryter dere.',
          source: FORBEREDELSER,
        },
      ],
    },
    {
      id: 'iar-gjennomforing',
      title: 'Under samtalen',
      items: [
        {
          id: 'iar-gj-forventninger',
          kind: 'advice',
          core: true,
          text: 'Start med å avklare hva dere forventer av samtalen, og hva den skal brukes til.',
          source: GJENNOMFORING,
        },
        {
          id: 'iar-gj-apne',
          kind: 'advice',
          core: true,
          text: 'Spør åpent – begynn med hva, hvem, hvordan eller når – og styr unna spørsmål som bare gir ja eller nei til svar.',
          source: GJENNOMFORING,
        },
        {
          id: 'iar-gj-hva-skal-til',
          kind: 'advice',
          core: true,
          text: 'Ikke bli hengende i det som ikke fungerer. Spør heller: «Hva skal til for at …?»',
          source: GJENNOMFORING,
        },
        {
          id: 'iar-gj-oppfolgingssporsmal',
          kind: 'advice',
          text: 'Still oppfølgingsspørsmål, så dere unngår å misforstå hverandre.',
          source: GJENNOMFORING,
        },
        {
          id: 'iar-gj-respekt',
          kind: 'advice',
          text: 'Respekter at dere kan se situasjonen ulikt, og hjelp hverandre å få øye på nye muligheter.',
          source: GJENNOMFORING,
        },
        {
          id: 'iar-gj-endring',
          kind: 'advice',
          text: 'Vis at du er villig til å endre, tenke nytt og prøve ut muligheter.',
          source: GJENNOMFORING,
        },
      ],
    },
    {
      id: 'iar-rettigheter',
      title: 'Plikter og rettigheter',
      items: [
        {
          id: 'iar-rett-samarbeid',
          kind: 'fact',
          text: 'Begge parter har plikt til å samarbeide om løsninger på arbeidsplassen (arbeidsmiljøloven kapittel 2, og folketrygdloven §§ 8-7 og 8-8 om arbeidstakerens og legens plikter).',
          source: PLIKTER,
        },
        {
          id: 'iar-rett-opplyse',
          kind: 'fact',
          text: 'Den ansatte skal fortelle om funksjonsevnen og arbeidsmulighetene sine og foreslå hva som kan gjøres, slik at arbeidsgiveren kan tilrettelegge.',
          source: PLIKTER,
        },
        {
          id: 'iar-rett-ingen-medisinsk',
          kind: 'fact',
          core: true,
          text: 'Den ansatte har ingen plikt til å fortelle om medisinske eller private forhold. Sykdommen er den ansattes egen sak; fraværet angår arbeidsplassen.',
          source: PLIKTER,
        },
        {
          id: 'iar-rett-fortrolig',
          kind: 'fact',
          core: true,
          text: 'Fortrolige opplysninger som kommer fram i samtalen, skal ikke gå videre uten at begge er enige.',
          source: PLIKTER,
        },
        {
          id: 'iar-rett-plan',
          kind: 'fact',
          text: 'Plikten til å lage oppfølgingsplan følger av arbeidsmiljøloven § 4-6 (tredje ledd) og § 2-3 (andre ledd, bokstav f).',
          source: PLIKTER,
        },
        {
          id: 'iar-rett-frister',
          kind: 'fact',
          text: 'Planen skal være klar senest når den ansatte har vært helt eller delvis borte i fire uker. Til Nav sendes den når Nav ber om den, senest én uke før dialogmøte 2 eller 3, eller når dere selv vil – for eksempel ved søknad om virkemidler.',
          help: 'Verktøyet sier seks uker for planen og tolv uker for når Nav ber om den. Det er eldre regler.',
          source: { ...SUPERSEDED, law: 'arbeidsmiljøloven § 4-6 tredje ledd' },
        },
      ],
    },
    {
      id: 'iar-hjelp',
      title: 'Hvem kan hjelpe?',
      items: [
        {
          id: 'iar-hjelp-ta-med',
          kind: 'fact',
          text: 'Dere kan gjerne ha samtalen på egen hånd, men den ansatte kan ta med en kollega, verneombudet eller en tillitsvalgt.',
          source: HJELP,
        },
        {
          id: 'iar-hjelp-bht-nav',
          kind: 'fact',
          text: 'Bedriftshelsetjenesten og Nav kan også bidra.',
          source: HJELP,
        },
      ],
    },
    {
      id: 'iar-legen',
      title: 'Legens rolle',
      items: [
        {
          id: 'iar-lege-vurderer',
          kind: 'fact',
          text: 'Legen, eller en annen som sykmelder, vurderer om den ansatte kan være helt eller delvis på jobb.',
          source: LEGE,
        },
        {
          id: 'iar-lege-trygghet',
          kind: 'fact',
          text: 'Er dere usikre på om oppgavene er medisinsk forsvarlige, har legen en viktig rolle: hen kan gi trygghet for aktivitet og støtte dialogen på arbeidsplassen.',
          source: LEGE,
        },
        {
          id: 'iar-lege-dialogmote',
          kind: 'fact',
          text: 'Ønsker den ansatte det, kan legen delta i dialogmøte 1. Arbeidsgiveren kaller inn senest innen sju uker når den ansatte er helt sykmeldt.',
          help: 'Verktøyet sier tolv uker. Det var regelen før 1. juli 2011.',
          source: { ...SUPERSEDED, law: 'arbeidsmiljøloven § 4-6 fjerde ledd' },
        },
      ],
    },
  ],
};
