/**
 * The validation settings each measure has been given and the rules across measures, both kept as
 * versions (the tables are append-only): the current one is the latest.
 */
import type { Kysely } from 'kysely';
import {
  RULE_SETTINGS,
  VALIDATION_RULES,
  type CrossMeasureRule,
  type RuleOperator,
  type RuleSetting,
  type Severity,
  type ValidationRule,
  type ValidationSettingsChange,
} from '../domain/validation/index.js';
import { chunks } from './chunks.js';
import type { Database } from './database.js';
import { flag, toFlag } from './dialect.js';
import { valueKey } from './values.js';

export interface Changed {
  by: string;
  at: string;
}

export interface StoredMeasureValidation {
  measureId: string;
  /** What the measure changes from its unit's defaults: stored whole, so every field is given. */
  settings: Required<Omit<ValidationSettingsChange, 'severity'>> & {
    severity: Partial<Record<ValidationRule, RuleSetting>>;
  };
  by: string;
  at: string;
}

function severitiesOf(json: string): Partial<Record<ValidationRule, RuleSetting>> {
  const parsed = JSON.parse(json) as Record<string, unknown>;
  const out: Partial<Record<ValidationRule, RuleSetting>> = {};
  for (const rule of VALIDATION_RULES) {
    const value = parsed[rule];
    if (typeof value === 'string' && (RULE_SETTINGS as readonly string[]).includes(value)) {
      out[rule] = value as RuleSetting;
    }
  }
  return out;
}

/** The current settings of each measure that has any, by measure code; all measures when `ids` is left out. */
export async function measureValidations(
  db: Kysely<Database>,
  ids?: readonly string[],
): Promise<Map<string, StoredMeasureValidation>> {
  const found = new Map<string, StoredMeasureValidation>();
  const groups = ids === undefined ? [undefined] : chunks(ids, 1);
  for (const group of groups) {
    if (group !== undefined && group.length === 0) continue;
    let query = db.selectFrom('measure_validation').selectAll().orderBy('id');
    if (group !== undefined) query = query.where('measure_id', 'in', group);
    for (const r of await query.execute()) {
      found.set(r.measure_id, {
        measureId: r.measure_id,
        settings: {
          minimum: r.minimum,
          maximum: r.maximum,
          outlierThreshold: r.outlier_threshold,
          jumpShare: r.jump_share,
          severity: severitiesOf(r.severities),
        },
        by: r.changed_by,
        at: r.changed_at,
      });
    }
  }
  return found;
}

export async function saveMeasureValidation(
  db: Kysely<Database>,
  measureId: string,
  settings: StoredMeasureValidation['settings'],
  change: Changed,
): Promise<void> {
  await db
    .insertInto('measure_validation')
    .values({
      measure_id: measureId,
      minimum: settings.minimum,
      maximum: settings.maximum,
      outlier_threshold: settings.outlierThreshold,
      jump_share: settings.jumpShare,
      severities: JSON.stringify(settings.severity),
      changed_by: change.by,
      changed_at: change.at,
    })
    .execute();
}

export interface StoredRule extends CrossMeasureRule {
  by: string;
  at: string;
}

/** The current version of every rule across measures (switched-off ones too), by code. */
export async function listCrossMeasureRules(db: Kysely<Database>): Promise<StoredRule[]> {
  const rows = await db.selectFrom('validation_rule').selectAll().orderBy('id').execute();
  const latest = new Map<string, StoredRule>();
  for (const r of rows) {
    latest.set(r.rule_id, {
      id: r.rule_id,
      name: r.name,
      left: r.left_side,
      operator: r.operator as RuleOperator,
      right: r.right_side,
      importance: r.importance as Severity,
      active: flag(r.active),
      by: r.changed_by,
      at: r.changed_at,
    });
  }
  return [...latest.values()].sort((a, b) => a.id.localeCompare(b.id));
}

export async function saveCrossMeasureRule(
  db: Kysely<Database>,
  rule: CrossMeasureRule,
  change: Changed,
): Promise<void> {
  await db
    .insertInto('validation_rule')
    .values({
      rule_id: rule.id,
      name: rule.name,
      left_side: rule.left,
      operator: rule.operator,
      right_side: rule.right,
      importance: rule.importance,
      active: toFlag(rule.active),
      changed_by: change.by,
      changed_at: change.at,
    })
    .execute();
}

export interface ValueWarning {
  measureId: string;
  period: string;
  areaCode: string;
  version: number;
  rule: string;
  message: string;
  at: string;
}

/** Records warnings found on figure versions that were recorded anyway. */
export async function recordValueWarnings(
  db: Kysely<Database>,
  warnings: readonly ValueWarning[],
): Promise<void> {
  for (const chunk of chunks(warnings, 7)) {
    if (chunk.length === 0) continue;
    await db
      .insertInto('value_warning')
      .values(
        chunk.map((w) => ({
          measure_id: w.measureId,
          period: w.period,
          area_code: w.areaCode,
          version: w.version,
          rule: w.rule,
          message: w.message,
          found_at: w.at,
        })),
      )
      .execute();
  }
}

/** The warnings on one figure, every version, oldest first. */
export async function valueWarnings(
  db: Kysely<Database>,
  key: { measureId: string; period: string; areaCode: string },
): Promise<ValueWarning[]> {
  const rows = await db
    .selectFrom('value_warning')
    .selectAll()
    .where('measure_id', '=', key.measureId)
    .where('area_code', '=', key.areaCode)
    .where('period', '=', key.period)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    measureId: r.measure_id,
    period: r.period,
    areaCode: r.area_code,
    version: r.version,
    rule: r.rule,
    message: r.message,
    at: r.found_at,
  }));
}

/** The figures (by `valueKey`) of these measures whose current version has validation warnings. */
export async function figuresWithWarnings(
  db: Kysely<Database>,
  measureIds: readonly string[],
): Promise<Set<string>> {
  const found = new Set<string>();
  for (const chunk of chunks(measureIds, 1)) {
    if (chunk.length === 0) continue;
    const rows = await db
      .selectFrom('value_warning as w')
      .select(['w.measure_id', 'w.area_code', 'w.period'])
      .distinct()
      .where('w.measure_id', 'in', chunk)
      .where(({ eb, selectFrom }) =>
        eb(
          'w.version',
          '=',
          selectFrom('value_version as v')
            .select(({ fn }) => fn.max('v.version').as('latest'))
            .whereRef('v.measure_id', '=', 'w.measure_id')
            .whereRef('v.area_code', '=', 'w.area_code')
            .whereRef('v.period', '=', 'w.period'),
        ),
      )
      .execute();
    for (const r of rows)
      found.add(valueKey({ measureId: r.measure_id, areaCode: r.area_code, period: r.period }));
  }
  return found;
}
