import { describe, expect, it } from 'vitest';
import { aMeasure, aSmallCouncil } from '../../../test/factories.js';
import { DIALECTS } from '../../../test/store-fixture.js';
import { auditTrail } from '../../store/audit.js';
import { valueWarnings } from '../../store/validation-rules.js';
import {
  addTestAccount,
  send,
  signIn,
  useCouncilServer,
  type Browser,
  type JsonAnswer,
} from '../test-server.js';

function aCouncilWithCounts() {
  const council = aSmallCouncil();
  council.measures.push(
    aMeasure({ id: 'ASC-REF', title: 'Referrals', unit: 'number' }),
    aMeasure({ id: 'ASC-SUP', title: 'Adults supported', unit: 'number' }),
    aMeasure({ id: 'CP-MON-01', title: 'A monthly measure', frequency: 'monthly' }),
  );
  return council;
}

const messageOf = (answer: JsonAnswer) => (answer.body.error as { message: string }).message;

describe.each(DIALECTS)('validation rules on %s', (dialect) => {
  const server = useCouncilServer(dialect, { council: aCouncilWithCounts() });
  const ask = (method: 'GET' | 'PUT' | 'POST', url: string, payload?: object, as?: Browser) =>
    send(server.app, { method, url, ...(payload ? { payload } : {}), ...(as ? { as } : {}) });
  const figure = (measure: string, period: string, value: number) =>
    ask('POST', '/api/v1/values', { measure, period, area: 'E08000031', value });

  it('gives a measure its unit’s defaults until a performance officer sets its own', async () => {
    const before = await ask('GET', '/api/v1/validation-rules/measures/CP-ECO-01');
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({
      measureId: 'CP-ECO-01',
      settings: { minimum: 0, maximum: 100, outlierThreshold: 3, jumpShare: 0.5 },
      setBy: null,
    });
    const set = await ask('PUT', '/api/v1/validation-rules/measures/CP-ECO-01', {
      maximum: 80,
      severity: { 'jump-from-last-period': 'error', 'outlier-z-score': 'off' },
    });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({
      settings: {
        minimum: 0,
        maximum: 80,
        severity: { range: 'error', 'jump-from-last-period': 'error', 'outlier-z-score': 'off' },
      },
      setBy: { by: 'admin@example.org' },
    });
    const refused = await figure('CP-ECO-01', '2016/17-Q4', 85);
    expect(refused.status).toBe(400);
    expect(messageOf(refused)).toMatch(/value: 85 is outside the allowed range 0 to 80 \(rule range\)/);
    const reset = await ask('PUT', '/api/v1/validation-rules/measures/CP-ECO-01', { reset: true });
    expect(reset.body).toMatchObject({
      settings: { maximum: 100, severity: { 'outlier-z-score': 'warning' } },
    });
    const changes = await auditTrail(server.database.store.db, {
      action: 'validation-settings-changed',
      limit: 10,
    });
    expect(changes.map((e) => [e.actor, e.objectId])).toEqual([
      ['admin@example.org', 'CP-ECO-01'],
      ['admin@example.org', 'CP-ECO-01'],
    ]);
    expect(changes[0]).toMatchObject({ before: { maximum: 100 }, after: { maximum: 80 } });
  });

  it('refuses settings that could never pass, naming each problem', async () => {
    const answer = await ask('PUT', '/api/v1/validation-rules/measures/CP-ECO-01', {
      minimum: 50,
      maximum: 10,
    });
    expect(answer.status).toBe(400);
    expect(messageOf(answer)).toBe('maximum: 10 is below the minimum 50; expected a maximum at or above it');
    const bad = await ask('PUT', '/api/v1/validation-rules/measures/CP-ECO-01', {
      severity: { range: 'loud' },
    });
    expect(bad.status).toBe(400);
    expect(messageOf(bad)).toMatch(/^severity\.range: must be one of error, warning, off/);
    expect((await ask('GET', '/api/v1/validation-rules/measures/NOPE-01')).status).toBe(404);
  });

  it('keeps rules across measures, refuses one whose side does not read, and judges figures by them', async () => {
    const unreadable = await ask('PUT', '/api/v1/validation-rules/VR-ASC-01', {
      name: 'Adults supported cannot exceed referrals',
      left: '[ASC-SUP] +',
      operator: '<=',
      right: '[ASC-NONE]',
      importance: 'error',
    });
    expect(unreadable.status).toBe(400);
    expect(messageOf(unreadable)).toMatch(/^left: .*; right: Unknown measure 'ASC-NONE'/);

    const saved = await ask('PUT', '/api/v1/validation-rules/VR-ASC-01', {
      name: 'Adults supported cannot exceed referrals',
      left: '[ASC-SUP]',
      operator: '<=',
      right: '[ASC-REF]',
      importance: 'error',
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ id: 'VR-ASC-01', active: true, by: 'admin@example.org' });

    // Not judged while the right side has no figure.
    expect((await figure('ASC-SUP', '2016/17-Q1', 120)).status).toBe(201);
    const broken = await figure('ASC-REF', '2016/17-Q1', 100);
    expect(broken.status).toBe(400);
    expect(messageOf(broken)).toBe(
      'rule VR-ASC-01 (Adults supported cannot exceed referrals): the left side [ASC-SUP] is 120, ' +
        'which is not <= the right side [ASC-REF], 100',
    );
    expect((await figure('ASC-REF', '2016/17-Q1', 150)).status).toBe(201);

    await ask('PUT', '/api/v1/validation-rules/VR-ASC-01', {
      name: 'Adults supported cannot exceed referrals',
      left: '[ASC-SUP]',
      operator: '<=',
      right: '[ASC-REF]',
      importance: 'warning',
    });
    const flagged = await figure('ASC-SUP', '2016/17-Q2', 200);
    expect(flagged.status).toBe(201);
    expect((await figure('ASC-REF', '2016/17-Q2', 180)).body).toMatchObject({
      warnings: [{ rule: 'cross-measure', ruleId: 'VR-ASC-01', severity: 'warning' }],
      value: { qualityFlag: 'suspect' },
    });
    const recorded = await valueWarnings(server.database.store.db, {
      measureId: 'ASC-REF',
      period: '2016/17-Q2',
      areaCode: 'E08000031',
    });
    expect(recorded.map((w) => [w.version, w.rule])).toEqual([[1, 'cross-measure VR-ASC-01']]);

    const list = await ask('GET', '/api/v1/validation-rules');
    expect(list.body.rules).toMatchObject([{ id: 'VR-ASC-01', importance: 'warning', right: '[ASC-REF]' }]);
  });

  it('refuses a figure whose period is not of its measure’s kind, naming the form expected', async () => {
    const month = await figure('CP-ECO-01', '2016-05', 60);
    expect(month.status).toBe(400);
    expect(messageOf(month)).toBe(
      'period: 2016-05 is a month, but CP-ECO-01 is reported quarterly for a financial quarter: ' +
        'expected the form YYYY/YY-Qn, e.g. 2016/17-Q1',
    );
    const quarter = await figure('CP-MON-01', '2016/17-Q1', 60);
    expect(messageOf(quarter)).toMatch(
      /^period: 2016\/17-Q1 is a financial quarter, but CP-MON-01 is reported monthly/,
    );
    expect((await figure('CP-MON-01', '2016-05', 60)).status).toBe(201);
  });

  it('lets only performance officers and administrators read or set them', async () => {
    const store = server.database.store;
    await addTestAccount(store, {
      email: 'officer@example.org',
      grants: [{ role: 'performance-officer', orgUnitId: null }],
    });
    await addTestAccount(store, {
      email: 'director@example.org',
      grants: [{ role: 'director', orgUnitId: 'DIR-PLACE' }],
    });
    const officer = await signIn(server.app, 'officer@example.org');
    const director = await signIn(server.app, 'director@example.org');
    expect((await ask('GET', '/api/v1/validation-rules', undefined, officer)).status).toBe(200);
    const refused = await ask(
      'PUT',
      '/api/v1/validation-rules/measures/CP-ECO-01',
      { maximum: 90 },
      director,
    );
    expect(refused.status).toBe(403);
    expect(refused.body).toEqual({
      error: {
        code: 'forbidden',
        message: 'Only performance officers and administrators may read or set validation rules',
      },
    });
  });
});
