/**
 * Reading and changing stored rows as data. A change names the row before and after; applying it
 * first checks that the row still is what the change expects (so a change planned against a state
 * that moved on fails instead of overwriting), and its inverse — the same rows the other way round,
 * in reverse order — is what undo applies.
 */
import type Database from 'better-sqlite3';
import { ActorGraphError } from '../domain/errors';
import type { CuratedTable, Row, RowChange } from '../domain/curation';
import { TABLE_SPECS } from './curation-schema';
import { statementCache } from './statement-cache';
import { EVENT_ROW_COLUMNS, namedStatsColumns, statsColumnsOfText } from './row-records';

/** A curation that no longer fits the stored state (HTTP 409). */
export class ConflictError extends ActorGraphError {
  constructor(message: string) {
    super(message, 'conflict', 409);
  }
}

const ROWID = '_rowid';

/** Read access to stored rows, for planners (inside the curation's transaction). */
export interface RowReader {
  /** The row with this key, if any. */
  get(table: CuratedTable, key: Row): Row | undefined;
  /** Rows whose `column` equals `value`, in table order. */
  where(table: CuratedTable, column: string, value: string): Row[];
  /** Rows whose text `column` contains `text`, in table order. */
  whereContains(table: CuratedTable, column: string, text: string): Row[];
  /** The next free integer id of a table whose key is an INTEGER PRIMARY KEY. */
  nextId(table: CuratedTable): number;
  /** The row that follows the row at `rowid` in table order (what a dump lists next), if any. */
  after(table: CuratedTable, rowid: number): Row | undefined;
}

/** Column names here come from TABLE_SPECS and the planners, never from outside input. */
const quoteName = (c: string): string => `"${c.replace(/"/g, '""')}"`;

const withoutRowid = (r: Row): Row => {
  const { [ROWID]: _drop, ...rest } = r;
  return rest;
};

/**
 * Rows logged before a column was added (ADDED_COLUMNS in sqlite-store.ts) lack it: absent reads
 * as NULL, which is what the migration gave those rows.
 */
const sameRow = (a: Row, b: Row): boolean => {
  const x = withoutRowid(a);
  const y = withoutRowid(b);
  return [...new Set([...Object.keys(x), ...Object.keys(y)])].every((k) => (x[k] ?? null) === (y[k] ?? null));
};

/**
 * An event row as logged before schema version 1 (schema-version.ts), its stats one JSON text, made
 * the row that version stores for them, in place (so what this change records is the row as now
 * stored): an undo of a curation made then, or a restored dump's log, applies to today's rows.
 */
function asStoredNow(r: Row | undefined): void {
  if (!r || 'events' in r || typeof r.stats !== 'string') return;
  Object.assign(r, namedStatsColumns(statsColumnsOfText(r.stats)));
}

/**
 * Event rows are read and written as their records name them, ends as actor ids: the table holds
 * the actors' rowids (schema version 2, schema-version.ts), so a row is read with its ends' ids
 * (an end that is no actor's rowid as it is stored) and an id given for an end is its actor's
 * rowid, looked up in SQL: an id that is no actor's gives NULL, which matches no row and is
 * refused by the column's NOT NULL, as the foreign key refused it.
 */
const EVENTS: CuratedTable = 'event_relations';
const isEnd = (table: CuratedTable, column: string): boolean => table === EVENTS && (column === 'source' || column === 'target');

/** The SELECT of a table's rows as row images, with their rowid as `_rowid`. */
const rowsOf = (table: CuratedTable): string =>
  table === EVENTS
    ? `SELECT e.rowid AS ${ROWID}, COALESCE(s.id, e.source) AS source, COALESCE(t.id, e.target) AS target, ${EVENT_ROW_COLUMNS.slice(2).map((c) => `e.${c}`).join(', ')}
       FROM event_relations e LEFT JOIN actors s ON s.rowid = e.source LEFT JOIN actors t ON t.rowid = e.target`
    : `SELECT rowid AS ${ROWID}, * FROM ${table}`;

/** The table's rowid in rowsOf's SELECT (the joined actors have one too). */
const rowidIn = (table: CuratedTable): string => (table === EVENTS ? 'e.rowid' : 'rowid');

/** The SQL of a value of `column` as a row image gives it (a parameter). */
const valueOf = (table: CuratedTable, column: string): string => (isEnd(table, column) ? '(SELECT rowid FROM actors WHERE id = ?)' : '?');

const describe = (table: CuratedTable, r: Row): string => `${table} ${TABLE_SPECS[table].key.map((k) => `${k}=${JSON.stringify(r[k])}`).join(', ')}`;

export class SqliteRows implements RowReader {

  private readonly stmt: (sql: string) => Database.Statement;

  constructor(db: Database.Database) {
    this.stmt = statementCache(db);
  }

  private keyWhere(table: CuratedTable): string {
    return TABLE_SPECS[table].key.map((k) => `${quoteName(k)} = ${valueOf(table, k)}`).join(' AND ');
  }

  private keyValues(table: CuratedTable, r: Row): unknown[] {
    return TABLE_SPECS[table].key.map((k) => r[k]);
  }

  get(table: CuratedTable, key: Row): Row | undefined {
    return this.stmt(`${rowsOf(table)} WHERE ${this.keyWhere(table)}`).get(...this.keyValues(table, key)) as Row | undefined;
  }

  where(table: CuratedTable, column: string, value: string): Row[] {
    return this.stmt(`${rowsOf(table)} WHERE ${quoteName(column)} = ${valueOf(table, column)} ORDER BY ${rowidIn(table)}`).all(value) as Row[];
  }

  whereContains(table: CuratedTable, column: string, text: string): Row[] {
    // An event's end is a number in the table: its id is what holds the text.
    const value = isEnd(table, column) ? `COALESCE(${column === 'source' ? 's' : 't'}.id, e.${column})` : quoteName(column);
    return this.stmt(`${rowsOf(table)} WHERE instr(${value}, ?) > 0 ORDER BY ${rowidIn(table)}`).all(text) as Row[];
  }

  after(table: CuratedTable, rowid: number): Row | undefined {
    return this.stmt(`${rowsOf(table)} WHERE ${rowidIn(table)} > ? ORDER BY ${rowidIn(table)} LIMIT 1`).get(rowid) as Row | undefined;
  }

  nextId(table: CuratedTable): number {
    return ((this.stmt(`SELECT MAX(rowid) AS m FROM ${table}`).get() as { m: number | null }).m ?? 0) + 1;
  }

  /**
   * Applies changes in order; throws ConflictError, changing nothing it has not already changed
   * (the caller's transaction rolls back), when a row is not as the change expects. Inserted rows
   * get their `_rowid` recorded, so an undo of their deletion puts them back in place.
   */
  apply(changes: RowChange[]): void {
    for (const c of changes) {
      const { table, before, after } = c;
      if (table === 'event_relations') [before, after].forEach(asStoredNow);
      const current = this.get(table, (before ?? after) as Row);
      if (before) {
        if (!current || !sameRow(current, before)) throw new ConflictError(`${describe(table, before)} changed since; reload and try again`);
      } else if (current) {
        throw new ConflictError(`${describe(table, after as Row)} already exists`);
      }
      if (before && after && this.keyValues(table, before).every((v, i) => v === this.keyValues(table, after)[i])) {
        const cols = Object.keys(withoutRowid(after)).filter((k) => !TABLE_SPECS[table].key.includes(k));
        this.stmt(`UPDATE ${table} SET ${cols.map((k) => `${quoteName(k)} = ${valueOf(table, k)}`).join(', ')} WHERE ${this.keyWhere(table)}`).run(
          ...cols.map((k) => after[k]),
          ...this.keyValues(table, before),
        );
        after[ROWID] = current?.[ROWID] ?? null;
        continue;
      }
      if (before) this.stmt(`DELETE FROM ${table} WHERE ${this.keyWhere(table)}`).run(...this.keyValues(table, before));
      if (after) this.insert(table, after);
    }
  }

  private insert(table: CuratedTable, row: Row): void {
    const cols = Object.keys(withoutRowid(row));
    const wanted = row[ROWID];
    // Back in its old place when that is free (undo of a delete); at the end otherwise.
    const place = TABLE_SPECS[table].ordered && typeof wanted === 'number' && !this.stmt(`SELECT 1 FROM ${table} WHERE rowid = ?`).get(wanted);
    const names = [...(place ? ['rowid'] : []), ...cols];
    const info = this.stmt(`INSERT INTO ${table} (${names.map(quoteName).join(', ')}) VALUES (${names.map((k) => valueOf(table, k)).join(', ')})`).run(
      ...(place ? [wanted] : []),
      ...cols.map((k) => row[k]),
    );
    row[ROWID] = Number(info.lastInsertRowid);
  }
}

/** The changes that take the state back: each row's after and before swapped, last change first. */
export function inverseChanges(changes: RowChange[]): RowChange[] {
  return [...changes].reverse().map(({ table, before, after }) => ({
    table,
    ...(after ? { before: { ...after } } : {}),
    ...(before ? { after: { ...before } } : {}),
  }));
}
