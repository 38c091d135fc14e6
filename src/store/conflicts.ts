/** Recognises a write refused by a unique key on either database, so callers can say "try again". */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  // PostgreSQL's SQLSTATE for unique_violation; better-sqlite3's extended result codes; node:sqlite
  // (Node 24) gives neither code, only SQLite's message.
  return (
    code === '23505' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    (typeof message === 'string' && message.includes('UNIQUE constraint failed'))
  );
}
