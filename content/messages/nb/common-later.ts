/** Bokmål: the panel shell's text shown only in its parts that come on demand (the questions before a deletion or an import, the language setting). */
export const COMMON_LATER = {
  'common.confirm.delete-case': 'Slette «{label}» med alle notater? Det kan ikke angres.',
  'common.confirm.delete-case.yes': 'Ja, slett saken',
  'common.confirm.delete-case.fallback': 'saken',
  'common.confirm.import-conflict': 'Du har allerede en sak som heter «{label}» fra samme fil. Vil du erstatte den?',
  'common.confirm.import-conflict.replace': 'Erstatt saken',
  'common.confirm.import-conflict.as-new': 'Importer som ny sak',
  'common.language': 'Språk',
  'common.language.auto': 'Som nettleseren ({language})',
  'common.language.nb': 'Bokmål',
  'common.language.nn': 'Nynorsk',
  'common.language.en': 'English',
  'common.language.help': 'Gjelder knapper, menyer og meldinger. Samtaleguidene er skrevet på bokmål.',
} as const;
