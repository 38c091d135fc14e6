import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aSmallCouncil, TEST_CHANGE } from '../../../test/factories.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/store-fixture.js';
import { writeCouncilBundle } from '../../store/bundle.js';
import type { Database } from '../../store/database.js';
import { listKeyActions } from '../../store/key-actions.js';
import { insertReviewMeeting, listDecisions } from '../../store/reviews.js';
import type { KeyActionInput } from './key-actions.js';
import { recordDecision } from './review-meetings.js';

const CHANGE = { by: 'clerk@example.org', at: '2017-11-22T18:00:00.000Z' };

const anAction = (overrides: Partial<KeyActionInput> = {}): KeyActionInput => ({
  title: 'Report on the employment programme to the next meeting',
  responsibleOfficer: 'Strategic Director, Place',
  responsiblePersonId: 'P1',
  anticipatedOutcome: 'Cabinet knows whether the programme is working',
  proposedStartDate: '2017-11-23',
  proposedEndDate: '2018-02-28',
  othersInvolved: null,
  status: 'not-started',
  percentComplete: 0,
  milestones: [],
  strategyItemIds: [],
  measureIds: ['CP-ECO-01'],
  orgUnitId: 'DIR-PLACE',
  ...overrides,
});

/** A real refusal from the database itself, so the second write of the pair fails after the first. */
async function refuseDecisionsSaying(db: Kysely<Database>, dialect: string, text: string) {
  if (dialect === 'sqlite') {
    await sql
      .raw(
        `create trigger refuse_decision before insert on review_decision when new.text = '${text}'
         begin select raise(abort, 'refused by the test'); end`,
      )
      .execute(db);
    return;
  }
  await sql
    .raw(
      `create function refuse_decision() returns trigger language plpgsql as $$
       begin if new.text = '${text}' then raise exception 'refused by the test'; end if; return new; end $$`,
    )
    .execute(db);
  await sql
    .raw(
      'create trigger refuse_decision before insert on review_decision for each row execute function refuse_decision()',
    )
    .execute(db);
}

describe.each(DIALECTS)('minuting a decision with its action arising on %s', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    await writeCouncilBundle(t.store.db, aSmallCouncil(), TEST_CHANGE);
    await insertReviewMeeting(t.store.db, {
      id: 'RM-1',
      forum: 'cabinet',
      orgUnitId: null,
      title: 'Cabinet: performance review, 2017/18-Q2',
      meetingDate: '2017-11-22',
      asAt: '2017/18-Q2',
      createdBy: 'clerk@example.org',
      createdAt: CHANGE.at,
    });
    await refuseDecisionsSaying(t.store.db, dialect, 'refuse me');
  });
  afterAll(() => t.drop());

  const counts = async () => ({
    decisions: (await listDecisions(t.store.db, { meetingId: 'RM-1' })).length,
    actions: (await listKeyActions(t.store.db)).length,
  });

  it('records the decision and the action it set together, each naming the other', async () => {
    const decision = await recordDecision(
      t.store,
      'RM-1',
      { text: 'Ask for a report on the programme', measureId: 'CP-ECO-01', actionArising: anAction() },
      CHANGE,
    );
    const action = (await listKeyActions(t.store.db)).find((a) => a.id === decision.actionId);
    expect(action?.title).toBe('Report on the employment programme to the next meeting');
    expect((await listDecisions(t.store.db, { meetingId: 'RM-1' })).map((d) => d.actionId)).toContain(
      decision.actionId,
    );
  });

  it('writes neither the decision nor the action when the action arising is invalid', async () => {
    const before = await counts();
    await expect(
      recordDecision(
        t.store,
        'RM-1',
        {
          text: 'Ask for a report',
          measureId: null,
          actionArising: anAction({ responsiblePersonId: 'P-NOBODY' }),
        },
        CHANGE,
      ),
    ).rejects.toThrow(/responsiblePersonId: there is no person with id "P-NOBODY"/);
    expect(await counts()).toEqual(before);
  });

  it('takes back the action when the decision itself cannot be written', async () => {
    const before = await counts();
    await expect(
      recordDecision(
        t.store,
        'RM-1',
        { text: 'refuse me', measureId: null, actionArising: anAction() },
        CHANGE,
      ),
    ).rejects.toThrow(/refused by the test/);
    expect(await counts()).toEqual(before);
  });
});
