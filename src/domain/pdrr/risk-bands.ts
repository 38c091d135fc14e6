/**
 * Risk scores on the 5 × 5 matrix (likelihood × impact, each 1–5) and the bands a council puts
 * them in. The thresholds are the council's data, not code: each band starts at a score.
 */
import type { Risk } from '../risk.js';

export interface RiskBand {
  /** The lowest score in the band. */
  from: number;
  name: string;
}

/** A common council scheme: 1–4 low, 5–9 medium, 10–15 high, 16–25 very high. */
export const DEFAULT_RISK_BANDS: readonly RiskBand[] = [
  { from: 1, name: 'low' },
  { from: 5, name: 'medium' },
  { from: 10, name: 'high' },
  { from: 16, name: 'very high' },
];

export function isScore(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= 5;
}

/** The band a score falls in, or null for a score off the matrix. */
export function riskBand(score: number, bands: readonly RiskBand[] = DEFAULT_RISK_BANDS): string | null {
  if (!Number.isInteger(score) || score < 1 || score > 25) return null;
  let found: string | null = null;
  for (const band of [...bands].sort((a, b) => a.from - b.from)) if (score >= band.from) found = band.name;
  return found;
}

/** Problems with a council's bands, in words: they must start at 1 and rise, each with a name. */
export function riskBandsProblems(bands: readonly RiskBand[]): string[] {
  const problems: string[] = [];
  if (bands.length === 0) return ['bands: give at least one band, starting at 1'];
  if (bands[0]!.from !== 1) problems.push('bands.0.from: the first band must start at a score of 1');
  for (const [i, band] of bands.entries()) {
    if (!Number.isInteger(band.from) || band.from < 1 || band.from > 25)
      problems.push(`bands.${i}.from: must be a whole score from 1 to 25`);
    if (band.name.trim() === '') problems.push(`bands.${i}.name: must not be empty, e.g. high`);
    if (i > 0 && band.from <= bands[i - 1]!.from)
      problems.push(`bands.${i}.from: must be higher than the band before it`);
  }
  return problems;
}

export interface ScoredRisk {
  inherentScore: number;
  inherentBand: string | null;
  residualScore: number;
  residualBand: string | null;
  reviewOverdue: boolean;
}

export function scoreRisk(risk: Risk, today: string, bands: readonly RiskBand[]): ScoredRisk {
  const inherentScore = risk.inherentLikelihood * risk.inherentImpact;
  const residualScore = risk.residualLikelihood * risk.residualImpact;
  return {
    inherentScore,
    inherentBand: riskBand(inherentScore, bands),
    residualScore,
    residualBand: riskBand(residualScore, bands),
    reviewOverdue: risk.status === 'open' && today > risk.reviewDate,
  };
}

/** Counts of open risks in each cell: `cells[likelihood - 1][impact - 1]`. */
export function heatMap(risks: readonly Risk[], which: 'inherent' | 'residual'): number[][] {
  const cells = Array.from({ length: 5 }, () => Array.from({ length: 5 }, () => 0));
  for (const r of risks) {
    if (r.status !== 'open') continue;
    const l = which === 'inherent' ? r.inherentLikelihood : r.residualLikelihood;
    const i = which === 'inherent' ? r.inherentImpact : r.residualImpact;
    if (isScore(l) && isScore(i)) cells[l - 1]![i - 1]! += 1;
  }
  return cells;
}

/** A risk as given: residual is after controls, so it may not be worse than inherent. */
export function riskProblems(
  r: Pick<Risk, 'inherentLikelihood' | 'inherentImpact' | 'residualLikelihood' | 'residualImpact'>,
): string[] {
  const problems: string[] = [];
  if (r.residualLikelihood * r.residualImpact > r.inherentLikelihood * r.inherentImpact)
    problems.push(
      'residual: the score after controls cannot be higher than the score before them (inherent)',
    );
  return problems;
}
