/**
 * A recovery plan's expected trajectory: the path, period by period, that the measure should
 * follow back to target. Each reported figure is checked against the path by the measure's
 * polarity; the gap says by how much it is off (positive: worse than the path).
 */
import type { Polarity } from '../measure.js';
import { comparePeriods, parsePeriod } from '../period.js';

export interface TrajectoryPoint {
  period: string;
  expected: number;
}

export interface TrajectoryCheck {
  period: string;
  expected: number;
  actual: number | null;
  /** How far the figure is worse than the path (0 or less: on or better than it); null without a figure. */
  gap: number | null;
  /** Null where there is no figure yet, or where the measure has no better direction. */
  onTrajectory: boolean | null;
}

/** Worse-than-path gap for one figure, or null when the polarity has no better direction. */
function shortfall(expected: number, actual: number, polarity: Polarity): number | null {
  switch (polarity) {
    case 'higher-better':
      return expected - actual;
    case 'lower-better':
      return actual - expected;
    default:
      return null;
  }
}

export function checkTrajectory(
  path: readonly TrajectoryPoint[],
  actualOf: (period: string) => number | null,
  polarity: Polarity,
): TrajectoryCheck[] {
  return sortByPeriod(path).map((point) => {
    const actual = actualOf(point.period);
    const gap = actual === null ? null : shortfall(point.expected, actual, polarity);
    return {
      period: point.period,
      expected: point.expected,
      actual,
      gap,
      onTrajectory: gap === null ? null : gap <= 0,
    };
  });
}

/** The first period whose figure fell short of the path, or null. */
export function firstMiss(checks: readonly TrajectoryCheck[]): TrajectoryCheck | null {
  return checks.find((c) => c.onTrajectory === false) ?? null;
}

export function sortByPeriod<T extends { period: string }>(items: readonly T[]): T[] {
  const key = (text: string) => {
    const parsed = parsePeriod(text);
    return parsed.ok ? parsed.period : null;
  };
  return [...items].sort((a, b) => {
    const pa = key(a.period);
    const pb = key(b.period);
    if (pa && pb) return comparePeriods(pa, pb);
    return a.period.localeCompare(b.period);
  });
}

/** Problems with a path as given by a person, in words; empty when it can be used. */
export function trajectoryProblems(path: readonly TrajectoryPoint[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const kinds = new Set<string>();
  for (const [i, point] of path.entries()) {
    const parsed = parsePeriod(point.period);
    if (!parsed.ok) problems.push(`trajectory.${i}.period: ${parsed.error}`);
    else kinds.add(parsed.period.kind);
    if (!Number.isFinite(point.expected)) problems.push(`trajectory.${i}.expected: must be a finite number`);
    if (seen.has(point.period)) problems.push(`trajectory.${i}.period: ${point.period} is given twice`);
    seen.add(point.period);
  }
  if (kinds.size > 1)
    problems.push('trajectory: every point must be the same kind of period as the measure’s figures');
  return problems;
}
