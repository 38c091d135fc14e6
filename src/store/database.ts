/**
 * The database schema as Kysely sees it. Dates are ISO text (YYYY-MM-DD), timestamps ISO text with
 * time zone; booleans are 0/1 on SQLite and boolean on PostgreSQL, written as 0/1 and read with
 * `Boolean()` (see flags.ts).
 */
import type { Generated, Insertable, Selectable } from 'kysely';
import type { AccountTables } from './database-accounts.js';
import type { PdrrTables } from './database-pdrr.js';
import type { ScheduleTables } from './database-schedules.js';
import type { ScorecardTables } from './database-scorecard.js';

type Flag = number | boolean;

export interface SettingTable {
  key: string;
  value: string;
}

export interface OrgUnitTable {
  id: string;
  kind: string;
  name: string;
  parent_id: string | null;
}

export interface PersonTable {
  id: string;
  name: string;
  job_title: string;
  email: string | null;
}

export interface RoleAssignmentTable {
  person_id: string;
  org_unit_id: string;
  role: string;
}

export interface AreaTable {
  code: string;
  name: string;
  kind: string;
  parent_code: string | null;
}

export interface AreaGroupTable {
  id: string;
  name: string;
  kind: string;
}

export interface AreaGroupMemberTable {
  group_id: string;
  area_code: string;
}

export interface StrategyItemTable {
  id: string;
  kind: string;
  title: string;
  description: string | null;
  parent_id: string | null;
  owner_id: string | null;
  org_unit_id: string | null;
  start_date: string | null;
  end_date: string | null;
  rollup_rule: string;
  weight: number;
  position: number;
  /** 'active' or 'retired' (kept with its links, out of the thread); set by the database when left out. */
  state: Generated<string>;
  retired_at: Generated<string | null>;
  retired_reason: Generated<string | null>;
}

export interface MeasureTable {
  id: string;
  title: string;
  definition: string;
  numerator_definition: string | null;
  denominator_definition: string | null;
  source_system: string | null;
  calculation: string | null;
  caveats: string | null;
  unit: string;
  rate_per: number | null;
  polarity: string;
  frequency: string;
  year_kind: string;
  aggregation: string;
  decimals: number;
  category: string;
  national_reference: string | null;
  owner_id: string | null;
  org_unit_id: string | null;
  by_ward: Flag;
  comparator_group_id: string | null;
  formula: string | null;
  tolerance: number | null;
  tolerance_kind: string;
  due_lag_days: number;
  is_public: Flag;
  state: string;
  retired_at: string | null;
  retired_reason: string | null;
  created_at: string;
}

export interface MeasureStrategyLinkTable {
  measure_id: string;
  strategy_item_id: string;
}

/** Fields every version of a figure, target or commentary records about its change. */
interface VersionColumns {
  id: Generated<number>;
  version: number;
  withdrawn: Flag;
  recorded_by: string;
  recorded_at: string;
  reason: string;
}

export interface ValueVersionTable extends VersionColumns {
  measure_id: string;
  period: string;
  area_code: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  status: string;
  quality_flag: string | null;
  note: string | null;
  source: string | null;
  /** The import that wrote this version; null for figures entered by hand. */
  import_batch_id: number | null;
}

export interface TargetVersionTable extends VersionColumns {
  measure_id: string;
  period: string;
  value: number | null;
  lower: number | null;
  upper: number | null;
  tolerance: number | null;
}

export interface CommentaryVersionTable extends VersionColumns {
  measure_id: string;
  period: string;
  summary: string;
  reasons: string | null;
  next_steps: string | null;
  author_id: string | null;
}

export interface ActionTable {
  id: string;
  title: string;
  responsible_officer: string;
  responsible_person_id: string | null;
  anticipated_outcome: string;
  proposed_start_date: string;
  proposed_end_date: string;
  others_involved: string | null;
  status: string;
  percent_complete: number;
  progress_note: string | null;
  /** The unit that owns the action (migration 2500); null for those that predate it. */
  org_unit_id: string | null;
}

export interface ActionMilestoneTable {
  id: Generated<number>;
  action_id: string;
  position: number;
  title: string;
  due_date: string;
  completed_date: string | null;
}

export interface ActionStrategyLinkTable {
  action_id: string;
  strategy_item_id: string;
}

export interface ActionMeasureLinkTable {
  action_id: string;
  measure_id: string;
}

export interface RiskTable {
  id: string;
  title: string;
  description: string | null;
  owner_id: string | null;
  inherent_likelihood: number;
  inherent_impact: number;
  residual_likelihood: number;
  residual_impact: number;
  controls: string | null;
  review_date: string;
  status: string;
  /** The unit that owns the risk (migration 2500). */
  org_unit_id: string | null;
}

export interface RiskStrategyLinkTable {
  risk_id: string;
  strategy_item_id: string;
}

export interface AppUserTable {
  id: string;
  email: string;
  display_name: string;
  person_id: string | null;
  is_admin: Flag;
  disabled: Flag;
  created_at: string;
}

export interface ImportBatchTable {
  id: Generated<number>;
  file_name: string;
  sha256: string;
  profile: string;
  imported_by: string;
  imported_at: string;
  rows_read: number;
  created: number;
  changed: number;
  unchanged: number;
  skipped: number;
}

export interface ImportProfileTable {
  name: string;
  /** The profile as JSON. */
  definition: string;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
}

/** One sign-off step on one version of a figure; see domain/signoff. */
export interface ValueSignoffTable {
  id: Generated<number>;
  measure_id: string;
  period: string;
  area_code: string;
  version: number;
  state: string;
  signed_by: string;
  signed_at: string;
  reason: string | null;
}

/** One version of a measure's validation settings; the latest by id is current. */
export interface MeasureValidationTable {
  id: Generated<number>;
  measure_id: string;
  minimum: number | null;
  maximum: number | null;
  outlier_threshold: number;
  jump_share: number;
  /** JSON: each rule's setting (error, warning or off). */
  severities: string;
  changed_by: string;
  changed_at: string;
}

/** One version of a rule across measures; the latest by id for a rule_id is current. */
export interface ValidationRuleTable {
  id: Generated<number>;
  rule_id: string;
  name: string;
  left_side: string;
  operator: string;
  right_side: string;
  importance: string;
  active: Flag;
  changed_by: string;
  changed_at: string;
}

/** A validation warning on one version of a figure that was recorded anyway. */
export interface ValueWarningTable {
  id: Generated<number>;
  measure_id: string;
  period: string;
  area_code: string;
  version: number;
  rule: string;
  message: string;
  found_at: string;
}

/** One version of a measure's publication rule; the latest by id is current. */
export interface PublicationRuleTable {
  id: Generated<number>;
  measure_id: string;
  suppress_below: number | null;
  changed_by: string;
  changed_at: string;
}

/** One version of a saved dashboard; the latest by version for a dashboard_id is current. */
export interface DashboardVersionTable {
  id: Generated<number>;
  dashboard_id: string;
  version: number;
  title: string;
  owner_org_unit_id: string | null;
  scope_kind: string;
  scope_id: string;
  /** JSON: the cards. */
  cards: string;
  changed_by: string;
  changed_at: string;
}

/** One version of an authority's uploaded ward boundaries; null geojson means back to the hex map. */
export interface WardBoundaryVersionTable {
  id: Generated<number>;
  authority_code: string;
  geojson: string | null;
  file_name: string | null;
  changed_by: string;
  changed_at: string;
}

export interface Database extends AccountTables, PdrrTables, ScheduleTables, ScorecardTables {
  setting: SettingTable;
  org_unit: OrgUnitTable;
  person: PersonTable;
  role_assignment: RoleAssignmentTable;
  area: AreaTable;
  area_group: AreaGroupTable;
  area_group_member: AreaGroupMemberTable;
  strategy_item: StrategyItemTable;
  measure: MeasureTable;
  measure_strategy_link: MeasureStrategyLinkTable;
  value_version: ValueVersionTable;
  target_version: TargetVersionTable;
  commentary_version: CommentaryVersionTable;
  action: ActionTable;
  action_milestone: ActionMilestoneTable;
  action_strategy_link: ActionStrategyLinkTable;
  action_measure_link: ActionMeasureLinkTable;
  risk: RiskTable;
  risk_strategy_link: RiskStrategyLinkTable;
  app_user: AppUserTable;
  import_batch: ImportBatchTable;
  import_profile: ImportProfileTable;
  value_signoff: ValueSignoffTable;
  measure_validation: MeasureValidationTable;
  validation_rule: ValidationRuleTable;
  value_warning: ValueWarningTable;
  dashboard_version: DashboardVersionTable;
  ward_boundary_version: WardBoundaryVersionTable;
  publication_rule: PublicationRuleTable;
}

export type MeasureRow = Selectable<MeasureTable>;
export type NewValueVersion = Insertable<ValueVersionTable>;
