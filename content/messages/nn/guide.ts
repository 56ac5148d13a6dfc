import type { GUIDE as NB_GUIDE } from '../nb/guide';
import type { GUIDE_CONTEXTS } from '../nb/guide-contexts';
import type { GUIDE_SCALE_NAMES } from '../nb/guide-scale-names';
import type { AreaCatalogue } from '../types';

/** Nynorsk: the guide area's UI text. */
export const GUIDE: AreaCatalogue<typeof NB_GUIDE & typeof GUIDE_CONTEXTS & typeof GUIDE_SCALE_NAMES> = {
  // The guide picker.
  'guide.picker.label': 'Samtaleguide',
  'guide.picker.choose': 'Vel ein guide …',
  'guide.picker.for-page': 'For denne sida',
  'guide.picker.for-role.leder': 'For leiarar',
  'guide.picker.for-role.veileder': 'For Nav-rettleiarar',
  'guide.picker.for-role.lege': 'For legar',

  // Who a page is for (read out in the context header).
  'guide.role.leder': 'nærmaste leiar',
  'guide.role.veileder': 'Nav-rettleiar',
  'guide.role.lege': 'lege',
  'guide.role.arbeidstaker': 'den sjukmelde',

  // The guide view.
  'guide.kind.question': 'Spørsmål',
  'guide.kind.advice': 'Råd',
  'guide.kind.step': 'Punkt',
  'guide.kind.fact': 'Fakta',
  'guide.kind.scale': 'Skala',
  'guide.kind.choice': 'Val',
  'guide.source': 'Kjelde',
  'guide.source.loading': 'Hentar kjelda …',
  'guide.scale.clear': 'Fjern svaret',
  'guide.scale.suggestions': 'Forslag til namn på området',
  'guide.scale.suggestions.note': 'Ikkje namna i sjølve hjulet, men faktorar frå huskelista i same heftet.',
  'guide.scale.suggestions.use': 'Bruk «{label}» i notatet',
  'guide.note.label': 'Notat: {item}',
  'guide.note.placeholder': 'Notat …',
  'guide.progress.label': 'Framdrift i guiden',
  'guide.progress.done': 'Gjort: {done} av {total}',
  'guide.content-in-bokmaal': 'Teksten i guiden er førebels på bokmål.',
  'guide.core.showing': 'Viser {shown} av {total} punkt: det viktigaste no.',
  'guide.core.show-all': 'Vis alle punkta',
  'guide.core.show-core': 'Vis berre det viktigaste',
  'guide.to-drafts': 'Til utkasta',
  'guide.handout.print': 'Skriv ut informasjon til pasienten',
  'guide.handout.with-dates': 'Fyll inn datoar frå første sjukedag ({date})',
  'guide.handout.help': 'Eit ark på bokmål om sjukmelding, aktivitet og fristane. Det har ingen notat frå saka.',

  // Search across the guides.
  'guide.search.label': 'Søk i guidane',
  'guide.search.input-label': 'Søk i alle guidane',
  'guide.search.placeholder': 'Søk i alle guidane …',
  'guide.search.results': 'Søkjeresultat',
  'guide.search.loading': 'Søkjer i guidane …',
  'guide.search.no-hits': 'Fann ingen treff på «{query}».',

  // The context header: which page the panel recognised.
  'guide.page.recognised': 'Attkjend side',
  'guide.page.unknown-tab': 'Følgesvenn kjenner ikkje att sida du har open. Vel ein samtaleguide sjølv nedanfor.',
  'guide.page.no-tab': 'Ingen fane å følgje. Vel ein samtaleguide sjølv nedanfor.',
  'guide.page.for-employee':
    'Dette er ei side for den sjukmelde sjølv. Følgesvenn er laga for leiarar, Nav-rettleiarar og legar, men du kan framleis velje ein guide.',
  'guide.page.role': 'Rolle frå sida: {role}',

  // The pages Følgesvenn recognises, by context id.
  'guide.context.unknown': 'Ukjend side',
  'guide.context.journal': 'Journalsystem (som du har lagt til)',
  'guide.context.oppfolgingsplan-leder-oversikt': 'Oppfølgingsplan – oversikt, nærmaste leiar',
  'guide.context.oppfolgingsplan-leder-ny-plan': 'Oppfølgingsplan – ny plan, nærmaste leiar',
  'guide.context.oppfolgingsplan-leder-aktiv-plan': 'Oppfølgingsplan – aktiv plan, nærmaste leiar',
  'guide.context.oppfolgingsplan-leder-tidligere-plan': 'Oppfølgingsplan – tidlegare plan, nærmaste leiar',
  'guide.context.oppfolgingsplan-arbeidstaker': 'Oppfølgingsplan – sida til den tilsette',
  'guide.context.oppfolgingsplan-gammel-leder': 'Oppfølgingsplan (gammal løysing) – nærmaste leiar',
  'guide.context.oppfolgingsplan-gammel-arbeidstaker': 'Oppfølgingsplan (gammal løysing) – sida til den tilsette',
  'guide.context.dine-sykmeldte': 'Dine sjukmelde – nærmaste leiar',
  'guide.context.nav-info-arbeidsgiver': 'Nav-informasjon til arbeidsgivarar om sjukefråvær',
  'guide.context.min-side-arbeidsgiver': 'Min side – arbeidsgivar',
  'guide.context.dialogmote-leder': 'Dialogmøte – nærmaste leiar',
  'guide.context.dialogmote-leder-motebehov': 'Dialogmøte – behov for møte, nærmaste leiar',
  'guide.context.dialogmote-leder-innkalling': 'Dialogmøte – innkalling, nærmaste leiar',
  'guide.context.dialogmote-leder-referat': 'Dialogmøte – referat, nærmaste leiar',
  'guide.context.dialogmote-arbeidstaker': 'Dialogmøte – sida til den tilsette',
  'guide.context.dialogmote-arbeidstaker-motebehov': 'Dialogmøte – behov for møte, sida til den tilsette',
  'guide.context.dialogmote-arbeidstaker-innkalling': 'Dialogmøte – innkalling, sida til den tilsette',
  'guide.context.dialogmote-arbeidstaker-referat': 'Dialogmøte – referat, sida til den tilsette',
  'guide.context.sykmeldinger-arbeidstaker': 'Sjukmeldingar – sida til den tilsette',
  'guide.context.ditt-sykefravaer': 'Ditt sjukefråvær – sida til den tilsette',
  'guide.context.snart-slutt-pa-sykepengene': 'Snart slutt på sjukepengane – sida til den tilsette',
  'guide.context.syk-inn-fhir': 'Sjukmelding til Nav – starta frå journalen (syk-inn)',
  'guide.context.syk-inn-standalone': 'Sjukmelding til Nav – eiga innlogging (syk-inn)',
  'guide.context.modia-sykefravaer': 'Modia – sjukefråvær, nøkkelinformasjon',
  'guide.context.modia-dialogmote': 'Modia – innkalling til eit dialogmøte',
  'guide.context.modia-dialogmote-referat': 'Modia – referat frå dialogmøte',
  'guide.context.modia-dialogmote-endre': 'Modia – endre eller avlyse eit dialogmøte',
  'guide.context.modia-moteoversikt': 'Modia – møteoversikt',
  'guide.context.modia-dialogmote-unntak': 'Modia – unntak, ikkje aktuelt eller vent med dialogmøte',
  'guide.context.modia-aktivitetskrav': 'Modia – aktivitetskrav',
  'guide.context.modia-oppfolgingsplaner': 'Modia – oppfølgingsplanar delte med Nav',
  'guide.context.modia-sykmeldinger': 'Modia – sjukmeldingar og søknader om sjukepengar',
  'guide.context.modia-annet': 'Modia – sjukefråværsoppfølging, anna side',
  'guide.context.syfooversikt': 'Sjukefråværsoppfølging – oversikt over personar (syfooversikt)',
};
