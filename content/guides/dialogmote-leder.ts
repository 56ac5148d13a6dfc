import type { Guide, Source } from '../../domain/guide';

const RULES: Source = { document: 'timeline', section: '1. The milestone table' };
const SUPERSEDED: Source = {
  document: 'timeline',
  section: '2. Where the seed documents state older (superseded) rules',
};
const BV_NAV: Source = { document: 'behandlingsveileder-jobbfokusert-terapi', section: 'Samarbeid med NAV' };
const BV_TILRETTELEGGING: Source = {
  document: 'behandlingsveileder-jobbfokusert-terapi',
  section: 'Jobbtilrettelegging',
};
const IA_1: Source = { document: 'ia-funksjonsvurdering', section: '1. Hvordan er arbeidsdagen?' };
const IA_3: Source = { document: 'ia-funksjonsvurdering', section: '3. Hva er vi enige om?' };
const IA_HJELP: Source = { document: 'ia-funksjonsvurdering', section: 'Hjelp og bistand' };
const IA_GJENNOMFORING: Source = { document: 'ia-funksjonsvurdering', section: 'Gjennomføring av samtalen' };
const DVS_FORBEREDELSE: Source = { document: 'den-viktige-samtalen-leder', section: 'God forberedelse viktig' };
const DVS_SAMTALEFORBEREDELSE: Source = { document: 'den-viktige-samtalen-leder', section: 'Samtaleforberedelse' };
const DVS_PRIVATE: Source = { document: 'den-viktige-samtalen-leder', section: 'Private forhold' };

/**
 * The leader on NAV's dialogmøte pages: the meeting rules in force (timeline.md), preparing with an
 * updated plan, and what to bring back into the plan afterwards.
 */
export const dialogmoteLeder: Guide = {
  id: 'dialogmote-leder',
  title: 'Dialogmøte: forberedelse for leder',
  summary:
    'Fristene som gjelder, hva møtet skal føre til, og hva du bør ha klart: oppdatert oppfølgingsplan, erfaringene med tilrettelegging og forslag til veien videre.',
  roles: ['leder'],
  contexts: [
    'dialogmote-leder',
    'dialogmote-leder-motebehov',
    'dialogmote-leder-innkalling',
    'dialogmote-leder-referat',
  ],
  sections: [
    {
      id: 'dml-regler',
      title: 'Regler',
      items: [
        {
          id: 'dml-dialogmote-1',
          kind: 'fact',
          core: true,
          text: 'Dialogmøte 1 er ditt ansvar: kall inn senest innen sju uker når den ansatte er helt sykmeldt. Ved gradert sykmelding holdes møtet bare hvis du, den ansatte eller sykmelderen mener det er nyttig.',
          source: { ...RULES, law: 'arbeidsmiljøloven § 4-6 fjerde ledd' },
        },
        {
          id: 'dml-deltakere',
          kind: 'fact',
          text: 'Sykmelderen deltar hvis den ansatte ønsker det. Bedriftshelsetjenesten, Nav, tillitsvalgt eller verneombud kan også være med.',
          source: { ...RULES, law: 'arbeidsmiljøloven § 4-6 fjerde ledd' },
        },
        {
          id: 'dml-motebehov',
          kind: 'fact',
          text: 'Etter 17 uker spør Nav deg og den ansatte om dere trenger et dialogmøte med Nav. Dere kan også be om møte tidligere.',
          source: { ...RULES, law: 'folketrygdloven § 8-7 a' },
        },
        {
          id: 'dml-dialogmote-2',
          kind: 'fact',
          text: 'Nav kaller inn til dialogmøte 2 senest innen 26 uker. Du har plikt til å møte, og du sender en oppdatert oppfølgingsplan til Nav senest én uke før møtet.',
          source: { ...RULES, law: 'folketrygdloven § 8-7 a og arbeidsmiljøloven § 4-6 tredje ledd' },
        },
        {
          id: 'dml-gammel-frist',
          kind: 'fact',
          text: 'Eldre veiledningsmateriell oppgir tolv uker for det første dialogmøtet. Den regelen gjaldt før 1. juli 2011; i dag er fristen sju uker.',
          source: { ...SUPERSEDED, law: 'arbeidsmiljøloven § 4-6 fjerde ledd' },
        },
      ],
    },
    {
      id: 'dml-forberedelse',
      title: 'Forbered deg',
      items: [
        {
          id: 'dml-formal',
          kind: 'fact',
          text: 'Møtet skal hindre at fraværet blir unødig langt: dere ser på muligheter og begrensninger og lager tiltak sammen.',
          source: BV_NAV,
        },
        {
          id: 'dml-erfaringer',
          kind: 'step',
          core: true,
          text: 'Oppdater oppfølgingsplanen: hva er prøvd så langt, hva virket, og hva virket ikke?',
          source: IA_1,
          feeds: ['oppfolgingsplan.tidligereTilrettelegging'],
        },
        {
          id: 'dml-muligheter',
          kind: 'step',
          core: true,
          text: 'Skaff deg oversikt over hva virksomheten kan tilby av tilpasninger før møtet.',
          source: DVS_FORBEREDELSE,
          feeds: ['oppfolgingsplan.annenTilrettelegging'],
        },
        {
          id: 'dml-hjelp',
          kind: 'question',
          core: true,
          text: 'Trenger dere hjelp utenfra, for eksempel fra bedriftshelsetjenesten eller Nav? Hva vil du spørre om?',
          source: IA_HJELP,
        },
        {
          id: 'dml-ansatt-forbereder',
          kind: 'advice',
          core: true,
          text: 'Gi den ansatte mulighet til å forberede seg, gjerne med den samme huskelisten som du bruker.',
          source: DVS_SAMTALEFORBEREDELSE,
        },
        {
          id: 'dml-ikke-diagnose',
          kind: 'fact',
          core: true,
          text: 'Du har ikke rett til å vite hvorfor den ansatte er sykmeldt. Snakk om funksjon, oppgaver og tilrettelegging.',
          source: DVS_PRIVATE,
        },
      ],
    },
    {
      id: 'dml-i-motet',
      title: 'I og etter møtet',
      items: [
        {
          id: 'dml-vilje',
          kind: 'advice',
          core: true,
          text: 'Vis at du er villig til å tenke nytt og prøve ut nye løsninger.',
          source: IA_GJENNOMFORING,
        },
        {
          id: 'dml-savnet',
          kind: 'advice',
          text: 'Si både at den ansatte er savnet og at arbeidsplassen klarer seg, så dårlig samvittighet ikke blir en ekstra byrde.',
          source: BV_TILRETTELEGGING,
        },
        {
          id: 'dml-ditt-ansvar',
          kind: 'step',
          core: true,
          text: 'Noter hva du selv har påtatt deg å gjøre, og innen når – og før det inn i planen.',
          source: IA_3,
          feeds: ['oppfolgingsplan.hvordanFolgeOpp'],
        },
      ],
    },
  ],
};
