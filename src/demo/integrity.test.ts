import { describe, expect, it } from 'vitest';
import { ENGLAND } from '../domain/area.js';
import type { MeasureValue } from '../domain/figures.js';
import type { Measure } from '../domain/measure.js';
import { parsePeriod, type PeriodKind } from '../domain/period.js';
import { AUTHORITY_CODE, WEST_MIDLANDS } from './areas.js';
import { buildDemoCouncil } from './index.js';

function expectedKind(m: Measure): PeriodKind {
  if (m.frequency === 'monthly') return 'month';
  if (m.frequency === 'quarterly') return 'financial-quarter';
  return ({ financial: 'financial-year', academic: 'academic-year', calendar: 'calendar-year' } as const)[
    m.yearKind
  ];
}

function scale(m: Measure): number {
  return m.unit === 'percent' ? 100 : (m.ratePer ?? 1);
}

function rounded(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

// The default seed, and two others: the rules must hold whatever the figures turn out to be.
describe.each([20150401, 1, 987654321])('demo bundle integrity (seed %i)', (seed) => {
  const bundle = buildDemoCouncil(seed);
  const people = new Set(bundle.people.map((p) => p.id));
  const units = new Set(bundle.orgUnits.map((u) => u.id));
  const items = new Set(bundle.strategyItems.map((i) => i.id));
  const areas = new Set(bundle.areas.map((a) => a.code));
  const groups = new Map(bundle.areaGroups.map((g) => [g.id, g]));
  const measures = new Map(bundle.measures.map((m) => [m.id, m]));
  const wards = bundle.areas.filter((a) => a.kind === 'ward').map((a) => a.code);

  it('resolves every reference to a person, unit, strategy item, measure, area or group', () => {
    const ok = (set: Set<string>, id: string | null) => id === null || set.has(id);
    for (const u of bundle.orgUnits) expect(ok(units, u.parentId), u.id).toBe(true);
    for (const i of bundle.strategyItems) {
      expect(ok(items, i.parentId) && ok(people, i.ownerId) && ok(units, i.orgUnitId), i.id).toBe(true);
    }
    for (const m of bundle.measures) {
      expect(ok(people, m.ownerId) && ok(units, m.orgUnitId), m.id).toBe(true);
      expect(m.comparatorGroupId === null || groups.has(m.comparatorGroupId), m.id).toBe(true);
      for (const s of m.strategyItemIds) expect(items.has(s), `${m.id} → ${s}`).toBe(true);
    }
    for (const a of bundle.areas) expect(ok(areas, a.parentCode), a.code).toBe(true);
    for (const g of bundle.areaGroups) for (const c of g.memberCodes) expect(areas.has(c), c).toBe(true);
    for (const v of [...bundle.values, ...bundle.targets, ...bundle.commentary]) {
      expect(measures.has(v.measureId), v.measureId).toBe(true);
    }
    for (const v of bundle.values) expect(areas.has(v.areaCode), v.areaCode).toBe(true);
    for (const c of bundle.commentary) expect(ok(people, c.authorId)).toBe(true);
    for (const a of bundle.actions) {
      expect(ok(people, a.responsiblePersonId), a.id).toBe(true);
      for (const s of a.strategyItemIds) expect(items.has(s), `${a.id} → ${s}`).toBe(true);
      for (const m of a.measureIds) expect(measures.has(m), `${a.id} → ${m}`).toBe(true);
    }
    for (const r of bundle.risks) {
      expect(ok(people, r.ownerId), r.id).toBe(true);
      for (const s of r.strategyItemIds) expect(items.has(s), `${r.id} → ${s}`).toBe(true);
    }
  });

  it('writes every period canonically, of the kind the measure’s frequency calls for', () => {
    for (const row of [...bundle.values, ...bundle.targets, ...bundle.commentary]) {
      const parsed = parsePeriod(row.period);
      expect(parsed.ok, row.period).toBe(true);
      if (parsed.ok)
        expect(parsed.period.kind, `${row.measureId} ${row.period}`).toBe(
          expectedKind(measures.get(row.measureId)!),
        );
    }
  });

  it('has one figure per measure, period and area, one target and one commentary per measure and period', () => {
    const unique = (keys: string[]) => expect(new Set(keys).size).toBe(keys.length);
    unique(bundle.values.map((v) => `${v.measureId}|${v.period}|${v.areaCode}`));
    unique(bundle.targets.map((t) => `${t.measureId}|${t.period}`));
    unique(bundle.commentary.map((c) => `${c.measureId}|${c.period}`));
  });

  it('has no NaN or infinite number anywhere', () => {
    const walk = (x: unknown, path: string): void => {
      if (typeof x === 'number') expect(Number.isFinite(x), path).toBe(true);
      else if (Array.isArray(x)) x.forEach((y, i) => walk(y, `${path}[${i}]`));
      else if (x !== null && typeof x === 'object')
        for (const [k, y] of Object.entries(x)) walk(y, `${path}.${k}`);
    };
    walk(bundle, 'bundle');
  });

  it('keeps percentages within 0–100 and a proportion’s numerator within its denominator', () => {
    for (const v of bundle.values) {
      const m = measures.get(v.measureId)!;
      if (m.unit !== 'percent' || v.value === null) continue;
      expect(v.value >= 0 && v.value <= 100, `${v.measureId} ${v.period} ${v.areaCode}`).toBe(true);
      if (v.numerator !== null && v.denominator !== null)
        expect(v.numerator).toBeLessThanOrEqual(v.denominator);
    }
  });

  it('gives every percentage and rate its numerator and denominator', () => {
    for (const v of bundle.values) {
      const m = measures.get(v.measureId)!;
      if (m.unit !== 'percent' && m.unit !== 'rate') continue;
      expect(v.numerator !== null && v.denominator !== null, `${v.measureId} ${v.period} ${v.areaCode}`).toBe(
        true,
      );
    }
  });

  it('rounds each figure to its measure’s decimals, agreeing with its numerator and denominator', () => {
    for (const v of bundle.values) {
      const m = measures.get(v.measureId)!;
      const where = `${v.measureId} ${v.period} ${v.areaCode}`;
      expect(v.value, where).not.toBeNull();
      expect(v.value, where).toBe(rounded(v.value!, m.decimals));
      if (v.numerator !== null && v.denominator !== null && m.formula === null) {
        expect(v.denominator, where).toBeGreaterThan(0);
        expect(v.value, where).toBe(rounded((v.numerator / v.denominator) * scale(m), m.decimals));
      }
    }
  });

  it('builds the city’s figure from its wards: counts add up, rates are a ratio of summed parts', () => {
    const byKey = new Map<string, MeasureValue[]>();
    for (const v of bundle.values) {
      const key = `${v.measureId}|${v.period}`;
      byKey.set(key, [...(byKey.get(key) ?? []), v]);
    }
    let checked = 0;
    for (const m of bundle.measures.filter((x) => x.byWard)) {
      for (const [key, rows] of byKey) {
        if (!key.startsWith(`${m.id}|`)) continue;
        const city = rows.find((r) => r.areaCode === AUTHORITY_CODE)!;
        const parts = rows.filter((r) => wards.includes(r.areaCode));
        expect(parts, key).toHaveLength(20);
        const sum = (pick: (r: MeasureValue) => number | null) =>
          parts.reduce((t, r) => t + (pick(r) ?? 0), 0);
        if (m.aggregation === 'sum') {
          expect(city.value, key).toBe(
            rounded(
              sum((r) => r.value),
              m.decimals,
            ),
          );
        } else {
          expect(city.numerator, key).toBe(sum((r) => r.numerator));
          expect(city.denominator, key).toBe(sum((r) => r.denominator));
          expect(city.value, key).toBe(rounded((city.numerator! / city.denominator!) * scale(m), m.decimals));
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(200);
  });

  it('gives national indicators England, West Midlands and all 15 neighbours’ figures', () => {
    const neighbours = groups.get('NN-CIPFA')!.memberCodes;
    for (const m of bundle.measures.filter((x) => x.category === 'national')) {
      const periods = new Set(bundle.values.filter((v) => v.measureId === m.id).map((v) => v.period));
      for (const period of periods) {
        const present = new Set(
          bundle.values.filter((v) => v.measureId === m.id && v.period === period).map((v) => v.areaCode),
        );
        for (const code of [AUTHORITY_CODE, ENGLAND, WEST_MIDLANDS, ...neighbours]) {
          expect(present.has(code), `${m.id} ${period} ${code}`).toBe(true);
        }
      }
    }
  });

  it('leaves a few figures of the latest period missing, as late data, and marks some provisional', () => {
    const latest = (m: Measure) =>
      m.frequency === 'monthly' ? '2018-03' : m.frequency === 'quarterly' ? '2017/18-Q4' : null;
    const late = bundle.measures.filter((m) => {
      const period = latest(m);
      return period !== null && !bundle.values.some((v) => v.measureId === m.id && v.period === period);
    });
    expect(late.length).toBeGreaterThanOrEqual(3);
    expect(late.length).toBeLessThanOrEqual(10);
    expect(bundle.values.some((v) => v.status === 'provisional')).toBe(true);
    expect(bundle.values.filter((v) => v.period === '2015-04').every((v) => v.status === 'final')).toBe(true);
    expect(bundle.values.filter((v) => v.qualityFlag !== null).length).toBeGreaterThanOrEqual(5);
  });

  it('sets targets for most measures, bands for within-band ones, and none for neutral ones', () => {
    const withTargets = new Set(bundle.targets.map((t) => t.measureId));
    expect(withTargets.size / bundle.measures.length).toBeGreaterThan(0.6);
    for (const t of bundle.targets) {
      const m = measures.get(t.measureId)!;
      expect(m.polarity, t.measureId).not.toBe('neutral');
      if (m.polarity === 'within-band') expect(t.lower! < t.upper!, t.measureId).toBe(true);
      else expect(t.value, t.measureId).not.toBeNull();
    }
    expect(bundle.targets.some((t) => t.tolerance !== null)).toBe(true);
  });

  it('has commentary on the latest two quarters of Corporate Plan measures', () => {
    const plan = bundle.measures.filter((m) => m.category === 'corporate-plan');
    for (const m of plan) {
      const notes = bundle.commentary.filter((c) => c.measureId === m.id);
      expect(notes.length, m.id).toBeGreaterThanOrEqual(1);
      for (const c of notes) {
        expect(c.summary.length).toBeGreaterThan(20);
        expect(c.reasons).toBeTruthy();
        expect(c.nextSteps).toBeTruthy();
      }
    }
    expect(bundle.commentary.some((c) => c.summary.includes('off target'))).toBe(true);
  });
});
