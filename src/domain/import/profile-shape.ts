/** Checks that a profile says where every part of a figure comes from, for its shape. */
import type { ImportProfile } from './profile.js';

export function checkProfileShape(p: ImportProfile): string[] {
  const errors: string[] = [];
  const c = p.columns;
  const across = p.shape === 'wide' ? p.across : null;
  if (p.shape === 'wide' && across === null) {
    errors.push('across: a wide profile must say whether its columns are periods or areas');
  }
  if (p.shape === 'long' && p.across !== null) errors.push('across: only a wide profile has columns across');
  if (c.measure.length === 0 && p.fixed.measure === null) {
    errors.push('columns.measure: name the column(s) that say the measure, or give fixed.measure');
  }
  if (across !== 'period' && c.period === null && p.fixed.period === null) {
    errors.push('columns.period: name the column that says the period, or give fixed.period');
  }
  if (across !== 'area' && c.area === null && c.areaName === null && p.fixed.area === null) {
    errors.push('columns.area: name the column that says the area (code or name), or give fixed.area');
  }
  if (p.shape === 'long' && c.value === null)
    errors.push('columns.value: name the column that holds the figures');
  if (p.shape === 'wide') {
    for (const key of ['value', 'numerator', 'denominator'] as const) {
      if (c[key] !== null)
        errors.push(`columns.${key}: a wide profile reads its figures from the columns across`);
    }
  }
  if (p.measures.match.length === 0 && Object.keys(p.measures.map).length === 0 && p.fixed.measure === null) {
    errors.push(
      'measures.match: give at least one way to find a measure (code, title, national-reference, fingertips-id) or a map',
    );
  }
  if (p.areas.match.length === 0 && Object.keys(p.areas.map).length === 0 && p.fixed.area === null) {
    errors.push('areas.match: give at least one way to find an area (code, name) or a map');
  }
  return errors;
}
