import type { PageContextDefinition } from './page-context';

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
    signals: { headings: [/^Oppfølgingsplaner$/i] },
  },
  {
    id: 'oppfolgingsplan-leder-ny-plan',
    label: 'Oppfølgingsplan – ny plan, nærmeste leder',
    audience: 'leder',
    pattern: new RegExp(`^${NAV}/syk/oppfolgingsplan/${LEDER_SEGMENT}/ny-plan/?$`),
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
    signals: { headings: [/Del oppfølgingsplanen med fastlege og Nav/i] },
  },
  {
    id: 'oppfolgingsplan-leder-tidligere-plan',
    label: 'Oppfølgingsplan – tidligere plan, nærmeste leder',
    audience: 'leder',
    pattern: new RegExp(`^${NAV}/syk/oppfolgingsplan/${LEDER_SEGMENT}/tidligere-planer/${ID}/?$`),
    // "Oppfølgingsplan for {navn}": the regex only tests the heading, the name is never kept.
    signals: { headings: [/^Oppfølgingsplan for /i] },
  },
  {
    id: 'oppfolgingsplan-arbeidstaker',
    label: 'Oppfølgingsplan – den ansattes side',
    audience: 'arbeidstaker',
    pattern: new RegExp(`^${NAV}/syk/oppfolgingsplan/sykmeldt(/(aktiv-plan|tidligere-planer)/${ID})?/?$`),
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
  },
  {
    id: 'oppfolgingsplan-gammel-arbeidstaker',
    label: 'Oppfølgingsplan (gammel løsning) – den ansattes side',
    audience: 'arbeidstaker',
    // `godkjenning` is a page of the employee's side only (src/pages/sykmeldt/[id]/godkjenning.tsx).
    pattern: new RegExp(
      `^${NAV}/syk/oppfolgingsplaner/sykmeldt(/${ID}(/(arbeidsoppgaver|tiltak|seplanen|godkjenning))?)?/?$`,
    ),
  },

  // §1 nav.no – Dine sykmeldte and the pages around it.
  {
    id: 'dine-sykmeldte',
    label: 'Dine sykmeldte – nærmeste leder',
    audience: 'leder',
    // The whole app (navikt/dinesykmeldte, basePath /arbeidsgiver/sykmeldte): one context for all its pages.
    pattern: new RegExp(`^${NAV}/arbeidsgiver/sykmeldte(/.*)?$`),
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
  },
  {
    id: 'min-side-arbeidsgiver',
    label: 'Min side – arbeidsgiver',
    audience: 'leder',
    pattern: /^https:\/\/arbeidsgiver\.nav\.no\/min-side-arbeidsgiver(\/.*)?$/,
  },

  // §1 nav.no – the leader's dialogmøte pages (navikt/dialogmote-frontend, basePath /syk/dialogmoter).
  {
    id: 'dialogmote-leder',
    label: 'Dialogmøter – nærmeste leder',
    audience: 'leder',
    pattern: new RegExp(`^${NAV}/syk/dialogmoter/arbeidsgiver/${ID}/?$`),
    signals: { headings: DIALOGMOTER, titles: DIALOGMOTER },
  },
  {
    id: 'dialogmote-leder-motebehov',
    label: 'Dialogmøte – behov for møte, nærmeste leder',
    audience: 'leder',
    pattern: new RegExp(`^${NAV}/syk/dialogmoter/arbeidsgiver/${ID}/motebehov/(svar|meld)/?$`),
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
    signals: { headings: INNKALLING, titles: INNKALLING },
  },
  {
    id: 'dialogmote-leder-referat',
    label: 'Dialogmøte – referat, nærmeste leder',
    audience: 'leder',
    pattern: new RegExp(`^${NAV}/syk/dialogmoter/arbeidsgiver/${ID}/referat/${ID}/?$`),
    signals: { headings: REFERAT, titles: REFERAT },
  },

  // §1 nav.no – the employee's pages: recognised, not a target user (the panel shows a calm note).
  {
    id: 'dialogmote-arbeidstaker',
    label: 'Dialogmøter – den ansattes side',
    audience: 'arbeidstaker',
    pattern: new RegExp(`^${NAV}/syk/dialogmoter/sykmeldt/?$`),
    signals: { headings: DIALOGMOTER, titles: DIALOGMOTER },
  },
  {
    id: 'dialogmote-arbeidstaker-motebehov',
    label: 'Dialogmøte – behov for møte, den ansattes side',
    audience: 'arbeidstaker',
    pattern: new RegExp(`^${NAV}/syk/dialogmoter/sykmeldt/motebehov/(svar|meld)/?$`),
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
    signals: { headings: INNKALLING, titles: INNKALLING },
  },
  {
    id: 'dialogmote-arbeidstaker-referat',
    label: 'Dialogmøte – referat, den ansattes side',
    audience: 'arbeidstaker',
    pattern: new RegExp(`^${NAV}/syk/dialogmoter/sykmeldt/referat/${ID}/?$`),
    signals: { headings: REFERAT, titles: REFERAT },
  },
  {
    id: 'sykmeldinger-arbeidstaker',
    label: 'Sykmeldinger – den ansattes side',
    audience: 'arbeidstaker',
    pattern: new RegExp(`^${NAV}/syk/sykmeldinger(/${ID}(/kvittering)?)?/?$`),
  },
  {
    id: 'ditt-sykefravaer',
    label: 'Ditt sykefravær – den ansattes side',
    audience: 'arbeidstaker',
    // The employee's hub (navikt/ditt-sykefravaer): one context for the hub and its sub-pages.
    pattern: new RegExp(`^${NAV}/syk/sykefravaer(/.*)?$`),
  },
  {
    id: 'snart-slutt-pa-sykepengene',
    label: 'Snart slutt på sykepengene – den ansattes side',
    audience: 'arbeidstaker',
    // The 39-week page (navikt/meroppfolging-frontend: the page, its form and its receipt).
    pattern: new RegExp(`^${NAV}/syk/meroppfolging/snart-slutt-pa-sykepengene(/(skjema|kvittering))?/?$`),
  },

  // §3 the GP's side: NAV's own sykmelding form, syk-inn (navikt/syk-inn).
  {
    id: 'syk-inn-fhir',
    label: 'Sykmelding til Nav – startet fra journalen (syk-inn)',
    audience: 'lege',
    pattern: new RegExp(`^${NAV}/samarbeidspartner/sykmelding/fhir(/.*)?$`),
    signals: { titles: [/\(FHIR\) Innsending av sykmeldinger/i] },
  },
  {
    id: 'syk-inn-standalone',
    label: 'Sykmelding til Nav – egen innlogging (syk-inn)',
    audience: 'lege',
    pattern: new RegExp(
      `^${NAV}/samarbeidspartner/sykmelding(/(ny(/${ID})?|(draft|forleng|dupliser|kvittering)/${ID}|bruksvilkar))?/?$`,
    ),
    signals: { titles: [/\(Ny\) Innsending av sykmeldinger/i] },
  },

  // §2 Modia sykefraværsoppfølging (navikt/syfomodiaperson, src/AppRouter.tsx). The person is never in the URL.
  {
    id: 'modia-sykefravaer',
    label: 'Modia – sykefravær, nøkkelinformasjon',
    audience: 'veileder',
    // The bare origin redirects to /sykefravaer.
    pattern: new RegExp(`^${MODIA}(/sykefravaer(/nokkelinformasjon)?)?/?$`),
    signals: { headings: [/^Nøkkelinformasjon$/i], titles: [/^Nøkkelinformasjon\b/i] },
  },
  {
    id: 'modia-dialogmote',
    label: 'Modia – innkalling til dialogmøte',
    audience: 'veileder',
    pattern: new RegExp(`^${MODIA}/sykefravaer/dialogmote/?$`),
  },
  {
    id: 'modia-dialogmote-referat',
    label: 'Modia – referat fra dialogmøte',
    audience: 'veileder',
    pattern: new RegExp(`^${MODIA}/sykefravaer/dialogmote/${ID}/referat(/endre)?/?$`),
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
  },
  {
    id: 'modia-moteoversikt',
    label: 'Modia – møteoversikt',
    audience: 'veileder',
    pattern: new RegExp(`^${MODIA}/sykefravaer/moteoversikt/?$`),
    signals: { titles: [/^Møtelandingsside\b/i] },
  },
  {
    id: 'modia-dialogmote-unntak',
    label: 'Modia – unntak, ikke aktuell eller avvent dialogmøte',
    audience: 'veileder',
    pattern: new RegExp(`^${MODIA}/sykefravaer/dialogmote(unntak|ikkeaktuell|avvent)/?$`),
  },
  {
    id: 'modia-aktivitetskrav',
    label: 'Modia – aktivitetskrav',
    audience: 'veileder',
    pattern: new RegExp(`^${MODIA}/sykefravaer/aktivitetskrav/?$`),
  },
  {
    id: 'modia-oppfolgingsplaner',
    label: 'Modia – oppfølgingsplaner delt med Nav',
    audience: 'veileder',
    // Modia spells it "oppfoelgingsplaner"; the plain spelling is not a Modia route.
    pattern: new RegExp(`^${MODIA}/sykefravaer/oppfoelgingsplaner(/${ID})?/?$`),
  },
  {
    id: 'modia-sykmeldinger',
    label: 'Modia – sykmeldinger og søknader om sykepenger',
    audience: 'veileder',
    pattern: new RegExp(`^${MODIA}/sykefravaer/(sykmeldinger|sykepengesoknader)(/${ID})?/?$`),
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
  },
  {
    id: 'syfooversikt',
    label: 'Sykefraværsoppfølging – oversikt over personer (syfooversikt)',
    audience: 'veileder',
    // Every path of the app redirects to /enhet or /minoversikt (navikt/syfooversikt, src/routers/AppRouter.tsx).
    pattern: /^https:\/\/syfooversikt\.intern\.nav\.no(\/.*)?$/,
  },
];
