/**
 * Repairs a dataset holding ids that are reserved names ("constructor", "__proto__", ... see
 * domain/reserved-keys.ts): older versions stored an actor found in "talks with Constructor" as
 * `constructor`, and such an id, used as a key by graphology, broke every read for good. Each
 * reserved actor, relation or document id is renamed to the id the slug rule gives it
 * (`constructor` → `constructor_id`, `toString` → `tostring`, a number added if that is taken),
 * every reference to it is rewritten (relation ends and `between`, affiliations, coded events,
 * evidence), and an actor keeps its old id as an alias. Nothing else changes, nothing is dropped.
 *
 * Works on records before validation (a dump, a data folder's files, the store's content), so the
 * schema, which refuses reserved ids, sees the repaired ones. Used by the dataset loader and by
 * the store when it opens.
 */
import { isReservedKey } from '../domain/reserved-keys';
import { slugify } from '../domain/slug';
import type { EventRelation } from '../domain/types';
import { eventRecord } from './event-columns';

/** A dataset as records: each list as read (validation comes after). */
export interface DatasetRecords {
  documents: unknown;
  actors: unknown;
  relations: unknown;
  eventRelations?: unknown;
}

export interface Rename {
  kind: 'actor' | 'relation' | 'document';
  from: string;
  to: string;
}

export interface Repair<T> {
  records: T;
  /** Empty when nothing was reserved (then `records` is the input itself). */
  renames: Rename[];
}

/** Where a repair is reported: the server's log, or stderr for the command line. */
export type Warn = (message: string) => void;

export const warnOnStderr: Warn = (message) => void process.stderr.write(`actor-graph: warning: ${message}\n`);

type Rec = Record<string, unknown>;

const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const recordsOf = (list: unknown): Rec[] => (Array.isArray(list) ? list.filter(isRecord) : []);

/** old id → new id for the reserved ids of one list, new ids unique within it. */
function renamesOf(list: unknown, kind: Rename['kind'], out: Rename[]): Map<string, string> {
  const ids = recordsOf(list).map((r) => r.id).filter((id): id is string => typeof id === 'string');
  const taken = new Set(ids);
  const map = new Map<string, string>();
  for (const id of ids) {
    if (!isReservedKey(id) || map.has(id)) continue;
    const base = slugify(id);
    let to = base;
    for (let n = 2; taken.has(to); n++) to = `${base}-${n}`;
    taken.add(to);
    map.set(id, to);
    out.push({ kind, from: id, to });
  }
  return map;
}

/** Each record of a list through `edit` (copies; anything that is not a record stays as it is). */
function mapList(list: unknown, edit: (r: Rec) => Rec): unknown {
  return Array.isArray(list) ? list.map((r: unknown) => (isRecord(r) ? edit({ ...r }) : r)) : list;
}

const renamed = (map: Map<string, string>, v: unknown): unknown => (typeof v === 'string' ? (map.get(v) ?? v) : v);

/** The records with every reserved id renamed and every reference rewritten; `renames` says what changed. */
export function repairReservedIds<T extends DatasetRecords>(d: T): Repair<T> {
  const renames: Rename[] = [];
  const actors = renamesOf(d.actors, 'actor', renames);
  const relations = renamesOf(d.relations, 'relation', renames);
  const documents = renamesOf(d.documents, 'document', renames);
  if (!renames.length) return { records: d, renames };

  const records: T = {
    ...d,
    documents: mapList(d.documents, (r) => ({ ...r, id: renamed(documents, r.id) })),
    actors: mapList(d.actors, (r) => {
      const to = typeof r.id === 'string' ? actors.get(r.id) : undefined;
      if (to) {
        // The old id stays findable: text naming it, and links made with it, still find the actor.
        const aliases = Array.isArray(r.aliases) ? r.aliases : [];
        r.aliases = aliases.includes(r.id) ? aliases : [...aliases, r.id];
        r.id = to;
      }
      if (r.affiliation !== undefined) r.affiliation = renamed(actors, r.affiliation);
      return r;
    }),
    relations: mapList(d.relations, (r) => {
      r.id = renamed(relations, r.id);
      r.source = renamed(actors, r.source);
      if (r.target !== undefined) r.target = renamed(actors, r.target);
      if (Array.isArray(r.between)) r.between = r.between.map((id: unknown) => renamed(actors, id));
      if (Array.isArray(r.evidence)) r.evidence = r.evidence.map((e: unknown) => (isRecord(e) ? { ...e, document: renamed(documents, e.document) } : e));
      return r;
    }),
  };
  if (d.eventRelations !== undefined) {
    // Rows of columns (a store's dump for a load) as their plain records: a row has no fields of its own to spread.
    const events = Array.isArray(d.eventRelations) ? d.eventRelations.map((e: unknown) => eventRecord(e as EventRelation)) : d.eventRelations;
    records.eventRelations = mapList(events, (r) => ({ ...r, source: renamed(actors, r.source), target: renamed(actors, r.target) }));
  }
  return { records, renames };
}

/** One line saying what a repair of `where` did. */
export function describeRepair(where: string, renames: readonly Rename[]): string {
  const list = renames.map((r) => `${r.kind} "${r.from}" → "${r.to}"`).join(', ');
  return (
    `${where}: renamed ids that are reserved names (every JavaScript object has a member of that name): ` +
    `${list}; references rewritten, old actor ids kept as aliases`
  );
}
