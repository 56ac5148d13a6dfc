import type { TimelineRule } from '../domain/timeline';

// The milestones of a sick-leave case for an employee with an employer, as rules in force in late 2026.
// Every figure is taken from shared/domain/timeline.md (it wins over the seed documents); `tableRow`
// names the row of its milestone table (§1) and `sources` the sections used. Wording is our own.

const doc = 'timeline' as const;
const table = { document: doc, section: '1. The milestone table' };
const formulas = { document: doc, section: '3.2 Milestone formulas used by NAV' };
const recommended = { document: doc, section: '3.3 Recommended computation for our product' };
const seedsSuperseded = { document: doc, section: '2. Where the seed documents state older (superseded) rules' };
const notConfirmed = {
  document: doc,
  section: '5. Facts NOT confirmed from a stored source in this session (double-check)',
};

/** The legal timeline, in date order. Functions in domain/timeline.ts take this list as an argument. */
export const TIMELINE_RULES: readonly TimelineRule[] = [
  {
    id: 'arbeidsgiverperiode',
    title: 'Arbeidsgiverperioden slutter',
    description:
      'Arbeidsgiveren dekker sykepengene de første 16 kalenderdagene av fraværet, og fra dag 17 er det Nav som dekker dem.',
    // Days 1–16 (ftrl § 8-19 first and second ledd): the milestone is the last day, day 16.
    timing: { kind: 'day', day: 16 },
    absence: 'full-or-partial',
    whenGraded: 'applies',
    senest: false,
    approximate: false,
    responsible: 'Arbeidsgiveren betaler sykepenger i perioden.',
    legalBasis: ['ftrl. § 8-19'],
    exceptions: [
      'Et nytt fravær som begynner mindre enn 16 dager etter det forrige, hører til samme arbeidsgiverperiode.',
      'Etter en full arbeidsgiverperiode starter en ny først når sykdommen kommer tilbake 16 dager etter at arbeidet ble gjenopptatt.',
      'Arbeidsgiveren kan få unntak fra arbeidsgiverperioden, for eksempel ved kronisk sykdom eller svangerskap.',
    ],
    inForceSince: null,
    roles: ['leder'],
    sources: [table, notConfirmed],
    tableRow: '2',
    checkBeforeRelease: '"16 days since 1998" is [G] in timeline.md §1 row 2 and §5 item 8; in-force date left empty.',
  },
  {
    id: 'oppfolgingsplan',
    title: 'Oppfølgingsplan klar',
    description:
      'Arbeidsgiveren og den sykmeldte lager sammen en plan for tilrettelegging og videre oppfølging, og den skal være ferdig innen fire uker.',
    // "helt eller delvis borte fra arbeidet … fire uker" (aml § 4-6 (3)); last day of week 4.
    timing: { kind: 'week-end', week: 4 },
    absence: 'full-or-partial',
    whenGraded: 'applies',
    senest: true,
    approximate: false,
    responsible: 'Arbeidsgiveren, sammen med den sykmeldte.',
    legalBasis: ['aml. § 4-6 tredje ledd'],
    exceptions: [
      'Planen trengs ikke når den er åpenbart unødvendig, for eksempel når den ansatte snart er tilbake i full jobb uten tilrettelegging.',
      'Ved gradert sykmelding kan planen i noen tilfeller være åpenbart unødvendig.',
    ],
    inForceSince: '2011-07-01',
    roles: ['leder'],
    sources: [table, recommended, seedsSuperseded],
    tableRow: '5',
  },
  {
    id: 'oppfolgingsplan-til-sykmelder',
    title: 'Oppfølgingsplan sendt til sykmelder',
    description:
      'Planen sendes til legen eller den andre som har sykmeldt, så snart den er laget og senest innen fire uker.',
    timing: { kind: 'week-end', week: 4 },
    absence: 'full-or-partial',
    whenGraded: 'applies',
    senest: true,
    approximate: false,
    responsible: 'Arbeidsgiveren; dere kan avtale at den sykmeldte tar planen med selv.',
    legalBasis: ['aml. § 4-6 tredje ledd'],
    exceptions: ['Gjelder ikke når planen er åpenbart unødvendig.'],
    inForceSince: '2011-07-01',
    // The sykmelder receives the plan, so it matters to the GP as well.
    roles: ['leder', 'lege'],
    sources: [table],
    tableRow: '6',
  },
  {
    id: 'dialogmote-1',
    title: 'Dialogmøte 1',
    description:
      'Arbeidsgiveren kaller den sykmeldte inn til et møte om oppfølgingsplanen senest innen sju uker når den ansatte er helt borte fra jobben.',
    timing: { kind: 'week-end', week: 7 },
    absence: 'full',
    whenGraded: 'if-useful',
    senest: true,
    approximate: false,
    responsible: 'Arbeidsgiveren kaller inn og holder møtet; sykmelder deltar når den sykmeldte ønsker det.',
    legalBasis: ['aml. § 4-6 fjerde ledd'],
    exceptions: [
      'Ved gradert sykmelding holdes møtet bare hvis arbeidsgiveren, den sykmeldte eller sykmelder mener det er nyttig.',
      'Møtet trengs ikke når det er åpenbart unødvendig.',
      'Bedriftshelsetjenesten, Nav, tillitsvalgt eller verneombud kan være med når det er ønsket.',
    ],
    // 7 weeks since 1 July 2011 (before: 12); counted from full absence only since 1 July 2014.
    inForceSince: '2014-07-01',
    roles: ['leder', 'lege'],
    sources: [table, recommended, seedsSuperseded],
    tableRow: '8',
  },
  {
    id: 'aktivitetskrav',
    title: 'Aktivitetsplikt',
    description:
      'Den sykmeldte skal være i arbeidsrettet aktivitet så tidlig som mulig og senest innen åtte uker, og Nav vurderer om plikten er oppfylt.',
    // NAV's stoppunkt: tilfelleStart + 8 weeks − 1 day (isaktivitetskrav, §3.2).
    timing: { kind: 'week-end', week: 8 },
    absence: 'full',
    whenGraded: 'fulfilled',
    senest: true,
    approximate: false,
    responsible:
      'Den sykmeldte har plikten; sykmelder og arbeidsgiveren dokumenterer eventuelle unntak, og Nav vurderer.',
    legalBasis: ['ftrl. § 8-8 andre ledd', 'ftrl. § 8-7'],
    exceptions: [
      'Unntak når tungtveiende medisinske grunner hindrer aktivitet; sykmelder må dokumentere det.',
      'Unntak når arbeidsrettede tiltak ikke lar seg gjennomføre på arbeidsplassen; arbeidsgiveren dokumenterer det i oppfølgingsplanen.',
      'En gradert sykmelding regner Nav som oppfylt aktivitetsplikt.',
    ],
    inForceSince: '2004-07-01',
    roles: ['veileder', 'lege', 'leder'],
    sources: [table, formulas],
    tableRow: '9',
  },
  {
    id: 'motebehov',
    title: 'Nav spør om behov for dialogmøte',
    description:
      'Når sykefraværet har vart i 17 hele uker, spør Nav den sykmeldte og nærmeste leder om de trenger et dialogmøte med Nav.',
    // isdialogmotekandidat: tilfelleStart + 119 days (§3.2); the old "week 16" page is superseded (§1 row 10, §5 item 7).
    timing: { kind: 'after-weeks', week: 17 },
    absence: 'full-or-partial',
    whenGraded: 'applies',
    senest: false,
    approximate: false,
    responsible: 'Nav spør; den sykmeldte og lederen svarer på nav.no.',
    legalBasis: ['ftrl. § 8-7 a'],
    exceptions: ['Nav kan bestemme at det skal holdes møte selv om begge svarer nei.'],
    inForceSince: null,
    roles: ['veileder', 'leder'],
    sources: [table, formulas],
    tableRow: '10',
  },
  {
    id: 'oppfolgingsplan-til-nav',
    title: 'Oppdatert oppfølgingsplan sendt til Nav',
    description: 'Arbeidsgiveren sender en oppdatert plan til Nav senest én uke før dialogmøte 2.',
    // Counted back from the latest date for dialogmøte 2; the real meeting date, once NAV has set it, governs.
    timing: { kind: 'before', milestone: 'dialogmote-2', days: 7 },
    absence: 'full-or-partial',
    whenGraded: 'applies',
    senest: true,
    approximate: false,
    responsible: 'Arbeidsgiveren.',
    legalBasis: ['aml. § 4-6 tredje ledd', 'ftrl. § 25-2'],
    exceptions: [
      'Fristen gjelder én uke før selve møtet; datoen her er regnet fra siste frist for dialogmøte 2.',
      'Planen sendes også senest én uke før dialogmøte 3, og ellers når Nav ber om den.',
    ],
    inForceSince: null,
    roles: ['leder', 'veileder'],
    sources: [table],
    tableRow: '7',
  },
  {
    id: 'dialogmote-2',
    title: 'Dialogmøte 2',
    description:
      'Nav kaller den sykmeldte og arbeidsgiveren inn til et møte, og sykmelder når det er nyttig, senest innen 26 uker.',
    // Last day of week 26. syfomodiaperson shows day 1 + 7·26 (one day later); we keep the earlier day (§3.3).
    timing: { kind: 'week-end', week: 26 },
    absence: 'full-or-partial',
    whenGraded: 'applies',
    senest: true,
    approximate: false,
    responsible:
      'Nav kaller inn; den sykmeldte, arbeidsgiveren og sykmelder har plikt til å møte når de blir kalt inn.',
    legalBasis: ['ftrl. § 8-7 a', 'aml. § 4-6 tredje ledd', 'ftrl. § 25-2'],
    exceptions: [
      'Hver av partene kan be om møtet tidligere.',
      'Nav kan la være å holde møtet når det er åpenbart unødvendig, for eksempel av medisinske grunner eller når friskmelding ventes snart.',
    ],
    inForceSince: null,
    roles: ['veileder', 'leder', 'lege'],
    sources: [table, formulas, recommended],
    tableRow: '11',
    checkBeforeRelease:
      '"26 weeks since 2007" is [G] (§1 row 11, §5 item 8: the 2007 source says "within six months"); in-force date left empty.',
  },
  {
    id: 'snart-slutt-pa-sykepengene',
    title: 'Brev om at sykepengene snart tar slutt',
    description:
      'Når sykefraværet har vart rundt 39 uker, får den sykmeldte brev fra Nav om at sykepengene nærmer seg slutten og om hva som kan skje videre.',
    // NAV's employer page says 39 weeks; NAV's code picks people by remaining sick-pay days (< 91), so: an estimate.
    timing: { kind: 'after-weeks', week: 39 },
    absence: 'full-or-partial',
    whenGraded: 'applies',
    senest: false,
    approximate: true,
    responsible: 'Nav informerer den sykmeldte; arbeidsgiveren kan be om et nytt dialogmøte.',
    legalBasis: ['ftrl. § 8-7 a', 'ftrl. § 8-12'],
    exceptions: ['Sendes bare til den som er under 67 år og fortsatt sykmeldt.'],
    inForceSince: null,
    roles: ['veileder', 'leder'],
    sources: [table, formulas],
    tableRow: '14',
  },
  {
    id: 'dialogmote-3',
    title: 'Dialogmøte 3',
    description:
      'Nav kan holde et tredje møte når den sykmeldte, arbeidsgiveren, sykmelder eller Nav selv ber om det, gjerne sent i sykepengeperioden.',
    // No date of its own; placed late in the period (after the 39-week letter) on the line.
    timing: { kind: 'on-request', orderWeek: 39 },
    absence: 'full-or-partial',
    whenGraded: 'applies',
    senest: false,
    approximate: false,
    responsible: 'Nav kaller inn etter ønske fra en av partene.',
    legalBasis: ['ftrl. § 8-7 a'],
    exceptions: ['Arbeidsgiveren sender oppdatert oppfølgingsplan til Nav senest én uke før møtet.'],
    inForceSince: '2011-07-01',
    roles: ['veileder', 'leder', 'lege'],
    sources: [table],
    tableRow: '12',
  },
  {
    id: 'friskmelding-til-arbeidsformidling',
    title: 'Friskmelding til arbeidsformidling',
    description:
      'Når alt er prøvd på arbeidsplassen, kan Nav vedta inntil 12 uker med sykepenger mens personen søker ny jobb.',
    // 12 weeks from its own start (NAV: tom = fom + 12 weeks − 1 day, §3.2). Placed at week 40 on the line:
    // it needs at least 12 weeks of sick-pay right left (§1 row 16, older page) of about 52.
    timing: { kind: 'period', weeks: 12, orderWeek: 40 },
    absence: 'not-applicable',
    whenGraded: 'applies',
    senest: false,
    approximate: false,
    responsible: 'Nav fatter vedtak; fastlegen eller Nav kan ta initiativet.',
    legalBasis: ['ftrl. § 8-5'],
    exceptions: [
      'Personen må ha sluttet i jobben og være registrert som arbeidssøker.',
      'Ukene regnes med i perioden på omtrent 52 uker med sykepenger.',
    ],
    inForceSince: null,
    roles: ['veileder', 'lege'],
    sources: [table, formulas],
    tableRow: '16',
    checkBeforeRelease:
      '"At least 12 weeks of sick-pay right left" comes from an older nav.no page (§1 row 16); only used for placement.',
  },
  {
    id: 'maksdato',
    title: 'Maksdato for sykepenger',
    description:
      'Retten til sykepenger tar slutt etter 248 sykepengedager fra Nav, omtrent 52 uker med arbeidsgiverperioden, og den nøyaktige datoen er den Nav har beregnet.',
    // Never computed as exact: depends on paid days in the last 3 years, graded days and age (§3.3).
    timing: { kind: 'week-end', week: 52 },
    absence: 'full-or-partial',
    whenGraded: 'applies',
    senest: false,
    approximate: true,
    responsible: 'Nav beregner maksdatoen.',
    legalBasis: ['ftrl. § 8-12 første ledd', 'ftrl. § 8-11'],
    exceptions: [
      'Graderte sykedager teller som hele sykepengedager.',
      'Fra fylte 67 år gis høyst 60 sykepengedager, og fra fylte 70 år gis ingen sykepenger.',
      'Etter maksdato kommer ny rett til sykepenger først når man har vært arbeidsfør i 26 uker.',
    ],
    inForceSince: null,
    roles: ['veileder', 'leder'],
    sources: [table, recommended],
    tableRow: '15',
  },
  {
    id: 'utdypende-sporsmal-uke-7',
    title: 'Utdypende spørsmål i sykmeldingen, uke 7',
    description:
      'Når fraværet går forbi sju uker og aktivitet fortsatt ikke er mulig, ber sykmeldingen om en medisinsk oppsummering og om hva som gjør arbeid vanskelig.',
    // syk-inn: 7·7 days (§3.2).
    timing: { kind: 'after-weeks', week: 7 },
    absence: 'full',
    whenGraded: 'not-applicable',
    senest: false,
    approximate: false,
    responsible: 'Sykmelder.',
    legalBasis: ['ftrl. § 8-7'],
    exceptions: [
      'Bare når sykmeldingen sier at aktivitet ikke er mulig.',
      'Spørsmålene kommer også tidligere når den nye sykmeldingen gjør at fraværet varer minst én uke forbi uke 7.',
      'Spørsmål som alt er besvart i samme sykefravær, kommer ikke igjen.',
    ],
    inForceSince: null,
    roles: ['lege'],
    sources: [table, formulas],
    tableRow: '13',
  },
  {
    id: 'utdypende-sporsmal-uke-17',
    title: 'Utdypende spørsmål i sykmeldingen, uke 17',
    description:
      'Når fraværet går forbi 17 uker, ber sykmeldingen om opplysninger om behandlingen, videre arbeid og forhold som ikke er avklart.',
    timing: { kind: 'after-weeks', week: 17 },
    absence: 'full-or-partial',
    whenGraded: 'applies',
    senest: false,
    approximate: false,
    responsible: 'Sykmelder.',
    legalBasis: ['ftrl. § 8-7'],
    exceptions: [
      'Spørsmålene kommer også tidligere når den nye sykmeldingen gjør at fraværet varer minst én uke forbi uke 17.',
      'Spørsmål som alt er besvart i samme sykefravær, kommer ikke igjen.',
    ],
    inForceSince: null,
    roles: ['lege'],
    sources: [table, formulas],
    tableRow: '13',
  },
  {
    id: 'utdypende-sporsmal-uke-39',
    title: 'Utdypende spørsmål i sykmeldingen, uke 39',
    description:
      'Når fraværet går forbi 39 uker, ber sykmeldingen om vurderinger av hvordan helsen ventes å utvikle seg og hvilke medisinske hensyn som gjelder.',
    timing: { kind: 'after-weeks', week: 39 },
    absence: 'full-or-partial',
    whenGraded: 'applies',
    senest: false,
    approximate: false,
    responsible: 'Sykmelder.',
    legalBasis: ['ftrl. § 8-7'],
    exceptions: [
      'Spørsmålene kommer også tidligere når den nye sykmeldingen gjør at fraværet varer minst én uke forbi uke 39.',
      'Spørsmål som alt er besvart i samme sykefravær, kommer ikke igjen.',
    ],
    inForceSince: null,
    roles: ['lege'],
    sources: [table, formulas],
    tableRow: '13',
  },
];
