import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/store-fixture.js';
import { loadDemoIfEmpty } from '../demo-council.js';
import { balancedScorecard, type ScorecardReader } from './balanced-scorecard.js';
import { DEMO_ARRANGED_PLAN } from './demo.js';

const everyone: ScorecardReader = {
  canSeeMeasure: () => true,
  visibleItems: (items) => new Set(items.map((i) => i.id)),
};
const options = { asAt: '2017/18-Q4', today: '2018-05-20', approvedOnly: false };

describe.each(DIALECTS)("the demo council's balanced scorecards on %s", (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    await loadDemoIfEmpty(database.store, new Date('2026-11-26T02:00:00Z'));
  }, 120_000);
  afterAll(() => database?.drop());

  it('fills the Corporate Plan’s default perspectives with every one of its measures, none left over', async () => {
    const scorecard = await balancedScorecard(database.store, 'CP', everyone, options);
    expect(scorecard.setting).toBeNull();
    expect(scorecard.perspectives.map((p) => p.name)).toEqual([
      'Residents and customers',
      'Finance and value for money',
      'Internal processes and delivery',
      'People and learning',
    ]);
    for (const p of scorecard.perspectives) expect(p.measures.length, p.name).toBeGreaterThan(0);
    expect(scorecard.unplaced).toBeNull();
    const placed = scorecard.perspectives.reduce((n, p) => n + p.measures.length, 0);
    const counted = Object.values(scorecard.counts).reduce((a, b) => a + b, 0);
    expect(counted).toBe(placed);
    expect(placed).toBe(150);
  });

  it('shows the Place Directorate Plan in the perspectives the demo council set for it', async () => {
    const scorecard = await balancedScorecard(database.store, DEMO_ARRANGED_PLAN, everyone, options);
    expect(scorecard.setting).toMatchObject({ version: 1, changedBy: 'golden-thread demo' });
    expect(scorecard.perspectives.map((p) => p.name)).toEqual([
      'Residents and neighbourhoods',
      'Money and value',
      'Getting things done',
      'Our people',
    ]);
    expect(scorecard.perspectives[0]!.measures.length).toBeGreaterThan(0);
    expect(scorecard.unplaced).toBeNull();
  });
});
