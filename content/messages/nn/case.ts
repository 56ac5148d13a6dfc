import type { CASE as NB_CASE } from '../nb/case';
import type { CASE_CHART } from '../nb/case-chart';
import type { CASE_DETAILS } from '../nb/case-details';
import type { CASE_IMPORT } from '../nb/case-import';
import type { AreaCatalogue } from '../types';

/** Nynorsk: the case area's UI text. */
export const CASE: AreaCatalogue<typeof NB_CASE & typeof CASE_IMPORT & typeof CASE_CHART & typeof CASE_DETAILS> = {
  'case.region': 'Sak',
  'case.picker': 'Sak',
  'case.picker.none': 'Ingen saker enno',
  'case.new': 'Ny sak',
  'case.storage.kept': 'Blir lagra på denne maskina til {date}.',
  'case.storage.session': 'Blir berre lagra til nettlesaren blir lukka. Ingenting blir sendt nokon stad.',
  'case.details': 'Om saka og lagring',
  'case.details.loading': 'Hentar detaljane om saka …',
  'case.label': 'Merkelapp for saka (ikkje namnet eller fødselsnummeret til personen)',
  'case.keep': 'Lagring',
  'case.keep.session': 'Berre til nettlesaren blir lukka',
  'case.keep.machine': 'Behald på denne maskina',
  'case.keep.days': 'Tal på dagar (blir sletta automatisk etterpå)',
  'case.export': 'Eksporter saka',
  'case.import': 'Importer sak',
  'case.import.file': 'Vel ei eksportert sak',
  'case.import.too-large': 'Fila er for stor til å vere ei Følgesvenn-sak (større enn {max} MB). Ingenting er endra.',
  'case.import.not-json': 'Fila er ikkje ei Følgesvenn-sak (ikkje gyldig JSON).',
  'case.import.wrong-format': 'Fila er ikkje ei Følgesvenn-sak.',
  'case.import.newer-version': 'Fila er laga av ein nyare Følgesvenn. Oppdater utvidinga og prøv igjen.',
  'case.import.no-case': 'Fann inga sak i fila.',
  'case.import.too-many-entries':
    'Fila har fleire oppføringar i éi liste enn ei Følgesvenn-sak kan ha (høgst {max} notat, avkryssingar eller svar). Ingenting er endra.',
  'case.import.note-too-long':
    'Eit notat i fila er lengre enn ei Følgesvenn-sak tillèt (høgst {max} teikn per notat). Ingenting er endra.',
  'case.import.too-much-text':
    'Fila har meir tekst enn ei Følgesvenn-sak kan ha (høgst {max} teikn i alt). Ingenting er endra.',
  'case.transfer-failed':
    'Kunne ikkje hente det som trengst for å eksportere eller importere. Ingenting er endra. Prøv å lukke og opne panelet.',
  'case.delete': 'Slett saka',
  'case.delete-everything': 'Slett alt',
  'case.empty': 'Inga sak enno. Ei sak blir laga når du byrjar å skrive.',
  'case.chart.summary.one': 'Siste svar var {value} av {max} ({date}), {count} svar i alt.',
  'case.chart.summary.other': 'Siste svar var {value} av {max} ({date}), {count} svar i alt.',
  'case.chart.empty': 'Ingen svar enno.',
  'case.chart.label': 'Utviklinga over tid. {summary}',
  'case.chart.table': '{title}: svara over tid',
  'case.chart.date': 'Dato',
  'case.chart.answer': 'Svar',
};
