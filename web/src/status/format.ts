/** Figures written as the engine's sentences write them, from the domain's one formatter. */
import { formatFigure } from '@domain/status/format.js';
import type { MeasureSummary } from '../api/types.js';

export function figureText(
  value: number | null | undefined,
  measure: Pick<MeasureSummary, 'unit' | 'decimals' | 'ratePer'>,
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return formatFigure(value, { unit: measure.unit, decimals: measure.decimals, ratePer: measure.ratePer });
}

export function shareText(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)}%`;
}

/** Severity order for sorting: what needs attention first. */
export const STATUS_ORDER = ['red', 'overdue', 'amber', 'no-data', 'no-target', 'neutral', 'green'] as const;
