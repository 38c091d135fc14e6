/**
 * Moving a council keeps its Plan–Do–Review–Revise records: the demo council's records exported as
 * JSON and loaded with the council into a fresh database read back the same, on both databases.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_CHANGE } from '../../../test/factories.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/store-fixture.js';
import { buildDemoCouncil } from '../../demo/build.js';
import type { CouncilBundle } from '../../domain/council.js';
import type { PdrrBundle } from '../../domain/pdrr/bundle.js';
import { writeCouncilBundle } from '../../store/bundle.js';
import { listKeyActions } from '../../store/key-actions.js';
import { isEmptyCouncil } from '../../store/organisation.js';
import { readPdrrBundle } from '../../store/pdrr-bundle.js';
import { setRecoveryPeriods } from '../../store/pdrr-settings.js';
import { listRecoveryPlans } from '../../store/recovery-plans.js';
import { listStrategyItems } from '../../store/strategy.js';
import { loadDemoIfEmpty } from '../demo-council.js';
import { exportPdrrRecords } from '../export.js';
import { recordComplaint } from './complaints.js';
import { objectivesOf } from './objectives.js';
import { reviewMeeting } from './review-meetings.js';

const NOW = new Date('2017-11-22T12:00:00Z');

describe.each(DIALECTS)(
  'moving a council’s plan and review records on %s',
  { timeout: 120_000 },
  (dialect) => {
    let from: TestDatabase;
    let to: TestDatabase;
    let exported: PdrrBundle;
    let council: CouncilBundle;

    beforeAll(async () => {
      [from, to] = await Promise.all([createTestDatabase(dialect), createTestDatabase(dialect)]);
      await loadDemoIfEmpty(from.store, NOW);
      // A record made after the demo, with learning, so the export carries people's own changes too.
      await recordComplaint(
        from.store,
        {
          receivedOn: '2017-11-20',
          orgUnitId: 'TEAM-HOMELESS',
          cause: 'communication',
          summary: 'Letter about temporary accommodation was confusing',
          outcome: 'upheld',
          respondedOn: '2017-11-21',
          learning: 'Letters rewritten with tenants',
        },
        { by: 'officer@example.org', at: '2017-11-21T10:00:00.000Z' },
      );
      await setRecoveryPeriods(from.store.db, 3);
      exported = JSON.parse(await exportPdrrRecords(from.store)) as PdrrBundle;
      // The rest of the council as a full export would carry it: objectives are strategy items.
      council = {
        ...buildDemoCouncil(),
        strategyItems: await listStrategyItems(from.store.db),
        pdrr: exported,
      };
    }, 180_000);
    afterAll(async () => {
      await from?.drop();
      await to?.drop();
    });

    it('exports every kind of record', () => {
      for (const table of [
        'action',
        'action_progress',
        'risk',
        'recovery_plan',
        'recovery_plan_escalation',
        'review_meeting',
        'review_pack',
        'review_decision',
        'review_attendance',
        'individual_objective',
        'objective_progress',
        'complaint',
      ])
        expect(exported.tables[table]?.length, table).toBeGreaterThan(0);
      expect(exported.settings).toEqual({ recovery_plan_periods: '3' });
    });

    it('refuses a bundle with a table it does not know, and writes nothing', async () => {
      const bad = { ...exported, tables: { ...exported.tables, payroll: [{ id: 'x' }] } };
      await expect(writeCouncilBundle(to.store.db, { ...council, pdrr: bad }, TEST_CHANGE)).rejects.toThrow(
        /pdrr.tables: "payroll" is not a Plan–Do–Review–Revise table/,
      );
      expect(await isEmptyCouncil(to.store.db)).toBe(true);
    });

    it('loads into a fresh database and reads back the same records', async () => {
      await writeCouncilBundle(to.store.db, council, TEST_CHANGE);
      expect(await readPdrrBundle(to.store.db)).toEqual(exported);
      expect(await listKeyActions(to.store.db)).toEqual(await listKeyActions(from.store.db));
      expect(await listRecoveryPlans(to.store.db)).toEqual(await listRecoveryPlans(from.store.db));
      const meeting = async (t: TestDatabase) => {
        const r = await reviewMeeting(t.store, 'RM-CAB-2017-Q2');
        // Row numbers are the database's own; everything else must match.
        return {
          ...r,
          pack: r?.pack ? { ...r.pack, id: 0 } : null,
          decisions: r?.decisions.map((d) => ({ ...d, id: 0 })),
        };
      };
      const moved = await meeting(to);
      expect(moved.decisions?.length).toBeGreaterThan(0);
      expect(moved.attendance?.length).toBeGreaterThan(0);
      expect(moved).toEqual(await meeting(from));
      expect(await objectivesOf(to.store, 'P073')).toEqual(await objectivesOf(from.store, 'P073'));
    });
  },
);
