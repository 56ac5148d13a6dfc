import type { GUIDE as NB_GUIDE } from '../nb/guide';
import type { GUIDE_CONTEXTS } from '../nb/guide-contexts';
import type { GUIDE_SCALE_NAMES } from '../nb/guide-scale-names';
import type { AreaCatalogue } from '../types';

/** English: the guide area's UI text. */
export const GUIDE: AreaCatalogue<typeof NB_GUIDE & typeof GUIDE_CONTEXTS & typeof GUIDE_SCALE_NAMES> = {
  // The guide picker.
  'guide.picker.label': 'Conversation guide',
  'guide.picker.choose': 'Choose a guide …',
  'guide.picker.for-page': 'For this page',
  'guide.picker.for-role.leder': 'For managers',
  'guide.picker.for-role.veileder': 'For Nav advisers',
  'guide.picker.for-role.lege': 'For doctors',

  // Who a page is for (read out in the context header).
  'guide.role.leder': 'line manager',
  'guide.role.veileder': 'Nav adviser',
  'guide.role.lege': 'doctor',
  'guide.role.arbeidstaker': 'the person on sick leave',

  // The guide view.
  'guide.kind.question': 'Question',
  'guide.kind.advice': 'Advice',
  'guide.kind.step': 'Step',
  'guide.kind.fact': 'Fact',
  'guide.kind.scale': 'Scale',
  'guide.kind.choice': 'Choice',
  'guide.source': 'Source',
  'guide.source.loading': 'Loading the source …',
  'guide.scale.clear': 'Clear the answer',
  'guide.scale.suggestions': 'Suggested names for the area',
  'guide.scale.suggestions.note': 'Not the wheel’s own names: factors from the checklist in the same booklet.',
  'guide.scale.suggestions.use': 'Use “{label}” in the note',
  'guide.note.label': 'Note: {item}',
  'guide.note.placeholder': 'Note …',
  'guide.progress.label': 'Progress in the guide',
  'guide.progress.done': '{done} of {total} done',
  'guide.content-in-bokmaal': 'The guide text is in Norwegian (bokmål).',
  'guide.core.showing': 'Showing {shown} of {total} items: what matters now.',
  'guide.core.show-all': 'Show all items',
  'guide.core.show-core': 'Show only what matters now',
  'guide.to-drafts': 'To the drafts',
  'guide.handout.print': 'Print information for the patient',
  'guide.handout.with-dates': 'Fill in dates from the first sick day ({date})',
  'guide.handout.help':
    'A sheet in Norwegian (bokmål) on sick leave, activity and the deadlines. It holds none of the case notes.',

  // Search across the guides.
  'guide.search.label': 'Search the guides',
  'guide.search.input-label': 'Search all guides',
  'guide.search.placeholder': 'Search all guides …',
  'guide.search.results': 'Search results',
  'guide.search.loading': 'Searching the guides …',
  'guide.search.no-hits': 'No results for “{query}”.',

  // The context header: which page the panel recognised.
  'guide.page.recognised': 'Recognised page',
  'guide.page.unknown-tab': 'Følgesvenn does not recognise the page you have open. Choose a conversation guide below.',
  'guide.page.no-tab': 'No tab to follow. Choose a conversation guide below.',
  'guide.page.for-employee':
    'This page is for the person on sick leave. Følgesvenn is made for managers, Nav advisers and doctors, but you can still choose a guide.',
  'guide.page.role': 'Role from the page: {role}',

  // The pages Følgesvenn recognises, by context id (Nav's Norwegian page names kept, with a gloss).
  'guide.context.unknown': 'Unknown page',
  'guide.context.journal': 'Patient record system (added by you)',
  'guide.context.oppfolgingsplan-leder-oversikt': 'Follow-up plan (oppfølgingsplan) – overview, line manager',
  'guide.context.oppfolgingsplan-leder-ny-plan': 'Follow-up plan (oppfølgingsplan) – new plan, line manager',
  'guide.context.oppfolgingsplan-leder-aktiv-plan': 'Follow-up plan (oppfølgingsplan) – active plan, line manager',
  'guide.context.oppfolgingsplan-leder-tidligere-plan': 'Follow-up plan (oppfølgingsplan) – earlier plan, line manager',
  'guide.context.oppfolgingsplan-arbeidstaker': 'Follow-up plan (oppfølgingsplan) – employee’s page',
  'guide.context.oppfolgingsplan-gammel-leder': 'Follow-up plan (oppfølgingsplan, old version) – line manager',
  'guide.context.oppfolgingsplan-gammel-arbeidstaker':
    'Follow-up plan (oppfølgingsplan, old version) – employee’s page',
  'guide.context.dine-sykmeldte': 'Your employees on sick leave (Dine sykmeldte) – line manager',
  'guide.context.nav-info-arbeidsgiver': 'Nav information for employers on sick leave',
  'guide.context.min-side-arbeidsgiver': 'My page (Min side) – employer',
  'guide.context.dialogmote-leder': 'Dialogue meetings (dialogmøter) – line manager',
  'guide.context.dialogmote-leder-motebehov': 'Dialogue meeting (dialogmøte) – need for a meeting, line manager',
  'guide.context.dialogmote-leder-innkalling': 'Dialogue meeting (dialogmøte) – invitation, line manager',
  'guide.context.dialogmote-leder-referat': 'Dialogue meeting (dialogmøte) – minutes, line manager',
  'guide.context.dialogmote-arbeidstaker': 'Dialogue meetings (dialogmøter) – employee’s page',
  'guide.context.dialogmote-arbeidstaker-motebehov':
    'Dialogue meeting (dialogmøte) – need for a meeting, employee’s page',
  'guide.context.dialogmote-arbeidstaker-innkalling': 'Dialogue meeting (dialogmøte) – invitation, employee’s page',
  'guide.context.dialogmote-arbeidstaker-referat': 'Dialogue meeting (dialogmøte) – minutes, employee’s page',
  'guide.context.sykmeldinger-arbeidstaker': 'Sick notes (sykmeldinger) – employee’s page',
  'guide.context.ditt-sykefravaer': 'Your sick leave (Ditt sykefravær) – employee’s page',
  'guide.context.snart-slutt-pa-sykepengene':
    'Sickness benefit ending soon (Snart slutt på sykepengene) – employee’s page',
  'guide.context.syk-inn-fhir': 'Sick note to Nav (sykmelding) – started from the patient record (syk-inn)',
  'guide.context.syk-inn-standalone': 'Sick note to Nav (sykmelding) – separate login (syk-inn)',
  'guide.context.modia-sykefravaer': 'Modia – sick leave, key information',
  'guide.context.modia-dialogmote': 'Modia – invitation to a dialogue meeting (dialogmøte)',
  'guide.context.modia-dialogmote-referat': 'Modia – minutes of a dialogue meeting (referat)',
  'guide.context.modia-dialogmote-endre': 'Modia – change or cancel a dialogue meeting',
  'guide.context.modia-moteoversikt': 'Modia – meeting overview (møteoversikt)',
  'guide.context.modia-dialogmote-unntak': 'Modia – dialogue meeting: exception, not relevant or on hold',
  'guide.context.modia-aktivitetskrav': 'Modia – activity requirement (aktivitetskrav)',
  'guide.context.modia-oppfolgingsplaner': 'Modia – follow-up plans shared with Nav',
  'guide.context.modia-sykmeldinger': 'Modia – sick notes and sickness benefit applications',
  'guide.context.modia-annet': 'Modia – sick-leave follow-up, other page',
  'guide.context.syfooversikt': 'Sick-leave follow-up – overview of people (syfooversikt)',
};
