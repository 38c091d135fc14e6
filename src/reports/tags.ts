/**
 * Status tags for reports: each status as a word, a shape, a one-character symbol and a colour,
 * from the engine's vocabularies (RAG_LABELS, direction words, Fingertips' comparisons and the
 * "Making Data Count" SPC icons). The colours are the charts' own, so a Red is the same red in a
 * chart and in a table.
 */
import { COMPARISON_COLOURS, RAG_COLOURS } from '../charts/palette.js';
import type { BenchmarkComparison } from '../domain/statistics/index.js';
import type { Direction } from '../domain/status/direction.js';
import { DIRECTION_WORDS } from '../domain/status/direction.js';
import { RAG_LABELS, type RagStatus } from '../domain/status/labels.js';
import type { Polarity } from '../domain/measure.js';
import { assuranceIcon, variationIcon, type Assurance, type Variation } from '../domain/spc/index.js';
import type { ImprovementDirection } from '../domain/spc/index.js';
import type { StatusTag } from './document.js';

export function ragTag(status: RagStatus): StatusTag {
  const label = RAG_LABELS[status];
  return {
    scheme: 'rag',
    key: status,
    word: label.word,
    symbol: label.symbol,
    shape: label.shape,
    letter: null,
    colour: RAG_COLOURS[status],
    description: label.description,
  };
}

const DIRECTION_SHAPES: Record<Direction, Pick<StatusTag, 'shape' | 'symbol' | 'colour'>> = {
  improving: { shape: 'arrow-up', symbol: '↑', colour: RAG_COLOURS.green },
  worsening: { shape: 'arrow-down', symbol: '↓', colour: RAG_COLOURS.red },
  'no-change': { shape: 'arrow-flat', symbol: '→', colour: RAG_COLOURS['no-target'] },
  'not-comparable': { shape: 'dash', symbol: '–', colour: RAG_COLOURS['no-data'] },
  up: { shape: 'arrow-up', symbol: '↑', colour: RAG_COLOURS.neutral },
  down: { shape: 'arrow-down', symbol: '↓', colour: RAG_COLOURS.neutral },
};

const DIRECTION_MEANINGS: Record<Direction, string> = {
  improving: 'Better than the period compared with',
  worsening: 'Worse than the period compared with',
  'no-change': 'The same as the period compared with',
  'not-comparable': 'No figure to compare with',
  up: 'Higher than the period compared with; neither direction is better',
  down: 'Lower than the period compared with; neither direction is better',
};

/** An improving figure points up whichever way is better: the arrow says better or worse. */
export function directionTag(direction: Direction): StatusTag {
  return {
    scheme: 'direction',
    key: direction,
    word: DIRECTION_WORDS[direction],
    ...DIRECTION_SHAPES[direction],
    letter: null,
    description: DIRECTION_MEANINGS[direction],
  };
}

const COMPARISON_WORDS: Record<BenchmarkComparison, string> = {
  best: 'Best',
  better: 'Better',
  similar: 'Similar',
  worse: 'Worse',
  worst: 'Worst',
  higher: 'Higher',
  lower: 'Lower',
};

const COMPARISON_SHAPES: Record<BenchmarkComparison, Pick<StatusTag, 'shape' | 'symbol'>> = {
  best: { shape: 'circle', symbol: '●' },
  better: { shape: 'circle', symbol: '●' },
  similar: { shape: 'diamond', symbol: '◆' },
  worse: { shape: 'square', symbol: '■' },
  worst: { shape: 'square', symbol: '■' },
  higher: { shape: 'arrow-up', symbol: '↑' },
  lower: { shape: 'arrow-down', symbol: '↓' },
};

/** A comparison with a benchmark; `name` is the benchmark as it reads in a sentence. */
export function benchmarkTag(comparison: BenchmarkComparison, name: string): StatusTag {
  const significant = comparison !== 'similar';
  return {
    scheme: 'benchmark',
    key: comparison,
    word: `${COMPARISON_WORDS[comparison]} than ${name}`.replace('Similar than', 'Similar to'),
    ...COMPARISON_SHAPES[comparison],
    letter: null,
    colour: COMPARISON_COLOURS[comparison] ?? RAG_COLOURS['no-data'],
    description: significant
      ? `Statistically ${comparison} than ${name} at 95% confidence`
      : `Not significantly different from ${name}`,
  };
}

const ICON_COLOURS = { blue: '#0072B2', orange: '#B35C00', grey: '#505A5F', purple: '#6F4E9C' } as const;

export function improvementOf(polarity: Polarity): ImprovementDirection {
  return polarity === 'higher-better' ? 'increase' : polarity === 'lower-better' ? 'decrease' : 'neutral';
}

/** The SPC variation icon: its colour and letter, with the label as the word. */
export function variationTag(variation: Variation, polarity: Polarity): StatusTag {
  const icon = variationIcon(variation, improvementOf(polarity));
  return {
    scheme: 'spc',
    key: variation,
    word: icon.label,
    symbol: icon.letter ?? '~',
    shape: 'circle',
    letter: icon.letter,
    colour: ICON_COLOURS[icon.colour],
    description: icon.description,
  };
}

export function assuranceTag(assurance: Assurance): StatusTag {
  const icon = assuranceIcon(assurance);
  return {
    scheme: 'spc',
    key: assurance,
    word: icon.label,
    symbol: icon.letter ?? '?',
    shape: 'circle',
    letter: icon.letter,
    colour: ICON_COLOURS[icon.colour],
    description: icon.description,
  };
}
