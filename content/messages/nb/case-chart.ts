/** Bokmål: a scale's chart of answers over time (keys `case.chart.`), shown with its code, loaded on demand. */
export const CASE_CHART = {
  'case.chart.summary.one': 'Siste svar {value} av {max} ({date}), {count} svar i alt.',
  'case.chart.summary.other': 'Siste svar {value} av {max} ({date}), {count} svar i alt.',
  'case.chart.empty': 'Ingen svar ennå.',
  'case.chart.label': 'Utvikling over tid. {summary}',
  'case.chart.table': '{title}: svar over tid',
  'case.chart.date': 'Dato',
  'case.chart.answer': 'Svar',
} as const;
