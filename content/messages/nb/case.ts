/** Bokmål: the case area's UI text (keys start with `case.`). */
export const CASE = {
  'case.region': 'Sak',
  'case.picker': 'Sak',
  'case.picker.none': 'Ingen saker ennå',
  'case.new': 'Ny sak',
  'case.storage.kept': 'Beholdes på denne maskinen til {date}.',
  'case.storage.session': 'Lagres bare til nettleseren lukkes. Ingenting sendes noe sted.',
  'case.details': 'Om saken og lagring',
  'case.label': 'Navn på saken (ikke navn eller fødselsnummer)',
  'case.keep': 'Lagring',
  'case.keep.session': 'Bare til nettleseren lukkes',
  'case.keep.machine': 'Behold på denne maskinen',
  'case.keep.days': 'Antall dager (slettes automatisk etterpå)',
  'case.export': 'Eksporter saken',
  'case.import': 'Importer sak',
  'case.import.file': 'Velg en eksportert sak',
  'case.transfer-failed':
    'Kunne ikke hente det som trengs for å eksportere eller importere. Ingenting er endret. Prøv å lukke og åpne panelet.',
  'case.delete': 'Slett saken',
  'case.delete-everything': 'Slett alt',
  'case.empty': 'Ingen sak ennå. En sak lages når du begynner å skrive.',
} as const;
