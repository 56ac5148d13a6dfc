/** Bokmål: why an import was refused (keys `case.import.<problem>`), shown only after an import: loaded on demand. */
export const CASE_IMPORT = {
  'case.import.too-large': 'Filen er for stor til å være en Følgesvenn-sak (større enn {max} MB). Ingenting er endret.',
  'case.import.not-json': 'Filen er ikke en Følgesvenn-sak (ikke gyldig JSON).',
  'case.import.wrong-format': 'Filen er ikke en Følgesvenn-sak.',
  'case.import.newer-version': 'Filen er laget av en nyere Følgesvenn. Oppdater utvidelsen og prøv igjen.',
  'case.import.no-case': 'Fant ingen sak i filen.',
  'case.import.too-many-entries':
    'Filen har flere oppføringer i én liste enn en Følgesvenn-sak kan ha (høyst {max} notater, avkrysninger eller svar). Ingenting er endret.',
  'case.import.note-too-long':
    'Et notat i filen er lengre enn en Følgesvenn-sak tillater (høyst {max} tegn per notat). Ingenting er endret.',
  'case.import.too-much-text':
    'Filen har mer tekst enn en Følgesvenn-sak kan ha (høyst {max} tegn i alt). Ingenting er endret.',
} as const;
