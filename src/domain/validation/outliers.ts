/**
 * Outliers against a measure's own history, as DHIS2's outlier detection scores them: the
 * z-score |x − mean| / standard deviation, and the modified z-score 0.6745 × |x − median| / MAD
 * (median absolute deviation), which one wild past figure cannot drag. The figure being judged is
 * not part of its history: with a short history it would hide itself (n figures can score at most
 * (n − 1) / √n, under 3 for fewer than eleven).
 */

/** The fewest past figures that make a score worth giving. */
export const MIN_HISTORY = 4;

/** The consistency constant that makes MAD estimate the standard deviation of normal data. */
const MAD_CONSTANT = 0.6745;

function median(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** null when the history is too short or does not vary (every score would be infinite). */
export function zScore(value: number, history: readonly number[]): number | null {
  if (history.length < MIN_HISTORY) return null;
  const mean = history.reduce((a, b) => a + b, 0) / history.length;
  const variance = history.reduce((a, b) => a + (b - mean) ** 2, 0) / history.length;
  const sd = Math.sqrt(variance);
  return sd > 0 ? Math.abs(value - mean) / sd : null;
}

export function modifiedZScore(value: number, history: readonly number[]): number | null {
  if (history.length < MIN_HISTORY) return null;
  const centre = median([...history].sort((a, b) => a - b));
  const mad = median(history.map((x) => Math.abs(x - centre)).sort((a, b) => a - b));
  return mad > 0 ? (MAD_CONSTANT * Math.abs(value - centre)) / mad : null;
}
