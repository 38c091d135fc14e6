/**
 * The checks a figure passes before it is recorded. Each rule is an error (the figure is refused,
 * with a message naming the rule) or a warning (the figure is recorded and flagged). Rules that
 * cannot judge (no history, no target) say nothing rather than guess.
 */
import type { Unit } from '../measure.js';
import { modifiedZScore, zScore } from './outliers.js';

export const VALIDATION_RULES = [
  'range',
  'numerator-within-denominator',
  'commentary-when-red',
  'outlier-z-score',
  'outlier-modified-z-score',
  'jump-from-last-period',
] as const;
export type ValidationRule = (typeof VALIDATION_RULES)[number];

export type Severity = 'error' | 'warning';
/** How a measure uses a rule: an error blocks the figure, a warning flags it, off skips the rule. */
export const RULE_SETTINGS = ['error', 'warning', 'off'] as const;
export type RuleSetting = (typeof RULE_SETTINGS)[number];

export interface Finding {
  rule: ValidationRule;
  severity: Severity;
  message: string;
}

/** A measure's settings for its rules; `defaultValidationSettings` gives the council defaults. */
export interface ValidationSettings {
  /** Allowed range, inclusive; null for no bound. */
  minimum: number | null;
  maximum: number | null;
  /** Scores above this are outliers (DHIS2's default is 3). */
  outlierThreshold: number;
  /** A change from the last period larger than this share of it is flagged (0.5 is 50%). */
  jumpShare: number;
  severity: Record<ValidationRule, RuleSetting>;
}

export function defaultValidationSettings(unit: Unit): ValidationSettings {
  return {
    minimum: unit === 'percent' ? 0 : null,
    maximum: unit === 'percent' ? 100 : null,
    outlierThreshold: 3,
    jumpShare: 0.5,
    severity: {
      range: 'error',
      'numerator-within-denominator': 'error',
      'commentary-when-red': 'warning',
      'outlier-z-score': 'warning',
      'outlier-modified-z-score': 'warning',
      'jump-from-last-period': 'warning',
    },
  };
}

export interface FigureToValidate {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** The figure's own note, or the period's commentary: either explains a red figure. */
  hasCommentary: boolean;
}

export interface ValidationContext {
  /** Whether the measure's figures are shares (numerator over denominator). */
  isProportion: boolean;
  /** The figure's RAG status against its target, when it has one. */
  rag: string | null;
  /** Earlier figures of the same measure and area, oldest first (not this period's). */
  history: readonly number[];
  /** The figure of the period before, when there is one. */
  previous: number | null;
}

const show = (x: number) => String(Math.round(x * 100) / 100);

export function validateFigure(
  figure: FigureToValidate,
  context: ValidationContext,
  settings: ValidationSettings,
): Finding[] {
  const findings: Finding[] = [];
  const add = (rule: ValidationRule, message: string) => {
    const severity = settings.severity[rule];
    if (severity !== 'off') findings.push({ rule, severity, message });
  };
  const { value } = figure;
  const { minimum, maximum } = settings;
  if (value !== null && ((minimum !== null && value < minimum) || (maximum !== null && value > maximum))) {
    add(
      'range',
      `value: ${show(value)} is outside the allowed range ${minimum ?? '−∞'} to ${maximum ?? '∞'}`,
    );
  }
  if (context.isProportion && figure.numerator !== null && figure.denominator !== null) {
    if (figure.numerator > figure.denominator) {
      add(
        'numerator-within-denominator',
        `numerator: ${show(figure.numerator)} is larger than the denominator ${show(figure.denominator)}; a share cannot count more than its whole`,
      );
    }
  }
  if (context.rag === 'red' && !figure.hasCommentary) {
    add(
      'commentary-when-red',
      'note: the figure is red against its target: say what happened, why and what next',
    );
  }
  if (value !== null) {
    const z = zScore(value, context.history);
    if (z !== null && z > settings.outlierThreshold) {
      add(
        'outlier-z-score',
        `value: ${show(value)} has a z-score of ${show(z)} against this measure's history (above ${settings.outlierThreshold})`,
      );
    }
    const modified = modifiedZScore(value, context.history);
    if (modified !== null && modified > settings.outlierThreshold) {
      add(
        'outlier-modified-z-score',
        `value: ${show(value)} has a modified z-score of ${show(modified)} against this measure's history (above ${settings.outlierThreshold})`,
      );
    }
    const previous = context.previous;
    if (
      previous !== null &&
      previous !== 0 &&
      Math.abs(value - previous) / Math.abs(previous) > settings.jumpShare
    ) {
      const share = Math.round((Math.abs(value - previous) / Math.abs(previous)) * 100);
      add(
        'jump-from-last-period',
        `value: ${show(value)} is ${share}% away from the last period's ${show(previous)} (more than ${Math.round(settings.jumpShare * 100)}%)`,
      );
    }
  }
  return findings;
}
