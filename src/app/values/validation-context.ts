/**
 * What the validation rules need to know about a figure's surroundings, read from the store: the
 * measure's earlier figures for the same area, the last period's figure, and its RAG status
 * against this period's target.
 */
import type { Kysely } from 'kysely';
import type { MeasureValue } from '../../domain/figures.js';
import type { Measure } from '../../domain/measure.js';
import { comparePeriods, formatPeriod, parsePeriod, previousPeriod } from '../../domain/period.js';
import { ragStatus } from '../../domain/status/index.js';
import { HISTORY_KEPT, type ValidationContext } from '../../domain/validation/index.js';
import { currentCommentary } from '../../store/commentary.js';
import type { Database } from '../../store/database.js';
import { AUTHORITY_CODE, getSetting } from '../../store/settings.js';
import { currentTargets } from '../../store/targets.js';
import { currentValues } from '../../store/values.js';

export interface FigureSurroundings {
  context: ValidationContext;
  /** Whether the period already has commentary, which explains a red figure as well as a note. */
  hasPeriodCommentary: boolean;
}

export async function figureSurroundings(
  db: Kysely<Database>,
  measure: Measure,
  figure: MeasureValue,
  today: string,
): Promise<FigureSurroundings> {
  const own = parsePeriod(figure.period);
  if (!own.ok) throw new Error(`figureSurroundings needs a canonical period, not "${figure.period}"`);
  const before = previousPeriod(own.period);
  const earlier = (await currentValues(db, { measureIds: [measure.id], areaCodes: [figure.areaCode] }))
    .map((v) => ({ v, p: parsePeriod(v.period) }))
    .filter(
      (x) => x.p.ok && x.p.period.kind === own.period.kind && comparePeriods(x.p.period, own.period) < 0,
    );
  const history = earlier
    .sort((a, b) => (a.p.ok && b.p.ok ? comparePeriods(a.p.period, b.p.period) : 0))
    .flatMap((x) => (x.v.value === null ? [] : [x.v.value]))
    .slice(-HISTORY_KEPT);
  const previous = earlier.find((x) => x.v.period === formatPeriod(before))?.v.value ?? null;

  // Targets and commentary are the authority's own, so only its figure is judged red against them.
  const authority = await getSetting(db, AUTHORITY_CODE);
  const ownFigure = authority === null || authority === figure.areaCode;
  const target = ownFigure
    ? ((await currentTargets(db, [measure.id])).find((t) => t.period === figure.period) ?? null)
    : null;
  const rag = target
    ? ragStatus({
        value: figure.value,
        target: target.value,
        lower: target.lower,
        upper: target.upper,
        polarity: measure.polarity,
        tolerance: target.tolerance ?? measure.tolerance,
        toleranceKind: measure.toleranceKind,
        unit: measure.unit,
        decimals: measure.decimals,
        ratePer: measure.ratePer,
        today,
      }).status
    : null;
  const commentary = await currentCommentary(db, measure.id);
  return {
    context: { isProportion: measure.unit === 'percent', rag, history, previous },
    hasPeriodCommentary: commentary.some((c) => c.period === figure.period),
  };
}
