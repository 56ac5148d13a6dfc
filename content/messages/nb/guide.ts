/** Bokmål: the guide area's UI text (keys start with `guide.`). */
export const GUIDE = {
} as const;
