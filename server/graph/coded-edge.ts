/**
 * The attributes of an edge backed by one coded-event record and nothing else (at 50,000 actors /
 * 500,000 relations almost every edge) as a view of that record, not an object of their own: a
 * plain object of ten fields per edge and the figures object beside it were about 136 bytes an
 * edge, 65 MB of the server's heap; the view is a proxy of 32 bytes whose target is the record.
 *
 * Why a proxy and not a class with getters: the attributes are graphology's, and code that knows
 * nothing of this (graphology's `export` and `copy`, which `Object.assign` them; `{ ...attrs }`
 * in answers; `hasOwnProperty` in compact.ts's weight reader; a library user's) reads them as
 * a plain object's own fields. The proxy answers those reads (`ownKeys`, property descriptors,
 * `get`) with the same fields in the same order as the object it replaces (`withEvent` in
 * build.ts), so every answer is written as before; `edgeFields` gives them as a plain object
 * at once, for the places that copy many of them. The record is not reachable through it (the
 * figures are a RecordFigures view), and it cannot be changed: a curation replaces the record and
 * the edge's attributes, never changes them in place (see apply-curation.ts).
 */
import type { EventRelation, RelationEdgeAttributes } from '../domain/types';
import { RecordFigures } from './record-figures';

/**
 * The evidence and relation records of an edge backed by coded events only: one frozen empty list
 * shared by all such edges; frozen, so a change made to it in place throws rather than reaching every edge.
 */
const NONE = Object.freeze([]) as never[];

/**
 * Each field of a coded edge's attributes with how it is read from the record, in the order they
 * are written: the one declaration the view's reads, its keys and the plain copy are made from.
 */
const READERS: ReadonlyMap<string, (r: EventRelation) => unknown> = new Map<string, (r: EventRelation) => unknown>([
  ['type', (r) => r.type],
  ['weight', (r) => r.events],
  ['documents', () => 0],
  ['evidence', () => NONE],
  ['firstSeen', (r) => r.firstSeen],
  ['lastSeen', (r) => r.lastSeen],
  ['relations', () => NONE],
  ['events', (r) => new RecordFigures(r)],
  ['provenance', () => 'coded'],
  ['reviewed', () => false],
]);
const FIELDS: readonly string[] = Object.freeze([...READERS.keys()]);

/** The attributes of the edge of `r` alone, as a plain object (the fields of READERS, in order). */
function fieldsOf(r: EventRelation): RelationEdgeAttributes {
  const out: Record<string, unknown> = {};
  for (const [name, read] of READERS) out[name] = read(r);
  return out as unknown as RelationEdgeAttributes;
}

/** How `edgeFields` finds the record behind a view: a key no copy of the fields carries. */
const RECORD = Symbol('coded-event record');

const readOnly = (): never => {
  throw new TypeError("a coded-event edge's attributes cannot be changed in place: replace them (graph.replaceEdgeAttributes)");
};

const view: ProxyHandler<EventRelation> = {
  get(r, name) {
    const read = typeof name === 'string' ? READERS.get(name) : undefined;
    if (read) return read(r);
    if (name === RECORD) return r;
    // JSON.stringify asks for toJSON first: the fields at once, rather than a trap per field.
    if (name === 'toJSON') return () => fieldsOf(r);
    // What a plain object inherits (toString, hasOwnProperty…), not the record's own fields.
    return Reflect.get(Object.prototype, name) as unknown;
  },
  has: (_r, name) => (typeof name === 'string' && READERS.has(name)) || name in Object.prototype,
  ownKeys: () => FIELDS as string[],
  getOwnPropertyDescriptor(r, name) {
    const read = typeof name === 'string' ? READERS.get(name) : undefined;
    return read ? { value: read(r), writable: false, enumerable: true, configurable: true } : undefined;
  },
  getPrototypeOf: () => Object.prototype,
  set: readOnly,
  defineProperty: readOnly,
  deleteProperty: readOnly,
  setPrototypeOf: readOnly,
  preventExtensions: readOnly,
};

/** The attributes of an edge backed by the coded event `r` alone, read from `r` (which must stay extensible, as records are). */
export function codedEdgeAttributes(r: EventRelation): RelationEdgeAttributes {
  return new Proxy(r, view) as unknown as RelationEdgeAttributes;
}

/**
 * An edge's attributes as a plain object of their own fields: a copy of a coded edge's view (see
 * codedEdgeAttributes), made at once rather than field by field through it; any others as they are.
 * For code that spreads many edges' attributes into answers.
 */
export function edgeFields(a: RelationEdgeAttributes): RelationEdgeAttributes {
  const r = (a as unknown as { [RECORD]?: EventRelation })[RECORD];
  return r ? fieldsOf(r) : a;
}
