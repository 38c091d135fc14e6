import { describe, expect, it } from 'vitest';
import { aMeasure, aSmallCouncil, TEST_CHANGE } from '../../../test/factories.js';
import { DIALECTS } from '../../../test/store-fixture.js';
import { recordCommentary } from '../../store/commentary.js';
import { addTestAccount, getJson, send, signIn, useCouncilServer } from '../test-server.js';

function aCouncilWithCommentary() {
  const council = aSmallCouncil();
  council.orgUnits.push({ id: 'DIR-PEOPLE', kind: 'directorate', name: 'People', parentId: 'COUNCIL' });
  council.measures.push(
    aMeasure({ id: 'PEO-01', title: 'Reviews on time', isPublic: false, orgUnitId: 'DIR-PEOPLE' }),
  );
  council.commentary.push({
    measureId: 'CP-ECO-01',
    period: '2016/17-Q1',
    summary: 'A slow start to the year.',
    reasons: null,
    nextSteps: 'Jobs fair in July',
    authorId: 'P1',
  });
  return council;
}

interface Version {
  version: number;
  summary: string;
  superseded: boolean;
  withdrawn: boolean;
  authorName: string | null;
  recordedBy: string;
  reason: string;
}

describe.each(DIALECTS)("a measure's commentary history on %s", (dialect) => {
  const server = useCouncilServer(dialect, { council: aCouncilWithCommentary() });

  it('gives every period commented on, newest first, each with its versions newest first and the replaced ones marked', async () => {
    await recordCommentary(
      server.database.store.db,
      {
        measureId: 'CP-ECO-01',
        period: '2016/17-Q2',
        summary: 'Employment rose for the second quarter running.',
        reasons: 'Two large employers opened',
        nextSteps: null,
        authorId: 'P1',
      },
      { by: 'owner@example.org', at: '2016-11-02T10:00:00Z', reason: 'Added the second employer' },
    );
    const answer = await getJson(server.app, '/api/v1/measures/CP-ECO-01/commentary');
    expect(answer.status).toBe(200);
    expect(answer.body.area).toEqual({ code: 'E08000031', name: 'Wolverhampton' });
    const periods = answer.body.periods as { period: string; periodLabel: string; versions: Version[] }[];
    expect(periods.map((p) => [p.period, p.periodLabel])).toEqual([
      ['2016/17-Q2', 'Q2 2016/17'],
      ['2016/17-Q1', 'Q1 2016/17'],
    ]);
    expect(periods[0]!.versions).toMatchObject([
      {
        version: 2,
        summary: 'Employment rose for the second quarter running.',
        superseded: false,
        withdrawn: false,
        authorName: 'Alex Morgan',
        recordedBy: 'owner@example.org',
        reason: 'Added the second employer',
      },
      {
        version: 1,
        summary: 'Employment rose for the second quarter.',
        superseded: true,
        recordedBy: TEST_CHANGE.by,
      },
    ]);
    expect(periods[1]!.versions.map((v) => v.superseded)).toEqual([false]);
  });

  it('answers only signed-in readers who may see the measure, and names a measure it does not know', async () => {
    await addTestAccount(server.database.store, {
      email: 'director@example.org',
      grants: [{ role: 'director', orgUnitId: 'DIR-PLACE' }],
    });
    const director = await signIn(server.app, 'director@example.org');
    expect((await getJson(server.app, '/api/v1/measures/CP-ECO-01/commentary', director)).status).toBe(200);
    const hidden = await getJson(server.app, '/api/v1/measures/PEO-01/commentary', director);
    expect(hidden.status).toBe(404);
    expect(hidden.body.error!.message).toBe('There is no measure with code "PEO-01"');
    const unknown = await getJson(server.app, '/api/v1/measures/NOPE-01/commentary');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error!.message).toBe('There is no measure with code "NOPE-01"');
    expect((await getJson(server.app, '/api/v1/measures/CP-ECO-01/commentary', null)).status).toBe(401);
    const misspelt = await getJson(server.app, '/api/v1/measures/CP-ECO-01/commentary?period=2016/17-Q1');
    expect(misspelt.status).toBe(400);
    expect(misspelt.body.error!.message).toMatch(
      /^period: is not a parameter of this request; this request takes none/,
    );
  });

  describe('writing commentary', () => {
    const write = (payload: object, code = 'CP-ECO-01') =>
      send(server.app, { method: 'POST', url: `/api/v1/measures/${code}/commentary`, payload });
    const history = async () =>
      (await getJson(server.app, '/api/v1/measures/CP-ECO-01/commentary')).body.periods as {
        period: string;
        versions: Version[];
      }[];

    it('writes the first commentary on a period, then a changed one only with a reason, keeping the first', async () => {
      const first = await write({
        period: '2015/16-Q4',
        summary: '  Employment rose again. ',
        nextSteps: '',
      });
      expect(first.status).toBe(201);
      expect(first.body).toEqual({ outcome: 'created', version: 1 });

      const again = await write({ period: '2015/16-Q4', summary: 'Employment rose again.' });
      expect(again.body).toEqual({ outcome: 'unchanged', version: 1 });

      const noReason = await write({
        period: '2015/16-Q4',
        summary: 'Employment rose for a second quarter.',
      });
      expect(noReason.status).toBe(400);
      expect(noReason.body.error!.message).toBe(
        'reason: is required to change commentary that exists (version 1); the old version is kept',
      );

      const changed = await write({
        period: '2015/16-Q4',
        summary: 'Employment rose for a second quarter.',
        reasons: 'New starters at the i54 site',
        reason: 'said more',
      });
      expect(changed.status).toBe(200);
      expect(changed.body).toEqual({ outcome: 'changed', version: 2 });
      const q2 = (await history()).find((p) => p.period === '2015/16-Q4')!;
      expect(q2.versions.map((v) => [v.version, v.summary, v.superseded, v.reason])).toEqual([
        [2, 'Employment rose for a second quarter.', false, 'said more'],
        [1, 'Employment rose again.', true, 'commentary written'],
      ]);
      expect(q2.versions[0]!.recordedBy).toBe('admin@example.org');
    });

    it.each([
      [
        { period: '2016-07', summary: 'Monthly?' },
        /^period: "2016-07" is a month, but CP-ECO-01 is reported/,
      ],
      [{ period: '2016/17-Q5', summary: 'x' }, /^period: "2016\/17-Q5" is not a period/],
      [{ period: '2016/17-Q3', summary: '   ' }, /^summary: must not be empty/],
      [{ period: '2016/17-Q3', summary: 'x', colour: 'red' }, /^colour: is not a field of commentary/],
      [{ period: '2016/17-Q3', summary: 'a\u0000b' }, /^summary: must not contain control characters/],
    ])('refuses %j with a message naming the field, writing nothing', async (payload, message) => {
      const answer = await write(payload);
      expect(answer.status).toBe(400);
      expect(answer.body.error!.message).toMatch(message);
      expect((await history()).some((p) => p.period === '2016/17-Q3')).toBe(false);
    });

    it('takes one of two commentaries saved on a period at the same moment and refuses the other in words', async () => {
      const answers = await Promise.all([
        write({ period: '2015/16-Q3', summary: 'Said by the first' }),
        write({ period: '2015/16-Q3', summary: 'Said by the second' }),
      ]);
      expect(answers.map((a) => a.status).sort()).toEqual([
        201,
        answers.some((a) => a.status === 409) ? 409 : 400,
      ]);
      const refused = answers.find((a) => a.status !== 201)!;
      // SQLite takes them one after the other (the second needs a reason); PostgreSQL may run them
      // together (the second finds its version taken). Either way it is told why, never a 500.
      expect(refused.body.error!.message).toMatch(
        /^(reason: is required to change commentary that exists|Someone else has just changed the commentary on 2015\/16-Q3)/,
      );
      const q3 = (await history()).find((p) => p.period === '2015/16-Q3')!;
      expect(q3.versions).toHaveLength(1);
    });

    it('lets only those who enter the measure’s figures write, and hides a measure out of reach', async () => {
      await addTestAccount(server.database.store, {
        email: 'councillor@example.org',
        grants: [{ role: 'cabinet-member', orgUnitId: null }],
      });
      const councillor = await signIn(server.app, 'councillor@example.org');
      const refused = await send(server.app, {
        method: 'POST',
        url: '/api/v1/measures/CP-ECO-01/commentary',
        payload: { period: '2016/17-Q3', summary: 'x' },
        as: councillor,
      });
      expect(refused.status).toBe(403);
      expect(refused.body.error!.message).toMatch(/^You may read CP-ECO-01 but not write its commentary/);
      expect((await write({ period: '2016/17-Q3', summary: 'x' }, 'NOPE-01')).status).toBe(404);
    });
  });
});
