/**
 * Data quality of one measure (framework section 9): completeness (how many of the figures that
 * have fallen due arrived), timeliness (how many of those arrived by their due date), the share
 * flagged by validation or their owner, which methodology fields are empty, and when it was last
 * updated. Shares are null where there is nothing to count, never a silent 0 or 100%.
 */
import type { Measure, Methodology } from '../measure.js';
import { formatPeriod } from '../period.js';
import { DEFAULT_DUE_OPTIONS, periodsFallingDue } from '../timeliness/due.js';

export const METHODOLOGY_FIELDS = [
  'definition',
  'numerator',
  'denominator',
  'sourceSystem',
  'calculation',
  'caveats',
] as const satisfies readonly (keyof Methodology)[];
export type MethodologyField = (typeof METHODOLOGY_FIELDS)[number];

/** One current figure of the measure, with when its first and latest versions were recorded. */
export interface FigureRecord {
  period: string;
  areaCode: string;
  qualityFlag: string | null;
  firstRecordedAt: string;
  lastRecordedAt: string;
}

export interface QualityCounts {
  /** Figures for the authority that have fallen due, over the periods looked back on. */
  expected: number;
  received: number;
  /** Of those received, how many arrived by their due date. */
  onTime: number;
  /** Current figures (every area) and how many carry a quality flag. */
  figures: number;
  flagged: number;
}

export interface MeasureQuality extends QualityCounts {
  measureId: string;
  title: string;
  orgUnitId: string | null;
  completeness: number | null;
  timeliness: number | null;
  warningShare: number | null;
  methodologyMissing: MethodologyField[];
  /** Share of the methodology fields that are filled in. */
  methodologyCompleteness: number;
  lastUpdated: string | null;
}

export const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

export function emptyMethodologyFields(methodology: Methodology): MethodologyField[] {
  return METHODOLOGY_FIELDS.filter((field) => {
    const text = methodology[field];
    return text === null || text.trim() === '';
  });
}

export function measureQuality(
  measure: Measure,
  figures: readonly FigureRecord[],
  authorityCode: string,
  today: string,
  lookBack = DEFAULT_DUE_OPTIONS.lookBack,
): MeasureQuality {
  const own = new Map(figures.filter((f) => f.areaCode === authorityCode).map((f) => [f.period, f]));
  const fallen = periodsFallingDue(measure, today, { lookBack, windowDays: 0 });
  let received = 0;
  let onTime = 0;
  for (const { period, dueDate } of fallen) {
    const figure = own.get(formatPeriod(period));
    if (!figure) continue;
    received += 1;
    if (figure.firstRecordedAt.slice(0, 10) <= dueDate) onTime += 1;
  }
  const flagged = figures.filter((f) => f.qualityFlag !== null).length;
  const missing = emptyMethodologyFields(measure.methodology);
  const lastUpdated = figures.reduce<string | null>(
    (latest, f) => (latest === null || f.lastRecordedAt > latest ? f.lastRecordedAt : latest),
    null,
  );
  return {
    measureId: measure.id,
    title: measure.title,
    orgUnitId: measure.orgUnitId,
    expected: fallen.length,
    received,
    onTime,
    figures: figures.length,
    flagged,
    completeness: share(received, fallen.length),
    timeliness: share(onTime, received),
    warningShare: share(flagged, figures.length),
    methodologyMissing: missing,
    methodologyCompleteness: (METHODOLOGY_FIELDS.length - missing.length) / METHODOLOGY_FIELDS.length,
    lastUpdated,
  };
}
