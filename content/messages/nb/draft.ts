/** Bokmål: the draft area's UI text (keys start with `draft.`). */
export const DRAFT = {
} as const;
