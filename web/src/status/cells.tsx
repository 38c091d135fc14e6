/**
 * The scorecard's judgements beyond RAG, each as a word with its explanation on hover and focus:
 * direction of travel, comparison with a benchmark, the SPC icons and the year-end forecast.
 */
import type { MeasureStatus } from '@domain/engine/types.js';
import { DIRECTION_WORDS } from '@domain/status/direction.js';
import { assuranceIcon, variationIcon } from '@domain/spc/icons.js';
import type { MeasureSummary } from '../api/types.js';
import { figureText } from './format.js';
import { Tip } from './Tip.js';

const ARROWS: Record<string, string> = {
  improving: '↑',
  worsening: '↓',
  'no-change': '→',
  'not-comparable': '·',
  up: '↗',
  down: '↘',
};

export function DirectionCell({ status }: { status: MeasureStatus }) {
  const d = status.direction.previousPeriod;
  return (
    <Tip
      explanation={`${d.sentence} Against the same period last year: ${status.direction.samePeriodLastYear.sentence}`}
    >
      <span className={`direction direction--${d.direction}`}>
        <span aria-hidden="true">{ARROWS[d.direction]} </span>
        {DIRECTION_WORDS[d.direction]}
      </span>
    </Tip>
  );
}

const PHRASE: Record<string, string> = {
  better: 'Better than',
  similar: 'Similar to',
  worse: 'Worse than',
  best: 'Better, at the 99.8% level, than',
  worst: 'Worse, at the 99.8% level, than',
  higher: 'Higher than',
  lower: 'Lower than',
};

const COMPARISON: Record<string, string> = {
  better: 'Better',
  similar: 'Similar',
  worse: 'Worse',
  best: 'Better (99.8%)',
  worst: 'Worse (99.8%)',
  higher: 'Higher',
  lower: 'Lower',
};

/** England, or the comparator group (its name mentions neighbours). */
export function benchmarkOf(status: MeasureStatus, which: 'england' | 'neighbours') {
  return (
    status.benchmarks.find((b) =>
      which === 'england' ? b.areaCode === 'E92000001' || b.name === 'England' : /neighbour/i.test(b.name),
    ) ?? null
  );
}

export function BenchmarkCell({
  status,
  which,
  measure,
}: {
  status: MeasureStatus;
  which: 'england' | 'neighbours';
  measure: MeasureSummary;
}) {
  const b = benchmarkOf(status, which);
  if (!b) return <span className="muted">—</span>;
  const word = b.comparison ? COMPARISON[b.comparison] : 'Not compared';
  const explanation = b.comparison
    ? `${PHRASE[b.comparison]} ${b.name}${b.value === null ? '' : ` (${figureText(b.value, measure)})`}, judged at 95% confidence.`
    : `Not compared with ${b.name}: ${b.reason ?? 'there is no figure to compare'}.`;
  return <Tip explanation={explanation}>{word}</Tip>;
}

export function SpcCell({ status, measure }: { status: MeasureStatus; measure: MeasureSummary }) {
  const spc = status.spc;
  if (!spc?.variation) return <span className="muted">—</span>;
  const improvement =
    measure.polarity === 'higher-better'
      ? 'increase'
      : measure.polarity === 'lower-better'
        ? 'decrease'
        : 'neutral';
  const variation = variationIcon(spc.variation, improvement);
  const assurance = spc.assurance ? assuranceIcon(spc.assurance) : null;
  const since = spc.sinceLabel ? ` Since ${spc.sinceLabel}.` : '';
  return (
    <Tip
      explanation={`${variation.label}: ${variation.description}${since}${assurance ? ` ${assurance.label}: ${assurance.description}` : ''}`}
    >
      <span className={`spc-icon spc-icon--${variation.colour}`}>
        <span aria-hidden="true">{variation.letter ?? '~'}</span>
        <span className="visually-hidden">{variation.label}</span>
      </span>
      {assurance ? (
        <span className={`spc-icon spc-icon--${assurance.colour}`}>
          <span aria-hidden="true">{assurance.letter}</span>
          <span className="visually-hidden">{assurance.label}</span>
        </span>
      ) : null}
    </Tip>
  );
}

export function ForecastCell({ status, measure }: { status: MeasureStatus; measure: MeasureSummary }) {
  const f = status.forecast;
  if (!f)
    return (
      <Tip explanation={`No forecast: ${status.forecastReason ?? 'not enough figures this year'}.`}>—</Tip>
    );
  const range =
    f.lower !== null && f.upper !== null
      ? ` (likely ${figureText(f.lower, measure)} to ${figureText(f.upper, measure)})`
      : '';
  return (
    <Tip
      explanation={`Year-end forecast ${figureText(f.forecast, measure)}${range}: ${f.atRisk ? 'at risk of missing the target' : 'on course for the target'}.`}
    >
      {figureText(f.forecast, measure)}
      {f.atRisk ? <strong className="at-risk"> at risk</strong> : null}
    </Tip>
  );
}
