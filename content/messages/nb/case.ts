/** Bokmål: the case area's UI text (keys start with `case.`). */
export const CASE = {
  'case.region': 'Sak',
  'case.picker': 'Sak',
  'case.picker.none': 'Ingen saker ennå',
  'case.new': 'Ny sak',
  'case.storage.kept': 'Beholdes på denne maskinen til {date}.',
  'case.storage.session': 'Lagres bare til nettleseren lukkes. Ingenting sendes noe sted.',
  'case.details': 'Om saken og lagring',
  'case.details.loading': 'Henter detaljene om saken …',
  'case.transfer-failed':
    'Kunne ikke hente det som trengs for å eksportere eller importere. Ingenting er endret. Prøv å lukke og åpne panelet.',
} as const;
