import { describe, expect, it } from 'vitest';
import { RAG_STATUSES } from '../domain/status/labels.js';
import {
  COMPARISON_COLOURS,
  PALETTE,
  RAG_COLOURS,
  RAG_SYMBOLS,
  SPECIAL_CAUSE_STYLES,
  contrastRatio,
} from './palette.js';

const WHITE = '#FFFFFF';

describe('chart palette', () => {
  it('computes the WCAG contrast ratio of black and white as 21', () => {
    expect(contrastRatio('#000000', WHITE)).toBeCloseTo(21, 5);
    expect(contrastRatio(WHITE, WHITE)).toBeCloseTo(1, 5);
  });

  it('gives every RAG colour at least 4.5:1 on white, so it may colour text', () => {
    for (const status of RAG_STATUSES)
      expect(contrastRatio(RAG_COLOURS[status], WHITE)).toBeGreaterThanOrEqual(4.5);
  });

  it('gives special-cause marks, comparisons and lines at least 3:1 on white', () => {
    const marks = [
      ...Object.values(SPECIAL_CAUSE_STYLES).map((s) => s.colour),
      ...Object.values(COMPARISON_COLOURS),
      PALETTE.blue,
      PALETTE.target,
      PALETTE.grey,
      PALETTE.orange,
    ];
    for (const colour of marks) expect(contrastRatio(colour, WHITE)).toBeGreaterThanOrEqual(3);
  });

  it('gives each RAG status its own shape', () => {
    expect(new Set(RAG_STATUSES.map((s) => RAG_SYMBOLS[s])).size).toBe(RAG_STATUSES.length);
  });

  it('marks improvement, concern and common cause with different shapes as well as colours', () => {
    const { improvement, concern, common, neutral_high } = SPECIAL_CAUSE_STYLES;
    const kinds = [improvement, concern, common, neutral_high];
    expect(new Set(kinds.map((k) => k.symbol)).size).toBe(4);
    expect(new Set(kinds.map((k) => k.colour)).size).toBe(4);
  });
});
