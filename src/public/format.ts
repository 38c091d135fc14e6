/** Figures as the public pages write them, with the measure's unit and decimals. */
import { formatFigure, formatDate } from '../domain/status/format.js';
import type { PublicMeasureSummary } from '../app/public/measure-summary.js';

export type FigureStyleOf = Pick<PublicMeasureSummary, 'unit' | 'decimals' | 'ratePer'>;

export function figureText(value: number | null, style: FigureStyleOf): string {
  return value === null ? '' : formatFigure(value, style);
}

export { formatDate };
