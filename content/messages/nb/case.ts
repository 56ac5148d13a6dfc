/** Bokmål: the case area's UI text (keys start with `case.`). */
export const CASE = {
} as const;
