import type { CaseRecord } from './case';

// What a panel changed in a case and has not saved yet, named per field: `*` for the whole case (new or
// imported), a scalar field's name (`label`, `firstSickDay` …), or `place:key` for one entry of a map.

/** The maps of a case, edited one entry at a time. */
export type CaseMapPlace = 'ticks' | 'notes' | 'scales' | 'choices' | 'guideByContext' | 'drafts';

/** The single-valued fields of a case a user edits. */
export type CaseScalarPlace = 'label' | 'role' | 'firstSickDay' | 'graded' | 'maksdato' | 'freeNotes' | 'keepUntil';

/** The name of one unsaved edit: the whole case, a scalar field, or one entry of a map. */
export type CaseEditKey = '*' | CaseScalarPlace | `${CaseMapPlace}:${string}`;

/** The edit key of one entry of a case's map. */
export function mapEditKey(place: CaseMapPlace, key: string): CaseEditKey {
  return `${place}:${key}`;
}

/**
 * Takes a case another window saved, keeping this window's unsaved edits (`keys`) over it: everything
 * else the incoming case brings is taken. With `*` unsaved, this window's case stays whole. With nothing
 * unsaved, an incoming case older than this window's is an echo of an earlier save (storage events
 * arrive late): this window's newer case stays.
 */
export function mergeCaseEdits(
  incoming: CaseRecord,
  local: CaseRecord | undefined,
  keys: ReadonlySet<CaseEditKey> | undefined,
): CaseRecord {
  if (!local) return incoming;
  if (!keys || keys.size === 0) return incoming.updatedAt < local.updatedAt ? local : incoming;
  if (keys.has('*')) return local;
  const merged: Record<string, unknown> = {
    ...incoming,
    ticks: { ...incoming.ticks },
    notes: { ...incoming.notes },
    scales: { ...incoming.scales },
    choices: { ...incoming.choices },
    guideByContext: { ...incoming.guideByContext },
    drafts: { ...incoming.drafts },
  };
  for (const key of keys) {
    const colon = key.indexOf(':');
    if (colon < 0) {
      merged[key] = local[key as CaseScalarPlace];
      continue;
    }
    const place = key.slice(0, colon) as CaseMapPlace;
    const entry = key.slice(colon + 1);
    const target = merged[place] as Record<string, unknown>;
    const mine = (local[place] as Record<string, unknown>)[entry];
    if (mine === undefined) delete target[entry];
    else target[entry] = mine;
  }
  return merged as unknown as CaseRecord;
}
