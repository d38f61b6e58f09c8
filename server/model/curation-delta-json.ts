/**
 * A checked curation (check-curation.ts) as JSON and back: the store's change log carries it to
 * other processes sharing the store, which apply it to their model as the curating process did.
 * Its tables' `updated` records are Maps, and a mediation record's relations share lists; the rest
 * is plain data.
 */
import type { Relation } from '../domain/types';
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

/**
 * The relations of one mediation record (mediator → each party) share its evidence list and its
 * `between` pair, as a load makes them (validate-dataset.ts): evidence an ingest adds later goes to
 * the first and must show on both. JSON gives each its own copy; they are made one list again.
 */
function relinked(relations: Relation[]): Relation[] {
  const [first, ...others] = relations;
  for (const r of others) {
    r.evidence = first.evidence;
    if (first.between) r.between = first.between;
  }
  return relations;
}

/** What curationDeltaToJson made, as the log gives it back (written by this code, so not validated again). */
export function curationDeltaFromJson(value: unknown): CheckedCuration {
  const c = value as CheckedCurationJson;
  const relations = tableFromJson(c.relations);
  for (const rs of relations.updated.values()) relinked(rs);
  for (const p of relations.placed) relinked(p.value);
  return { ...c, documents: tableFromJson(c.documents), actors: tableFromJson(c.actors), relations, events: tableFromJson(c.events) };
}
