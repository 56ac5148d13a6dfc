/** Bokmål: the draft area's text shown while the draft list loads (in the start-up chunks). */
export const DRAFT_AT_START = {
  'draft.title': 'Utkast til {form}',
  'draft.loading': 'Henter utkastene …',
} as const;
