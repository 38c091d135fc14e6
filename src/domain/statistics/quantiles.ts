import type { BenchmarkPolarity } from './benchmark.js';

/**
 * Rank and quantile of a figure within its comparator group (say, the council among its
 * CIPFA nearest neighbours), as PHE's phe_quantile assigns them.
 */

/** A position in a group: rank 1 is the best end (see rankInGroup), `of` the number ranked. */
export interface GroupRank {
  rank: number;
  of: number;
}

/** A quantile band as well: band 1 holds rank 1. */
export interface QuantileBand extends GroupRank {
  quantile: number;
  quantiles: number;
}

function isRankable(x: number | null | undefined): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

/**
 * The rank of `target` among `values`, which must include it (it is the area's own figure in
 * its group). Missing and non-finite values are left out, as phe_quantile leaves out NAs.
 * Tied values share the lowest (best) rank, as R's rank(ties.method = "min"). Rank 1 is the
 * highest value when higher is better and the lowest when lower is better; with no polarity it is
 * the highest, phe_quantile's default (invert = TRUE). Null when the target is not among the values.
 */
export function rankInGroup(
  values: readonly (number | null | undefined)[],
  target: number,
  polarity: BenchmarkPolarity = 'higher-better',
): GroupRank | null {
  if (!Number.isFinite(target)) return null;
  const lowFirst = polarity === 'lower-better';
  let ahead = 0;
  let of = 0;
  let found = false;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!isRankable(v)) continue;
    of++;
    if (v === target) found = true;
    else if (lowFirst ? v < target : v > target) ahead++;
  }
  return found ? { rank: ahead + 1, of } : null;
}

/**
 * The quantile band (1…quantiles) of `target` within its group, by phe_quantile's rule
 *   band = ⌊(q + 1) − ⌈((n + 1) − rank) / (n / q)⌉⌋, and 0 counted as 1,
 * with rank and n as in rankInGroup, so band 1 holds rank 1. Like phe_quantile it still assigns
 * bands when the group has fewer members than bands (PHE warns that the bands are then uneven).
 * Null when the target is not among the values or `quantiles` is not a whole number ≥ 1.
 */
export function quantileInGroup(
  values: readonly (number | null | undefined)[],
  target: number,
  quantiles: number,
  polarity: BenchmarkPolarity = 'higher-better',
): QuantileBand | null {
  if (!Number.isInteger(quantiles) || quantiles < 1) return null;
  const position = rankInGroup(values, target, polarity);
  if (position === null) return null;
  const { rank, of } = position;
  const band = Math.floor(quantiles + 1 - Math.ceil((of + 1 - rank) / (of / quantiles)));
  return { rank, of, quantile: band === 0 ? 1 : band, quantiles };
}

/** The quartile (1–4) of `target` within its group; see quantileInGroup. */
export function quartileInGroup(
  values: readonly (number | null | undefined)[],
  target: number,
  polarity: BenchmarkPolarity = 'higher-better',
): QuantileBand | null {
  return quantileInGroup(values, target, 4, polarity);
}

/** The quintile (1–5) of `target` within its group; see quantileInGroup. */
export function quintileInGroup(
  values: readonly (number | null | undefined)[],
  target: number,
  polarity: BenchmarkPolarity = 'higher-better',
): QuantileBand | null {
  return quantileInGroup(values, target, 5, polarity);
}
