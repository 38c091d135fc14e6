/** Figures in words, as an officer writes them in a Cabinet report: "71.3%", "£1.2m", "52.1 per 10,000". */
import type { Measure } from '../domain/measure.js';

function grouped(text: string): string {
  const [whole, fraction] = text.split('.');
  const withCommas = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? withCommas : `${withCommas}.${fraction}`;
}

export function describeValue(measure: Measure, value: number): string {
  const sign = value < 0 ? '−' : '';
  const size = Math.abs(value);
  const plain = grouped(size.toFixed(measure.decimals));
  switch (measure.unit) {
    case 'percent':
      return `${sign}${plain}%`;
    case 'currency':
      if (size >= 1_000_000) return `${sign}£${(size / 1_000_000).toFixed(1)}m`;
      return `${sign}£${plain}`;
    case 'rate':
      return `${sign}${plain} per ${grouped(String(measure.ratePer ?? 1))}`;
    case 'days':
      return `${sign}${plain} days`;
    default:
      return `${sign}${plain}`;
  }
}

/** "40.0 to 50.0 per 10,000", "−£1,000,000 to £1,000,000": the unit said once where it follows the number. */
export function describeRange(measure: Measure, lower: number, upper: number): string {
  const high = describeValue(measure, upper);
  if (measure.unit === 'rate' || measure.unit === 'days') {
    const low = describeValue(measure, lower);
    return `${low.slice(0, low.indexOf(' '))} to ${high}`;
  }
  return `${describeValue(measure, lower)} to ${high}`;
}

export type Standing = 'on target' | 'within tolerance' | 'off target';

/** A plain reading of a figure against its target, for the commentary's words only. */
export function standing(
  measure: Measure,
  value: number,
  target: { value: number | null; lower: number | null; upper: number | null; tolerance: number | null },
): Standing | null {
  if (target.lower !== null && target.upper !== null) {
    return value >= target.lower && value <= target.upper ? 'on target' : 'off target';
  }
  if (target.value === null || measure.polarity === 'neutral') return null;
  const direction = measure.polarity === 'lower-better' ? -1 : 1;
  const gap = (value - target.value) * direction;
  if (gap >= 0) return 'on target';
  const tolerance = target.tolerance ?? measure.tolerance ?? 0;
  const allowed = measure.toleranceKind === 'relative' ? Math.abs(target.value) * tolerance : tolerance;
  return -gap <= allowed ? 'within tolerance' : 'off target';
}

/** "better", "worse" or "the same", by the measure's polarity. */
export function movement(measure: Measure, now: number, before: number): string {
  if (now === before) return 'the same as';
  if (measure.polarity === 'neutral' || measure.polarity === 'within-band')
    return now > before ? 'up on' : 'down on';
  const better = measure.polarity === 'higher-better' ? now > before : now < before;
  return better ? 'better than' : 'worse than';
}
