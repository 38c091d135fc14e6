/**
 * Strategy items can be retired: an item that measures, actions or children have pointed at keeps
 * its row (and so every link and its history) but leaves the thread. Nothing is dropped.
 */
import { sql, type Migration } from 'kysely';
import type { AnyKysely } from './helpers.js';

export const strategyItemRetirement: Migration = {
  async up(db: AnyKysely) {
    await db.schema
      .alterTable('strategy_item')
      .addColumn('state', 'text', (c) =>
        c
          .notNull()
          .defaultTo('active')
          .check(sql`state in ('active', 'retired')`),
      )
      .execute();
    await db.schema.alterTable('strategy_item').addColumn('retired_at', 'text').execute();
    await db.schema.alterTable('strategy_item').addColumn('retired_reason', 'text').execute();
  },

  async down(db: AnyKysely) {
    for (const column of ['retired_reason', 'retired_at', 'state']) {
      await db.schema.alterTable('strategy_item').dropColumn(column).execute();
    }
  },
};
