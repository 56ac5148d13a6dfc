/** Bokmål: the guide area's UI text (keys start with `guide.`). */
export const GUIDE = {
  // The guide picker.
  'guide.picker.label': 'Samtaleguide',
  'guide.picker.choose': 'Velg en guide …',
  'guide.picker.for-page': 'For denne siden',
  'guide.picker.for-role.leder': 'For ledere',
  'guide.picker.for-role.veileder': 'For Nav-veiledere',
  'guide.picker.for-role.lege': 'For leger',

  // Who a page is for (read out in the context header).
  'guide.role.leder': 'nærmeste leder',
  'guide.role.veileder': 'Nav-veileder',
  'guide.role.lege': 'lege',
  'guide.role.arbeidstaker': 'den sykmeldte',

  // The guide view.
  'guide.kind.question': 'Spørsmål',
  'guide.kind.advice': 'Råd',
  'guide.kind.step': 'Punkt',
  'guide.kind.fact': 'Fakta',
  'guide.kind.scale': 'Skala',
  'guide.kind.choice': 'Valg',
  'guide.source': 'Kilde',
  'guide.source.loading': 'Henter kilden …',
  'guide.scale.clear': 'Fjern svaret',
  'guide.note.label': 'Notat: {item}',
  'guide.note.placeholder': 'Notat …',
  'guide.progress.label': 'Framdrift i guiden',
  'guide.progress.done': '{done} av {total} gjort',
  'guide.content-in-bokmaal': 'Teksten i guiden er foreløpig på bokmål.',
  'guide.core.showing': 'Viser {shown} av {total} punkter: det viktigste nå.',
  'guide.core.show-all': 'Vis alle punktene',
  'guide.core.show-core': 'Vis bare det viktigste',
  'guide.to-drafts': 'Til utkastene',
  'guide.handout.print': 'Skriv ut informasjon til pasienten',
  'guide.handout.with-dates': 'Fyll inn datoer fra første sykedag ({date})',
  'guide.handout.help': 'Et ark på bokmål om sykmelding, aktivitet og fristene. Det har ingen notater fra saken.',

  // Search across the guides.
  'guide.search.label': 'Søk i guidene',
  'guide.search.input-label': 'Søk i alle guidene',
  'guide.search.placeholder': 'Søk i alle guidene …',
  'guide.search.results': 'Søkeresultater',
  'guide.search.loading': 'Søker i guidene …',
  'guide.search.no-hits': 'Ingen treff på «{query}».',

  // The context header: which page the panel recognised.
  'guide.page.recognised': 'Gjenkjent side',
  'guide.page.unknown-tab': 'Følgesvenn kjenner ikke igjen siden du har åpen. Velg en samtaleguide selv nedenfor.',
  'guide.page.no-tab': 'Ingen fane å følge. Velg en samtaleguide selv nedenfor.',
  'guide.page.for-employee':
    'Dette er en side for den sykmeldte selv. Følgesvenn er laget for ledere, Nav-veiledere og leger, men du kan fortsatt velge en guide.',
  'guide.page.role': 'Rolle fra siden: {role}',
} as const;
