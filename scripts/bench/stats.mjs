// Small statistics for the benchmark: medians of repeated runs, rounded for printing.

/** The median of a list of numbers (the mean of the middle two for an even count). */
export function median(values) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Rounds to a number of decimals (keeps integers as they are). */
export function round(value, decimals = 2) {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** Progress goes to stderr, so `--json` leaves stdout to the one JSON object. */
export function log(...parts) {
  console.error(...parts);
}
