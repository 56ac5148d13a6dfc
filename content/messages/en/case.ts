import type { CASE as NB_CASE } from '../nb/case';
import type { CASE_CHART } from '../nb/case-chart';
import type { CASE_DETAILS } from '../nb/case-details';
import type { CASE_IMPORT } from '../nb/case-import';
import type { AreaCatalogue } from '../types';

/** English: the case area's UI text. */
export const CASE: AreaCatalogue<typeof NB_CASE & typeof CASE_IMPORT & typeof CASE_CHART & typeof CASE_DETAILS> = {
  'case.region': 'Case',
  'case.picker': 'Case',
  'case.picker.none': 'No cases yet',
  'case.new': 'New case',
  'case.storage.kept': 'Kept on this computer until {date}.',
  'case.storage.session': 'Kept only until the browser closes. Nothing is sent anywhere.',
  'case.details': 'About the case and storage',
  'case.details.loading': 'Loading the case’s details …',
  'case.label': 'Case name (not a name or national ID number)',
  'case.keep': 'Storage',
  'case.keep.session': 'Only until the browser closes',
  'case.keep.machine': 'Keep on this computer',
  'case.keep.days': 'Number of days (deleted automatically afterwards)',
  'case.export': 'Export the case',
  'case.import': 'Import a case',
  'case.import.file': 'Choose an exported case',
  'case.import.too-large': 'The file is too large to be a Følgesvenn case (over {max} MB). Nothing was changed.',
  'case.import.not-json': 'The file is not a Følgesvenn case (not valid JSON).',
  'case.import.wrong-format': 'The file is not a Følgesvenn case.',
  'case.import.newer-version': 'The file was made by a newer Følgesvenn. Update the extension and try again.',
  'case.import.no-case': 'No case found in the file.',
  'case.import.too-many-entries':
    'The file has more entries in one list than a Følgesvenn case can hold (at most {max} notes, ticks or answers). Nothing was changed.',
  'case.import.note-too-long':
    'A note in the file is longer than a Følgesvenn case allows (at most {max} characters per note). Nothing was changed.',
  'case.import.too-much-text':
    'The file holds more text than a Følgesvenn case can (at most {max} characters in all). Nothing was changed.',
  'case.transfer-failed':
    'Could not load what export and import need. Nothing was changed. Try closing and reopening the panel.',
  'case.delete': 'Delete the case',
  'case.delete-everything': 'Delete everything',
  'case.empty': 'No case yet. A case is created when you start writing.',
  'case.chart.summary.one': 'Latest answer {value} of {max} ({date}), {count} answer in all.',
  'case.chart.summary.other': 'Latest answer {value} of {max} ({date}), {count} answers in all.',
  'case.chart.empty': 'No answers yet.',
  'case.chart.label': 'Change over time. {summary}',
  'case.chart.table': '{title}: answers over time',
  'case.chart.date': 'Date',
  'case.chart.answer': 'Answer',
};
