/** Everything that describes one council, as plain data: what the demo builds and the store loads. */
import type { Action } from './action.js';
import type { Area, AreaGroup } from './area.js';
import type { Commentary, MeasureValue, Target } from './figures.js';
import type { Measure } from './measure.js';
import type { OrgUnit, Person, RoleAssignment } from './organisation.js';
import type { PdrrBundle } from './pdrr/bundle.js';
import type { Risk } from './risk.js';
import type { StrategyItem } from './strategy.js';

export interface CouncilBundle {
  /** The authority's own area code (e.g. E08000031). */
  authorityCode: string;
  /**
   * The period the council reports as at (canonical text, e.g. 2017/18-Q4): scorecards, the thread
   * and pages judge measures as at it unless asked for another. Left out, each measure is judged
   * at its latest figure or its latest overdue period.
   */
  reportingPeriod?: string;
  orgUnits: OrgUnit[];
  people: Person[];
  roles: RoleAssignment[];
  areas: Area[];
  areaGroups: AreaGroup[];
  /** Parents before children. */
  strategyItems: StrategyItem[];
  measures: Measure[];
  values: MeasureValue[];
  targets: Target[];
  commentary: Commentary[];
  actions: Action[];
  risks: Risk[];
  /**
   * The Plan–Do–Review–Revise records, as an export carries them. When present, its key actions
   * and risks (with their units and history) are loaded instead of `actions` and `risks`.
   */
  pdrr?: PdrrBundle;
}
