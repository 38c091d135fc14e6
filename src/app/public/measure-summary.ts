/** A published measure as the public sees it described: what it counts, how, and how often. */
import {
  MEASURE_CATEGORY_LABELS,
  type Measure,
  type Methodology,
  type Polarity,
  type Unit,
} from '../../domain/measure.js';

export const POLARITY_WORDS: Record<Polarity, string> = {
  'higher-better': 'Higher is better',
  'lower-better': 'Lower is better',
  'within-band': 'Best within a range',
  neutral: 'Neither higher nor lower is better',
};

export const UNIT_WORDS: Record<Unit, string> = {
  number: 'number',
  percent: 'percentage',
  currency: 'pounds',
  rate: 'rate',
  days: 'days',
  ratio: 'ratio',
  score: 'score',
};

export interface PublicMeasureSummary {
  code: string;
  title: string;
  category: string;
  unit: Unit;
  /** The unit in words, e.g. "rate per 1,000". */
  unitText: string;
  ratePer: number | null;
  decimals: number;
  polarity: Polarity;
  polarityText: string;
  frequency: Measure['frequency'];
  byWard: boolean;
  nationalReference: string | null;
  methodology: Methodology;
}

export function unitText(m: Pick<Measure, 'unit' | 'ratePer'>): string {
  return m.unit === 'rate' && m.ratePer !== null
    ? `rate per ${m.ratePer.toLocaleString('en-GB')}`
    : UNIT_WORDS[m.unit];
}

export function publicSummaryOf(m: Measure): PublicMeasureSummary {
  return {
    code: m.id,
    title: m.title,
    category: MEASURE_CATEGORY_LABELS[m.category],
    unit: m.unit,
    unitText: unitText(m),
    ratePer: m.ratePer,
    decimals: m.decimals,
    polarity: m.polarity,
    polarityText: POLARITY_WORDS[m.polarity],
    frequency: m.frequency,
    byWard: m.byWard,
    nationalReference: m.nationalReference,
    methodology: m.methodology,
  };
}
