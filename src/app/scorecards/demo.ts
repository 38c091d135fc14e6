/**
 * The demo council sets its own perspectives for one plan, the Place Directorate Plan, so that the
 * demo shows a scorecard arranged by a council beside the defaults every other plan has.
 */
import type { CouncilBundle } from '../../domain/council.js';
import type { MeasureCategory } from '../../domain/measure.js';
import { planItemIds, planMeasures, type PerspectiveSetting } from '../../domain/scorecard/perspectives.js';
import { saveScorecardSetting } from '../../store/balanced-scorecards.js';
import type { Store } from '../../store/connect.js';

export const DEMO_ARRANGED_PLAN = 'DP-PLACE';

const PLACE_PERSPECTIVES: { name: string; description: string; categories: MeasureCategory[] }[] = [
  {
    name: 'Residents and neighbourhoods',
    description: 'What residents of each ward see: jobs, homes, streets and the city centre',
    categories: ['ward', 'corporate-plan', 'national', 'local-key'],
  },
  {
    name: 'Money and value',
    description: "The directorate's budgets, income and savings",
    categories: ['finance'],
  },
  {
    name: 'Getting things done',
    description: 'Service plan delivery, quality checks and data quality',
    categories: ['business-plan', 'quality-assurance'],
  },
  {
    name: 'Our people',
    description: 'Attendance, appraisals and learning in Place',
    categories: ['hr'],
  },
];

export async function arrangeDemoScorecard(store: Store, bundle: CouncilBundle, at: string): Promise<void> {
  if (!bundle.strategyItems.some((i) => i.id === DEMO_ARRANGED_PLAN)) return;
  const measures = planMeasures(planItemIds(DEMO_ARRANGED_PLAN, bundle.strategyItems), bundle.measures);
  const perspectives: PerspectiveSetting[] = PLACE_PERSPECTIVES.map((p) => ({
    name: p.name,
    description: p.description,
    measureIds: measures.filter((m) => p.categories.includes(m.category)).map((m) => m.id),
  }));
  await store.db
    .transaction()
    .execute((trx) =>
      saveScorecardSetting(trx, DEMO_ARRANGED_PLAN, 1, perspectives, { by: 'golden-thread demo', at }),
    );
}
