/** How the measure is counted, and its owner's latest commentary. */
import type { MeasureDetail } from '../api/types.js';

const FIELDS: [keyof MeasureDetail['methodology'], string][] = [
  ['definition', 'Definition'],
  ['numerator', 'Numerator'],
  ['denominator', 'Denominator'],
  ['sourceSystem', 'Source'],
  ['calculation', 'Calculation'],
  ['caveats', 'Caveats'],
];

const POLARITY: Record<string, string> = {
  'higher-better': 'Higher is better',
  'lower-better': 'Lower is better',
  'within-band': 'Better within a range',
  neutral: 'Neither higher nor lower is better',
};

export function Methodology({ measure }: { measure: MeasureDetail }) {
  return (
    <dl className="summary-list">
      {FIELDS.map(([key, label]) => (
        <div key={key} className="summary-list__row">
          <dt>{label}</dt>
          <dd>{measure.methodology[key] ?? <span className="muted">Not recorded</span>}</dd>
        </div>
      ))}
      <div className="summary-list__row">
        <dt>Which way is better</dt>
        <dd>{POLARITY[measure.polarity] ?? measure.polarity}</dd>
      </div>
      <div className="summary-list__row">
        <dt>How often</dt>
        <dd>
          {measure.frequency}, due {measure.dueLagDays} days after each period ends
        </dd>
      </div>
    </dl>
  );
}

export function Commentary({ measure }: { measure: MeasureDetail }) {
  const c = measure.latestCommentary;
  if (!c) return <p>No commentary yet.</p>;
  return (
    <dl className="summary-list">
      <div className="summary-list__row">
        <dt>Period</dt>
        <dd>{c.period}</dd>
      </div>
      <div className="summary-list__row">
        <dt>What happened</dt>
        <dd>{c.summary ?? '—'}</dd>
      </div>
      <div className="summary-list__row">
        <dt>Why</dt>
        <dd>{c.reasons ?? '—'}</dd>
      </div>
      <div className="summary-list__row">
        <dt>What is being done</dt>
        <dd>{c.nextSteps ?? '—'}</dd>
      </div>
    </dl>
  );
}
