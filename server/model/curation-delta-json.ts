/**
 * A checked curation (check-curation.ts) as JSON and back: the store's change log carries it to
 * other processes sharing the store, which apply it to their model as the curating process did.
 * Only its tables' `updated` records are Maps; everything else is plain data already.
 */
import type { CheckedCuration, TableDelta } from './check-curation';

type TableJson<T> = Omit<TableDelta<T>, 'updated'> & { updated: [string, T][] };

type CheckedCurationJson = Omit<CheckedCuration, 'documents' | 'actors' | 'relations' | 'events'> & {
  [K in 'documents' | 'actors' | 'relations' | 'events']: CheckedCuration[K] extends TableDelta<infer T> ? TableJson<T> : never;
};

const tableToJson = <T>(t: TableDelta<T>): TableJson<T> => ({ ...t, updated: [...t.updated] });
const tableFromJson = <T>(t: TableJson<T>): TableDelta<T> => ({ ...t, updated: new Map(t.updated) });

export function curationDeltaToJson(c: CheckedCuration): CheckedCurationJson {
  return { ...c, documents: tableToJson(c.documents), actors: tableToJson(c.actors), relations: tableToJson(c.relations), events: tableToJson(c.events) };
}

/** What curationDeltaToJson made, as the log gives it back (written by this code, so not validated again). */
export function curationDeltaFromJson(value: unknown): CheckedCuration {
  const c = value as CheckedCurationJson;
  return { ...c, documents: tableFromJson(c.documents), actors: tableFromJson(c.actors), relations: tableFromJson(c.relations), events: tableFromJson(c.events) };
}
