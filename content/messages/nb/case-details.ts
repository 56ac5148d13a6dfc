/** Bokmål: the case bar's folded details (label, keeping, export, import, deletion), loaded on demand with their code. */
export const CASE_DETAILS = {
  'case.label': 'Navn på saken (ikke navn eller fødselsnummer)',
  'case.keep': 'Lagring',
  'case.keep.session': 'Bare til nettleseren lukkes',
  'case.keep.machine': 'Behold på denne maskinen',
  'case.keep.days': 'Antall dager (slettes automatisk etterpå)',
  'case.export': 'Eksporter saken',
  'case.import': 'Importer sak',
  'case.import.file': 'Velg en eksportert sak',
  'case.delete': 'Slett saken',
  'case.delete-everything': 'Slett alt',
  'case.empty': 'Ingen sak ennå. En sak lages når du begynner å skrive.',
} as const;
