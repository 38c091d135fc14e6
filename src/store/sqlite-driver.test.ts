import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openSqliteFile, prefersBuiltInSqlite } from './sqlite-driver.js';

describe('the SQLite driver', () => {
  it('is node:sqlite from Node 24 on, and better-sqlite3 before', () => {
    expect(prefersBuiltInSqlite('20.19.0')).toBe(false);
    expect(prefersBuiltInSqlite('22.12.0')).toBe(false);
    expect(prefersBuiltInSqlite('24.11.1')).toBe(true);
    expect(prefersBuiltInSqlite('26.0.0')).toBe(true);
  });

  it(`reads, writes and streams through Kysely on this Node.js (${process.versions.node})`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'golden-thread-driver-'));
    const connection = await openSqliteFile(join(dir, 'test.sqlite'));
    expect(connection.driver).toBe(prefersBuiltInSqlite() ? 'node:sqlite' : 'better-sqlite3');
    const db = new Kysely<{ t: { id: number; name: string | null } }>({
      dialect: new SqliteDialect({ database: connection.database }),
    });
    try {
      await sql`create table t (id integer primary key, name text)`.execute(db);
      const inserted = await db.insertInto('t').values({ id: 1, name: 'Bilston East' }).executeTakeFirst();
      expect(Number(inserted.numInsertedOrUpdatedRows)).toBe(1);
      await db.insertInto('t').values({ id: 2, name: null }).execute();
      expect(await db.selectFrom('t').selectAll().orderBy('id').execute()).toEqual([
        { id: 1, name: 'Bilston East' },
        { id: 2, name: null },
      ]);
      const streamed: number[] = [];
      for await (const row of db.selectFrom('t').select('id').stream()) streamed.push(row.id);
      expect(streamed).toEqual([1, 2]);
    } finally {
      await db.destroy();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
