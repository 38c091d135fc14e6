import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDemoCouncil } from './index.js';

const bundle = buildDemoCouncil();
const framework = readFileSync(
  new URL('../../../shared/seed/000_f2ebf0e2dc84db93.txt', import.meta.url),
  'utf8',
);

describe('demo actions', () => {
  const appendix = bundle.actions.filter((a) => a.id.startsWith('PMF-'));

  it('has all twelve key actions of the framework’s appendix, worded exactly as it words them', () => {
    expect(appendix).toHaveLength(12);
    for (const a of appendix) {
      for (const text of [a.title, a.responsibleOfficer, a.anticipatedOutcome, a.othersInvolved!]) {
        expect(framework, `${a.id}: ${text}`).toContain(text);
      }
    }
  });

  it('turns the appendix months into first and last days', () => {
    const refresh = appendix.find((a) => a.title.startsWith('Annual refresh of Corporate Plan'))!;
    expect(refresh).toMatchObject({
      responsibleOfficer: 'Head of Transformation',
      anticipatedOutcome: 'Set strategic vision',
      proposedStartDate: '2015-12-01',
      proposedEndDate: '2016-03-31',
      othersInvolved: 'Wider Leadership Team, Policy Officer',
    });
    const software = appendix.find((a) => a.responsibleOfficer === 'Head of ICT')!;
    expect([software.proposedStartDate, software.proposedEndDate]).toEqual(['2015-04-01', '2015-09-30']);
  });

  it('names the person holding each responsible post', () => {
    const hot = bundle.people.find((p) => p.jobTitle === 'Head of Transformation')!;
    expect(
      appendix
        .filter((a) => a.responsibleOfficer === 'Head of Transformation')
        .every((a) => a.responsiblePersonId === hot.id),
    ).toBe(true);
  });

  it('adds service actions and recovery plans tied to the measures they should move', () => {
    const service = bundle.actions.filter((a) => !a.id.startsWith('PMF-'));
    expect(service.length).toBeGreaterThanOrEqual(8);
    expect(
      service.filter((a) => a.title.startsWith('Recovery plan')).every((a) => a.measureIds.length > 0),
    ).toBe(true);
    expect(new Set(bundle.actions.map((a) => a.status)).size).toBeGreaterThanOrEqual(4);
    for (const a of bundle.actions) {
      expect(a.proposedStartDate <= a.proposedEndDate, a.id).toBe(true);
      expect(a.percentComplete).toBeGreaterThanOrEqual(0);
      expect(a.percentComplete).toBeLessThanOrEqual(100);
      if (a.status === 'completed') expect(a.percentComplete).toBe(100);
    }
  });
});

describe('demo risk register', () => {
  it('has about twenty risks scored 1–5, with controls bringing the residual score down', () => {
    expect(bundle.risks.length).toBeGreaterThanOrEqual(18);
    for (const r of bundle.risks) {
      for (const score of [r.inherentLikelihood, r.inherentImpact, r.residualLikelihood, r.residualImpact]) {
        expect(Number.isInteger(score) && score >= 1 && score <= 5, r.id).toBe(true);
      }
      expect(r.residualLikelihood * r.residualImpact, r.id).toBeLessThanOrEqual(
        r.inherentLikelihood * r.inherentImpact,
      );
      expect(r.controls, r.id).toBeTruthy();
      expect(r.strategyItemIds.length, r.id).toBeGreaterThan(0);
    }
    expect(bundle.risks.some((r) => r.title.includes('Looked After Children'))).toBe(true);
  });
});
