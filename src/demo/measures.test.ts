import { describe, expect, it } from 'vitest';
import { MEASURE_CATEGORIES, POLARITIES, type Measure } from '../domain/measure.js';
import { buildDemoCouncil } from './index.js';

const bundle = buildDemoCouncil();
const codes = new Set(bundle.measures.map((m) => m.id));
const inCategory = (category: string) => bundle.measures.filter((m) => m.category === category);

describe('demo measure catalogue', () => {
  it('has well over a hundred measures in every category of section 8.3', () => {
    expect(bundle.measures.length).toBeGreaterThanOrEqual(130);
    for (const category of MEASURE_CATEGORIES)
      expect(inCategory(category).length, category).toBeGreaterThanOrEqual(5);
    expect(codes.size).toBe(bundle.measures.length);
  });

  it('uses every polarity, every frequency and every kind of year', () => {
    for (const polarity of POLARITIES) {
      expect(bundle.measures.filter((m) => m.polarity === polarity).length, polarity).toBeGreaterThanOrEqual(
        3,
      );
    }
    expect(new Set(bundle.measures.map((m) => m.frequency))).toEqual(
      new Set(['monthly', 'quarterly', 'annual']),
    );
    expect(new Set(bundle.measures.map((m) => m.yearKind))).toEqual(
      new Set(['financial', 'academic', 'calendar']),
    );
  });

  it('combines figures in a way that suits the unit', () => {
    for (const m of bundle.measures) {
      if (m.unit === 'percent' || m.unit === 'rate')
        expect(['ratio', 'latest'], m.id).toContain(m.aggregation);
      if (m.aggregation === 'ratio' && m.formula === null) {
        expect(m.methodology.numerator, m.id).not.toBeNull();
        expect(m.methodology.denominator, m.id).not.toBeNull();
      }
      if (m.unit === 'rate') expect(m.ratePer, m.id).toBeGreaterThan(1);
      else expect(m.ratePer, m.id).toBeNull();
    }
    const counts = bundle.measures.filter((m) => m.unit === 'number' && m.aggregation === 'sum');
    expect(counts.length).toBeGreaterThanOrEqual(10);
    expect(bundle.measures.some((m) => m.aggregation === 'mean')).toBe(true);
    expect(bundle.measures.some((m) => m.aggregation === 'latest')).toBe(true);
  });

  it('documents the methodology of every measure', () => {
    for (const m of bundle.measures) {
      expect(m.methodology.definition.length, m.id).toBeGreaterThan(30);
      expect(m.methodology.sourceSystem, m.id).toBeTruthy();
      expect(m.methodology.calculation, m.id).toBeTruthy();
      expect(m.ownerId, m.id).not.toBeNull();
      expect(m.orgUnitId, m.id).not.toBeNull();
      expect(m.strategyItemIds.length, m.id).toBeGreaterThan(0);
    }
  });

  it('benchmarks national indicators against the nearest neighbours and breaks ward data down by ward', () => {
    for (const m of inCategory('national')) expect(m.comparatorGroupId, m.id).toBe('NN-CIPFA');
    for (const m of inCategory('ward')) expect(m.byWard, m.id).toBe(true);
    // A ward figure must add up to the city's, so only sums and ratios of sums can be broken down.
    for (const m of bundle.measures.filter((x) => x.byWard))
      expect(['sum', 'ratio'], m.id).toContain(m.aggregation);
  });

  it('has a few calculated measures whose formulas name existing measures', () => {
    const calculated = bundle.measures.filter((m): m is Measure & { formula: string } => m.formula !== null);
    expect(calculated.length).toBeGreaterThanOrEqual(3);
    for (const m of calculated) {
      const references = m.formula.match(/[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+/g) ?? [];
      expect(references.length, m.id).toBeGreaterThan(0);
      for (const code of references) expect(codes.has(code), `${m.id} → ${code}`).toBe(true);
    }
  });

  it('includes the Looked After Children measures the framework names', () => {
    const lac = bundle.measures.filter((m) => /Looked After Children/i.test(m.title));
    expect(lac.length).toBeGreaterThanOrEqual(3);
    expect(lac.some((m) => m.category === 'corporate-plan')).toBe(true);
  });

  it('publishes some measures and keeps others internal', () => {
    const published = bundle.measures.filter((m) => m.isPublic).length;
    expect(published).toBeGreaterThan(20);
    expect(published).toBeLessThan(bundle.measures.length);
  });
});
