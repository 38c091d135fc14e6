/**
 * A plain-English summary of a measure's position for a period, built only from facts the engine
 * computed: its RAG status and how long it has run, the figure against its target, direction of
 * travel, benchmark comparisons, SPC variation and assurance, and the year-end forecast. Each fact
 * gives at most one sentence, and a fact that is null gives none: the summary never says more than
 * was worked out. The same facts always give the same words.
 */
import { listInWords } from '../aggregation/combine.js';
import type { YearEndForecast } from '../forecast/index.js';
import type { PeriodKind } from '../period.js';
import type { Assurance, Variation } from '../spc/index.js';
import type { BenchmarkComparison } from '../statistics/index.js';
import type { DirectionResult } from '../status/direction.js';
import { formatFigure, formatSetFigure, type FigureStyle } from '../status/format.js';
import { RAG_LABELS } from '../status/labels.js';
import type { RagResult } from '../status/rag.js';
import { capitalise, ordinal, periodNoun } from './words.js';

export interface BenchmarkFact {
  /** The benchmark's name as it reads in a sentence: "England", "the West Midlands". */
  name: string;
  value: number | null;
  comparison: BenchmarkComparison | null;
}

export interface SpcFact {
  variation: Variation | null;
  /** The period the latest run of special-cause points began ("June 2017"). */
  since: string | null;
  assurance: Assurance | null;
}

export interface SummaryFacts {
  style: FigureStyle;
  periodKind: PeriodKind;
  /** The RAG status and for how many periods running (this one included) it has held. */
  rag: (Pick<RagResult, 'status' | 'reason' | 'sentence'> & { runLength: number }) | null;
  directions?: readonly Pick<DirectionResult, 'direction' | 'reason'>[];
  benchmarks?: readonly BenchmarkFact[];
  spc?: SpcFact | null;
  forecast?: Pick<YearEndForecast, 'forecast' | 'lower' | 'upper' | 'atRisk' | 'reason'> | null;
}

export function plainEnglishSummary(facts: SummaryFacts): string {
  const sentences = [
    ragSentence(facts),
    benchmarkSentence(facts),
    spcSentence(facts.spc),
    assuranceSentence(facts.spc),
    directionSentence(facts),
    forecastSentence(facts),
  ];
  let text = '';
  for (const sentence of sentences)
    if (sentence !== null) text = text === '' ? sentence : `${text} ${sentence}`;
  return text;
}

function ragSentence({ rag, style, periodKind }: SummaryFacts): string | null {
  if (rag === null) return null;
  if (rag.status === 'no-data' || rag.status === 'overdue') return rag.sentence;
  const { value, target, lower, upper } = rag.reason;
  const word = RAG_LABELS[rag.status].word;
  const running =
    rag.runLength >= 2 ? ` for the ${ordinal(rag.runLength)} ${periodNoun(periodKind)} running` : '';
  let against = '';
  if (rag.reason.polarity === 'within-band' && (lower !== null || upper !== null)) {
    against = ` against a target band of ${bandText(lower, upper, style)}`;
  } else if (target !== null) {
    against = ` against a target of ${formatSetFigure(target, style)}`;
  }
  return `${word}${running}: ${formatFigure(value!, style)}${against}.`;
}

function bandText(lower: number | null, upper: number | null, style: FigureStyle): string {
  if (lower !== null && upper !== null) {
    return lower === upper
      ? formatSetFigure(lower, style)
      : `${formatSetFigure(lower, style)} to ${formatSetFigure(upper, style)}`;
  }
  return lower !== null
    ? `${formatSetFigure(lower, style)} or more`
    : `${formatSetFigure(upper!, style)} or less`;
}

const COMPARISON_WORDS: Record<BenchmarkComparison, string> = {
  better: 'better than',
  similar: 'similar to',
  worse: 'worse than',
  best: 'better, at the 99.8% level, than',
  worst: 'worse, at the 99.8% level, than',
  higher: 'higher than',
  lower: 'lower than',
};

function benchmarkSentence({ benchmarks, style }: SummaryFacts): string | null {
  const parts: string[] = [];
  for (const b of benchmarks ?? []) {
    if (b.comparison === null) continue;
    const value = b.value === null ? '' : ` (${formatFigure(b.value, style)})`;
    parts.push(`${COMPARISON_WORDS[b.comparison]} ${b.name}${value}`);
  }
  return parts.length === 0 ? null : `Statistically ${listInWords(parts)}.`;
}

const VARIATION_WORDS: Record<Variation, string> = {
  common_cause: 'Common cause variation only',
  special_cause_improvement: 'Special cause improvement',
  special_cause_concern: 'Special cause concern',
  special_cause_neutral_high: 'Special cause variation, high',
  special_cause_neutral_low: 'Special cause variation, low',
};

function spcSentence(spc: SpcFact | null | undefined): string | null {
  if (!spc?.variation) return null;
  const since = spc.since !== null && spc.variation !== 'common_cause' ? ` since ${spc.since}` : '';
  return `${VARIATION_WORDS[spc.variation]}${since}.`;
}

const ASSURANCE_WORDS: Record<Assurance, string> = {
  consistently_passing: 'As the process runs now, it will consistently meet the target.',
  consistently_failing: 'As the process runs now, it will consistently miss the target.',
  hit_and_miss: 'As the process runs now, it will sometimes meet the target and sometimes miss it.',
};

function assuranceSentence(spc: SpcFact | null | undefined): string | null {
  return spc?.assurance ? ASSURANCE_WORDS[spc.assurance] : null;
}

const DIRECTION_WORDS = {
  improving: 'better than',
  worsening: 'worse than',
  'no-change': 'the same as',
  up: 'higher than',
  down: 'lower than',
} as const;

function directionSentence({ directions, style, periodKind }: SummaryFacts): string | null {
  const noun = periodNoun(periodKind);
  const parts: string[] = [];
  const isYear = periodKind.endsWith('year');
  for (const { direction, reason } of directions ?? []) {
    if (direction === 'not-comparable' || reason.previous === null) continue;
    // For a year, the previous year is the same year last year: saying it twice reads as two facts.
    if (isYear && reason.against !== 'previous-period') continue;
    const compared =
      reason.against === 'previous-period' ? `the previous ${noun}` : `the same ${noun} last year`;
    const words =
      reason.significance === 'not-significant'
        ? 'not significantly different from'
        : `${reason.significance === 'significant' ? 'significantly ' : ''}${DIRECTION_WORDS[direction]}`;
    parts.push(`${words} ${compared} (${formatFigure(reason.previous, style)})`);
  }
  return parts.length === 0 ? null : `${capitalise(parts.join(parts.length === 2 ? ' and ' : ', '))}.`;
}

function forecastSentence({ forecast, style }: SummaryFacts): string | null {
  if (!forecast) return null;
  const range =
    forecast.lower === null || forecast.upper === null
      ? ''
      : ` (likely range ${formatFigure(forecast.lower, style)} to ${formatFigure(forecast.upper, style)})`;
  const value = `${formatFigure(forecast.forecast, style)}${range}`;
  const target = forecast.reason.target;
  const against =
    target === null
      ? ''
      : typeof target === 'number'
        ? ` against ${formatSetFigure(target, style)}`
        : ` against ${bandText(target.lower, target.upper, style)}`;
  switch (forecast.reason.verdict) {
    case 'likely-to-miss':
      return `Year-end target at risk: forecast ${value}${against}.`;
    case 'likely-to-meet':
      return `On course for the year-end target: forecast ${value}${against}.`;
    case 'could-go-either-way':
      return `The year-end target could be met or missed: forecast ${value}${against}.`;
    default:
      return `Year-end forecast ${value}.`;
  }
}
