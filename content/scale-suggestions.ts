import type { Source } from '../domain/guide';

/** A suggested label for a scale item whose areas the user names, with where the label comes from. */
export interface ScaleSuggestion {
  readonly label: string;
  readonly source: Source;
}

const huskeliste = (section: string): Source => ({ document: 'den-viktige-samtalen-leder', section });

const HELSEFREMMENDE = huskeliste('Helsefremmende faktorer');
const MILJO = huskeliste('Miljø- og arbeidsforhold');
const SAMARBEID = huskeliste('Samarbeidsforhold');
const TILRETTELEGGING = huskeliste('Tilrettelegging av arbeidet');
const TILFREDSHET = huskeliste('Jobbtilfredshet');
const FRAMOVER = huskeliste('Tilrettelegging framover');

/**
 * Suggestions for naming the job wheel's eight areas. The seed names the areas only in a figure
 * that did not survive text extraction, so these are NOT the wheel's areas: they are the factors of
 * the same booklet's huskeliste (checklist of work-environment factors), offered as a starting point.
 */
export const JOBBHJULET_SUGGESTIONS: readonly ScaleSuggestion[] = [
  { label: 'Meningsfulle oppgaver', source: HELSEFREMMENDE },
  { label: 'Mestring', source: HELSEFREMMENDE },
  { label: 'Rolleklarhet', source: HELSEFREMMENDE },
  { label: 'Ansvar', source: HELSEFREMMENDE },
  { label: 'Balanse mellom krav og kontroll', source: HELSEFREMMENDE },
  { label: 'Utviklingsmuligheter', source: HELSEFREMMENDE },
  { label: 'Sosial støtte', source: HELSEFREMMENDE },
  { label: 'Fysiske arbeidsforhold', source: MILJO },
  { label: 'Teknisk utstyr og hjelpemidler', source: MILJO },
  { label: 'Arbeidskultur', source: SAMARBEID },
  { label: 'Samarbeid med kolleger', source: SAMARBEID },
  { label: 'Samarbeid med ledere', source: SAMARBEID },
  { label: 'Planlegging og rutiner', source: TILRETTELEGGING },
  { label: 'Tempo og arbeidstid', source: TILRETTELEGGING },
  { label: 'Kompetanseutvikling', source: TILRETTELEGGING },
  { label: 'Anerkjennelse og oppfølging', source: TILFREDSHET },
  { label: 'Informasjon', source: TILFREDSHET },
  { label: 'Variasjon', source: TILFREDSHET },
  { label: 'Arbeidsoppgaver', source: FRAMOVER },
  { label: 'Ansvarsområde', source: FRAMOVER },
  { label: 'Kurs og opplæring', source: FRAMOVER },
];

/** The job wheel's eight scale items (ids in `guides/viktige-samtalen-gjennomforing.ts`). */
export const JOBBHJULET_ITEM_IDS = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `vsg-hjul-omrade-${n}`);

/** Suggested labels per scale item id, for scales whose areas the user names. */
export const SCALE_SUGGESTIONS: Readonly<Record<string, readonly ScaleSuggestion[]>> = Object.fromEntries(
  JOBBHJULET_ITEM_IDS.map((id) => [id, JOBBHJULET_SUGGESTIONS]),
);

const SUGGESTED_LABELS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(SCALE_SUGGESTIONS).map(([id, suggestions]) => [id, suggestions.map((suggestion) => suggestion.label)]),
);

/** The names the panel offers for a scale item's area (undefined for items without suggestions). */
export function scaleNameSuggestions(itemId: string): readonly string[] | undefined {
  return SUGGESTED_LABELS[itemId];
}
