import type { Guide, Source } from '../../domain/guide';

const RULES: Source = { document: 'timeline', section: '1. The milestone table' };
const BV_NAV: Source = { document: 'behandlingsveileder-jobbfokusert-terapi', section: 'Samarbeid med NAV' };
const BV_VIRKEMIDLER: Source = { document: 'behandlingsveileder-jobbfokusert-terapi', section: 'Virkemidler i NAV' };
const BV_DIALOG: Source = { document: 'behandlingsveileder-jobbfokusert-terapi', section: 'Dialog med jobben' };
const IA_KJERNE: Source = { document: 'ia-funksjonsvurdering', section: 'Kjernespørsmålene' };
const IA_1: Source = { document: 'ia-funksjonsvurdering', section: '1. Hvordan er arbeidsdagen?' };
const IA_2: Source = { document: 'ia-funksjonsvurdering', section: '2. Er det forhold som bør og kan endres?' };
const IA_3: Source = { document: 'ia-funksjonsvurdering', section: '3. Hva er vi enige om?' };
const IA_PLAN: Source = { document: 'ia-funksjonsvurdering', section: 'Oppfølgingsplan' };
const IA_PLIKTER: Source = { document: 'ia-funksjonsvurdering', section: 'Plikter og rettigheter' };
const ARR_TILLIT: Source = {
  document: 'kartlegging-arr-jobbforventninger',
  section: 'Kartlegginsgprosessen krever gjensidig tillit',
};
const ARR_AKTOR: Source = {
  document: 'kartlegging-arr-jobbforventninger',
  section: 'Pasienten aktør eller brikke – asymmetri i relasjonen',
};
const ARR_TID: Source = {
  document: 'kartlegging-arr-jobbforventninger',
  section: 'Tidsfaktoren – prognose – sammensatt situasjon',
};
const JMS_MESTRING: Source = {
  document: 'jobbmestringssamtalen-fastlege',
  section: 'Eksempler på spørsmål som kan stilles for å utforske pasientens tro på egen mestring',
};

/** The referat goes to the employer too (nav-forms.md c2): only work, function and agreements. */
const REFERAT_HJELP =
  'Referatet leses også av arbeidsgiver. Skriv om arbeid, funksjon og avtaler – aldri helseopplysninger.';

/**
 * The NAV veileder in Modia's dialogmøte and referat pages: the rules in force, preparing, leading
 * the meeting along IA-funksjonsvurdering's three core questions, and writing what each party agreed
 * into the referat's fields.
 */
export const dialogmoteVeileder: Guide = {
  id: 'dialogmote-veileder',
  title: 'Dialogmøte med Nav: samtalen og referatet',
  summary:
    'Forbered og led dialogmøtet etter de tre kjernespørsmålene, og før inn det partene blir enige om i referatet. Referatet går også til arbeidsgiver: ingen helseopplysninger.',
  roles: ['veileder'],
  contexts: ['modia-dialogmote-referat', 'modia-dialogmote', 'modia-dialogmote-endre', 'modia-moteoversikt'],
  sections: [
    {
      id: 'dmv-regler',
      title: 'Regler og rammer',
      items: [
        {
          id: 'dmv-regel-dialogmote-2',
          kind: 'fact',
          text: 'Nav kaller inn til dialogmøte 2 senest innen 26 uker. Den sykmeldte, arbeidsgiveren og sykmelderen har plikt til å møte når de blir innkalt.',
          source: { ...RULES, law: 'folketrygdloven § 8-7 a' },
        },
        {
          id: 'dmv-regel-dialogmote-3',
          kind: 'fact',
          text: 'Dialogmøte 3 holdes ved behov, når den sykmeldte, arbeidsgiveren eller sykmelderen ber om det.',
          source: { ...RULES, law: 'folketrygdloven § 8-7 a' },
        },
        {
          id: 'dmv-regel-plan',
          kind: 'fact',
          text: 'Arbeidsgiver skal sende oppdatert oppfølgingsplan til Nav senest én uke før møtet.',
          source: { ...RULES, law: 'arbeidsmiljøloven § 4-6 tredje ledd' },
        },
        {
          id: 'dmv-regel-formal',
          kind: 'fact',
          text: 'Møtet skal finne ut hva som skal til for at fraværet ikke blir unødig langt: partene ser på muligheter og begrensninger og lager tiltak sammen. Planen og tiltakene så langt evalueres.',
          source: BV_NAV,
        },
        {
          id: 'dmv-regel-taushet',
          kind: 'fact',
          text: 'Den sykmeldte har ingen plikt til å dele medisinske eller private opplysninger med arbeidsgiver, og fortrolige opplysninger skal ikke videre uten at partene er enige.',
          help: REFERAT_HJELP,
          source: IA_PLIKTER,
        },
      ],
    },
    {
      id: 'dmv-forberedelse',
      title: 'Før møtet',
      items: [
        {
          id: 'dmv-forb-plan',
          kind: 'step',
          core: true,
          text: 'Les oppfølgingsplanen: hva er prøvd, hva virket, og hva er avtalt?',
          source: IA_PLAN,
          note: true,
        },
        {
          id: 'dmv-forb-tid',
          kind: 'fact',
          text: 'Jo lenger sykmeldingen varer, desto vanskeligere blir det å komme tilbake. Se etter barrierer og sammensatte problemer tidlig, og tilby tiltak til rett tid.',
          source: ARR_TID,
        },
        {
          id: 'dmv-forb-aktor',
          kind: 'advice',
          text: 'La den sykmeldte være aktør, ikke brikke. Vær bevisst på at det er lett for deg å bli den som driver prosessen.',
          source: ARR_AKTOR,
        },
        {
          id: 'dmv-forb-tillit',
          kind: 'advice',
          text: 'Tillit må gå begge veier og tar tid; den er ikke nødvendigvis på plass i det første møtet.',
          source: ARR_TILLIT,
        },
        {
          id: 'dmv-forb-mestringstro',
          kind: 'scale',
          core: true,
          text: 'Spør den sykmeldte, gjerne i en samtale før møtet: Hvor stor tro har du, fra 0 til 10, på at løsningen du ser for deg, vil hjelpe deg å nå målet ditt?',
          help: 'Utforsk svaret. Er tallet lavt, spør hva som gjør at det ikke er null.',
          source: JMS_MESTRING,
          scale: { min: 0, max: 10, minLabel: 'Ingen tro', maxLabel: 'Full tro' },
        },
      ],
    },
    {
      id: 'dmv-samtalen',
      title: 'I møtet: tre kjernespørsmål',
      items: [
        {
          id: 'dmv-kjerne-rekkefolge',
          kind: 'advice',
          text: 'Hold rekkefølgen: først hvordan arbeidsdagen er, så hva som kan endres, til slutt hva dere er enige om. Da kartlegger dere før dere løser.',
          source: IA_KJERNE,
        },
        {
          id: 'dmv-kjerne-arbeidsdagen',
          kind: 'question',
          core: true,
          text: 'Hvordan går arbeidsdagen nå – oppgaver, arbeidstid, samarbeid og trivsel? Hva er prøvd, og hvordan virket det?',
          help: REFERAT_HJELP,
          source: IA_1,
          feeds: ['referat.situasjon'],
        },
        {
          id: 'dmv-kjerne-endres',
          kind: 'question',
          core: true,
          text: 'Hva skal til for at mer av jobben blir mulig? Se både på hva arbeidsplassen kan tilrettelegge, og på hva den sykmeldte kan bidra med.',
          help: REFERAT_HJELP,
          source: IA_2,
          feeds: ['referat.situasjon'],
        },
        {
          id: 'dmv-kjerne-tilrettelegging',
          kind: 'question',
          core: true,
          text: 'Har den sykmeldte behov for tilrettelegging som bør tas opp nå, mens alle parter er samlet?',
          source: BV_DIALOG,
          feeds: ['referat.situasjon'],
        },
        {
          id: 'dmv-kjerne-utsikter',
          kind: 'question',
          text: 'Hvilke muligheter og begrensninger ser partene framover, og når kan mer arbeid være realistisk?',
          source: BV_NAV,
          feeds: ['referat.situasjon'],
        },
        {
          id: 'dmv-kjerne-virkemidler',
          kind: 'step',
          core: true,
          text: 'Vurder om Navs virkemidler kan hjelpe – avklaring, oppfølging, tilskudd, hjelpemidler, arbeidsrettet rehabilitering – og noter hva du informerte om.',
          source: BV_VIRKEMIDLER,
          feeds: ['referat.veiledersOppgave'],
        },
      ],
    },
    {
      id: 'dmv-avtaler',
      title: 'Hva er dere enige om?',
      items: [
        {
          id: 'dmv-avtale-arbeidstaker',
          kind: 'step',
          core: true,
          text: 'Hva den sykmeldte skal gjøre, og innen når.',
          source: IA_3,
          feeds: ['referat.arbeidstakersOppgave'],
        },
        {
          id: 'dmv-avtale-arbeidsgiver',
          kind: 'step',
          core: true,
          text: 'Hva arbeidsgiveren skal gjøre: hvilke tiltak, om de er midlertidige eller varige, og fristene.',
          source: IA_3,
          feeds: ['referat.arbeidsgiversOppgave'],
        },
        {
          id: 'dmv-avtale-behandler',
          kind: 'step',
          text: 'Hva sykmelderen eller behandleren skal gjøre, hvis hen deltok.',
          source: IA_3,
          feeds: ['referat.behandlersOppgave'],
        },
        {
          id: 'dmv-avtale-veileder',
          kind: 'step',
          core: true,
          text: 'Hva Nav skal gjøre: videre avklaring, hjelp fra andre, virkemidler eller et nytt møte.',
          source: IA_3,
          feeds: ['referat.veiledersOppgave'],
        },
        {
          id: 'dmv-avtale-oppfolging',
          kind: 'step',
          core: true,
          text: 'Når og hvordan dere følger opp videre.',
          source: IA_3,
          feeds: ['referat.konklusjon'],
        },
        {
          id: 'dmv-avtale-konklusjon',
          kind: 'step',
          core: true,
          text: 'Oppsummer kort det viktigste dere ble enige om. Konklusjonen står øverst i referatet.',
          help: REFERAT_HJELP,
          source: {
            document: 'nav-forms',
            section: 'c2. Referat — `src/sider/dialogmoter/components/referat/Referat.tsx`',
          },
          feeds: ['referat.konklusjon'],
        },
      ],
    },
  ],
};
