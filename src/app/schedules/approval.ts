/**
 * Whether a period's figures are all approved: the figures for the authority whose period lies
 * within the period reported (a quarter's own figures and its months'), for the measures the report
 * is about. A scheduled report waits on these, or goes out marked provisional.
 */
import { subtreeOf } from '../../domain/access/roles.js';
import {
  formatPeriod,
  monthsOf,
  parsePeriod,
  periodContains,
  enclosingPeriod,
  PERIOD_KINDS,
} from '../../domain/period.js';
import type { Store } from '../../store/connect.js';
import { listMeasures } from '../../store/measures.js';
import { listOrgUnits } from '../../store/organisation.js';
import { AUTHORITY_CODE, getSetting } from '../../store/settings.js';
import { signoffStates } from '../../store/signoff.js';
import { currentValues, valueKey } from '../../store/values.js';

/** The canonical texts of the period and every period of any kind that lies within it. */
export function periodsWithin(periodText: string): string[] {
  const parsed = parsePeriod(periodText);
  if (!parsed.ok) return [periodText];
  const found = new Set<string>([formatPeriod(parsed.period)]);
  for (const month of monthsOf(parsed.period)) {
    for (const kind of PERIOD_KINDS) {
      const inner = enclosingPeriod(month, kind);
      if (periodContains(parsed.period, inner)) found.add(formatPeriod(inner));
    }
  }
  return [...found];
}

export interface ApprovalScope {
  period: string;
  orgUnitId: string | null;
  personId: string | null;
}

/** How many current figures for the period (within the scope) are not approved yet. */
export async function unapprovedFigures(store: Store, scope: ApprovalScope): Promise<number> {
  const authority = (await getSetting(store.db, AUTHORITY_CODE)) ?? '';
  const measures = await listMeasures(store.db);
  const units = scope.orgUnitId === null ? null : subtreeOf(await listOrgUnits(store.db), scope.orgUnitId);
  const inScope = measures.filter(
    (m) =>
      (units === null || (m.orgUnitId !== null && units.has(m.orgUnitId))) &&
      (scope.personId === null || m.ownerId === scope.personId),
  );
  if (inScope.length === 0) return 0;
  const figures = await currentValues(store.db, {
    measureIds: inScope.map((m) => m.id),
    areaCodes: [authority],
    periods: periodsWithin(scope.period),
  });
  const states = await signoffStates(store.db, figures);
  return figures.filter((f) => states.get(valueKey(f)) !== 'approved').length;
}
