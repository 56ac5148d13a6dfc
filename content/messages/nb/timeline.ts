/** Bokmål: the timeline area's UI text (keys start with `timeline.`). */
export const TIMELINE = {
} as const;
