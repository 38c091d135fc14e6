import { describe, expect, it } from 'vitest';
import { aMeasure, aSmallCouncil } from '../../../test/factories.js';
import { DIALECTS } from '../../../test/store-fixture.js';
import { auditTrail } from '../../store/audit.js';
import { approvedValues } from '../../store/signoff.js';
import { valueHistory } from '../../store/values.js';
import { addTestAccount, send, signIn, useCouncilServer, type Browser } from '../test-server.js';

const FIGURE = { measure: 'CP-ECO-01', area: 'E08000031' };

function aCouncilWithRetiredAndCalculatedMeasures() {
  const council = aSmallCouncil();
  council.measures.push(
    aMeasure({ id: 'CP-OLD-01', state: 'retired' }),
    aMeasure({ id: 'CP-CALC-01', formula: '[CP-ECO-01] * 2' }),
  );
  return council;
}

describe.each(DIALECTS)('entering figures on %s', (dialect) => {
  const server = useCouncilServer(dialect, { council: aCouncilWithRetiredAndCalculatedMeasures() });
  const post = (payload: object, as?: Browser | null) =>
    send(server.app, { method: 'POST', url: '/api/v1/values', payload, ...(as === undefined ? {} : { as }) });
  const history = (period: string, areaCode = FIGURE.area) =>
    valueHistory(server.database.store.db, { measureId: FIGURE.measure, period, areaCode });

  it('records a first figure, provisional unless told, as entered and awaiting checks', async () => {
    const { status, body } = await post({
      ...FIGURE,
      period: '2016/17-Q3',
      value: 66.2,
      numerator: 662,
      denominator: 1000,
    });
    expect(status).toBe(201);
    expect(body).toMatchObject({ outcome: 'created', signoff: 'entered', warnings: [], unlocked: false });
    expect(body.value).toMatchObject({
      period: '2016/17-Q3',
      value: 66.2,
      status: 'provisional',
      source: 'entered by hand',
      version: 1,
      by: 'admin@example.org',
      reason: 'entered',
    });
  });

  it('needs a reason to correct a figure, keeps the old version, and changes nothing for the same figure', async () => {
    const corrected = { ...FIGURE, period: '2016/17-Q3', value: 66.4, numerator: 664, denominator: 1000 };
    const refused = await post(corrected);
    expect(refused.status).toBe(400);
    expect(refused.body.error?.message).toMatch(
      /^reason: is required to correct a figure that exists \(version 1, value 66.2\)/,
    );
    expect(await history('2016/17-Q3')).toHaveLength(1);

    const done = await post({ ...corrected, reason: 'Late returns added' });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({
      outcome: 'changed',
      value: { version: 2, reason: 'Late returns added' },
    });
    expect((await history('2016/17-Q3')).map((v) => v.value)).toEqual([66.2, 66.4]);

    const again = await post({ ...corrected, reason: 'pressed twice' });
    expect(again.body).toMatchObject({ outcome: 'unchanged', value: { version: 2 } });
    expect(await history('2016/17-Q3')).toHaveLength(2);
  });

  it.each([
    [{ value: 104 }, 'value: 104 is outside the allowed range 0 to 100 (rule range)'],
    [
      { value: 60, numerator: 1200, denominator: 1000 },
      'numerator: 1200 is larger than the denominator 1000; a share cannot count more than its whole (rule numerator-within-denominator)',
    ],
  ])(
    'refuses a figure that breaks an error rule, naming the rule, and writes nothing',
    async (figure, message) => {
      const { status, body } = await post({ ...FIGURE, period: '2016/17-Q4', ...figure });
      expect(status).toBe(400);
      expect(body.error).toEqual({ code: 'invalid-input', message });
      expect(await history('2016/17-Q4')).toEqual([]);
    },
  );

  it('records a red figure without commentary with a warning, flagged suspect', async () => {
    const { status, body } = await post({ ...FIGURE, period: '2016/17-Q1', value: 60, reason: 'recounted' });
    expect(status).toBe(200);
    expect(body.warnings).toEqual([
      expect.objectContaining({ rule: 'commentary-when-red', severity: 'warning' }),
    ]);
    expect(body.value).toMatchObject({ qualityFlag: 'suspect' });
  });

  it("does not judge a ward's figure red against the authority's target, which is not its own", async () => {
    const { status, body } = await post({ ...FIGURE, area: 'E05001321', period: '2016/17-Q1', value: 60 });
    expect(status).toBe(201);
    expect(body.warnings).toEqual([]);
    expect(body.value).toMatchObject({ qualityFlag: null });
  });

  it.each([
    [{ period: '2016/17-Q4' }, 'value: is required (null when there is none), e.g. 64.5'],
    [{ period: '2016/17-Q4', value: 'sixty' }, 'value: must be a number or null, e.g. 64.5'],
    [{ period: '2016/17-Q4', value: 60, status: 'draft' }, 'status: must be one of provisional or final'],
    [{ period: '2016/17-Q5', value: 60 }, expect.stringMatching(/^period: "2016\/17-Q5" is not a period/)],
    [
      { period: '2016/17-Q4', value: 60, colour: 'red' },
      expect.stringMatching(/^colour: is not a field of a figure/),
    ],
    [{ period: '2016/17-Q4', value: 60, area: 'E05009999' }, 'area: there is no area with code "E05009999"'],
    [{ period: '2016/17-Q4', value: 60, note: 'a\u0000b' }, 'note: must not contain a NUL character'],
  ])('refuses %j with a message naming the field', async (figure, message) => {
    const { status, body } = await post({ ...FIGURE, ...figure });
    expect(status).toBe(400);
    expect(body.error?.message).toEqual(message);
  });

  it('refuses figures for a retired measure and for a calculated one', async () => {
    const retired = await post({ ...FIGURE, measure: 'CP-OLD-01', period: '2016/17-Q4', value: 60 });
    expect(retired).toMatchObject({ status: 409, body: { error: { code: 'refused' } } });
    expect(retired.body.error?.message).toBe('measure: CP-OLD-01 is retired and takes no new figures');
    const calculated = await post({ ...FIGURE, measure: 'CP-CALC-01', period: '2016/17-Q4', value: 60 });
    expect(calculated.status).toBe(409);
    expect(calculated.body.error?.message).toMatch(/^measure: CP-CALC-01 is calculated from other measures/);
  });

  it('answers two corrections of one figure at the same moment without a fault', async () => {
    const before = (await history('2016/17-Q2')).length;
    const answers = await Promise.all(
      [65.2, 65.3, 65.4].map((value) => post({ ...FIGURE, period: '2016/17-Q2', value, reason: 'revised' })),
    );
    for (const answer of answers) expect([200, 409]).toContain(answer.status);
    const written = answers.filter((a) => a.status === 200).length;
    expect(written).toBeGreaterThan(0);
    expect(await history('2016/17-Q2')).toHaveLength(before + written);
  });

  it('answers 404 for an unknown measure, 401 to the public and 403 without the CSRF token', async () => {
    expect((await post({ ...FIGURE, measure: 'CP-NONE-99', period: '2016/17-Q4', value: 60 })).status).toBe(
      404,
    );
    expect((await post({ ...FIGURE, period: '2016/17-Q4', value: 60 }, null)).status).toBe(401);
    const noToken = await server.app.inject({
      method: 'POST',
      url: '/api/v1/values',
      headers: { cookie: server.admin.cookie },
      payload: { ...FIGURE, period: '2016/17-Q4', value: 60 },
    });
    expect(noToken.statusCode).toBe(403);
  });
});

describe.each(DIALECTS)('signing off figures on %s', (dialect) => {
  const server = useCouncilServer(dialect);
  const Q1 = { ...FIGURE, period: '2016/17-Q1' };
  const step = (payload: object, as?: Browser) =>
    send(server.app, { method: 'POST', url: '/api/v1/values/signoff', payload, ...(as ? { as } : {}) });
  const approved = () => approvedValues(server.database.store.db, { measureIds: ['CP-ECO-01'] });
  let owner: Browser;
  let director: Browser;

  it('lets the owner check, but only a performance officer approve', async () => {
    await addTestAccount(server.database.store, { email: 'owner@example.org', personId: 'P1' });
    await addTestAccount(server.database.store, {
      email: 'director@example.org',
      grants: [{ role: 'director', orgUnitId: 'DIR-PLACE' }],
    });
    owner = await signIn(server.app, 'owner@example.org');
    director = await signIn(server.app, 'director@example.org');

    expect((await step({ ...Q1, step: 'check' }, director)).status).toBe(403);
    const early = await step({ ...Q1, step: 'approve' });
    expect(early.status).toBe(409);
    expect(early.body.error?.message).toMatch(/not been checked/);

    const checked = await step({ ...Q1, step: 'check' }, owner);
    expect(checked).toMatchObject({ status: 200, body: { version: 1, state: 'checked' } });
    expect((await step({ ...Q1, step: 'approve' }, owner)).status).toBe(403);
    expect(await approved()).toEqual([]);

    expect((await step({ ...Q1, step: 'approve' })).body).toMatchObject({ state: 'approved' });
    expect((await approved()).map((v) => v.period)).toEqual(['2016/17-Q1']);
  });

  it('keeps an approved figure locked until it is unlocked with a reason', async () => {
    expect((await step({ ...Q1, step: 'check' }, owner)).status).toBe(409);
    const noReason = await step({ ...Q1, step: 'unlock' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error?.message).toMatch(/^reason: is required/);
    expect((await step({ ...Q1, step: 'unlock', reason: 'Survey reweighted' })).body).toMatchObject({
      state: 'entered',
    });
    expect(await approved()).toEqual([]);
  });

  it('unlocks an approved figure that is corrected, recording why, and audits every step', async () => {
    await step({ ...Q1, step: 'check' }, owner);
    await step({ ...Q1, step: 'approve' });
    const corrected = await send(server.app, {
      method: 'POST',
      url: '/api/v1/values',
      payload: {
        ...Q1,
        value: 64.7,
        numerator: 647,
        denominator: 1000,
        status: 'final',
        note: 'Reweighted',
        reason: 'ONS revision',
      },
      as: owner,
    });
    expect(corrected.body).toMatchObject({
      outcome: 'changed',
      unlocked: true,
      signoff: 'entered',
      value: { version: 2 },
    });
    expect(await approved()).toEqual([]);
    const history = await send(server.app, {
      method: 'GET',
      url: '/api/v1/values/history?measure=CP-ECO-01&period=2016/17-Q1&area=E08000031',
    });
    expect(history.body.signoff).toMatchObject({ state: 'entered' });
    expect(
      (history.body.signoff as { events: { version: number; state: string }[] }).events.map(
        (e) => `${e.version} ${e.state}`,
      ),
    ).toEqual(['1 checked', '1 approved', '1 unlocked', '1 checked', '1 approved', '1 unlocked']);
    const trail = await auditTrail(server.database.store.db, { limit: 100 });
    expect(
      trail
        .filter((e) => e.objectId === 'CP-ECO-01 2016/17-Q1 E08000031')
        .map((e) => `${e.action} ${e.actor}`),
    ).toEqual([
      'figure-changed test',
      'figure-checked owner@example.org',
      'figure-approved admin@example.org',
      'figure-unlocked admin@example.org',
      'figure-checked owner@example.org',
      'figure-approved admin@example.org',
      'figure-unlocked owner@example.org',
      'figure-changed owner@example.org',
    ]);
  });

  it('answers 404 for a figure that does not exist', async () => {
    const { status, body } = await step({ ...FIGURE, period: '2015/16-Q1', step: 'check' });
    expect(status).toBe(404);
    expect(body.error?.message).toBe(
      'There is no figure for measure "CP-ECO-01", period "2015/16-Q1" and area "E08000031"',
    );
  });
});
