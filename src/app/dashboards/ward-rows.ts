/** A ward card's rows: each ward's figure and status, every ward listed, in name order. */
import { figureText } from '../../charts/words.js';
import type { FullMeasureReport } from '../status/index.js';
import type { Measure } from '../../domain/measure.js';
import type { WardRow } from './types.js';

export function wardRowsOf(measure: Measure, wards: readonly FullMeasureReport[]): WardRow[] {
  const figures = { unit: measure.unit, decimals: measure.decimals, ratePer: measure.ratePer };
  return wards
    .map((w) => ({
      code: w.area.code,
      name: w.area.name,
      value: w.status.figure?.value ?? null,
      valueText: figureText(w.status.figure?.value, figures),
      status: w.status.rag.status,
      label: w.status.rag.sentence,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
