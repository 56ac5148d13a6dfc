// Real-shaped URLs for every page definition in page-contexts.ts, kept apart so the panel and the
// background do not carry them: only the tests (the matrix test) and the docs read them.
// Synthetic ids used in the examples: never a real relation, plan, meeting, patient or person id.
const LEDER_ID = 'a1b2c3d4-0000-4000-8000-000000000001';
const LEDER_ID_2 = 'a1b2c3d4-0000-4000-8000-000000000011';
const PLAN_ID = 'f0e1d2c3-0000-4000-8000-000000000002';
const MOTE_ID = 'c0ffee00-0000-4000-8000-000000000003';
const BREV_ID = 'b0b0b0b0-0000-4000-8000-000000000004';
const SYKMELDT_ID = 'd0d0d0d0-0000-4000-8000-000000000005';
const DOKUMENT_ID = 'e0e0e0e0-0000-4000-8000-000000000006';
const PASIENT_ID = 'fa5e0000-0000-4000-8000-000000000007';
const DIALOG_ID = '100001';

/** Example URLs (synthetic ids) per page definition id: each must match its own definition only. */
export const PAGE_CONTEXT_EXAMPLES: Readonly<Record<string, readonly string[]>> = {
  'oppfolgingsplan-leder-oversikt': [
    `https://www.nav.no/syk/oppfolgingsplan/${LEDER_ID}`,
    `https://www.nav.no/syk/oppfolgingsplan/${LEDER_ID_2}/`,
  ],
  'oppfolgingsplan-leder-ny-plan': [
    `https://www.nav.no/syk/oppfolgingsplan/${LEDER_ID}/ny-plan`,
    `https://www.nav.no/syk/oppfolgingsplan/${LEDER_ID_2}/ny-plan?steg=2`,
    `https://www.nav.no/syk/oppfolgingsplan/${LEDER_ID}/ny-plan/#typiskArbeidshverdag`,
  ],
  'oppfolgingsplan-leder-aktiv-plan': [
    `https://www.nav.no/syk/oppfolgingsplan/${LEDER_ID}/aktiv-plan`,
    `https://www.nav.no/syk/oppfolgingsplan/${LEDER_ID_2}/aktiv-plan/`,
  ],
  'oppfolgingsplan-leder-tidligere-plan': [
    `https://www.nav.no/syk/oppfolgingsplan/${LEDER_ID}/tidligere-planer/${PLAN_ID}`,
    `https://www.nav.no/syk/oppfolgingsplan/${LEDER_ID_2}/tidligere-planer/${PLAN_ID}/`,
  ],
  'oppfolgingsplan-arbeidstaker': [
    'https://www.nav.no/syk/oppfolgingsplan/sykmeldt',
    `https://www.nav.no/syk/oppfolgingsplan/sykmeldt/aktiv-plan/${PLAN_ID}`,
    `https://www.nav.no/syk/oppfolgingsplan/sykmeldt/tidligere-planer/${PLAN_ID}/`,
  ],
  'oppfolgingsplan-gammel-leder': [
    `https://www.nav.no/syk/oppfolgingsplaner/arbeidsgiver/${LEDER_ID}`,
    `https://www.nav.no/syk/oppfolgingsplaner/arbeidsgiver/${LEDER_ID}/${DIALOG_ID}`,
    `https://www.nav.no/syk/oppfolgingsplaner/arbeidsgiver/${LEDER_ID}/${DIALOG_ID}/arbeidsoppgaver`,
    `https://www.nav.no/syk/oppfolgingsplaner/arbeidsgiver/${LEDER_ID_2}/${DIALOG_ID}/tiltak`,
    `https://www.nav.no/syk/oppfolgingsplaner/arbeidsgiver/${LEDER_ID_2}/${DIALOG_ID}/seplanen/`,
  ],
  'oppfolgingsplan-gammel-arbeidstaker': [
    'https://www.nav.no/syk/oppfolgingsplaner/sykmeldt',
    `https://www.nav.no/syk/oppfolgingsplaner/sykmeldt/${DIALOG_ID}`,
    `https://www.nav.no/syk/oppfolgingsplaner/sykmeldt/${DIALOG_ID}/arbeidsoppgaver`,
    `https://www.nav.no/syk/oppfolgingsplaner/sykmeldt/${DIALOG_ID}/godkjenning/`,
  ],
  'dine-sykmeldte': [
    'https://www.nav.no/arbeidsgiver/sykmeldte',
    'https://www.nav.no/arbeidsgiver/sykmeldte/',
    `https://www.nav.no/arbeidsgiver/sykmeldte/${SYKMELDT_ID}`,
    `https://www.nav.no/arbeidsgiver/sykmeldte/sykmeldt/${SYKMELDT_ID}/sykmeldinger`,
    `https://www.nav.no/arbeidsgiver/sykmeldte/sykmeldt/${SYKMELDT_ID}/sykmelding/${DOKUMENT_ID}`,
    `https://www.nav.no/arbeidsgiver/sykmeldte/sykmeldt/${SYKMELDT_ID}/soknader`,
    `https://www.nav.no/arbeidsgiver/sykmeldte/sykmeldt/${SYKMELDT_ID}/soknad/${DOKUMENT_ID}`,
    `https://www.nav.no/arbeidsgiver/sykmeldte/sykmeldt/${SYKMELDT_ID}/meldinger`,
    `https://www.nav.no/arbeidsgiver/sykmeldte/sykmeldt/${SYKMELDT_ID}/melding/${DOKUMENT_ID}`,
    'https://www.nav.no/arbeidsgiver/sykmeldte/info/oppfolging',
    'https://www.nav.no/arbeidsgiver/sykmeldte/info/sporsmal-og-svar',
  ],
  'nav-info-arbeidsgiver': [
    'https://www.nav.no/arbeidsgiver/oppfolging-sykmeldte',
    'https://www.nav.no/arbeidsgiver/oppfolging-sykmeldte#dialogmote-2og3',
    'https://www.nav.no/arbeidsgiver/oppfolgingsplan',
    'https://www.nav.no/arbeidsgiver/samtalestotte-arbeidsgiver',
    'https://www.nav.no/arbeidsgiver/tilretteleggingsplikt/',
  ],
  'min-side-arbeidsgiver': [
    'https://arbeidsgiver.nav.no/min-side-arbeidsgiver/',
    'https://arbeidsgiver.nav.no/min-side-arbeidsgiver',
    'https://arbeidsgiver.nav.no/min-side-arbeidsgiver/?bedrift=000000000',
  ],
  'dialogmote-leder': [
    `https://www.nav.no/syk/dialogmoter/arbeidsgiver/${LEDER_ID}`,
    `https://www.nav.no/syk/dialogmoter/arbeidsgiver/${LEDER_ID_2}/`,
  ],
  'dialogmote-leder-motebehov': [
    `https://www.nav.no/syk/dialogmoter/arbeidsgiver/${LEDER_ID}/motebehov/svar`,
    `https://www.nav.no/syk/dialogmoter/arbeidsgiver/${LEDER_ID}/motebehov/meld`,
    `https://www.nav.no/syk/dialogmoter/arbeidsgiver/${LEDER_ID_2}/motebehov/meld/`,
  ],
  'dialogmote-leder-innkalling': [
    `https://www.nav.no/syk/dialogmoter/arbeidsgiver/${LEDER_ID}/moteinnkalling`,
    `https://www.nav.no/syk/dialogmoter/arbeidsgiver/${LEDER_ID_2}/moteinnkalling/`,
  ],
  'dialogmote-leder-referat': [
    `https://www.nav.no/syk/dialogmoter/arbeidsgiver/${LEDER_ID}/referat/${BREV_ID}`,
    `https://www.nav.no/syk/dialogmoter/arbeidsgiver/${LEDER_ID_2}/referat/${BREV_ID}/`,
  ],
  'dialogmote-arbeidstaker': [
    'https://www.nav.no/syk/dialogmoter/sykmeldt',
    'https://www.nav.no/syk/dialogmoter/sykmeldt/',
  ],
  'dialogmote-arbeidstaker-motebehov': [
    'https://www.nav.no/syk/dialogmoter/sykmeldt/motebehov/svar',
    'https://www.nav.no/syk/dialogmoter/sykmeldt/motebehov/meld/',
  ],
  'dialogmote-arbeidstaker-innkalling': [
    'https://www.nav.no/syk/dialogmoter/sykmeldt/moteinnkalling',
    'https://www.nav.no/syk/dialogmoter/sykmeldt/moteinnkalling/',
  ],
  'dialogmote-arbeidstaker-referat': [
    `https://www.nav.no/syk/dialogmoter/sykmeldt/referat/${BREV_ID}`,
    `https://www.nav.no/syk/dialogmoter/sykmeldt/referat/${DOKUMENT_ID}/`,
  ],
  'sykmeldinger-arbeidstaker': [
    'https://www.nav.no/syk/sykmeldinger',
    `https://www.nav.no/syk/sykmeldinger/${DOKUMENT_ID}`,
    `https://www.nav.no/syk/sykmeldinger/${DOKUMENT_ID}/kvittering`,
  ],
  'ditt-sykefravaer': [
    'https://www.nav.no/syk/sykefravaer',
    'https://www.nav.no/syk/sykefravaer/',
    'https://www.nav.no/syk/sykefravaer/inntektsmeldinger',
  ],
  'snart-slutt-pa-sykepengene': [
    'https://www.nav.no/syk/meroppfolging/snart-slutt-pa-sykepengene',
    'https://www.nav.no/syk/meroppfolging/snart-slutt-pa-sykepengene/skjema',
    'https://www.nav.no/syk/meroppfolging/snart-slutt-pa-sykepengene/kvittering/',
  ],
  'syk-inn-fhir': [
    'https://www.nav.no/samarbeidspartner/sykmelding/fhir/launch',
    `https://www.nav.no/samarbeidspartner/sykmelding/fhir/${PASIENT_ID}`,
    `https://www.nav.no/samarbeidspartner/sykmelding/fhir/${PASIENT_ID}/ny`,
    `https://www.nav.no/samarbeidspartner/sykmelding/fhir/${PASIENT_ID}/forleng/${DOKUMENT_ID}`,
    `https://www.nav.no/samarbeidspartner/sykmelding/fhir/${PASIENT_ID}/dupliser/${DOKUMENT_ID}`,
    `https://www.nav.no/samarbeidspartner/sykmelding/fhir/${PASIENT_ID}/draft/${DOKUMENT_ID}`,
    `https://www.nav.no/samarbeidspartner/sykmelding/fhir/${PASIENT_ID}/kvittering/${DOKUMENT_ID}`,
    `https://www.nav.no/samarbeidspartner/sykmelding/fhir/${PASIENT_ID}/sykmelding/${DOKUMENT_ID}`,
  ],
  'syk-inn-standalone': [
    'https://www.nav.no/samarbeidspartner/sykmelding',
    'https://www.nav.no/samarbeidspartner/sykmelding/ny',
    `https://www.nav.no/samarbeidspartner/sykmelding/draft/${DOKUMENT_ID}`,
    `https://www.nav.no/samarbeidspartner/sykmelding/forleng/${DOKUMENT_ID}`,
    `https://www.nav.no/samarbeidspartner/sykmelding/dupliser/${DOKUMENT_ID}`,
    `https://www.nav.no/samarbeidspartner/sykmelding/kvittering/${DOKUMENT_ID}/`,
  ],
  'modia-sykefravaer': [
    'https://syfomodiaperson.intern.nav.no/sykefravaer',
    'https://syfomodiaperson.intern.nav.no/sykefravaer/nokkelinformasjon',
    'https://syfomodiaperson.intern.nav.no/',
  ],
  'modia-dialogmote': [
    'https://syfomodiaperson.intern.nav.no/sykefravaer/dialogmote',
    'https://syfomodiaperson.intern.nav.no/sykefravaer/dialogmote/',
  ],
  'modia-dialogmote-referat': [
    `https://syfomodiaperson.intern.nav.no/sykefravaer/dialogmote/${MOTE_ID}/referat`,
    `https://syfomodiaperson.intern.nav.no/sykefravaer/dialogmote/${MOTE_ID}/referat/endre`,
  ],
  'modia-dialogmote-endre': [
    `https://syfomodiaperson.intern.nav.no/sykefravaer/dialogmote/${MOTE_ID}/endre`,
    `https://syfomodiaperson.intern.nav.no/sykefravaer/dialogmote/${MOTE_ID}/avlys`,
  ],
  'modia-moteoversikt': [
    'https://syfomodiaperson.intern.nav.no/sykefravaer/moteoversikt',
    'https://syfomodiaperson.intern.nav.no/sykefravaer/moteoversikt/',
  ],
  'modia-dialogmote-unntak': [
    'https://syfomodiaperson.intern.nav.no/sykefravaer/dialogmoteunntak',
    'https://syfomodiaperson.intern.nav.no/sykefravaer/dialogmoteikkeaktuell',
    'https://syfomodiaperson.intern.nav.no/sykefravaer/dialogmoteavvent/',
  ],
  'modia-aktivitetskrav': [
    'https://syfomodiaperson.intern.nav.no/sykefravaer/aktivitetskrav',
    'https://syfomodiaperson.intern.nav.no/sykefravaer/aktivitetskrav/',
  ],
  'modia-oppfolgingsplaner': [
    'https://syfomodiaperson.intern.nav.no/sykefravaer/oppfoelgingsplaner',
    'https://syfomodiaperson.intern.nav.no/sykefravaer/oppfoelgingsplaner/',
  ],
  'modia-sykmeldinger': [
    'https://syfomodiaperson.intern.nav.no/sykefravaer/sykmeldinger',
    `https://syfomodiaperson.intern.nav.no/sykefravaer/sykmeldinger/${DOKUMENT_ID}`,
    'https://syfomodiaperson.intern.nav.no/sykefravaer/sykepengesoknader',
    `https://syfomodiaperson.intern.nav.no/sykefravaer/sykepengesoknader/${DOKUMENT_ID}/`,
  ],
  'modia-annet': [
    'https://syfomodiaperson.intern.nav.no/sykefravaer/behandlerdialog',
    'https://syfomodiaperson.intern.nav.no/sykefravaer/kartleggingssporsmal',
    'https://syfomodiaperson.intern.nav.no/sykefravaer/manglendemedvirkning',
    'https://syfomodiaperson.intern.nav.no/sykefravaer/manglendemedvirkning/stans',
    'https://syfomodiaperson.intern.nav.no/sykefravaer/arbeidsuforhet',
    'https://syfomodiaperson.intern.nav.no/sykefravaer/arbeidsuforhet/innstilling-uten-forhandsvarsel',
    'https://syfomodiaperson.intern.nav.no/sykefravaer/frisktilarbeid',
    'https://syfomodiaperson.intern.nav.no/sykefravaer/utenlandsopphold',
    'https://syfomodiaperson.intern.nav.no/sykefravaer/senoppfolging',
    'https://syfomodiaperson.intern.nav.no/sykefravaer/historikk/',
    'https://syfomodiaperson.intern.nav.no/sykefravaer/personsok',
  ],
  syfooversikt: [
    'https://syfooversikt.intern.nav.no/',
    'https://syfooversikt.intern.nav.no/enhet',
    'https://syfooversikt.intern.nav.no/minoversikt',
  ],
};
