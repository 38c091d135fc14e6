import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/store-fixture.js';
import { auditTrail } from '../../store/audit.js';
import { countValueVersions } from '../../store/values.js';
import {
  addTestAccount,
  send,
  signIn,
  useCouncilServer,
  type Browser,
  type JsonAnswer,
} from '../test-server.js';

const NEW_MEASURE = {
  id: 'CP-ECO-09',
  title: 'Apprenticeships started',
  methodology: { definition: 'Apprenticeships started by residents', sourceSystem: 'DfE FE data library' },
  unit: 'number',
  polarity: 'higher-better',
  frequency: 'annual',
  category: 'corporate-plan',
  orgUnitId: 'DIR-PLACE',
  ownerId: 'P1',
  strategyItemIds: ['OBJ-JOBS'],
};

const messageOf = (answer: JsonAnswer) => answer.body.error?.message ?? '';

describe.each(DIALECTS)('administering measures on %s', (dialect) => {
  const server = useCouncilServer(dialect);
  const ask = (method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: object, as?: Browser) =>
    send(server.app, { method, url, ...(payload ? { payload } : {}), ...(as ? { as } : {}) });
  let officer: Browser;
  let director: Browser;

  it('lets a performance officer define a measure, filling in the defaults, and audits it', async () => {
    await addTestAccount(server.database.store, {
      email: 'officer@example.org',
      grants: [{ role: 'performance-officer', orgUnitId: null }],
    });
    await addTestAccount(server.database.store, {
      email: 'director@example.org',
      grants: [{ role: 'director', orgUnitId: 'DIR-PLACE' }],
    });
    officer = await signIn(server.app, 'officer@example.org');
    director = await signIn(server.app, 'director@example.org');

    const made = await ask('POST', '/api/v1/measures', NEW_MEASURE, officer);
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    expect(made.body).toMatchObject({
      id: 'CP-ECO-09',
      aggregation: 'sum',
      yearKind: 'financial',
      dueLagDays: 30,
      isPublic: false,
      state: 'active',
      methodology: { definition: 'Apprenticeships started by residents', numerator: null },
    });
    const read = await ask('GET', '/api/v1/measures/CP-ECO-09');
    expect(read.body).toMatchObject({ title: 'Apprenticeships started', strategyItemIds: ['OBJ-JOBS'] });
    const trail = await auditTrail(server.database.store.db, { action: 'measure-created', limit: 10 });
    expect(trail).toEqual([
      expect.objectContaining({ actor: 'officer@example.org', objectType: 'measure', objectId: 'CP-ECO-09' }),
    ]);
  });

  it('refuses anyone outside the performance function, in words', async () => {
    const answer = await ask('POST', '/api/v1/measures', { ...NEW_MEASURE, id: 'CP-ECO-10' }, director);
    expect(answer.status).toBe(403);
    expect(messageOf(answer)).toBe(
      'Only performance officers and administrators may change measures, targets and the strategy tree',
    );
    const edit = await ask('PATCH', '/api/v1/measures/CP-ECO-01', { title: 'Mine now' }, director);
    expect(edit.status).toBe(403);
  });

  it.each([
    [{ ...NEW_MEASURE, id: 'has space' }, /^id: must be a code of letters, digits/],
    [{ ...NEW_MEASURE, unit: 'furlongs' }, /^unit: must be one of number, percent/],
    [{ ...NEW_MEASURE, colour: 'red' }, /^colour: is not a field of a measure; expected id, title/],
    [{ ...NEW_MEASURE, title: 'Nul\u0000' }, /^title: must not contain control characters/],
    [
      { ...NEW_MEASURE, methodology: { definition: ' ' } },
      /methodology\.definition: must say what the measure counts/,
    ],
    [{ ...NEW_MEASURE, unit: 'rate' }, /^ratePer: a rate needs the number it is per/],
    [
      { ...NEW_MEASURE, orgUnitId: 'DIR-NONE' },
      /^orgUnitId: there is no organisation unit with id "DIR-NONE"/,
    ],
    [
      { ...NEW_MEASURE, strategyItemIds: ['OBJ-NONE'] },
      /^strategyItemIds: there is no strategy item in use with id "OBJ-NONE"/,
    ],
    [{ ...NEW_MEASURE, formula: '[CP-NONE] +' }, /^formula: /],
    [{ ...NEW_MEASURE, decimals: 9 }, /^decimals: must be a whole number from 0 to 6/],
  ])('refuses a bad definition with 400 naming the field (%#)', async (body, message) => {
    const answer = await ask('POST', '/api/v1/measures', {
      ...body,
      id: body.id === NEW_MEASURE.id ? 'CP-BAD-01' : body.id,
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(400);
    expect(messageOf(answer)).toMatch(message);
  });

  it('refuses a code already taken', async () => {
    const answer = await ask('POST', '/api/v1/measures', { ...NEW_MEASURE, id: 'CP-ECO-01' });
    expect(answer.status).toBe(409);
    expect(messageOf(answer)).toBe(
      'id: there is already a measure with code "CP-ECO-01"; choose another code',
    );
  });

  it('changes only the fields named, keeping the figures', async () => {
    const db = server.database.store.db;
    const figuresBefore = await countValueVersions(db);
    const answer = await ask('PATCH', '/api/v1/measures/CP-ECO-01', {
      title: 'Residents aged 16 to 64 in work',
      methodology: { caveats: '' },
      isPublic: false,
      strategyItemIds: ['CP', 'OBJ-JOBS'],
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body).toMatchObject({
      title: 'Residents aged 16 to 64 in work',
      isPublic: false,
      strategyItemIds: ['CP', 'OBJ-JOBS'],
      methodology: { definition: 'Share of residents aged 16–64 in employment', caveats: null },
      frequency: 'quarterly',
    });
    expect(await countValueVersions(db)).toBe(figuresBefore);
    const [event] = await auditTrail(db, { action: 'measure-changed', limit: 1 });
    expect(event).toMatchObject({
      objectId: 'CP-ECO-01',
      before: { isPublic: true },
      after: { isPublic: false },
    });
  });

  it('refuses to change the frequency of a measure with figures, saying why', async () => {
    const answer = await ask('PATCH', '/api/v1/measures/CP-ECO-01', { frequency: 'monthly' });
    expect(answer.status).toBe(409);
    expect(messageOf(answer)).toBe(
      'frequency: CP-ECO-01 already has figures, so its frequency stays quarterly (its figures are for periods ' +
        'of the current frequency and would be orphaned); retire it and create a new measure instead',
    );
    // A measure with no figures yet may still change how often it reports.
    const fresh = await ask('PATCH', '/api/v1/measures/CP-ECO-09', { frequency: 'quarterly' });
    expect(fresh.status).toBe(200);
  });

  it('retires a measure with a reason, keeps its figures, and reinstates it', async () => {
    const noReason = await ask('PATCH', '/api/v1/measures/CP-ECO-01', { state: 'retired' });
    expect(noReason.status).toBe(400);
    expect(messageOf(noReason)).toMatch(/^reason: say why the measure is retired/);
    const retired = await ask('PATCH', '/api/v1/measures/CP-ECO-01', {
      state: 'retired',
      reason: 'Replaced',
    });
    expect(retired.status).toBe(200);
    expect(retired.body).toMatchObject({ state: 'retired' });
    const values = await ask('GET', '/api/v1/values?measure=CP-ECO-01');
    expect((values.body.values as unknown[]).length).toBeGreaterThan(0);
    const back = await ask('PATCH', '/api/v1/measures/CP-ECO-01', { state: 'active' });
    expect(back.body).toMatchObject({ state: 'active' });
    const actions = (await auditTrail(server.database.store.db, { limit: 100 })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['measure-retired', 'measure-reinstated']));
  });

  it('answers 404 for a measure that does not exist', async () => {
    const answer = await ask('PATCH', '/api/v1/measures/CP-NONE-01', { title: 'x' });
    expect(answer.status).toBe(404);
    expect(messageOf(answer)).toBe('There is no measure with code "CP-NONE-01"');
  });

  describe('targets', () => {
    it('sets a target as a new version with who, when and why, and replaces it keeping the old', async () => {
      const first = await ask('PUT', '/api/v1/measures/CP-ECO-01/targets', {
        period: '2016/17-Q2',
        value: 67,
        reason: 'Agreed at Cabinet',
      });
      expect(first.status, JSON.stringify(first.body)).toBe(200);
      const second = await ask('PUT', '/api/v1/measures/CP-ECO-01/targets', {
        period: '2016/17-Q2',
        value: 68,
        tolerance: 1.5,
        reason: 'Raised after the budget',
      });
      const periods = second.body.periods as {
        period: string;
        current: { value: number } | null;
        versions: { value: number; by: string; reason: string }[];
      }[];
      expect(periods.map((p) => p.period)).toEqual(['2016/17-Q1', '2016/17-Q2']);
      expect(periods[1]).toMatchObject({
        current: { value: 68, tolerance: 1.5 },
        versions: [
          { version: 1, value: 67, reason: 'Agreed at Cabinet', by: 'admin@example.org' },
          { version: 2, value: 68, reason: 'Raised after the budget' },
        ],
      });
      const detail = await ask('GET', '/api/v1/measures/CP-ECO-01');
      expect(detail.body.targets).toContainEqual({
        period: '2016/17-Q2',
        value: 68,
        lower: null,
        upper: null,
        tolerance: 1.5,
      });
    });

    it('withdraws a target, leaving none in force and the history whole', async () => {
      const answer = await ask('POST', '/api/v1/measures/CP-ECO-01/targets/withdraw', {
        period: '2016/17-Q2',
        reason: 'Set in error',
      });
      expect(answer.status).toBe(200);
      const q2 = (answer.body.periods as { period: string; current: unknown; versions: unknown[] }[]).find(
        (p) => p.period === '2016/17-Q2',
      );
      expect(q2).toMatchObject({ current: null });
      expect(q2!.versions).toHaveLength(3);
      const again = await ask('POST', '/api/v1/measures/CP-ECO-01/targets/withdraw', {
        period: '2016/17-Q2',
        reason: 'Twice',
      });
      expect(again.status).toBe(404);
      expect(messageOf(again)).toBe('period: CP-ECO-01 has no target for 2016/17-Q2 to withdraw');
      const actions = (await auditTrail(server.database.store.db, { limit: 200 })).map((e) => e.action);
      expect(actions.filter((a) => a === 'target-set')).toHaveLength(2);
      expect(actions).toContain('target-withdrawn');
    });

    it.each([
      [
        { period: '2016-05', value: 1, reason: 'x' },
        /^period: 2016-05 is a month, but CP-ECO-01 is reported quarterly/,
      ],
      [{ period: '2016/17-Q5', value: 1, reason: 'x' }, /^period: /],
      [{ period: '2016/17-Q3', reason: 'x' }, /^value: the target is required/],
      [{ period: '2016/17-Q3', value: 1, reason: ' ' }, /^reason: say why the target is set/],
      [{ period: '2016/17-Q3', value: 'high', reason: 'x' }, /^value: must be a number/],
      [
        { period: '2016/17-Q3', value: 1, lower: 5, upper: 2, reason: 'x' },
        /upper: 2 is below the lower end 5/,
      ],
    ])('refuses a bad target with 400 naming the field (%#)', async (body, message) => {
      const answer = await ask('PUT', '/api/v1/measures/CP-ECO-01/targets', body);
      expect(answer.status, JSON.stringify(answer.body)).toBe(400);
      expect(messageOf(answer)).toMatch(message);
    });

    it('lets only the performance function read or change targets', async () => {
      expect((await ask('GET', '/api/v1/measures/CP-ECO-01/targets', undefined, director)).status).toBe(403);
      expect((await ask('GET', '/api/v1/measures/CP-ECO-01/targets', undefined, officer)).status).toBe(200);
      const put = await ask(
        'PUT',
        '/api/v1/measures/CP-ECO-01/targets',
        { period: '2016/17-Q3', value: 1, reason: 'x' },
        director,
      );
      expect(put.status).toBe(403);
    });
  });
});
