/**
 * A curation's change set as the in-memory model takes it, read and checked inside the curation's
 * transaction (after its rows are written, before commit): the records it touched as a load of the
 * store would read them now, where each new or moved one now stands in its table, and the rules a
 * full load applies (data/validate-dataset.ts) applied to those records and to what points at the
 * records it removed. Throwing rolls the curation back, so a change that would make the store
 * unloadable is refused and nothing is written.
 */
import { dumpDocumentSchema } from '../data/load-dataset';
import { checkEventRelation, formatPath, relationsOfRecord } from '../data/validate-dataset';
import type { CuratedTable, RejectedRelation, ReviewMark, Row, RowChange } from '../domain/curation';
import { DataValidationError } from '../domain/errors';
import { actorSchema, eventRelationSchema, relationInputSchema } from '../domain/schema';
import type { Actor, EventRelation, Relation, SourceDocument } from '../domain/types';
import { TABLE_SPECS } from '../store/curation-schema';
import type { RowReader } from '../store/row-changes';
import { actorOfRow, documentOfRow, eventOfStoredRow, evidenceOfRow, relationOfRow } from '../store/row-records';
import type { ActorRow, DocumentRow, EvidenceRow, RelationRow } from '../store/row-records';
import { eventKey } from './dataset-index';
import type { DatasetIndex } from './dataset-index';

/** The label of errors in a curation's change set. */
const LABEL = 'curation';

/** A record new to its table, or moved in it: it goes before the record `before` names (one that kept its place), or last. */
export interface Placed<T> {
  key: string;
  value: T;
  before?: string;
}

/** What a curation did to one table's records, by key. */
export interface TableDelta<T> {
  removed: string[];
  /** Changed where they stand. */
  updated: Map<string, T>;
  /** New, or moved (a row deleted and written again): by table order, first first. */
  placed: Placed<T>[];
}

export interface CheckedCuration {
  documents: TableDelta<SourceDocument>;
  actors: TableDelta<Actor>;
  /** A relation record stands for one relation, or two (a mediation named by its `between` pair). */
  relations: TableDelta<Relation[]>;
  events: TableDelta<EventRelation>;
  reviewed: { removed: string[]; added: ReviewMark[] };
  rejected: { removed: number[]; added: RejectedRelation[] };
}

function parsed<T>(res: { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } }, record: string): T {
  if (res.success) return res.data;
  const issue = res.error.issues[0];
  throw new DataValidationError(LABEL, record, issue.path.length ? formatPath(issue.path) : undefined, issue.message);
}

const failer =
  (record: string) =>
  (field: string, detail: string): never => {
    throw new DataValidationError(LABEL, record, field, detail);
  };

/** Tables whose rows are records of the model; evidence is read with its relation record. */
type RecordTable = Exclude<CuratedTable, 'evidence'>;

/** How each table names a row as a string key (evidence: by its relation record), and the row to look a key up by. */
const KEYS: { [T in CuratedTable]: { of: (r: Row) => string } & (T extends RecordTable ? { row: (key: string) => Row } : unknown) } = {
  documents: { of: (r) => String(r.id), row: (id) => ({ id }) },
  actors: { of: (r) => String(r.id), row: (id) => ({ id }) },
  relations: { of: (r) => String(r.id), row: (id) => ({ id }) },
  evidence: { of: (r) => String(r.relation_id) },
  event_relations: {
    of: (r) => eventKey({ source: String(r.source), target: String(r.target), type: r.type as EventRelation['type'], origin: String(r.origin) }),
    row: (key) => {
      const [source, target, type, origin] = JSON.parse(key) as string[];
      return { source, target, type, origin };
    },
  },
  relation_reviews: { of: (r) => String(r.relation_id), row: (relation_id) => ({ relation_id }) },
  rejected_relations: { of: (r) => String(r.id), row: (id) => ({ id: Number(id) }) },
};

/** Keys a change set touched per table, and those whose row was deleted or written anew (which moves it in table order). */
function touchedKeys(changes: RowChange[]): { touched: Map<CuratedTable, Set<string>>; moved: Map<CuratedTable, Set<string>> } {
  const touched = new Map<CuratedTable, Set<string>>();
  const moved = new Map<CuratedTable, Set<string>>();
  const add = (m: Map<CuratedTable, Set<string>>, table: CuratedTable, key: string): void => {
    const set = m.get(table) ?? new Set<string>();
    set.add(key);
    m.set(table, set);
  };
  for (const { table, before, after } of changes) {
    const keys = [before, after].filter((r): r is Row => r !== undefined).map(KEYS[table].of);
    for (const k of keys) add(touched, table, k);
    // The store updates a row in place only when its key stays (row-changes.ts); else it deletes and inserts.
    if (!(before && after && keys[0] === keys[1])) for (const k of keys) add(moved, table, k);
  }
  // A relation record whose evidence changed is read again with it.
  for (const k of touched.get('evidence') ?? []) add(touched, 'relations', k);
  return { touched, moved };
}

/**
 * Sorts a table's touched keys into removed, updated in place and placed (with the record each
 * placed one now stands before, found from the stored order); `stored` holds every touched record
 * still stored, by key, for the checks. `record` reads (and checks) a stored row as its record.
 */
function tableDelta<T>(
  table: RecordTable,
  touched: Set<string> | undefined,
  moved: Set<string> | undefined,
  inModel: (key: string) => boolean,
  rows: RowReader,
  record: (row: Row) => T,
): TableDelta<T> & { stored: Map<string, T> } {
  const delta: TableDelta<T> & { stored: Map<string, T> } = { removed: [], updated: new Map(), placed: [], stored: new Map() };
  const placedRows: { key: string; row: Row; value: T }[] = [];
  for (const key of touched ?? []) {
    const row = rows.get(table, KEYS[table].row(key));
    if (!row) {
      if (inModel(key)) delta.removed.push(key);
      continue;
    }
    const value = record(row);
    delta.stored.set(key, value);
    if (inModel(key) && !moved?.has(key)) delta.updated.set(key, value);
    else placedRows.push({ key, row, value });
  }
  // Where a row stands matters only in tables a dump lists in stored order.
  if (!TABLE_SPECS[table].ordered) {
    delta.placed = placedRows.map((p) => ({ key: p.key, value: p.value }));
    return delta;
  }
  // Last first, so the row after a placed one, if placed too, already has its anchor.
  placedRows.sort((a, b) => Number(b.row._rowid) - Number(a.row._rowid));
  const placedKeys = new Set(placedRows.map((p) => p.key));
  const anchors = new Map<string, string | undefined>();
  for (const p of placedRows) {
    const next = rows.after(table, Number(p.row._rowid));
    const nextKey = next && KEYS[table].of(next);
    anchors.set(p.key, nextKey !== undefined && placedKeys.has(nextKey) ? anchors.get(nextKey) : nextKey);
  }
  delta.placed = placedRows.reverse().map((p) => ({ key: p.key, value: p.value, before: anchors.get(p.key) }));
  return delta;
}

/**
 * Reads and checks what `changes` (applied, in the curation's transaction) did, against the model
 * as it was (`index`) and the stored rows as they are now. Throws DataValidationError naming the
 * record and field when the result would not load.
 */
export function checkCuration(index: DatasetIndex, changes: RowChange[], rows: RowReader): CheckedCuration {
  const { touched, moved } = touchedKeys(changes);
  const delta = <T>(table: RecordTable, inModel: (key: string) => boolean, record: (row: Row) => T): TableDelta<T> & { stored: Map<string, T> } =>
    tableDelta(table, touched.get(table), moved.get(table), inModel, rows, record);

  const documents = delta('documents', (id) => index.documents.has(id), (r) => parsed(dumpDocumentSchema.safeParse(documentOfRow(r as unknown as DocumentRow)), `document "${String(r.id)}"`));
  const actors = delta('actors', (id) => index.actors.has(id), (r) => parsed(actorSchema.safeParse(actorOfRow(r as unknown as ActorRow)), `actor "${String(r.id)}"`));
  const removedActors = new Set(actors.removed);
  const removedDocuments = new Set(documents.removed);
  const actorOf = (id: string): Actor | undefined => actors.stored.get(id) ?? (removedActors.has(id) ? undefined : index.actors.get(id));
  const documentOf = (id: string): SourceDocument | undefined => documents.stored.get(id) ?? (removedDocuments.has(id) ? undefined : index.documents.get(id));
  const isActor = (id: string): boolean => actorOf(id) !== undefined;

  for (const d of documents.stored.values()) {
    if (d.republishes === undefined) continue;
    const first = documentOf(d.republishes);
    const fail = failer(`document "${d.id}"`);
    if (!first) fail('republishes', `unknown document id "${d.republishes}"`);
    else if (first.republishes !== undefined) fail('republishes', `"${first.id}" republishes another document; name the first copy`);
  }
  for (const gone of removedDocuments) {
    for (const d of index.documents.values()) {
      if (documentOf(d.id)?.republishes === gone) failer(`document "${d.id}"`)('republishes', `unknown document id "${gone}"`);
    }
  }
  for (const a of actors.stored.values()) {
    if (a.affiliation === undefined) continue;
    const fail = failer(`actor "${a.id}"`);
    if (!isActor(a.affiliation)) fail('affiliation', `unknown actor id "${a.affiliation}"`);
    const seen = new Set([a.id]);
    for (let cur = actorOf(a.affiliation); cur; cur = cur.affiliation ? actorOf(cur.affiliation) : undefined) {
      if (seen.has(cur.id)) fail('affiliation', 'affiliation chain forms a cycle');
      seen.add(cur.id);
    }
  }
  if (removedActors.size) {
    // Relations and coded events name their actors through foreign keys; affiliations and mediated pairs do not.
    for (const a of index.actors.values()) {
      const affiliation = actorOf(a.id)?.affiliation;
      if (affiliation !== undefined && removedActors.has(affiliation)) failer(`actor "${a.id}"`)('affiliation', `unknown actor id "${affiliation}"`);
    }
    for (const gone of removedActors) {
      const r = rows.whereContains('relations', 'between_json', JSON.stringify(gone)).find((x) => (JSON.parse(String(x.between_json)) as string[]).includes(gone));
      if (r) failer(`relation "${String(r.id)}"`)('between', `unknown actor id "${gone}"`);
    }
  }

  const relations = delta('relations', (id) => index.records.has(id), (r) => {
    const record = `relation "${String(r.id)}"`;
    const evidence = rows.where('evidence', 'relation_id', String(r.id)).map((e) => evidenceOfRow(e as unknown as EvidenceRow));
    const input = parsed(relationInputSchema.safeParse(relationOfRow(r as unknown as RelationRow, evidence)), record);
    return relationsOfRecord(input, isActor, documentOf, failer(record));
  });
  const events = delta('event_relations', (key) => {
    const [source, target, type, origin] = JSON.parse(key) as [string, string, EventRelation['type'], string];
    return index.event(source, target, type, origin) !== undefined;
  }, (r) => {
    const record = `event relation ${String(r.type)} ${String(r.source)} → ${String(r.target)} (${String(r.origin)})`;
    const e = parsed(eventRelationSchema.safeParse(eventOfStoredRow(r)), record);
    checkEventRelation(e, isActor, failer(record));
    return e;
  });
  const isRelation = (id: string): boolean => relations.stored.has(id) || (index.records.has(id) && !relations.removed.includes(id));

  const reviewed = delta('relation_reviews', (id) => index.reviewed.has(id), (r): ReviewMark => ({ relation: String(r.relation_id), by: String(r.curator), at: String(r.at) }));
  for (const m of reviewed.stored.values()) if (!isRelation(m.relation)) failer(`reviewed "${m.relation}"`)('relation', `unknown relation id "${m.relation}"`);
  for (const id of relations.removed) if (index.reviewed.has(id) && !reviewed.removed.includes(id)) failer(`reviewed "${id}"`)('relation', `unknown relation id "${id}"`);
  const rejected = delta('rejected_relations', () => false, (r): RejectedRelation => ({
    id: Number(r.id),
    relation: parsed(relationInputSchema.safeParse(JSON.parse(String(r.record))), `rejected #${String(r.id)}`),
    by: String(r.curator),
    at: String(r.at),
    ...(r.reason !== null ? { reason: String(r.reason) } : {}),
  }));

  const strip = <T>({ removed, updated, placed }: TableDelta<T>): TableDelta<T> => ({ removed, updated, placed });
  return {
    documents: strip(documents),
    actors: strip(actors),
    relations: strip(relations),
    events: strip(events),
    // Review marks and rejections are kept sorted by key (as readCuration reads them), so their place is their key.
    reviewed: { removed: [...reviewed.removed, ...reviewed.updated.keys()], added: [...reviewed.updated.values(), ...reviewed.placed.map((p) => p.value)] },
    rejected: { removed: changes.filter((c) => c.table === 'rejected_relations' && c.before).map((c) => Number(c.before?.id)), added: [...rejected.stored.values()] },
  };
}
