import type { PageContextDefinition } from './page-context';

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

const NAV = 'https://www\\.nav\\.no';
const MODIA = 'https://syfomodiaperson\\.intern\\.nav\\.no';

/** A path segment that is an id, never one of the reserved words (the app's own routes, assets, API). */
function idSegment(...reserved: readonly string[]): string {
  const words = ['api', '_next', ...reserved].join('|');
  return `(?!(?:${words})(?:/|$))[^/]+`;
}

const ID = idSegment();
// On /syk/oppfolgingsplan/ the employee's pages live under the word `sykmeldt`, beside the leader's ids.
const LEDER_SEGMENT = idSegment('sykmeldt');

// Headings and titles shared by the leader's and the employee's dialogmøte pages (navikt/dialogmote-frontend).
const DIALOGMOTER = [/^Dialogmøter\b/i];
const INNKALLING = [/Innkalling til dialogmøte/i];
const REFERAT = [/Referat fra dialogmøte/i];

/**
 * Every page Følgesvenn recognises, from `shared/domain/pages.md` §1–3. Order does not matter: the
 * matrix test proves that no example matches two definitions. Dev and test hosts are left out.
 */
export const PAGE_CONTEXTS: readonly PageContextDefinition[] = [
  // §1 nav.no – the leader's new digital oppfølgingsplan (navikt/syfo-oppfolgingsplan-frontend).
  {
    id: 'oppfolgingsplan-leder-oversikt',
    label: 'Oppfølgingsplan – oversikt, nærmeste leder',
    audience: 'leder',
    pattern: new RegExp(`^${NAV}/syk/oppfolgingsplan/${LEDER_SEGMENT}/?$`),
    examples: [
      `https://www.nav.no/syk/oppfolgingsplan/${LEDER_ID}`,
      `https://www.nav.no/syk/oppfolgingsplan/${LEDER_ID_2}/`,
    ],
    signals: { headings: [/^Oppfølgingsplaner$/i] },
  },
  {
    id: 'oppfolgingsplan-leder-ny-plan',
    label: 'Oppfølgingsplan – ny plan, nærmeste leder',
    audience: 'leder',
    pattern: new RegExp(`^${NAV}/syk/oppfolgingsplan/${LEDER_SEGMENT}/ny-plan/?$`),
    examples: [
      `https://www.nav.no/syk/oppfolgingsplan/${LEDER_ID}/ny-plan`,
      `https://www.nav.no/syk/oppfolgingsplan/${LEDER_ID_2}/ny-plan?steg=2`,
      `https://www.nav.no/syk/oppfolgingsplan/${LEDER_ID}/ny-plan/#typiskArbeidshverdag`,
    ],
    // The plan form has no <form> and no names: its stable keys are NAV's field ids (nav-forms.md).
    signals: {
      fieldIds: [
        'typiskArbeidshverdag',
        'arbeidsoppgaverSomKanUtfores',
        'arbeidsoppgaverSomIkkeKanUtfores',
        'tidligereTilrettelegging',
        'tilretteleggingFremover',
        'annenTilrettelegging',
        'hvordanFolgeOpp',
        'evalueringsDato',
      ],
    },
  },
  {
    id: 'oppfolgingsplan-leder-aktiv-plan',
    label: 'Oppfølgingsplan – aktiv plan, nærmeste leder',
    audience: 'leder',
    pattern: new RegExp(`^${NAV}/syk/oppfolgingsplan/${LEDER_SEGMENT}/aktiv-plan/?$`),
    examples: [
      `https://www.nav.no/syk/oppfolgingsplan/${LEDER_ID}/aktiv-plan`,
      `https://www.nav.no/syk/oppfolgingsplan/${LEDER_ID_2}/aktiv-plan/`,
    ],
    signals: { headings: [/Del oppfølgingsplanen med fastlege og Nav/i] },
  },
  {
    id: 'oppfolgingsplan-leder-tidligere-plan',
    label: 'Oppfølgingsplan – tidligere plan, nærmeste leder',
    audience: 'leder',
    pattern: new RegExp(`^${NAV}/syk/oppfolgingsplan/${LEDER_SEGMENT}/tidligere-planer/${ID}/?$`),
    examples: [
      `https://www.nav.no/syk/oppfolgingsplan/${LEDER_ID}/tidligere-planer/${PLAN_ID}`,
      `https://www.nav.no/syk/oppfolgingsplan/${LEDER_ID_2}/tidligere-planer/${PLAN_ID}/`,
    ],
    // "Oppfølgingsplan for {navn}": the regex only tests the heading, the name is never kept.
    signals: { headings: [/^Oppfølgingsplan for /i] },
  },
  {
    id: 'oppfolgingsplan-arbeidstaker',
    label: 'Oppfølgingsplan – den ansattes side',
    audience: 'arbeidstaker',
    pattern: new RegExp(`^${NAV}/syk/oppfolgingsplan/sykmeldt(/(aktiv-plan|tidligere-planer)/${ID})?/?$`),
    examples: [
      'https://www.nav.no/syk/oppfolgingsplan/sykmeldt',
      `https://www.nav.no/syk/oppfolgingsplan/sykmeldt/aktiv-plan/${PLAN_ID}`,
      `https://www.nav.no/syk/oppfolgingsplan/sykmeldt/tidligere-planer/${PLAN_ID}/`,
    ],
    signals: { headings: [/^Oppfølgingsplan/i] },
  },

  // §1 nav.no – the old oppfølgingsplan app, still reachable (navikt/oppfolgingsplan-frontend, src/pages).
  {
    id: 'oppfolgingsplan-gammel-leder',
    label: 'Oppfølgingsplan (gammel løsning) – nærmeste leder',
    audience: 'leder',
    pattern: new RegExp(
      `^${NAV}/syk/oppfolgingsplaner/arbeidsgiver/${ID}(/${ID}(/(arbeidsoppgaver|tiltak|seplanen))?)?/?$`,
    ),
    examples: [
      `https://www.nav.no/syk/oppfolgingsplaner/arbeidsgiver/${LEDER_ID}`,
      `https://www.nav.no/syk/oppfolgingsplaner/arbeidsgiver/${LEDER_ID}/${DIALOG_ID}`,
      `https://www.nav.no/syk/oppfolgingsplaner/arbeidsgiver/${LEDER_ID}/${DIALOG_ID}/arbeidsoppgaver`,
      `https://www.nav.no/syk/oppfolgingsplaner/arbeidsgiver/${LEDER_ID_2}/${DIALOG_ID}/tiltak`,
      `https://www.nav.no/syk/oppfolgingsplaner/arbeidsgiver/${LEDER_ID_2}/${DIALOG_ID}/seplanen/`,
    ],
  },
  {
    id: 'oppfolgingsplan-gammel-arbeidstaker',
    label: 'Oppfølgingsplan (gammel løsning) – den ansattes side',
    audience: 'arbeidstaker',
    // `godkjenning` is a page of the employee's side only (src/pages/sykmeldt/[id]/godkjenning.tsx).
    pattern: new RegExp(
      `^${NAV}/syk/oppfolgingsplaner/sykmeldt(/${ID}(/(arbeidsoppgaver|tiltak|seplanen|godkjenning))?)?/?$`,
    ),
    examples: [
      'https://www.nav.no/syk/oppfolgingsplaner/sykmeldt',
      `https://www.nav.no/syk/oppfolgingsplaner/sykmeldt/${DIALOG_ID}`,
      `https://www.nav.no/syk/oppfolgingsplaner/sykmeldt/${DIALOG_ID}/arbeidsoppgaver`,
      `https://www.nav.no/syk/oppfolgingsplaner/sykmeldt/${DIALOG_ID}/godkjenning/`,
    ],
  },

  // §1 nav.no – Dine sykmeldte and the pages around it.
  {
    id: 'dine-sykmeldte',
    label: 'Dine sykmeldte – nærmeste leder',
    audience: 'leder',
    // The whole app (navikt/dinesykmeldte, basePath /arbeidsgiver/sykmeldte): one context for all its pages.
    pattern: new RegExp(`^${NAV}/arbeidsgiver/sykmeldte(/.*)?$`),
    examples: [
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
    signals: { titles: [/Dine sykmeldte/i], headings: [/^Dine sykmeldte$/i] },
  },
  {
    id: 'nav-info-arbeidsgiver',
    label: 'Nav-informasjon for arbeidsgivere om sykefravær',
    audience: 'leder',
    // Linked from Dine sykmeldte (pages.md §1); `tilretteleggingsplikt` is linked from the leader's dialogmøte page.
    pattern: new RegExp(
      `^${NAV}/arbeidsgiver/(oppfolging-sykmeldte|oppfolgingsplan|samtalestotte-arbeidsgiver|tilretteleggingsplikt)/?$`,
    ),
    examples: [
      'https://www.nav.no/arbeidsgiver/oppfolging-sykmeldte',
      'https://www.nav.no/arbeidsgiver/oppfolging-sykmeldte#dialogmote-2og3',
      'https://www.nav.no/arbeidsgiver/oppfolgingsplan',
      'https://www.nav.no/arbeidsgiver/samtalestotte-arbeidsgiver',
      'https://www.nav.no/arbeidsgiver/tilretteleggingsplikt/',
    ],
  },
  {
    id: 'min-side-arbeidsgiver',
    label: 'Min side – arbeidsgiver',
    audience: 'leder',
    pattern: /^https:\/\/arbeidsgiver\.nav\.no\/min-side-arbeidsgiver(\/.*)?$/,
    examples: [
      'https://arbeidsgiver.nav.no/min-side-arbeidsgiver/',
      'https://arbeidsgiver.nav.no/min-side-arbeidsgiver',
      'https://arbeidsgiver.nav.no/min-side-arbeidsgiver/?bedrift=000000000',
    ],
  },

  // §1 nav.no – the leader's dialogmøte pages (navikt/dialogmote-frontend, basePath /syk/dialogmoter).
  {
    id: 'dialogmote-leder',
    label: 'Dialogmøter – nærmeste leder',
    audience: 'leder',
    pattern: new RegExp(`^${NAV}/syk/dialogmoter/arbeidsgiver/${ID}/?$`),
    examples: [
      `https://www.nav.no/syk/dialogmoter/arbeidsgiver/${LEDER_ID}`,
      `https://www.nav.no/syk/dialogmoter/arbeidsgiver/${LEDER_ID_2}/`,
    ],
    signals: { headings: DIALOGMOTER, titles: DIALOGMOTER },
  },
  {
    id: 'dialogmote-leder-motebehov',
    label: 'Dialogmøte – behov for møte, nærmeste leder',
    audience: 'leder',
    pattern: new RegExp(`^${NAV}/syk/dialogmoter/arbeidsgiver/${ID}/motebehov/(svar|meld)/?$`),
    examples: [
      `https://www.nav.no/syk/dialogmoter/arbeidsgiver/${LEDER_ID}/motebehov/svar`,
      `https://www.nav.no/syk/dialogmoter/arbeidsgiver/${LEDER_ID}/motebehov/meld`,
      `https://www.nav.no/syk/dialogmoter/arbeidsgiver/${LEDER_ID_2}/motebehov/meld/`,
    ],
    signals: {
      headings: [/Har dere behov for et dialogmøte med Nav\?/i, /Be om dialogmøte med Nav/i],
      titles: [/Har dere behov for et dialogmøte med Nav\?/i, /Be om dialogmøte med Nav/i],
    },
  },
  {
    id: 'dialogmote-leder-innkalling',
    label: 'Dialogmøte – innkalling, nærmeste leder',
    audience: 'leder',
    pattern: new RegExp(`^${NAV}/syk/dialogmoter/arbeidsgiver/${ID}/moteinnkalling/?$`),
    examples: [
      `https://www.nav.no/syk/dialogmoter/arbeidsgiver/${LEDER_ID}/moteinnkalling`,
      `https://www.nav.no/syk/dialogmoter/arbeidsgiver/${LEDER_ID_2}/moteinnkalling/`,
    ],
    signals: { headings: INNKALLING, titles: INNKALLING },
  },
  {
    id: 'dialogmote-leder-referat',
    label: 'Dialogmøte – referat, nærmeste leder',
    audience: 'leder',
    pattern: new RegExp(`^${NAV}/syk/dialogmoter/arbeidsgiver/${ID}/referat/${ID}/?$`),
    examples: [
      `https://www.nav.no/syk/dialogmoter/arbeidsgiver/${LEDER_ID}/referat/${BREV_ID}`,
      `https://www.nav.no/syk/dialogmoter/arbeidsgiver/${LEDER_ID_2}/referat/${BREV_ID}/`,
    ],
    signals: { headings: REFERAT, titles: REFERAT },
  },

  // §1 nav.no – the employee's pages: recognised, not a target user (the panel shows a calm note).
  {
    id: 'dialogmote-arbeidstaker',
    label: 'Dialogmøter – den ansattes side',
    audience: 'arbeidstaker',
    pattern: new RegExp(`^${NAV}/syk/dialogmoter/sykmeldt/?$`),
    examples: ['https://www.nav.no/syk/dialogmoter/sykmeldt', 'https://www.nav.no/syk/dialogmoter/sykmeldt/'],
    signals: { headings: DIALOGMOTER, titles: DIALOGMOTER },
  },
  {
    id: 'dialogmote-arbeidstaker-motebehov',
    label: 'Dialogmøte – behov for møte, den ansattes side',
    audience: 'arbeidstaker',
    pattern: new RegExp(`^${NAV}/syk/dialogmoter/sykmeldt/motebehov/(svar|meld)/?$`),
    examples: [
      'https://www.nav.no/syk/dialogmoter/sykmeldt/motebehov/svar',
      'https://www.nav.no/syk/dialogmoter/sykmeldt/motebehov/meld/',
    ],
    signals: {
      headings: [/Ønsker du et dialogmøte med Nav\?/i, /Be om dialogmøte med Nav/i],
      titles: [/Ønsker du et dialogmøte med Nav\?/i, /Be om dialogmøte med Nav/i],
    },
  },
  {
    id: 'dialogmote-arbeidstaker-innkalling',
    label: 'Dialogmøte – innkalling, den ansattes side',
    audience: 'arbeidstaker',
    pattern: new RegExp(`^${NAV}/syk/dialogmoter/sykmeldt/moteinnkalling/?$`),
    examples: [
      'https://www.nav.no/syk/dialogmoter/sykmeldt/moteinnkalling',
      'https://www.nav.no/syk/dialogmoter/sykmeldt/moteinnkalling/',
    ],
    signals: { headings: INNKALLING, titles: INNKALLING },
  },
  {
    id: 'dialogmote-arbeidstaker-referat',
    label: 'Dialogmøte – referat, den ansattes side',
    audience: 'arbeidstaker',
    pattern: new RegExp(`^${NAV}/syk/dialogmoter/sykmeldt/referat/${ID}/?$`),
    examples: [
      `https://www.nav.no/syk/dialogmoter/sykmeldt/referat/${BREV_ID}`,
      `https://www.nav.no/syk/dialogmoter/sykmeldt/referat/${DOKUMENT_ID}/`,
    ],
    signals: { headings: REFERAT, titles: REFERAT },
  },
  {
    id: 'sykmeldinger-arbeidstaker',
    label: 'Sykmeldinger – den ansattes side',
    audience: 'arbeidstaker',
    pattern: new RegExp(`^${NAV}/syk/sykmeldinger(/${ID}(/kvittering)?)?/?$`),
    examples: [
      'https://www.nav.no/syk/sykmeldinger',
      `https://www.nav.no/syk/sykmeldinger/${DOKUMENT_ID}`,
      `https://www.nav.no/syk/sykmeldinger/${DOKUMENT_ID}/kvittering`,
    ],
  },
  {
    id: 'ditt-sykefravaer',
    label: 'Ditt sykefravær – den ansattes side',
    audience: 'arbeidstaker',
    // The employee's hub (navikt/ditt-sykefravaer): one context for the hub and its sub-pages.
    pattern: new RegExp(`^${NAV}/syk/sykefravaer(/.*)?$`),
    examples: [
      'https://www.nav.no/syk/sykefravaer',
      'https://www.nav.no/syk/sykefravaer/',
      'https://www.nav.no/syk/sykefravaer/inntektsmeldinger',
    ],
  },
  {
    id: 'snart-slutt-pa-sykepengene',
    label: 'Snart slutt på sykepengene – den ansattes side',
    audience: 'arbeidstaker',
    // The 39-week page (navikt/meroppfolging-frontend: the page, its form and its receipt).
    pattern: new RegExp(`^${NAV}/syk/meroppfolging/snart-slutt-pa-sykepengene(/(skjema|kvittering))?/?$`),
    examples: [
      'https://www.nav.no/syk/meroppfolging/snart-slutt-pa-sykepengene',
      'https://www.nav.no/syk/meroppfolging/snart-slutt-pa-sykepengene/skjema',
      'https://www.nav.no/syk/meroppfolging/snart-slutt-pa-sykepengene/kvittering/',
    ],
  },

  // §3 the GP's side: NAV's own sykmelding form, syk-inn (navikt/syk-inn).
  {
    id: 'syk-inn-fhir',
    label: 'Sykmelding til Nav – startet fra journalen (syk-inn)',
    audience: 'lege',
    pattern: new RegExp(`^${NAV}/samarbeidspartner/sykmelding/fhir(/.*)?$`),
    examples: [
      'https://www.nav.no/samarbeidspartner/sykmelding/fhir/launch',
      `https://www.nav.no/samarbeidspartner/sykmelding/fhir/${PASIENT_ID}`,
      `https://www.nav.no/samarbeidspartner/sykmelding/fhir/${PASIENT_ID}/ny`,
      `https://www.nav.no/samarbeidspartner/sykmelding/fhir/${PASIENT_ID}/forleng/${DOKUMENT_ID}`,
      `https://www.nav.no/samarbeidspartner/sykmelding/fhir/${PASIENT_ID}/dupliser/${DOKUMENT_ID}`,
      `https://www.nav.no/samarbeidspartner/sykmelding/fhir/${PASIENT_ID}/draft/${DOKUMENT_ID}`,
      `https://www.nav.no/samarbeidspartner/sykmelding/fhir/${PASIENT_ID}/kvittering/${DOKUMENT_ID}`,
      `https://www.nav.no/samarbeidspartner/sykmelding/fhir/${PASIENT_ID}/sykmelding/${DOKUMENT_ID}`,
    ],
    signals: { titles: [/\(FHIR\) Innsending av sykmeldinger/i] },
  },
  {
    id: 'syk-inn-standalone',
    label: 'Sykmelding til Nav – egen innlogging (syk-inn)',
    audience: 'lege',
    pattern: new RegExp(
      `^${NAV}/samarbeidspartner/sykmelding(/(ny(/${ID})?|(draft|forleng|dupliser|kvittering)/${ID}|bruksvilkar))?/?$`,
    ),
    examples: [
      'https://www.nav.no/samarbeidspartner/sykmelding',
      'https://www.nav.no/samarbeidspartner/sykmelding/ny',
      `https://www.nav.no/samarbeidspartner/sykmelding/draft/${DOKUMENT_ID}`,
      `https://www.nav.no/samarbeidspartner/sykmelding/forleng/${DOKUMENT_ID}`,
      `https://www.nav.no/samarbeidspartner/sykmelding/dupliser/${DOKUMENT_ID}`,
      `https://www.nav.no/samarbeidspartner/sykmelding/kvittering/${DOKUMENT_ID}/`,
    ],
    signals: { titles: [/\(Ny\) Innsending av sykmeldinger/i] },
  },

  // §2 Modia sykefraværsoppfølging (navikt/syfomodiaperson, src/AppRouter.tsx). The person is never in the URL.
  {
    id: 'modia-sykefravaer',
    label: 'Modia – sykefravær, nøkkelinformasjon',
    audience: 'veileder',
    // The bare origin redirects to /sykefravaer.
    pattern: new RegExp(`^${MODIA}(/sykefravaer(/nokkelinformasjon)?)?/?$`),
    examples: [
      'https://syfomodiaperson.intern.nav.no/sykefravaer',
      'https://syfomodiaperson.intern.nav.no/sykefravaer/nokkelinformasjon',
      'https://syfomodiaperson.intern.nav.no/',
    ],
    signals: { headings: [/^Nøkkelinformasjon$/i], titles: [/^Nøkkelinformasjon\b/i] },
  },
  {
    id: 'modia-dialogmote',
    label: 'Modia – innkalling til dialogmøte',
    audience: 'veileder',
    pattern: new RegExp(`^${MODIA}/sykefravaer/dialogmote/?$`),
    examples: [
      'https://syfomodiaperson.intern.nav.no/sykefravaer/dialogmote',
      'https://syfomodiaperson.intern.nav.no/sykefravaer/dialogmote/',
    ],
  },
  {
    id: 'modia-dialogmote-referat',
    label: 'Modia – referat fra dialogmøte',
    audience: 'veileder',
    pattern: new RegExp(`^${MODIA}/sykefravaer/dialogmote/${ID}/referat(/endre)?/?$`),
    examples: [
      `https://syfomodiaperson.intern.nav.no/sykefravaer/dialogmote/${MOTE_ID}/referat`,
      `https://syfomodiaperson.intern.nav.no/sykefravaer/dialogmote/${MOTE_ID}/referat/endre`,
    ],
    // The referat form keys its fields by `name` (ids are generated): Referat.tsx, nav-forms.md.
    signals: {
      fieldNames: ['situasjon', 'konklusjon', 'arbeidstakersOppgave', 'arbeidsgiversOppgave'],
      headings: REFERAT,
    },
  },
  {
    id: 'modia-dialogmote-endre',
    label: 'Modia – endre eller avlyse dialogmøte',
    audience: 'veileder',
    pattern: new RegExp(`^${MODIA}/sykefravaer/dialogmote/${ID}/(endre|avlys)/?$`),
    examples: [
      `https://syfomodiaperson.intern.nav.no/sykefravaer/dialogmote/${MOTE_ID}/endre`,
      `https://syfomodiaperson.intern.nav.no/sykefravaer/dialogmote/${MOTE_ID}/avlys`,
    ],
  },
  {
    id: 'modia-moteoversikt',
    label: 'Modia – møteoversikt',
    audience: 'veileder',
    pattern: new RegExp(`^${MODIA}/sykefravaer/moteoversikt/?$`),
    examples: [
      'https://syfomodiaperson.intern.nav.no/sykefravaer/moteoversikt',
      'https://syfomodiaperson.intern.nav.no/sykefravaer/moteoversikt/',
    ],
    signals: { titles: [/^Møtelandingsside\b/i] },
  },
  {
    id: 'modia-dialogmote-unntak',
    label: 'Modia – unntak, ikke aktuell eller avvent dialogmøte',
    audience: 'veileder',
    pattern: new RegExp(`^${MODIA}/sykefravaer/dialogmote(unntak|ikkeaktuell|avvent)/?$`),
    examples: [
      'https://syfomodiaperson.intern.nav.no/sykefravaer/dialogmoteunntak',
      'https://syfomodiaperson.intern.nav.no/sykefravaer/dialogmoteikkeaktuell',
      'https://syfomodiaperson.intern.nav.no/sykefravaer/dialogmoteavvent/',
    ],
  },
  {
    id: 'modia-aktivitetskrav',
    label: 'Modia – aktivitetskrav',
    audience: 'veileder',
    pattern: new RegExp(`^${MODIA}/sykefravaer/aktivitetskrav/?$`),
    examples: [
      'https://syfomodiaperson.intern.nav.no/sykefravaer/aktivitetskrav',
      'https://syfomodiaperson.intern.nav.no/sykefravaer/aktivitetskrav/',
    ],
  },
  {
    id: 'modia-oppfolgingsplaner',
    label: 'Modia – oppfølgingsplaner delt med Nav',
    audience: 'veileder',
    // Modia spells it "oppfoelgingsplaner"; the plain spelling is not a Modia route.
    pattern: new RegExp(`^${MODIA}/sykefravaer/oppfoelgingsplaner(/${ID})?/?$`),
    examples: [
      'https://syfomodiaperson.intern.nav.no/sykefravaer/oppfoelgingsplaner',
      'https://syfomodiaperson.intern.nav.no/sykefravaer/oppfoelgingsplaner/',
    ],
  },
  {
    id: 'modia-sykmeldinger',
    label: 'Modia – sykmeldinger og søknader om sykepenger',
    audience: 'veileder',
    pattern: new RegExp(`^${MODIA}/sykefravaer/(sykmeldinger|sykepengesoknader)(/${ID})?/?$`),
    examples: [
      'https://syfomodiaperson.intern.nav.no/sykefravaer/sykmeldinger',
      `https://syfomodiaperson.intern.nav.no/sykefravaer/sykmeldinger/${DOKUMENT_ID}`,
      'https://syfomodiaperson.intern.nav.no/sykefravaer/sykepengesoknader',
      `https://syfomodiaperson.intern.nav.no/sykefravaer/sykepengesoknader/${DOKUMENT_ID}/`,
    ],
  },
  {
    id: 'modia-annet',
    label: 'Modia – sykefraværsoppfølging, annen side',
    audience: 'veileder',
    pattern: new RegExp(
      `^${MODIA}/sykefravaer/(${[
        'behandlerdialog',
        'kartleggingssporsmal',
        'manglendemedvirkning(/(oppfylt|stans|unntak|ikkeaktuell))?',
        'arbeidsuforhet(/(forhandsvarsel|oppfylt|avslag|ikkeaktuell|innstilling-uten-forhandsvarsel))?',
        'frisktilarbeid',
        'utenlandsopphold',
        'senoppfolging',
        'historikk',
        'personsok',
      ].join('|')})/?$`,
    ),
    examples: [
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
  },
  {
    id: 'syfooversikt',
    label: 'Sykefraværsoppfølging – oversikt over personer (syfooversikt)',
    audience: 'veileder',
    // Every path of the app redirects to /enhet or /minoversikt (navikt/syfooversikt, src/routers/AppRouter.tsx).
    pattern: /^https:\/\/syfooversikt\.intern\.nav\.no(\/.*)?$/,
    examples: [
      'https://syfooversikt.intern.nav.no/',
      'https://syfooversikt.intern.nav.no/enhet',
      'https://syfooversikt.intern.nav.no/minoversikt',
    ],
  },
];
