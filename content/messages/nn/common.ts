import type { COMMON as NB_COMMON } from '../nb/common';
import type { COMMON_LATER } from '../nb/common-later';
import type { AreaCatalogue } from '../types';

/** Nynorsk: the panel shell's UI text. */
export const COMMON: AreaCatalogue<typeof NB_COMMON & typeof COMMON_LATER> = {
  'common.status.label': 'Status',
  'common.status.deadline': 'Frist {date}: {title}',
  'common.status.milestone': 'Neste {date}: {title}',
  'common.status.undated': 'Neste: {title} ({when})',
  'common.status.progress': 'Gjort: {done} av {total}',
  'common.loading': 'Hentar sida …',
  'common.close': 'Lukk',
  'common.cancel': 'Avbryt',
  'common.save.pending': 'Lagrar …',
  'common.save.saved': 'Lagra',
  'common.save.error': 'Ikkje lagra',
  'common.save.quota':
    'Lagringsplassen er full. Det du skreiv sist, er ikkje lagra; alt som var lagra før, er i behald. Slett ei sak du ikkje treng, eller eksporter ho.',
  'common.save.failed': 'Kunne ikkje lagre. Det du skreiv sist, er ikkje lagra enno.',
  'common.quarantine.one':
    'Noko av det som var lagra, kunne ikkje lesast og er lagt til side ({count} oppføring). Resten er lasta inn som vanleg.',
  'common.quarantine.other':
    'Noko av det som var lagra, kunne ikkje lesast og er lagt til side ({count} oppføringar). Resten er lasta inn som vanleg.',
  'common.quarantine.save': 'Lagre det som fil',
  'common.confirm.delete-case': 'Slette «{label}» med alle notata? Det kan ikkje angrast.',
  'common.confirm.delete-case.yes': 'Ja, slett saka',
  'common.confirm.delete-case.fallback': 'saka',
  'common.confirm.delete-everything':
    'Slette alle saker og notat på denne maskina, og gi tilbake tilgangen til journalsidene du har lagt til? Det kan ikkje angrast.',
  'common.confirm.delete-everything.yes': 'Ja, slett alt',
  'common.confirm.import-conflict': 'Du har alt ei sak som heiter «{label}», frå same fil. Vil du byte ho ut?',
  'common.confirm.import-conflict.replace': 'Byt ut saka',
  'common.confirm.import-conflict.as-new': 'Importer som ny sak',
  'common.free-notes': 'Frie notat',
  'common.free-notes.help':
    'Det som ikkje høyrer til eit bestemt spørsmål. Skriv #stikkord på ei linje for å sende linja til eit felt, til dømes #tilrettelegging.',
  'common.no-guide': 'Vel ein samtaleguide for å kome i gang.',
  'common.print': 'Skriv ut / lagre som PDF',
  'common.privacy':
    'Notata blir verande i denne nettlesaren og blir ikkje sende nokon stad. Andre nettsider og utvidingar kan ikkje lese dei.',
  'common.label-looks-like-id':
    'Namnet på saka ser ut som eit fødselsnummer. Bruk eit kallenamn eller noko anna som ikkje identifiserer personen.',
  'common.case-label': 'Sak {number}',
  'common.case-label.imported': '{label} (importert)',
  'common.notice.rules-failed': 'Kunne ikkje hente reglane for tidslinja. Prøv å lukke og opne panelet.',
  'common.notice.cases-failed': 'Kunne ikkje lese sakene som var lagra. Det som vart lagra før, er ikkje sletta.',
  'common.notice.expired.one': '{count} sak hadde gått ut på dato og er sletta.',
  'common.notice.expired.other': '{count} saker hadde gått ut på dato og er sletta.',
  'common.announce.keep-session': 'Saka blir no berre lagra til nettlesaren blir lukka.',
  'common.announce.keep-days.one': 'Saka blir teken vare på på denne maskina i {count} dag.',
  'common.announce.keep-days.other': 'Saka blir teken vare på på denne maskina i {count} dagar.',
  'common.announce.new-case': 'Ny sak: {label}.',
  'common.announce.case-deleted': 'Saka er sletta.',
  'common.announce.everything-deleted': 'Alt er sletta: alle saker og notat.',
  'common.announce.imported': 'Importerte saka «{label}».',
  'common.announce.ics-saved': 'Fristane er lagra som kalenderfil.',
  'common.announce.case-saved': 'Saka er lagra som fil.',
  'common.announce.language': 'Språket er endra til nynorsk.',
  'common.language': 'Språk',
  'common.language.auto': 'Som nettlesaren ({language})',
  'common.language.nb': 'Bokmål',
  'common.language.nn': 'Nynorsk',
  'common.language.en': 'English',
  'common.language.help': 'Gjeld knappar, menyar og meldingar. Samtaleguidane er skrivne på bokmål.',
};
