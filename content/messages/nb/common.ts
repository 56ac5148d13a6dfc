/** Bokmål: the panel shell's UI text (keys start with `common.`). */
export const COMMON = {
  'common.status.label': 'Status',
  'common.status.deadline': 'Frist {date}: {title}',
  'common.status.milestone': 'Neste {date}: {title}',
  'common.status.undated': 'Neste: {title} ({when})',
  'common.status.progress': '{done} av {total} gjort',
  'common.loading': 'Leser siden …',
  'common.close': 'Lukk',
  'common.cancel': 'Avbryt',
  'common.save.pending': 'Lagrer …',
  'common.save.saved': 'Lagret',
  'common.save.error': 'Ikke lagret',
  'common.save.quota':
    'Lagringsplassen er full. Det du skrev sist er ikke lagret; alt som var lagret før, er i behold. Slett en sak du ikke trenger, eller eksporter den.',
  'common.save.failed': 'Kunne ikke lagre. Det du skrev sist er ikke lagret ennå.',
  'common.quarantine.one':
    'Noe av det som var lagret, kunne ikke leses og er lagt til side ({count} oppføring). Resten er lastet inn som vanlig.',
  'common.quarantine.other':
    'Noe av det som var lagret, kunne ikke leses og er lagt til side ({count} oppføringer). Resten er lastet inn som vanlig.',
  'common.quarantine.save': 'Lagre det som fil',
  'common.confirm.delete-everything':
    'Slette alle saker og notater på denne maskinen, og gi tilbake tilgangen til journalsidene du har lagt til? Det kan ikke angres.',
  'common.confirm.delete-everything.yes': 'Ja, slett alt',
  'common.free-notes': 'Frie notater',
  'common.free-notes.help':
    'Det som ikke hører til et bestemt spørsmål. Skriv #stikkord på en linje for å sende den til et felt, for eksempel #tilrettelegging.',
  'common.no-guide': 'Velg en samtaleguide for å komme i gang.',
  'common.print': 'Skriv ut / lagre som PDF',
  'common.privacy':
    'Notatene blir i denne nettleseren og sendes ikke noe sted. Andre nettsider og utvidelser kan ikke lese dem.',
  'common.label-looks-like-id':
    'Navnet på saken ser ut som et fødselsnummer. Bruk et kallenavn eller noe annet som ikke identifiserer personen.',
  'common.case-label': 'Sak {number}',
  'common.case-label.imported': '{label} (importert)',
  'common.notice.rules-failed': 'Kunne ikke hente reglene for tidslinjen. Prøv å lukke og åpne panelet.',
  'common.notice.cases-failed': 'Kunne ikke lese sakene som var lagret. Det som ble lagret før, er ikke slettet.',
  'common.notice.expired.one': '{count} sak passerte utløpsdatoen og er slettet.',
  'common.notice.expired.other': '{count} saker passerte utløpsdatoen og er slettet.',
  'common.announce.keep-session': 'Saken lagres nå bare til nettleseren lukkes.',
  'common.announce.keep-days.one': 'Saken beholdes på denne maskinen i {count} dag.',
  'common.announce.keep-days.other': 'Saken beholdes på denne maskinen i {count} dager.',
  'common.announce.new-case': 'Ny sak: {label}.',
  'common.announce.case-deleted': 'Saken er slettet.',
  'common.announce.everything-deleted': 'Alt er slettet: alle saker og notater.',
  'common.announce.imported': 'Importerte saken «{label}».',
  'common.announce.ics-saved': 'Fristene er lagret som kalenderfil.',
  'common.announce.case-saved': 'Saken er lagret som fil.',
  'common.announce.language': 'Språket er endret til bokmål.',
} as const;
