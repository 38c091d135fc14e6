/** Small named settings of the deployment, such as which area is the council's own. */
import type { Kysely } from 'kysely';
import type { Database } from './database.js';

export const AUTHORITY_CODE = 'authority_code';
/** The period the council reports as at; see CouncilBundle.reportingPeriod. */
export const REPORTING_PERIOD = 'reporting_period';

export async function getSetting(db: Kysely<Database>, key: string): Promise<string | null> {
  const row = await db.selectFrom('setting').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value ?? null;
}

export async function setSetting(db: Kysely<Database>, key: string, value: string): Promise<void> {
  await db
    .insertInto('setting')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}
