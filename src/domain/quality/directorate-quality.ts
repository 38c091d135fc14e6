/**
 * Data quality summed up per directorate: counts are added before shares are taken, so a measure
 * with many figures weighs as much as its figures do; methodology completeness is the mean over
 * the directorate's measures.
 */
import type { OrgUnit } from '../organisation.js';
import { share, type MeasureQuality } from './measure-quality.js';

export interface DirectorateQuality {
  /** null for measures not placed in any directorate. */
  directorateId: string | null;
  name: string;
  measures: number;
  completeness: number | null;
  timeliness: number | null;
  warningShare: number | null;
  methodologyCompleteness: number | null;
  lastUpdated: string | null;
}

/** The directorate a unit sits in (itself, for a directorate); null above or outside one. */
export function directorateOf(units: ReadonlyMap<string, OrgUnit>, unitId: string | null): OrgUnit | null {
  const seen = new Set<string>();
  for (let id = unitId; id !== null && !seen.has(id);) {
    seen.add(id);
    const unit = units.get(id);
    if (!unit) return null;
    if (unit.kind === 'directorate') return unit;
    id = unit.parentId;
  }
  return null;
}

export function directorateQuality(
  orgUnits: readonly OrgUnit[],
  measures: readonly MeasureQuality[],
): DirectorateQuality[] {
  const units = new Map(orgUnits.map((u) => [u.id, u]));
  const groups = new Map<string | null, { name: string; list: MeasureQuality[] }>();
  for (const m of measures) {
    const directorate = directorateOf(units, m.orgUnitId);
    const key = directorate?.id ?? null;
    const group = groups.get(key) ?? { name: directorate?.name ?? 'Not in a directorate', list: [] };
    group.list.push(m);
    groups.set(key, group);
  }
  return [...groups.entries()]
    .map(([directorateId, { name, list }]) => {
      const sum = (pick: (m: MeasureQuality) => number) => list.reduce((a, m) => a + pick(m), 0);
      const updated = list.map((m) => m.lastUpdated).filter((d): d is string => d !== null);
      return {
        directorateId,
        name,
        measures: list.length,
        completeness: share(
          sum((m) => m.received),
          sum((m) => m.expected),
        ),
        timeliness: share(
          sum((m) => m.onTime),
          sum((m) => m.received),
        ),
        warningShare: share(
          sum((m) => m.flagged),
          sum((m) => m.figures),
        ),
        methodologyCompleteness: share(
          sum((m) => m.methodologyCompleteness),
          list.length,
        ),
        lastUpdated: updated.length > 0 ? updated.reduce((a, b) => (b > a ? b : a)) : null,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}
