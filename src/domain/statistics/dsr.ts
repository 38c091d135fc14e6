import { byarsLowerLimit, byarsUpperLimit } from './count.js';
import { EUROPEAN_STANDARD_POPULATION_2013 } from './european-standard-population.js';
import { zForConfidence } from './normal.js';
import type { Interval } from './proportion.js';

/** A directly standardised rate with its limits and the total count of events behind it. */
export interface DsrInterval extends Interval {
  total: number;
}

/** PHE does not publish a DSR from fewer events than this (Morris et al. 2018). */
export const DSR_MINIMUM_COUNT = 10;

/**
 * A directly standardised rate per perN with Dobson's confidence interval, as PHE's
 * phe_dsr/calculate_dsr (independent events):
 *   DSR = Σ xᵢwᵢ/nᵢ / Σwᵢ,   var = Σ xᵢ(wᵢ/nᵢ)² / (Σwᵢ)²,
 *   limit = DSR + √(var / X) (Byar's limit for X − X), X = Σxᵢ,
 * so the interval for the total count X is scaled onto the rate. Counts, populations and the
 * standard population are matched band by band; the standard defaults to the European Standard
 * Population 2013 (19 bands, 0–4 … 90+).
 *
 * Null when the total count is under 10 (PHE suppresses such DSRs as unreliable), when the three
 * lists differ in length, when any population is ≤ 0 or any count or weight negative (PHE stops
 * with an error there), or when an input is not finite.
 */
export function dsrInterval(
  counts: readonly number[],
  populations: readonly number[],
  confidence: number,
  perN: number = 100_000,
  standardPopulation: readonly number[] = EUROPEAN_STANDARD_POPULATION_2013,
): DsrInterval | null {
  const bands = standardPopulation.length;
  if (bands === 0 || counts.length !== bands || populations.length !== bands) return null;
  if (!Number.isFinite(perN) || perN <= 0) return null;
  const z = zForConfidence(confidence);
  if (z === null) return null;
  let total = 0;
  let weightedRate = 0;
  let squaredRate = 0;
  let standardTotal = 0;
  for (let i = 0; i < bands; i++) {
    const x = counts[i]!;
    const n = populations[i]!;
    const w = standardPopulation[i]!;
    if (!(x >= 0 && n > 0 && w >= 0) || !Number.isFinite(x + n + w)) return null;
    const weight = w / n;
    total += x;
    weightedRate += (x * w) / n;
    squaredRate += x * (weight * weight);
    standardTotal += w;
  }
  if (total < DSR_MINIMUM_COUNT || standardTotal <= 0) return null;
  const value = (weightedRate / standardTotal) * perN;
  const variance = (1 / (standardTotal * standardTotal)) * squaredRate;
  const scale = Math.sqrt(variance / total);
  return {
    value,
    lower: value + scale * (byarsLowerLimit(total, z) - total) * perN,
    upper: value + scale * (byarsUpperLimit(total, z) - total) * perN,
    total,
  };
}
