/** From request bodies to the catalogue's use cases: blank text is "none", left-out fields take defaults. */
import type { MeasureEdit, NewMeasure } from '../../app/catalogue/measures.js';
import type { StrategyEdit } from '../../app/catalogue/strategy.js';
import type { Aggregation, Unit } from '../../domain/measure.js';
import type { StrategyItem } from '../../domain/strategy.js';
import { blankToNull } from './fields.js';
import type { MeasureEditBody, NewMeasureBody, NewStrategyItemBody, StrategyEditBody } from './schema.js';

/** Counts add up over periods and wards; shares, rates and scores are averaged unless told otherwise. */
const DEFAULT_AGGREGATION: Record<Unit, Aggregation> = {
  number: 'sum',
  currency: 'sum',
  days: 'mean',
  percent: 'mean',
  rate: 'mean',
  ratio: 'mean',
  score: 'mean',
};

const text = (t: string | null | undefined) => blankToNull(t) ?? null;

export function newMeasureOf(b: NewMeasureBody): NewMeasure {
  return {
    id: b.id,
    title: b.title.trim(),
    methodology: {
      definition: b.methodology.definition.trim(),
      numerator: text(b.methodology.numerator),
      denominator: text(b.methodology.denominator),
      sourceSystem: text(b.methodology.sourceSystem),
      calculation: text(b.methodology.calculation),
      caveats: text(b.methodology.caveats),
    },
    unit: b.unit,
    ratePer: b.ratePer ?? null,
    polarity: b.polarity,
    frequency: b.frequency,
    yearKind: b.yearKind ?? 'financial',
    aggregation: b.aggregation ?? DEFAULT_AGGREGATION[b.unit],
    decimals: b.decimals ?? 0,
    category: b.category,
    nationalReference: text(b.nationalReference),
    ownerId: b.ownerId ?? null,
    orgUnitId: b.orgUnitId ?? null,
    byWard: b.byWard ?? false,
    comparatorGroupId: b.comparatorGroupId ?? null,
    formula: text(b.formula),
    tolerance: b.tolerance ?? null,
    toleranceKind: b.toleranceKind ?? 'absolute',
    dueLagDays: b.dueLagDays ?? 30,
    isPublic: b.isPublic ?? false,
    strategyItemIds: b.strategyItemIds ?? [],
  };
}

/** Only the fields the body names are changed; a named text field left blank becomes null. */
export function measureEditOf(b: MeasureEditBody): MeasureEdit {
  const edit: MeasureEdit = {};
  const { methodology, title, nationalReference, formula, reason, ...rest } = b;
  for (const [key, value] of Object.entries(rest)) {
    if (value !== undefined) (edit as Record<string, unknown>)[key] = value;
  }
  if (title !== undefined) edit.title = title.trim();
  if (nationalReference !== undefined) edit.nationalReference = text(nationalReference);
  if (formula !== undefined) edit.formula = text(formula);
  if (reason !== undefined) edit.reason = text(reason);
  if (methodology) {
    edit.methodology = {};
    for (const [key, value] of Object.entries(methodology)) {
      if (value === undefined) continue;
      const cleaned = key === 'definition' ? (value ?? '').trim() : text(value);
      (edit.methodology as Record<string, unknown>)[key] = cleaned;
    }
  }
  return edit;
}

export function newItemOf(b: NewStrategyItemBody): StrategyItem {
  return {
    id: b.id,
    kind: b.kind,
    title: b.title.trim(),
    description: text(b.description),
    parentId: b.parentId,
    ownerId: b.ownerId ?? null,
    orgUnitId: b.orgUnitId ?? null,
    startDate: b.startDate ?? null,
    endDate: b.endDate ?? null,
    rollupRule: b.rollupRule ?? 'worst',
    weight: b.weight ?? 1,
  };
}

export function itemEditOf(b: StrategyEditBody): StrategyEdit {
  const edit: StrategyEdit = {};
  for (const [key, value] of Object.entries(b)) {
    if (value === undefined) continue;
    (edit as Record<string, unknown>)[key] =
      key === 'title' ? String(value).trim() : key === 'description' ? text(value as string | null) : value;
  }
  return edit;
}
