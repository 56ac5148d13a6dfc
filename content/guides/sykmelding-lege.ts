import type { Guide, Source } from '../../domain/guide';

const IA_LEGE: Source = { document: 'ia-funksjonsvurdering', section: 'Behandlende leges rolle' };
const IA_PLIKTER: Source = { document: 'ia-funksjonsvurdering', section: 'Plikter og rettigheter' };
const BV_GRADERING: Source = {
  document: 'behandlingsveileder-jobbfokusert-terapi',
  section: 'Gradering av sykmelding',
};
const BV_MAL: Source = { document: 'behandlingsveileder-jobbfokusert-terapi', section: 'Lag jobbrelaterte mål' };
const BV_BARRIERER: Source = { document: 'behandlingsveileder-jobbfokusert-terapi', section: 'Utforsk barrierer' };
const BV_TILRETTELEGGING: Source = {
  document: 'behandlingsveileder-jobbfokusert-terapi',
  section: 'Jobbtilrettelegging',
};
const BV_TILTAK: Source = { document: 'behandlingsveileder-jobbfokusert-terapi', section: 'Tilretteleggingstiltak' };
const DVS_ALTERNATIVER: Source = {
  document: 'den-viktige-samtalen-leder',
  section: 'Finne tilretteleggingsmuligheter',
};
const RULES: Source = { document: 'timeline', section: '1. The milestone table' };
const SUPERSEDED: Source = {
  document: 'timeline',
  section: '2. Where the seed documents state older (superseded) rules',
};

/**
 * The GP in the sykmelding form (syk-inn): assessing work and grading, the deadlines in force
 * (timeline.md, not the older ones in the seeds), and which fields reach the employer.
 */
export const sykmeldingLege: Guide = {
  id: 'sykmelding-lege',
  title: 'Sykmeldingen: legens rolle og hva som går til hvem',
  summary:
    'Vurder om pasienten kan være helt eller delvis i jobb, bruk gradering og tilrettelegging, kjenn fristene som gjelder nå, og hold medisinske opplysninger utenfor feltene arbeidsgiver ser.',
  roles: ['lege'],
  contexts: ['syk-inn-fhir', 'syk-inn-standalone'],
  handout: 'pasientinformasjon',
  sections: [
    {
      id: 'lr-vurdering',
      title: 'Vurder arbeid og gradering',
      items: [
        {
          id: 'lr-helt-delvis',
          kind: 'fact',
          core: true,
          text: 'Som sykmelder vurderer du om pasienten kan være helt eller delvis på jobb.',
          source: IA_LEGE,
        },
        {
          id: 'lr-trygghet',
          kind: 'advice',
          text: 'Er pasienten og arbeidsgiveren usikre på om oppgavene er medisinsk forsvarlige, kan du gi trygghet for aktivitet og støtte dialogen på arbeidsplassen.',
          source: IA_LEGE,
        },
        {
          id: 'lr-gradert-bedre',
          kind: 'fact',
          text: 'Gradert sykmelding har færre bivirkninger enn full: kontakten med arbeidsplassen består, belastningen blir mindre, og oppgaver kan tilpasses og brukes som trening.',
          source: BV_GRADERING,
        },
        {
          id: 'lr-full-bivirkning',
          kind: 'fact',
          text: 'Full sykmelding kan gi isolasjon og mindre aktivitet og struktur i hverdagen. Ved depresjon og angst kan den i tillegg gjøre det å unngå jobben til noe legen har godkjent, og slik holde plagene ved like.',
          source: BV_GRADERING,
        },
        {
          id: 'lr-portvokter',
          kind: 'advice',
          core: true,
          text: 'Drøft med pasienten hvorfor fravær i dette tilfellet skulle fremme helsen – også når pasienten selv ber om «noen dager». Mange kjenner ikke til de negative virkningene av sykmelding.',
          source: BV_GRADERING,
        },
        {
          id: 'lr-grad-finjuster',
          kind: 'advice',
          core: true,
          text: 'Juster graden etter hvordan det går: det avgjørende er hvor mye pasienten faktisk får gjort på tiden hen er til stede, ikke bare antall timer.',
          help: 'Se eksempelet med elektrikeren i guiden om jobbfokusert terapi.',
          source: BV_MAL,
        },
      ],
    },
    {
      id: 'lr-frister',
      title: 'Frister som gjelder nå',
      items: [
        {
          id: 'lr-frist-plan',
          kind: 'fact',
          text: 'Arbeidsgiver og arbeidstaker skal ha laget en oppfølgingsplan, og arbeidsgiver skal ha sendt den til deg, senest når arbeidstakeren har vært helt eller delvis borte i fire uker – med mindre det er åpenbart unødvendig.',
          source: { ...RULES, law: 'arbeidsmiljøloven § 4-6 tredje ledd' },
        },
        {
          id: 'lr-frist-dialogmote-1',
          kind: 'fact',
          text: 'Arbeidsgiver skal kalle inn til dialogmøte 1 senest innen sju uker når arbeidstakeren er helt sykmeldt. Du deltar hvis arbeidstakeren ønsker det.',
          help: 'Eldre veiledningsmateriell oppgir tolv uker. Det var regelen før 1. juli 2011.',
          source: { ...SUPERSEDED, law: 'arbeidsmiljøloven § 4-6 fjerde ledd' },
        },
        {
          id: 'lr-frist-aktivitetskrav',
          kind: 'fact',
          core: true,
          text: 'Innen åtte uker skal den sykmeldte være i arbeidsrelatert aktivitet. Unntak krever at du dokumenterer tungtveiende medisinske grunner, eller at arbeidsgiver dokumenterer at tilrettelegging ikke er mulig. Gradert sykmelding oppfyller kravet.',
          source: { ...RULES, law: 'folketrygdloven §§ 8-7 og 8-8 andre ledd' },
        },
        {
          id: 'lr-frist-utdypende',
          kind: 'fact',
          text: 'I uke 7 stiller sykmeldingen utdypende spørsmål bare når pasienten er helt sykmeldt (aktivitet ikke mulig) og sykmeldingen varer forbi uke 8. I uke 17 og 39 kommer nye spørsmål. Svarene går til Nav, ikke til arbeidsgiver.',
          source: { ...RULES, law: 'folketrygdloven § 8-7' },
        },
        {
          id: 'lr-frist-dialogmote-2',
          kind: 'fact',
          text: 'Nav kaller inn til dialogmøte 2 senest innen 26 uker. Du har plikt til å delta når du blir innkalt.',
          source: { ...RULES, law: 'folketrygdloven § 8-7 a' },
        },
      ],
    },
    {
      id: 'lr-felter',
      title: 'Hva går til arbeidsgiver?',
      items: [
        {
          id: 'lr-felt-ingen-medisinsk',
          kind: 'fact',
          text: 'Arbeidstakeren har ingen plikt til å gi arbeidsgiver opplysninger om medisinske eller private forhold. Det som skal til arbeidsgiver, handler om funksjon, arbeidsmuligheter og forslag til tiltak.',
          source: IA_PLIKTER,
        },
        {
          id: 'lr-felt-til-arbeidsgiver',
          kind: 'step',
          core: true,
          text: 'Melding til arbeidsgiver: hva pasienten kan gjøre nå, og hva som bør tilrettelegges – oppgaver, tempo, arbeidstid. Ingen diagnose, ingen symptomer.',
          source: IA_PLIKTER,
          feeds: ['sykmelding.meldinger.tilArbeidsgiver'],
        },
        {
          id: 'lr-felt-arbeidsrelatert',
          kind: 'question',
          core: true,
          text: 'Er det forhold på arbeidsplassen, for eksempel manglende tilrettelegging eller en konflikt, som gjør at aktivitet ikke er mulig nå? Beskriv dem kort og saklig.',
          help: 'Arbeidsrelatert årsak vises for arbeidsgiver.',
          source: BV_BARRIERER,
          feeds: ['sykmelding.arbeidsrelatertArsak'],
        },
        {
          id: 'lr-felt-hensyn',
          kind: 'question',
          text: 'Hvilke hensyn bør arbeidsplassen ta? Tenk på hvor mye pasienten selv kan styre tempo og rekkefølge, kontakten med kolleger og oppfølgingen fra leder.',
          source: BV_TILRETTELEGGING,
          feeds: ['sykmelding.hensynArbeidsplassen'],
        },
        {
          id: 'lr-felt-tiltak',
          kind: 'question',
          core: true,
          text: 'Hvilke tiltak på arbeidsplassen kan gjøre mer arbeid mulig nå? For eksempel færre eller oppdelte oppgaver, tydeligere forventninger, en mentor, mer fleksibilitet eller faste samtaler med leder.',
          source: BV_TILTAK,
          feeds: ['sykmelding.tiltakArbeidsplassen'],
        },
        {
          id: 'lr-felt-innspill',
          kind: 'question',
          text: 'Har pasienten og arbeidsgiveren allerede sett på alternativer? Når du kjenner dem, kan sykmeldingen tilpasses det som faktisk er mulig på arbeidsplassen.',
          help: 'Ved avventende sykmelding blir dette innspillet til arbeidsgiver.',
          source: DVS_ALTERNATIVER,
          feeds: ['sykmelding.innspillTilArbeidsgiver'],
        },
        {
          id: 'lr-felt-til-nav',
          kind: 'step',
          core: true,
          text: 'Melding til Nav: behov for tiltak, for dialogmøte eller for annen oppfølging – for eksempel om pasienten kan ha nytte av Navs virkemidler.',
          source: { document: 'nav-forms', section: 'b2. NAV\'s new web sykmelding "syk-inn"' },
          feeds: ['sykmelding.meldinger.tilNav'],
        },
      ],
    },
  ],
};
