/**
 * Setting and withdrawing a measure's targets. Each is a new version of that period's target, with
 * who, when and why; nothing earlier is changed, and the audit trail records each change.
 */
import { UserError } from '../../domain/errors.js';
import type { Target } from '../../domain/figures.js';
import type { Measure } from '../../domain/measure.js';
import { comparePeriods, formatPeriod, parsePeriod, period as toPeriod } from '../../domain/period.js';
import { periodKindProblem } from '../../domain/validation/index.js';
import { recordAuditEvent } from '../../store/audit.js';
import type { Store } from '../../store/connect.js';
import { getMeasure } from '../../store/measures.js';
import {
  currentTargets,
  setTarget,
  targetHistory,
  withdrawTarget,
  type TargetVersion,
} from '../../store/targets.js';
import type { CatalogueChange } from './measures.js';
import { refusingRaces } from './same-moment.js';

export interface TargetInput {
  period: string;
  value: number | null;
  lower: number | null;
  upper: number | null;
  tolerance: number | null;
  reason: string;
}

/** A measure's targets: each period's current one (null once withdrawn) and its versions, in time order. */
export interface MeasureTargets {
  measureId: string;
  periods: { period: string; current: Target | null; versions: TargetVersion[] }[];
}

async function measureNamed(store: Store, code: string): Promise<Measure> {
  const measure = await getMeasure(store.db, code);
  if (!measure) throw new UserError('not-found', `There is no measure with code "${code}"`);
  return measure;
}

/** The period in its canonical form, once it suits the measure. */
function periodFor(measure: Measure, text: string): string {
  const parsed = parsePeriod(text);
  if (!parsed.ok) throw new UserError('invalid-input', `period: ${parsed.error}`);
  const wrongKind = periodKindProblem(measure, parsed.period);
  if (wrongKind) throw new UserError('invalid-input', `period: ${wrongKind}`);
  return formatPeriod(parsed.period);
}

function targetProblems(measure: Measure, t: TargetInput): string[] {
  const problems: string[] = [];
  if (measure.polarity === 'within-band') {
    if (t.lower === null || t.upper === null)
      problems.push(
        `lower, upper: ${measure.id} is judged within a band, so its target needs both ends of it`,
      );
  } else if (t.value === null) {
    problems.push(`value: the target is required, in ${measure.unit}, e.g. 66`);
  }
  if (t.lower !== null && t.upper !== null && t.lower > t.upper)
    problems.push(
      `upper: ${t.upper} is below the lower end ${t.lower}; expected an upper end at or above it`,
    );
  if (t.tolerance !== null && t.tolerance < 0)
    problems.push('tolerance: must be zero or more, or empty for the measure’s own');
  if (t.reason.trim() === '')
    problems.push('reason: say why the target is set, e.g. agreed at Cabinet on 3 May');
  return problems;
}

export async function setMeasureTarget(
  store: Store,
  code: string,
  input: TargetInput,
  change: CatalogueChange,
): Promise<MeasureTargets> {
  const measure = await measureNamed(store, code);
  if (measure.state === 'retired')
    throw new UserError('refused', `${code} is retired; reinstate it before setting targets`);
  const period = periodFor(measure, input.period);
  const problems = targetProblems(measure, input);
  if (problems.length > 0) throw new UserError('invalid-input', problems.join('; '));
  const target: Target = {
    measureId: code,
    period,
    value: input.value,
    lower: input.lower,
    upper: input.upper,
    tolerance: input.tolerance,
  };
  await refusingRaces(`The target for ${code} ${period}`, () =>
    store.db.transaction().execute(async (trx) => {
      const before = (await currentTargets(trx, [code])).find((t) => t.period === period) ?? null;
      await setTarget(trx, target, { by: change.by, at: change.at, reason: input.reason.trim() });
      await recordAuditEvent(trx, {
        at: change.at,
        actor: change.by,
        action: 'target-set',
        objectType: 'target',
        objectId: `${code} ${period}`,
        before,
        after: { ...target, reason: input.reason.trim() },
        ip: change.ip ?? null,
      });
    }),
  );
  return measureTargets(store, code);
}

export async function withdrawMeasureTarget(
  store: Store,
  code: string,
  input: { period: string; reason: string },
  change: CatalogueChange,
): Promise<MeasureTargets> {
  const measure = await measureNamed(store, code);
  const period = periodFor(measure, input.period);
  if (input.reason.trim() === '')
    throw new UserError('invalid-input', 'reason: say why the target is withdrawn, e.g. set in error');
  await refusingRaces(`The target for ${code} ${period}`, () =>
    store.db.transaction().execute(async (trx) => {
      const before = (await currentTargets(trx, [code])).find((t) => t.period === period);
      if (!before)
        throw new UserError('not-found', `period: ${code} has no target for ${period} to withdraw`);
      await withdrawTarget(trx, code, period, { by: change.by, at: change.at, reason: input.reason.trim() });
      await recordAuditEvent(trx, {
        at: change.at,
        actor: change.by,
        action: 'target-withdrawn',
        objectType: 'target',
        objectId: `${code} ${period}`,
        before,
        after: { reason: input.reason.trim() },
        ip: change.ip ?? null,
      });
    }),
  );
  return measureTargets(store, code);
}

export async function measureTargets(store: Store, code: string): Promise<MeasureTargets> {
  await measureNamed(store, code);
  const versions = await targetHistory(store.db, code);
  const byPeriod = new Map<string, TargetVersion[]>();
  for (const v of versions) byPeriod.set(v.period, [...(byPeriod.get(v.period) ?? []), v]);
  const periods = [...byPeriod.entries()]
    .map(([period, list]) => {
      const latest = list.at(-1)!;
      const { version: _v, withdrawn: _w, by: _b, at: _a, reason: _r, ...target } = latest;
      return { period, current: latest.withdrawn ? null : target, versions: list };
    })
    .sort((a, b) => comparePeriods(toPeriod(a.period), toPeriod(b.period)));
  return { measureId: code, periods };
}
