/**
 * The deterministic demo council: a City of Wolverhampton-like council with its organisation,
 * Corporate Plan 2015–18, measures, three years of figures, targets, commentary, actions and
 * risks. The same seed always gives the same bundle; the seed changes only the figures (and the
 * commentary that describes them), not the organisation or the plan.
 */
import type { CouncilBundle } from '../domain/council.js';
import { AUTHORITY_CODE, buildAreaGroups, buildAreas } from './areas.js';
import { CATALOGUE } from './catalogue/index.js';
import { buildCommentary } from './commentary.js';
import { generateFigures } from './figure-set.js';
import { FRAMEWORK_ACTIONS, toAction } from './framework-actions.js';
import { toMeasure } from './measures.js';
import { buildOrganisation } from './organisation.js';
import { buildRisks } from './risks.js';
import { SERVICE_ACTIONS } from './service-actions.js';
import { buildStrategy } from './strategy.js';
import { buildTargets } from './targets.js';

export const DEFAULT_DEMO_SEED = 20150401;

export function buildDemoCouncil(seed: number = DEFAULT_DEMO_SEED): CouncilBundle {
  const org = buildOrganisation();
  const measures = CATALOGUE.map((spec) => toMeasure(spec, org));
  const { values, city } = generateFigures(CATALOGUE, seed);
  const targets = CATALOGUE.flatMap((spec, i) => buildTargets(spec, measures[i]!));
  const commentary = CATALOGUE.flatMap((spec, i) =>
    buildCommentary(
      spec,
      measures[i]!,
      city,
      targets.filter((t) => t.measureId === spec.id),
    ),
  );
  return {
    authorityCode: AUTHORITY_CODE,
    // The plan's last quarter: the demo's figures run to March 2018.
    reportingPeriod: '2017/18-Q4',
    orgUnits: org.orgUnits,
    people: org.people,
    roles: org.roles,
    areas: buildAreas(),
    areaGroups: buildAreaGroups(),
    strategyItems: buildStrategy(org),
    measures,
    values,
    targets,
    commentary,
    actions: [...FRAMEWORK_ACTIONS, ...SERVICE_ACTIONS].map((entry) => toAction(entry, org)),
    risks: buildRisks(org),
  };
}
