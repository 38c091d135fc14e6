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

/** null when the history is too short or does not vary (every score would be infinite). */
export function zScore(value: number, history: readonly number[]): number | null {
  if (history.length < MIN_HISTORY) return null;
  const mean = history.reduce((a, b) => a + b, 0) / history.length;
  const variance = history.reduce((a, b) => a + (b - mean) ** 2, 0) / history.length;
  const sd = Math.sqrt(variance);
  return sd > 0 ? Math.abs(value - mean) / sd : null;
}

/**
 * The median of `a[from .. from + n)` by selection (Hoare's quickselect), which reorders that part
 * of the array: linear time rather than a sort's n log n, for the millions of scores an import asks.
 */
function medianInPlace(a: Float64Array, from: number, n: number): number {
  const mid = from + (n >> 1);
  let lo = from;
  let hi = from + n - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i += 1;
      while (a[j]! > pivot) j -= 1;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i += 1;
        j -= 1;
      }
    }
    if (mid <= j) hi = j;
    else if (mid >= i) lo = i;
    else break;
  }
  const upper = a[mid]!;
  if (n % 2 === 1) return upper;
  // Everything before `mid` is at most a[mid]: the lower middle is the largest of them.
  let lower = a[from]!;
  for (let k = from + 1; k < mid; k += 1) if (a[k]! > lower) lower = a[k]!;
  return (lower + upper) / 2;
}

/**
 * Scratch space for the modified z-score, reused between calls: an import scores millions of
 * figures, and fresh arrays for each would keep the garbage collector busier than the scoring.
 */
let scratch = new Float64Array(64);

export function modifiedZScore(value: number, history: readonly number[]): number | null {
  const n = history.length;
  if (n < MIN_HISTORY) return null;
  if (scratch.length < 2 * n) scratch = new Float64Array(4 * n);
  for (let i = 0; i < n; i += 1) scratch[i] = history[i]!;
  const centre = medianInPlace(scratch, 0, n);
  for (let i = 0; i < n; i += 1) scratch[n + i] = Math.abs(history[i]! - centre);
  const mad = medianInPlace(scratch, n, n);
  return mad > 0 ? (MAD_CONSTANT * Math.abs(value - centre)) / mad : null;
}

/**
 * The most past figures a score looks back over: five years of monthly figures. A council's
 * measure changes definition now and then; a decade-old figure says little about this month's.
 */
export const HISTORY_KEPT = 60;
