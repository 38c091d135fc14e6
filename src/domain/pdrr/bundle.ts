/**
 * The Plan–Do–Review–Revise records of a council as plain rows, table by table, so that moving a
 * council (export, then load into an empty database) keeps its key actions and their progress,
 * recovery plans and escalations, risks, review meetings with their frozen packs, decisions and
 * attendance, individual objectives' appraisal records and progress, complaints and settings.
 * Rows keep the database's own column names: the records move whole, history included, without a
 * second mapping to drift from the tables.
 */

export const PDRR_BUNDLE_FORMAT = 'golden-thread-pdrr/1';

export type PdrrCell = string | number | null;
export type PdrrRow = Record<string, PdrrCell>;

export interface PdrrBundle {
  format: typeof PDRR_BUNDLE_FORMAT;
  /** The council's settings for the cycle (recovery_plan_periods, risk_bands), as stored. */
  settings: Record<string, string>;
  /** Rows of each table, parents before children, oldest first where order matters. */
  tables: Record<string, PdrrRow[]>;
}
