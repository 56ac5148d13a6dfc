/** Bokmål: the names offered for a scale's area (keys `guide.scale.suggestions…`), loaded on demand with their code. */
export const GUIDE_SCALE_NAMES = {
  'guide.scale.suggestions': 'Forslag til navn på området',
  'guide.scale.suggestions.note': 'Ikke hjulets egne navn, men faktorer fra huskelisten i samme hefte.',
  'guide.scale.suggestions.use': 'Bruk «{label}» i notatet',
} as const;
