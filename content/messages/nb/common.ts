/** Bokmål: the common area's UI text (keys start with `common.`). */
export const COMMON = {
} as const;
