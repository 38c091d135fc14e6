/** Expands the catalogue's short specifications into full measures, with their methodology. */
import type { Aggregation, Measure, Unit } from '../domain/measure.js';
import { NEAREST_NEIGHBOURS_GROUP } from './areas.js';
import type { MeasureSpec } from './measure-spec.js';
import type { DemoOrganisation } from './organisation.js';
import { teamPlanId } from './strategy.js';

const DEFAULT_AGGREGATION: Record<Unit, Aggregation> = {
  number: 'sum',
  currency: 'sum',
  percent: 'ratio',
  rate: 'ratio',
  ratio: 'ratio',
  days: 'mean',
  score: 'mean',
};

const DEFAULT_DECIMALS: Record<Unit, number> = {
  number: 0,
  currency: 0,
  percent: 1,
  rate: 1,
  ratio: 2,
  days: 1,
  score: 1,
};

const DEFAULT_LAG = { monthly: 15, quarterly: 30, annual: 90 } as const;

export function aggregationOf(spec: MeasureSpec): Aggregation {
  return spec.aggregation ?? (spec.figures?.cumulative === true ? 'latest' : DEFAULT_AGGREGATION[spec.unit]);
}

export function decimalsOf(spec: MeasureSpec): number {
  return spec.decimals ?? DEFAULT_DECIMALS[spec.unit];
}

/** What a ratio's numerator ÷ denominator is multiplied by: 100 for percentages, N for rates per N. */
export function scaleOf(spec: Pick<MeasureSpec, 'unit' | 'ratePer'>): number {
  if (spec.unit === 'percent') return 100;
  return spec.ratePer ?? 1;
}

function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function defaultCalculation(spec: MeasureSpec, aggregation: Aggregation): string {
  if (spec.formula !== undefined) {
    return `Calculated from other measures: ${spec.formula.text}. Not entered directly.`;
  }
  const dp = decimalsOf(spec);
  const rounding = `Rounded to ${dp} decimal place${dp === 1 ? '' : 's'}.`;
  const scale = scaleOf(spec);
  const times = scale === 1 ? '' : ` × ${grouped(scale)}`;
  const whole = spec.byWard === true ? ' The city figure is built from the ward figures.' : '';
  if (spec.figures?.cumulative === true) {
    return `Year to date: numerator ÷ denominator${times}, building up from April to March; a quarter or year takes its last month. ${rounding}`;
  }
  switch (aggregation) {
    case 'ratio':
      return `Numerator ÷ denominator${times}. Longer periods and the whole city use the sum of numerators over the sum of denominators.${whole} ${rounding}`;
    case 'sum':
      return `A count for the period; longer periods add up their months or quarters.${whole}`;
    case 'mean':
      return `The average for the period; longer periods take the mean of their periods. ${rounding}`;
    case 'latest':
      return `The position on the last day of the period; a longer period takes its last figure. ${rounding}`;
  }
}

function strategyLinks(spec: MeasureSpec): string[] {
  const links = [...spec.links];
  // Service-level measures also evidence the team plan of the team that produces them.
  if (spec.unitId.startsWith('TEAM-') && spec.category !== 'corporate-plan' && spec.category !== 'national') {
    links.push(teamPlanId(spec.unitId));
  }
  return [...new Set(links)];
}

function defaultTolerance(spec: MeasureSpec): { tolerance: number; kind: 'absolute' | 'relative' } {
  if (spec.tolerance !== undefined)
    return { tolerance: spec.tolerance, kind: spec.toleranceKind ?? 'relative' };
  const level = spec.figures?.level ?? 0;
  if (spec.unit === 'percent' && level >= 20) return { tolerance: 2, kind: 'absolute' };
  return { tolerance: 0.05, kind: 'relative' };
}

export function toMeasure(spec: MeasureSpec, org: DemoOrganisation): Measure {
  const aggregation = aggregationOf(spec);
  const ratio = aggregation === 'ratio' || spec.numerator !== undefined;
  const { tolerance, kind } = defaultTolerance(spec);
  return {
    id: spec.id,
    title: spec.title,
    methodology: {
      definition: spec.definition,
      numerator: ratio ? (spec.numerator ?? null) : null,
      denominator: ratio ? (spec.denominator ?? null) : null,
      sourceSystem: spec.source,
      calculation: spec.calculation ?? defaultCalculation(spec, aggregation),
      caveats: spec.caveats ?? null,
    },
    unit: spec.unit,
    ratePer: spec.unit === 'rate' ? (spec.ratePer ?? null) : null,
    polarity: spec.polarity,
    frequency: spec.frequency,
    yearKind: spec.yearKind ?? 'financial',
    aggregation,
    decimals: decimalsOf(spec),
    category: spec.category,
    nationalReference: spec.nationalReference ?? null,
    ownerId: org.leaderOf(spec.unitId),
    orgUnitId: spec.unitId,
    byWard: spec.byWard === true,
    comparatorGroupId: spec.compare === undefined ? null : NEAREST_NEIGHBOURS_GROUP,
    formula: spec.formula?.text ?? null,
    tolerance: spec.polarity === 'neutral' ? null : tolerance,
    toleranceKind: kind,
    dueLagDays: spec.dueLagDays ?? DEFAULT_LAG[spec.frequency],
    isPublic: spec.isPublic ?? (spec.category === 'national' || spec.category === 'ward'),
    state: 'active',
    strategyItemIds: strategyLinks(spec),
  };
}
