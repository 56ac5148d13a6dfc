/** Bokmål: the site area's UI text (keys start with `site.`). */
export const SITE = {
} as const;
