/**
 * How a report orders its measures: along the golden thread (priority → outcome → objective) for
 * council-wide reports, or by the organisation unit that owns them for a directorate or service.
 */
import type { OrgUnit } from '../../domain/organisation.js';
import type { StrategyItem } from '../../domain/strategy.js';
import type { MeasureLine } from '../gather.js';

export interface Group {
  id: string;
  title: string;
  /** The heading above the group's title ("A stronger economy"), where there is one. */
  parentTitle: string | null;
  subgroups: { id: string; title: string; lines: MeasureLine[] }[];
}

function ancestorOfKind(
  item: StrategyItem,
  kind: StrategyItem['kind'],
  byId: ReadonlyMap<string, StrategyItem>,
) {
  let next: StrategyItem | undefined = item;
  while (next && next.kind !== kind) next = next.parentId === null ? undefined : byId.get(next.parentId);
  return next ?? null;
}

/** Outcomes in thread order, each with its objectives' measures; a measure sits under its first objective. */
export function groupByThread(lines: readonly MeasureLine[], items: readonly StrategyItem[]): Group[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  const objectiveOf = new Map<string, StrategyItem | null>();
  for (const line of lines) {
    let found: StrategyItem | null = null;
    for (const id of line.measure.strategyItemIds) {
      const item = byId.get(id);
      found = item ? ancestorOfKind(item, 'objective', byId) : null;
      if (found) break;
    }
    objectiveOf.set(line.measure.id, found);
  }
  const groups: Group[] = [];
  for (const outcome of items.filter((i) => i.kind === 'outcome')) {
    const priority = outcome.parentId === null ? null : (byId.get(outcome.parentId) ?? null);
    const subgroups = items
      .filter((o) => o.kind === 'objective' && o.parentId === outcome.id)
      .map((o) => ({
        id: o.id,
        title: o.title,
        lines: lines.filter((l) => objectiveOf.get(l.measure.id)?.id === o.id),
      }))
      .filter((g) => g.lines.length > 0);
    if (subgroups.length > 0)
      groups.push({ id: outcome.id, title: outcome.title, parentTitle: priority?.title ?? null, subgroups });
  }
  const loose = lines.filter((l) => objectiveOf.get(l.measure.id) === null);
  if (loose.length > 0)
    groups.push({
      id: 'other',
      title: 'Other measures',
      parentTitle: null,
      subgroups: [{ id: 'other', title: 'Measures not linked to an objective', lines: loose }],
    });
  return groups;
}

/** The subject unit's children (services of a directorate, teams of a service), each with its measures. */
export function groupByUnit(
  lines: readonly MeasureLine[],
  subject: OrgUnit,
  units: readonly OrgUnit[],
): Group[] {
  const parentOf = new Map(units.map((u) => [u.id, u.parentId]));
  const childOf = (unitId: string | null): string | null => {
    let id = unitId;
    while (id !== null && parentOf.get(id) !== subject.id) id = parentOf.get(id) ?? null;
    return id;
  };
  const children = units.filter((u) => u.parentId === subject.id);
  const subgroups = [
    { id: subject.id, title: subject.name, lines: lines.filter((l) => l.measure.orgUnitId === subject.id) },
    ...children.map((c) => ({
      id: c.id,
      title: c.name,
      lines: lines.filter((l) => childOf(l.measure.orgUnitId) === c.id),
    })),
  ].filter((g) => g.lines.length > 0);
  return subgroups.map((g) => ({ id: g.id, title: g.title, parentTitle: subject.name, subgroups: [g] }));
}
