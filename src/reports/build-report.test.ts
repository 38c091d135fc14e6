import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../test/store-fixture.js';
import { measureReports } from '../app/status/index.js';
import { PUBLIC_SCOPE } from '../domain/access/scope.js';
import { listMeasures } from '../store/measures.js';
import { buildReport } from './build-report.js';
import { loadReportCouncil, REPORT_PERIOD, REPORT_TODAY } from './testing/report-council.js';

const texts = (doc: { sections: unknown[] }) => JSON.stringify(doc.sections);

describe.each(DIALECTS)('building report documents on %s', (dialect) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    await loadReportCouncil(db.store);
  });
  afterAll(() => db.drop());

  const cabinet = (overrides: Partial<Parameters<typeof buildReport>[1]> = {}) =>
    buildReport(db.store, {
      level: 'cabinet',
      period: REPORT_PERIOD,
      today: REPORT_TODAY,
      approvedOnly: true,
      ...overrides,
    });

  it('puts the Corporate Plan and national measures in the Cabinet pack, not business-plan ones', async () => {
    const doc = await cabinet();
    expect(doc.data.rows.map((r) => r[1]!.text)).toEqual(['CP-ECO-01', 'CP-ECO-02', 'NI-154']);
    expect(doc.sections.map((s) => s.id)).toEqual([
      'summary',
      'group-OC-GROWTH',
      'exceptions',
      'actions',
      'data-quality',
    ]);
    expect(doc.cover.lines[0]).toBe('City of Wolverhampton Council');
    expect(doc.periodLabel).toBe('Q2 2017/18');
  });

  it('carries the engine’s figure and status for each measure, unchanged', async () => {
    const doc = await cabinet();
    const measures = (await listMeasures(db.store.db)).filter((m) =>
      ['CP-ECO-01', 'CP-ECO-02', 'NI-154'].includes(m.id),
    );
    const engine = await measureReports(db.store, measures, {
      asAt: REPORT_PERIOD,
      today: REPORT_TODAY,
      approvedOnly: true,
    });
    for (const r of engine) {
      const row = doc.data.rows.find((x) => x[1]!.text === r.measure.id)!;
      const figure = row[5]!;
      expect(figure.kind === 'number' ? figure.value : 'not a number').toBe(r.status.figure?.value ?? null);
      expect(row[9]!.kind === 'status' && row[9]!.tag.key).toBe(r.status.rag.status);
    }
  });

  it('leaves an unapproved figure out of a Cabinet pack, and marks it provisional when allowed in', async () => {
    const approved = await cabinet();
    const claimant = (doc: typeof approved) => doc.data.rows.find((r) => r[1]!.text === 'CP-ECO-02')!;
    expect(claimant(approved)[5]!.text).toBe('No figure');
    expect(claimant(approved)[9]!.text).toBe('Overdue');
    const provisional = await cabinet({ approvedOnly: false });
    expect(claimant(provisional)[5]!.text).toBe('4.8%');
    expect(claimant(provisional)[7]!.text).toBe('provisional');
    expect(texts(provisional)).toContain('4.8% (provisional)');
    expect(texts(provisional)).toContain('Two job centres’ returns are missing.');
    expect(provisional.cover.notice).toMatch(/provisional/);
  });

  it('lists red and at-risk measures as exceptions with their recovery actions', async () => {
    const doc = await cabinet({ approvedOnly: false });
    const exceptions = doc.sections.find((s) => s.id === 'exceptions')!;
    const headings = exceptions.blocks
      .filter((b) => b.kind === 'heading' && b.level === 3)
      .map((b) => (b as { text: string }).text);
    expect(headings).toContain('CP-ECO-02 Claimant count rate');
    expect(headings).not.toContain('CP-ECO-01 Working-age adults in employment');
    expect(JSON.stringify(exceptions)).toContain('Open two more employment hubs');
  });

  it('says what changed since the quarter before', async () => {
    const doc = await cabinet({ approvedOnly: false });
    const summary = doc.sections[0]!;
    const counts = summary.blocks.find((b) => b.kind === 'table' && b.caption === 'Measures by status');
    expect(counts).toBeDefined();
    expect(JSON.stringify(summary)).toContain('Headline changes since Q1 2017/18');
  });

  it('gives a report that says there are no figures for a period without any', async () => {
    const doc = await cabinet({ period: '2030/31-Q1' });
    expect(doc.sections.map((s) => s.id)).toEqual(['no-data']);
    expect(JSON.stringify(doc.sections)).toContain(
      'There are no figures for any measure in this report as at Q1 2030/31',
    );
    expect(doc.data.rows).toEqual([]);
  });

  it('scopes a directorate, service and team report to the unit and those below it', async () => {
    const directorate = await buildReport(db.store, {
      level: 'directorate',
      period: REPORT_PERIOD,
      today: REPORT_TODAY,
      approvedOnly: false,
      scope: { orgUnitId: 'DIR-PLACE' },
    });
    expect(directorate.data.rows.map((r) => r[1]!.text)).toContain('BP-SK-01');
    expect(directorate.subtitle).toMatch(/^Place:/);
    const team = await buildReport(db.store, {
      level: 'team-manager',
      period: REPORT_PERIOD,
      today: REPORT_TODAY,
      approvedOnly: false,
      scope: { orgUnitId: 'TEAM-SKILLS' },
    });
    expect(team.data.rows).toHaveLength(4);
    await expect(
      buildReport(db.store, {
        level: 'directorate',
        period: REPORT_PERIOD,
        today: REPORT_TODAY,
        approvedOnly: false,
        scope: { orgUnitId: 'SVC-ECON' },
      }),
    ).rejects.toThrow('unit: "SVC-ECON" is a service; the directorate report is about a directorate');
    await expect(
      buildReport(db.store, {
        level: 'head-of-service',
        period: REPORT_PERIOD,
        today: REPORT_TODAY,
        approvedOnly: false,
      }),
    ).rejects.toThrow(/needs the service it is about/);
  });

  it('gives an employee their objectives, measures and actions', async () => {
    const doc = await buildReport(db.store, {
      level: 'employee',
      period: REPORT_PERIOD,
      today: REPORT_TODAY,
      approvedOnly: false,
      scope: { personId: 'P2' },
    });
    const all = JSON.stringify(doc.sections);
    expect(all).toContain('Reduce unemployment and raise skill levels');
    expect(all).toContain('Contributes to Outcome: A thriving economy');
    expect(all).toContain('Open two more employment hubs');
    expect(doc.data.rows).toHaveLength(4);
  });

  it('tells the Leader’s annual story by priority', async () => {
    const doc = await buildReport(db.store, {
      level: 'leader-annual',
      period: '2016/17',
      today: '2017-06-01',
      approvedOnly: true,
    });
    expect(doc.sections.map((s) => s.title)).toContain('A stronger economy');
  });

  it('leaves out what the reader may not see', async () => {
    const doc = await cabinet({ scope: { viewer: { ...PUBLIC_SCOPE } }, period: REPORT_PERIOD });
    expect(doc.data.rows.map((r) => r[1]!.text)).toEqual(['CP-ECO-01', 'CP-ECO-02']);
    const hidden = await buildReport(db.store, {
      level: 'team-manager',
      period: REPORT_PERIOD,
      today: REPORT_TODAY,
      approvedOnly: true,
      scope: { orgUnitId: 'TEAM-SKILLS', viewer: { ...PUBLIC_SCOPE } },
    });
    // The public sees published measures only; the homes and business-plan measures are not published.
    expect(hidden.data.rows.map((r) => r[1]!.text)).toEqual(['CP-ECO-01', 'CP-ECO-02']);
  });

  it('names the level, period or unit that was wrong', async () => {
    await expect(cabinet({ level: 'council' })).rejects.toThrow(
      /^level: "council" is not a report level; expected one of cabinet, scrutiny/,
    );
    await expect(cabinet({ period: '2017 Q7' })).rejects.toThrow(/^period: /);
    await expect(
      buildReport(db.store, {
        level: 'team-manager',
        period: REPORT_PERIOD,
        today: REPORT_TODAY,
        approvedOnly: false,
        scope: { orgUnitId: 'NOPE' },
      }),
    ).rejects.toThrow('unit: there is no organisation unit with id "NOPE"');
  });
});
