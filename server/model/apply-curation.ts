/**
 * Applies a committed curation to the in-memory dataset and its index as a delta: the records it
 * touched (read and checked by check-curation.ts) replace, join or leave the dataset where the
 * store now lists them, so the dataset stays what a reload of the store gives, in the same order,
 * without one. A record changed in place is updated in place; only a curation that removes or
 * moves records makes one pass over that table's array (no copying of records, no parsing).
 */
import type { CurationEvent, CurationState } from '../domain/curation';
import type { Actor, Dataset, EventRelation, Relation } from '../domain/types';
import { edgeKey } from '../graph/build';
import type { TouchedGraph } from './apply-ingest';
import type { CheckedCuration, TableDelta } from './check-curation';
import type { DatasetIndex } from './dataset-index';

/** `target` made equal to `source`, keeping its identity (the index and other lists hold it). */
function assignInPlace<T extends object>(target: T, source: T): void {
  for (const k of Object.keys(target)) if (!(k in source)) delete (target as Record<string, unknown>)[k];
  Object.assign(target, source);
}

/** Edits to one array of records, made in one pass: records dropped, records replaced where they stand, records put before another, records put last. */
class ArrayEdit<T> {
  readonly drop = new Set<T>();
  readonly replace = new Map<T, T>();
  readonly before = new Map<T, T[]>();
  readonly last: T[] = [];

  put(values: T[], anchor: T | undefined): void {
    if (anchor === undefined) this.last.push(...values);
    else this.before.set(anchor, [...(this.before.get(anchor) ?? []), ...values]);
  }

  /** Applies the edits to `array` in place. */
  apply(array: T[]): void {
    if (this.before.size) {
      const out: T[] = [];
      for (const x of array) {
        const now = this.replace.get(x) ?? x;
        // Anchors are looked up once the table's records are in: a replaced record by its replacement.
        const put = this.before.get(now);
        if (put) for (const y of put) out.push(y);
        if (!this.drop.has(x)) out.push(now);
      }
      for (let i = 0; i < out.length; i++) array[i] = out[i];
      array.length = out.length;
    } else if (this.drop.size || this.replace.size) {
      let write = 0;
      for (let i = 0; i < array.length; i++) if (!this.drop.has(array[i])) array[write++] = this.replace.get(array[i]) ?? array[i];
      array.length = write;
    }
    for (const x of this.last) array.push(x);
  }
}

/**
 * The array edits of a table of one record per row (documents, actors, coded events), with `byKey`
 * (the index's map, or a lookup) kept in step. Returns the records that joined (new keys), those
 * changed or moved (keys that were there), and those that left their place (removed or moved).
 * A changed record is changed in place, or with `replace` replaced where it stands (by the new record).
 */
function applyTable<T extends object>(
  delta: TableDelta<T>,
  array: T[],
  find: (key: string) => T | undefined,
  set: (key: string, value: T | undefined, old: T | undefined) => void,
  replace = false,
): { joined: T[]; changed: T[]; left: T[] } {
  const edit = new ArrayEdit<T>();
  const out = { joined: [] as T[], changed: [] as T[], left: [] as T[] };
  for (const key of delta.removed) {
    const old = find(key) as T;
    edit.drop.add(old);
    out.left.push(old);
    set(key, undefined, old);
  }
  for (const [key, value] of delta.updated) {
    const old = find(key) as T;
    if (replace) edit.replace.set(old, value);
    else assignInPlace(old, value);
    const now = replace ? value : old;
    out.changed.push(now);
    set(key, now, old);
  }
  for (const p of delta.placed) {
    const old = find(p.key);
    if (old) {
      edit.drop.add(old);
      out.left.push(old);
      out.changed.push(p.value);
    } else out.joined.push(p.value);
    set(p.key, p.value, old);
  }
  // Anchors are records that kept their place: looked up once every placed record is in.
  for (const p of delta.placed) edit.put([p.value], p.before === undefined ? undefined : find(p.before));
  edit.apply(array);
  return out;
}

const withoutItem = <T>(map: Map<string, T[]>, key: string, item: T): void => {
  const list = map.get(key)?.filter((x) => x !== item);
  if (list?.length) map.set(key, list);
  else map.delete(key);
};

/** Puts the lists of `keys` back in the order their items have in `array` (one pass, only when some list has several). */
function reorderLists<T>(listOf: (key: string) => T[] | undefined, keys: Iterable<string>, array: readonly T[]): void {
  const lists = [...new Set(keys)].map(listOf).filter((l): l is T[] => l !== undefined && l.length > 1);
  if (!lists.length) return;
  const wanted = new Set(lists.flat());
  const place = new Map<T, number>();
  array.forEach((x, i) => {
    if (wanted.has(x)) place.set(x, i);
  });
  for (const l of lists) l.sort((a, b) => (place.get(a) as number) - (place.get(b) as number));
}

/** A list kept sorted by `key` (as the store reads it): `item`'s place found by binary search. */
function sortedPlace<T, K extends string | number>(list: readonly T[], key: (x: T) => K, k: K): number {
  let [lo, hi] = [0, list.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid]) < k) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function removeSorted<T, K extends string | number>(list: T[], key: (x: T) => K, k: K): void {
  const i = sortedPlace(list, key, k);
  if (i < list.length && key(list[i]) === k) list.splice(i, 1);
}

function insertSorted<T, K extends string | number>(list: T[], key: (x: T) => K, item: T): void {
  list.splice(sortedPlace(list, key, key(item)), 0, item);
}

/** The relation records' part: the records replace, join or leave the dataset; the edges they were and are on are touched. */
function applyRelations(dataset: Dataset, index: DatasetIndex, delta: TableDelta<Relation[]>, edges: Set<string>): void {
  const edit = new ArrayEdit<Relation>();
  const joinedEdges: string[] = [];
  const leave = (olds: Relation[]): void => {
    for (const r of olds) {
      const key = edgeKey(r.type, r.source, r.target);
      edges.add(key);
      withoutItem(index.relationsByEdge, key, r);
    }
  };
  const join = (news: Relation[]): void => {
    for (const r of news) {
      const key = edgeKey(r.type, r.source, r.target);
      edges.add(key);
      joinedEdges.push(key);
      const list = index.relationsByEdge.get(key);
      if (list) list.push(r);
      else index.relationsByEdge.set(key, [r]);
    }
  };
  for (const id of delta.removed) {
    const olds = index.records.get(id) as Relation[];
    leave(olds);
    for (const r of olds) edit.drop.add(r);
    index.records.delete(id);
  }
  for (const [id, news] of delta.updated) {
    const olds = index.records.get(id) as Relation[];
    leave(olds);
    if (olds.length === news.length) {
      olds.forEach((r, i) => assignInPlace(r, news[i]));
      join(olds);
    } else {
      // A record now standing for more or fewer relations: the new ones take the old ones' place.
      for (const r of olds) edit.drop.add(r);
      edit.put(news, olds[0]);
      index.records.set(id, news);
      join(news);
    }
  }
  for (const p of delta.placed) {
    const olds = index.records.get(p.key);
    if (olds) {
      leave(olds);
      for (const r of olds) edit.drop.add(r);
    }
    index.records.set(p.key, p.value);
    join(p.value);
  }
  for (const p of delta.placed) edit.put(p.value, p.before === undefined ? undefined : index.records.get(p.before)?.[0]);
  edit.apply(dataset.relations);
  reorderLists((k) => index.relationsByEdge.get(k), joinedEdges, dataset.relations);
}

/**
 * Applies the curation `event` (committed; `checked` read inside its transaction) to `dataset` and
 * `index`; returns what the graph must follow. `hold`: how a coded event that joins or changes is
 * kept (the Explorer's: as a row of its event columns), before it is put in the dataset and index.
 */
export function applyCuration(dataset: Dataset, index: DatasetIndex, checked: CheckedCuration, event: CurationEvent, hold: (e: EventRelation) => EventRelation = (e) => e): TouchedGraph {
  const edges = new Set<string>();
  applyTable(checked.documents, dataset.documents, (id) => index.documents.get(id), (id, d) => (d ? index.documents.set(id, d) : index.documents.delete(id)));
  const actors = applyTable(checked.actors, dataset.actors, (id) => index.actors.get(id), (id, a) => (a ? index.actors.set(id, a) : index.actors.delete(id)));
  applyRelations(dataset, index, checked.relations, edges);

  const events = (dataset.eventRelations ??= []);
  const eventKeyParts = (key: string): [string, string, EventRelation['type'], string] => JSON.parse(key) as [string, string, EventRelation['type'], string];
  const joinedEvents: string[] = [];
  // Coded events are replaced, not changed in place: an edge of one event reads its figures from
  // the record (graph/record-figures.ts), and the version before, still being answered, keeps its own.
  const held: TableDelta<EventRelation> = {
    removed: checked.events.removed,
    updated: new Map([...checked.events.updated].map(([key, e]) => [key, hold(e)])),
    placed: checked.events.placed.map((p) => ({ ...p, value: hold(p.value) })),
  };
  const moved = applyTable(held, events, (key) => index.event(...eventKeyParts(key)), (_key, e, old) => {
    if (old) index.eventsByEdge.remove(edgeKey(old.type, old.source, old.target), old);
    if (e) {
      const k = edgeKey(e.type, e.source, e.target);
      joinedEvents.push(k);
      index.addEvent(e);
    }
  }, true);
  for (const e of [...moved.left, ...moved.joined, ...moved.changed]) edges.add(edgeKey(e.type, e.source, e.target));
  reorderLists((k) => index.eventsByEdge.several(k), joinedEvents, events);
  // A dataset without coded events has none listed (as a load of the store reads it).
  if (!events.length) delete dataset.eventRelations;

  const curation: CurationState = (dataset.curation ??= { reviewed: [], rejected: [], log: [] });
  const byRelation = (m: { relation: string }): string => m.relation;
  for (const id of checked.reviewed.removed) {
    removeSorted(curation.reviewed, byRelation, id);
    index.reviewed.delete(id);
  }
  for (const m of checked.reviewed.added) {
    insertSorted(curation.reviewed, byRelation, m);
    index.reviewed.set(m.relation, m);
  }
  // A review mark changes whether the edges of its relation read as reviewed.
  for (const id of [...checked.reviewed.removed, ...checked.reviewed.added.map(byRelation)]) {
    for (const r of index.records.get(id) ?? []) edges.add(edgeKey(r.type, r.source, r.target));
  }
  const byId = (r: { id: number }): number => r.id;
  for (const id of checked.rejected.removed) removeSorted(curation.rejected, byId, id);
  for (const r of checked.rejected.added) insertSorted(curation.rejected, byId, r);

  curation.log.push(event);
  for (const s of event.subjects) index.versions.set(s, event.id);
  if (event.undoes !== undefined) {
    const undone = curation.log[sortedPlace(curation.log, byId, event.undoes)];
    undone.undoneBy = event.id;
    // Undoing an undo re-applies the original, which may then be undone again (curation-store.ts).
    if (undone.undoes !== undefined) delete curation.log[sortedPlace(curation.log, byId, undone.undoes)].undoneBy;
  }
  return {
    actors: actors.joined,
    changed: actors.changed,
    removed: actors.left.filter((a) => !index.actors.has(a.id)).map((a: Actor) => a.id),
    edges,
  };
}
