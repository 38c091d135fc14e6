/** The balanced scorecard tables as Kysely sees them (see migration 2026-11-26T3200-balanced-scorecards). */
import type { Generated } from 'kysely';

export interface BalancedScorecardVersionTable {
  id: Generated<number>;
  plan_id: string;
  version: number;
  changed_by: string;
  changed_at: string;
}

export interface BalancedScorecardPerspectiveTable {
  id: Generated<number>;
  scorecard_version_id: number;
  position: number;
  name: string;
  description: string | null;
}

export interface BalancedScorecardMeasureTable {
  id: Generated<number>;
  scorecard_version_id: number;
  perspective_position: number;
  position: number;
  measure_id: string;
}

export interface ScorecardTables {
  balanced_scorecard_version: BalancedScorecardVersionTable;
  balanced_scorecard_perspective: BalancedScorecardPerspectiveTable;
  balanced_scorecard_measure: BalancedScorecardMeasureTable;
}
