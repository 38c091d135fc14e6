/**
 * The data-quality view and the list of figures due or late, for the measures a person may see.
 * Measures in use that are entered or imported count; calculated ones have no figures of their own
 * to chase, and retired ones none to expect.
 */
import type { Measure } from '../../domain/measure.js';
import {
  directorateQuality,
  measureQuality,
  type DirectorateQuality,
  type MeasureQuality,
} from '../../domain/quality/index.js';
import { dueFigures, type DueFigure } from '../../domain/timeliness/index.js';
import type { Store } from '../../store/connect.js';
import { figureRecords } from '../../store/figure-times.js';
import { listOrgUnits, listPeople } from '../../store/organisation.js';
import { AUTHORITY_CODE, getSetting } from '../../store/settings.js';
import { figuresWithWarnings } from '../../store/validation-rules.js';
import { currentValues, valueKey } from '../../store/values.js';

export interface DataQuality {
  today: string;
  measures: MeasureQuality[];
  directorates: DirectorateQuality[];
}

const chased = (measures: readonly Measure[]) =>
  measures.filter((m) => m.state === 'active' && m.formula === null);

async function authorityOf(store: Store): Promise<string> {
  return (await getSetting(store.db, AUTHORITY_CODE)) ?? '';
}

export async function dataQuality(
  store: Store,
  measures: readonly Measure[],
  today: string,
): Promise<DataQuality> {
  const list = chased(measures);
  const [records, units, authority] = await Promise.all([
    figureRecords(
      store.db,
      list.map((m) => m.id),
    ),
    listOrgUnits(store.db),
    authorityOf(store),
  ]);
  // A figure the validation rules warned about counts as flagged, as one given a quality flag does.
  const warned = await figuresWithWarnings(
    store.db,
    list.map((m) => m.id),
  );
  const flaggedRecords = (measureId: string) =>
    (records.get(measureId) ?? []).map((r) =>
      r.qualityFlag === null && warned.has(valueKey({ measureId, areaCode: r.areaCode, period: r.period }))
        ? { ...r, qualityFlag: 'suspect' as const }
        : r,
    );
  const qualities = list.map((m) => measureQuality(m, flaggedRecords(m.id), authority, today));
  return { today, measures: qualities, directorates: directorateQuality(units, qualities) };
}

export interface OwnerDue {
  /** The owner's person id; null for measures nobody owns (which is itself worth chasing). */
  ownerId: string | null;
  ownerName: string;
  figures: (DueFigure & { title: string })[];
}

/** What is due or late, per owner; `owner` keeps one owner's. Owners with nothing due are left out. */
export async function dueByOwner(
  store: Store,
  measures: readonly Measure[],
  today: string,
  owner?: string,
): Promise<OwnerDue[]> {
  const list = chased(measures).filter((m) => owner === undefined || m.ownerId === owner);
  const [authority, people] = await Promise.all([authorityOf(store), listPeople(store.db)]);
  const received = new Map<string, Set<string>>();
  const values =
    list.length > 0
      ? await currentValues(store.db, { measureIds: list.map((m) => m.id), areaCodes: [authority] })
      : [];
  for (const v of values) {
    const set = received.get(v.measureId) ?? new Set<string>();
    set.add(v.period);
    received.set(v.measureId, set);
  }
  const names = new Map(people.map((p) => [p.id, p.name]));
  const byOwner = new Map<string | null, OwnerDue>();
  for (const m of list) {
    const due = dueFigures(m, received.get(m.id) ?? new Set(), today);
    if (due.length === 0) continue;
    const entry = byOwner.get(m.ownerId) ?? {
      ownerId: m.ownerId,
      ownerName: m.ownerId === null ? 'No owner' : (names.get(m.ownerId) ?? m.ownerId),
      figures: [],
    };
    entry.figures.push(...due.map((d) => ({ ...d, title: m.title })));
    byOwner.set(m.ownerId, entry);
  }
  return [...byOwner.values()].sort((a, b) => a.ownerName.localeCompare(b.ownerName));
}
