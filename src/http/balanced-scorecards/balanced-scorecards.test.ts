import { describe, expect, it } from 'vitest';
import { aMeasure, aSmallCouncil, aValue } from '../../../test/factories.js';
import { DIALECTS } from '../../../test/store-fixture.js';
import { auditTrail } from '../../store/audit.js';
import {
  addTestAccount,
  send,
  signIn,
  useCouncilServer,
  type Browser,
  type JsonAnswer,
} from '../test-server.js';

/** The small council with a finance measure, a restricted HR measure and one of another directorate. */
function aCouncilWithPerspectives() {
  const council = aSmallCouncil();
  council.orgUnits.push({ id: 'DIR-PEOPLE', kind: 'directorate', name: 'People', parentId: 'COUNCIL' });
  council.measures.push(
    aMeasure({
      id: 'FIN-01',
      title: 'Savings delivered',
      category: 'finance',
      unit: 'currency',
      isPublic: false,
    }),
    aMeasure({ id: 'HR-01', title: 'Sickness absence', category: 'hr', isPublic: false }),
    aMeasure({
      id: 'PEO-01',
      title: 'Reviews on time',
      category: 'business-plan',
      isPublic: false,
      orgUnitId: 'DIR-PEOPLE',
    }),
    aMeasure({ id: 'ELSEWHERE', title: 'Not in any plan', strategyItemIds: [] }),
  );
  council.values.push(aValue({ measureId: 'FIN-01', period: '2016/17-Q2', value: 120, numerator: null }));
  return council;
}

interface Perspective {
  name: string;
  description: string | null;
  counts: Record<string, number>;
  measures: {
    id: string;
    status: { status: string; word: string; shape: string; sentence: string };
    value: number | null;
  }[];
}

const messageOf = (answer: JsonAnswer) => answer.body.error?.message ?? '';
const names = (answer: JsonAnswer) => (answer.body.perspectives as Perspective[]).map((p) => p.name);
const placed = (answer: JsonAnswer) =>
  Object.fromEntries(
    (answer.body.perspectives as Perspective[]).map((p) => [p.name, p.measures.map((m) => m.id)]),
  );

describe.each(DIALECTS)('balanced scorecards on %s', (dialect) => {
  const server = useCouncilServer(dialect, {
    council: aCouncilWithPerspectives(),
    auth: { clock: () => new Date('2016-11-20T09:00:00Z') },
  });
  const ask = (method: 'GET' | 'PUT', url: string, payload?: object, as?: Browser | null) =>
    send(server.app, { method, url, ...(payload ? { payload } : {}), ...(as === undefined ? {} : { as }) });
  const signInAs = async (email: string, grants: Parameters<typeof addTestAccount>[1]['grants']) => {
    await addTestAccount(server.database.store, { email, grants });
    return signIn(server.app, email);
  };

  it('gives a plan with no perspectives set the four defaults, each measure placed by its category and judged', async () => {
    const answer = await ask('GET', '/api/v1/balanced-scorecards/CP?period=2016/17-Q1');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      asAt: '2016/17-Q1',
      approvedOnly: false,
      plan: { id: 'CP', kind: 'corporate-plan', title: 'Corporate Plan 2015–18' },
      setting: null,
      canEdit: true,
      unplaced: null,
    });
    expect(placed(answer)).toEqual({
      'Residents and customers': ['CP-ECO-01'],
      'Finance and value for money': ['FIN-01'],
      'Internal processes and delivery': ['PEO-01'],
      'People and learning': ['HR-01'],
    });
    const residents = (answer.body.perspectives as Perspective[])[0]!;
    // 64.5% against a target of 66%, short by less than the 2-point tolerance: amber.
    expect(residents.measures[0]).toMatchObject({
      value: 64.5,
      status: { status: 'amber', word: 'Amber', shape: 'triangle' },
    });
    expect(residents.measures[0]!.status.sentence).toMatch(/64\.5%/);
    expect(residents.counts).toMatchObject({ amber: 1, green: 0, red: 0 });
    const counts = answer.body.counts as Record<string, number>;
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(4);
  });

  it('keeps the perspectives a performance officer sets, in their order, and writes the change to the audit trail', async () => {
    const officer = await signInAs('officer@example.org', [{ role: 'performance-officer', orgUnitId: null }]);
    const saved = await ask(
      'PUT',
      '/api/v1/balanced-scorecards/CP/perspectives',
      {
        perspectives: [
          { name: '  Money matters ', description: 'Budgets', measures: ['FIN-01', 'CP-ECO-01'] },
          { name: 'Residents and customers', description: '', measures: [] },
          { name: 'Our people', measures: ['HR-01'] },
        ],
      },
      officer,
    );
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.setting).toMatchObject({ version: 1, changedBy: 'officer@example.org' });
    expect(placed(saved)).toEqual({
      'Money matters': ['FIN-01', 'CP-ECO-01'],
      'Residents and customers': [],
      'Our people': ['HR-01'],
    });
    // A measure of the plan that no perspective names is shown apart, never dropped.
    expect(saved.body.unplaced).toMatchObject({
      name: 'Not yet in a perspective',
      measures: [{ id: 'PEO-01' }],
    });
    const again = await ask('GET', '/api/v1/balanced-scorecards/CP');
    expect(names(again)).toEqual(['Money matters', 'Residents and customers', 'Our people']);
    const trail = await auditTrail(server.database.store.db, { action: 'scorecard-changed', limit: 10 });
    expect(trail).toHaveLength(1);
    expect(trail[0]).toMatchObject({
      actor: 'officer@example.org',
      objectId: 'CP',
      before: null,
      after: [
        { name: 'Money matters', description: 'Budgets' },
        { description: null },
        { name: 'Our people' },
      ],
    });
  });

  it('refuses a setting with empty or repeated names or unknown measures, naming each, and changes nothing', async () => {
    const put = (perspectives: unknown) =>
      ask('PUT', '/api/v1/balanced-scorecards/CP/perspectives', { perspectives });
    const empty = await put([{ name: ' ', measures: [] }]);
    expect(empty.status).toBe(400);
    expect(messageOf(empty)).toBe(
      'perspectives.0.name: is empty; expected a name such as "Residents and customers"',
    );
    const twice = await put([
      { name: 'Finance', measures: [] },
      { name: 'FINANCE', measures: ['NOPE-99', 'ELSEWHERE'] },
    ]);
    expect(twice.status).toBe(400);
    expect(messageOf(twice)).toBe(
      'perspectives.1.name: "FINANCE" is already the name of perspective 1; each name once; ' +
        'perspectives.1.measures: there is no measure with code "NOPE-99"; ' +
        `perspectives.1.measures: measure "ELSEWHERE" is not one of this plan's measures`,
    );
    const none = await put([]);
    expect(none.status).toBe(400);
    expect(messageOf(none)).toMatch(/^perspectives: give at least one perspective/);
    const shape = await put([{ name: 'Money', measures: 'FIN-01' }]);
    expect(shape.status).toBe(400);
    expect(messageOf(shape)).toMatch(/^perspectives\.0\.measures: must be a list of measure codes/);
    const extra = await ask('PUT', '/api/v1/balanced-scorecards/CP/perspectives', {
      perspectives: [],
      colour: 'red',
    });
    expect(extra.status).toBe(400);
    expect(names(await ask('GET', '/api/v1/balanced-scorecards/CP'))).toEqual([
      'Money matters',
      'Residents and customers',
      'Our people',
    ]);
  });

  it('refuses a strategy item that is not a plan, and does not find one that does not exist', async () => {
    const objective = await ask('GET', '/api/v1/balanced-scorecards/OBJ-JOBS');
    expect(objective.status).toBe(400);
    expect(messageOf(objective)).toMatch(/^planId: "OBJ-JOBS" is a Priority, not a plan/);
    const missing = await ask('GET', '/api/v1/balanced-scorecards/NO-SUCH-PLAN');
    expect(missing.status).toBe(404);
    expect(messageOf(missing)).toBe('planId: there is no plan with id "NO-SUCH-PLAN"');
    const period = await ask('GET', '/api/v1/balanced-scorecards/CP?period=Q1-2016');
    expect(period.status).toBe(400);
    expect(messageOf(period)).toMatch(/^period: /);
    const unknown = await ask('GET', '/api/v1/balanced-scorecards/CP?perod=2016/17-Q1');
    expect(unknown.status).toBe(400);
    expect(messageOf(unknown)).toMatch(/^perod: is not a parameter of this request; expected period/);
  });

  it('shows a director only the measures in their scope, and refuses them the setting', async () => {
    const director = await signInAs('director@example.org', [{ role: 'director', orgUnitId: 'DIR-PEOPLE' }]);
    const answer = await ask('GET', '/api/v1/balanced-scorecards/CP', undefined, director);
    expect(answer.status).toBe(200);
    // The published Corporate Plan measure and their own directorate's; no HR, nothing of Place's.
    const shown = (answer.body.perspectives as Perspective[]).flatMap((p) => p.measures.map((m) => m.id));
    const unplaced = (answer.body.unplaced as Perspective | null)?.measures.map((m) => m.id) ?? [];
    expect([...shown, ...unplaced].sort()).toEqual(['CP-ECO-01', 'PEO-01']);
    expect(answer.body.canEdit).toBe(false);
    const refused = await ask(
      'PUT',
      '/api/v1/balanced-scorecards/CP/perspectives',
      { perspectives: [{ name: 'Mine', measures: [] }] },
      director,
    );
    expect(refused.status).toBe(403);
    expect(messageOf(refused)).toBe(
      "Only performance officers and administrators may set a plan's perspectives",
    );
    expect((await ask('GET', '/api/v1/balanced-scorecards/CP', undefined, null)).status).toBe(401);
  });

  it('judges a councillor on approved figures only', async () => {
    const member = await signInAs('member@example.org', [{ role: 'cabinet-member', orgUnitId: null }]);
    const answer = await ask('GET', '/api/v1/balanced-scorecards/CP?period=2016/17-Q2', undefined, member);
    expect(answer.status).toBe(200);
    expect(answer.body.approvedOnly).toBe(true);
    const economy = (answer.body.perspectives as Perspective[])
      .flatMap((p) => p.measures)
      .find((m) => m.id === 'CP-ECO-01')!;
    // No figure of the test council is approved yet, so the councillor sees none.
    expect(economy.value).toBeNull();
    expect(economy.status.status).not.toBe('amber');
  });
});
