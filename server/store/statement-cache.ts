/**
 * Prepared statements by their SQL, prepared once per connection: bulk seeding and curation
 * replay run the same few statements hundreds of thousands of times.
 */
import type Database from 'better-sqlite3';

export function statementCache(db: Database.Database): (sql: string) => Database.Statement {
  const statements = new Map<string, Database.Statement>();
  return (sql) => {
    let st = statements.get(sql);
    if (!st) {
      st = db.prepare(sql);
      statements.set(sql, st);
    }
    return st;
  };
}
