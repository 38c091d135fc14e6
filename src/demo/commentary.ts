/**
 * The owners' commentary on Corporate Plan measures for the last two quarters of the plan: what
 * happened (worked out from the figures), why, and what happens next (from the catalogue).
 */
import type { Commentary, Target } from '../domain/figures.js';
import type { Measure } from '../domain/measure.js';
import { formatPeriod, period, periodLabel, previousPeriod, samePeriodLastYear } from '../domain/period.js';
import { demoPeriodTexts } from './demo-periods.js';
import { describeRange, describeValue, movement, standing } from './describe.js';
import type { CityFigures } from './derived.js';
import type { MeasureSpec } from './measure-spec.js';

/** The periods reported to Cabinet in the last two quarters: quarter-end months, quarters, or the latest year. */
function reportedPeriods(spec: MeasureSpec): string[] {
  if (spec.frequency === 'monthly') return ['2017-12', '2018-03'];
  const texts = demoPeriodTexts(spec.frequency, spec.yearKind ?? 'financial');
  return spec.frequency === 'quarterly' ? texts.slice(-2) : texts.slice(-1);
}

const STANDING_WORDS = {
  'on target': 'on target',
  'within tolerance': 'just short of target but within tolerance',
  'off target': 'off target',
} as const;

function comparison(
  measure: Measure,
  city: Map<string, { value: number }>,
  text: string,
  now: number,
): string {
  const p = period(text);
  const parts: string[] = [];
  // For a year, the previous period and the same period last year are one and the same.
  const earlierTexts = [...new Set([previousPeriod(p), samePeriodLastYear(p)].map(formatPeriod))];
  for (const earlierText of earlierTexts) {
    const earlier = period(earlierText);
    const before = city.get(earlierText);
    if (before === undefined) continue;
    parts.push(
      `${movement(measure, now, before.value)} ${periodLabel(earlier)} (${describeValue(measure, before.value)})`,
    );
  }
  return parts.length === 0 ? '' : ` This is ${parts.join(', and ')}.`;
}

export function buildCommentary(
  spec: MeasureSpec,
  measure: Measure,
  city: CityFigures,
  targets: readonly Target[],
): Commentary[] {
  const narrative = spec.narrative;
  if (narrative === undefined) return [];
  const figures = city.get(spec.id) ?? new Map();
  return reportedPeriods(spec).map((text): Commentary => {
    const label = periodLabel(period(text));
    const figure = figures.get(text);
    if (figure === undefined) {
      return {
        measureId: spec.id,
        period: text,
        summary: `The ${label} figure had not been received by the reporting deadline.`,
        reasons: `The figure from ${spec.source} arrived after the deadline. ${narrative.offTrack}`,
        nextSteps: `The data owner has been reminded and the figure will be reported at the next meeting. ${narrative.next}`,
        authorId: measure.ownerId,
      };
    }
    const target = targets.find((t) => t.period === text);
    const reading = target === undefined ? null : standing(measure, figure.value, target);
    const against =
      target === undefined
        ? ''
        : target.lower !== null && target.upper !== null
          ? ` against a target range of ${describeRange(measure, target.lower, target.upper)}`
          : target.value !== null
            ? ` against a target of ${describeValue(measure, target.value)}`
            : '';
    const verdict = reading === null ? '' : ` – ${STANDING_WORDS[reading]}`;
    return {
      measureId: spec.id,
      period: text,
      summary: `${label}: ${describeValue(measure, figure.value)}${against}${verdict}.${comparison(measure, figures, text, figure.value)}`,
      reasons: reading === 'on target' || reading === null ? narrative.onTrack : narrative.offTrack,
      nextSteps: narrative.next,
      authorId: measure.ownerId,
    };
  });
}
