/**
 * Reads every Plan–Do–Review–Revise record out as rows, and writes them back into a council being
 * loaded. Generated ids are left out and rows are written back in the order read, so decisions,
 * progress updates and escalations keep their order (and the append-only tables only ever see
 * inserts).
 */
import type { Kysely } from 'kysely';
import { UserError } from '../domain/errors.js';
import { PDRR_BUNDLE_FORMAT, type PdrrBundle, type PdrrRow } from '../domain/pdrr/bundle.js';
import { chunks } from './chunks.js';
import type { Database } from './database.js';
import { RECOVERY_PERIODS_SETTING, RISK_BANDS_SETTING } from './pdrr-settings.js';
import { getSetting, setSetting } from './settings.js';

interface TableShape {
  name: keyof Database & string;
  /** The columns giving a stable order: the generated id where there is one. */
  order: string[];
  /** The table numbers its own rows; the numbers are not carried. */
  generatedId?: boolean;
}

/** Parents before children, so foreign keys hold as each table is written. */
const TABLES: readonly TableShape[] = [
  { name: 'action', order: ['id'] },
  { name: 'action_milestone', order: ['id'], generatedId: true },
  { name: 'action_strategy_link', order: ['action_id', 'strategy_item_id'] },
  { name: 'action_measure_link', order: ['action_id', 'measure_id'] },
  { name: 'action_progress', order: ['id'], generatedId: true },
  { name: 'risk', order: ['id'] },
  { name: 'risk_strategy_link', order: ['risk_id', 'strategy_item_id'] },
  { name: 'recovery_plan', order: ['id'] },
  { name: 'recovery_plan_action', order: ['plan_id', 'action_id'] },
  { name: 'recovery_plan_trajectory', order: ['plan_id', 'period'] },
  { name: 'recovery_plan_escalation', order: ['id'], generatedId: true },
  { name: 'review_meeting', order: ['id'] },
  { name: 'review_pack', order: ['id'], generatedId: true },
  { name: 'review_agenda_item', order: ['id'], generatedId: true },
  { name: 'review_decision', order: ['id'], generatedId: true },
  { name: 'review_attendance', order: ['meeting_id', 'name'] },
  { name: 'individual_objective', order: ['strategy_item_id'] },
  { name: 'objective_progress', order: ['id'], generatedId: true },
  { name: 'complaint', order: ['id'] },
];

/** Tables whose rows a bundle carries; the key actions and risks among them replace the bundle's own. */
export const PDRR_BUNDLE_TABLES: readonly string[] = TABLES.map((t) => t.name);

const SETTINGS = [RECOVERY_PERIODS_SETTING, RISK_BANDS_SETTING];

function cellsOf(table: string, row: Record<string, unknown>, dropId: boolean): PdrrRow {
  const out: PdrrRow = {};
  for (const [column, value] of Object.entries(row)) {
    if (dropId && column === 'id') continue;
    if (value === null || typeof value === 'string' || typeof value === 'number') out[column] = value;
    else throw new Error(`${table}.${column} holds a ${typeof value}, which a bundle cannot carry`);
  }
  return out;
}

export async function readPdrrBundle(db: Kysely<Database>): Promise<PdrrBundle> {
  const tables: Record<string, PdrrRow[]> = {};
  for (const table of TABLES) {
    // Kysely cannot relate a table name held in a variable to its row type; the list above does.
    let query = db.selectFrom(table.name as 'action').selectAll();
    for (const column of table.order) query = query.orderBy(column as 'id');
    const rows = (await query.execute()) as Record<string, unknown>[];
    tables[table.name] = rows.map((r) => cellsOf(table.name, r, table.generatedId === true));
  }
  const settings: Record<string, string> = {};
  for (const key of SETTINGS) {
    const value = await getSetting(db, key);
    if (value !== null) settings[key] = value;
  }
  return { format: PDRR_BUNDLE_FORMAT, settings, tables };
}

/** Checks the bundle's shape before anything is written, naming the first thing wrong. */
function checkBundle(bundle: PdrrBundle): void {
  if (bundle.format !== PDRR_BUNDLE_FORMAT)
    throw new UserError(
      'invalid-input',
      `pdrr.format: expected "${PDRR_BUNDLE_FORMAT}", found "${String(bundle.format)}"`,
    );
  for (const name of Object.keys(bundle.tables))
    if (!PDRR_BUNDLE_TABLES.includes(name))
      throw new UserError(
        'invalid-input',
        `pdrr.tables: "${name}" is not a Plan–Do–Review–Revise table; expected some of ${PDRR_BUNDLE_TABLES.join(', ')}`,
      );
  for (const key of Object.keys(bundle.settings))
    if (!SETTINGS.includes(key))
      throw new UserError(
        'invalid-input',
        `pdrr.settings: "${key}" is not a setting; expected ${SETTINGS.join(' or ')}`,
      );
}

/** Writes the records into the caller's transaction (a council being loaded into an empty database). */
export async function writePdrrBundle(trx: Kysely<Database>, bundle: PdrrBundle): Promise<void> {
  checkBundle(bundle);
  for (const table of TABLES) {
    const rows = bundle.tables[table.name] ?? [];
    if (rows.length === 0) continue;
    for (const chunk of chunks(rows, Object.keys(rows[0]!).length)) {
      await trx
        .insertInto(table.name)
        .values(chunk as never)
        .execute();
    }
  }
  for (const [key, value] of Object.entries(bundle.settings)) await setSetting(trx, key, value);
}
