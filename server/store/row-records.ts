/**
 * Stored rows as the records a dump holds: one reading of each table's columns, shared by the dump
 * (a full load) and by a curation's delta (server/model/check-curation.ts), so the two give the
 * same records.
 */
import type { ExtractionRule } from '../domain/extraction-rules';
import type { Actor, EventRelation, EvidenceInput, EvidenceReading, RelationInput, RelationSpans, SourceDocument } from '../domain/types';
import { ACTOR_KINDS } from '../domain/types';

export interface DocumentRow {
  id: string;
  title: string;
  outlet: string;
  date: string;
  url: string | null;
  note: string | null;
  text: string;
  republishes: string | null;
}

export interface ActorRow {
  id: string;
  name: string;
  kind: Actor['kind'];
  affiliation: string | null;
  role: string | null;
  aliases: string;
  provisional: number;
}

export interface RelationRow {
  id: string;
  source: string;
  target: string | null;
  type: RelationInput['type'];
  between_json: string | null;
  note: string | null;
}

export interface EvidenceRow {
  relation_id: string;
  document_id: string;
  quote: string;
  start: number;
  confidence: number;
  method: EvidenceInput['method'];
  rule: ExtractionRule | null;
  cue: string | null;
  spans: string | null;
}

export interface EventRow {
  source: string;
  target: string;
  type: EventRelation['type'];
  origin: string;
  stats: string;
}

export function documentOfRow({ url, note, republishes, id, title, outlet, date, text }: DocumentRow): SourceDocument {
  return { id, title, outlet, date, text, ...(url ? { url } : {}), ...(note ? { note } : {}), ...(republishes ? { republishes } : {}) };
}

/**
 * An actor's kind as the one copy of that word the code holds: each row's comes as a string of its
 * own (50,000 actors held 48,000 copies of "organization", 1.5 MB). A kind no longer known is kept
 * as stored, for validation to judge.
 */
const kindOf = (kind: Actor['kind']): Actor['kind'] => ACTOR_KINDS.find((k) => k === kind) ?? kind;

export function actorOfRow(a: ActorRow): Actor {
  return {
    id: a.id,
    name: a.name,
    kind: kindOf(a.kind),
    ...(a.affiliation ? { affiliation: a.affiliation } : {}),
    ...(a.role ? { role: a.role } : {}),
    aliases: JSON.parse(a.aliases) as string[],
    ...(a.provisional ? { provisional: true } : {}),
  };
}

/** The stored reading of a quote, when extraction recorded one (rows of older stores have none). */
export function readingOf(e: EvidenceRow): Partial<EvidenceReading> {
  return e.rule !== null && e.cue !== null && e.spans !== null ? { rule: e.rule, cue: e.cue, spans: JSON.parse(e.spans) as RelationSpans } : {};
}

export function evidenceOfRow(e: EvidenceRow): EvidenceInput {
  const item: EvidenceInput = { document: e.document_id, quote: e.quote, start: e.start };
  if (!(e.method === 'curated' && e.confidence === 1)) Object.assign(item, { confidence: e.confidence, method: e.method });
  return Object.assign(item, readingOf(e));
}

/** A relation record with its evidence (its evidence rows in table order). */
export function relationOfRow(r: RelationRow, evidence: EvidenceInput[]): RelationInput {
  return {
    id: r.id,
    source: r.source,
    ...(r.target ? { target: r.target } : {}),
    type: r.type,
    ...(r.between_json ? { between: JSON.parse(r.between_json) as [string, string] } : {}),
    evidence,
    ...(r.note ? { note: r.note } : {}),
  };
}

type StoredStats = Omit<EventRelation, 'source' | 'target' | 'type' | 'origin'>;

/** The stats column's fields, in the order a record's are stored (the schema's). */
const STATS_FIELDS: readonly (keyof StoredStats)[] = ['events', 'mentions', 'sources', 'goldstein', 'tone', 'firstSeen', 'lastSeen', 'urls'];

/** True when `stats` has the stats fields, in their order, and no other. */
function hasStatsFields(stats: object): boolean {
  let i = 0;
  for (const k in stats) if (k !== STATS_FIELDS[i++]) return false;
  return i === STATS_FIELDS.length;
}

/**
 * The URL list of the many events stored without any: one frozen empty list shared by them all
 * (500,000 arrays at that size; no one changes a list in place, and a change made to it throws).
 */
const NO_URLS = Object.freeze([]) as unknown as string[];

/**
 * Hands back one shared copy of each value it is given (see eventOfRow): a store's load keeps one
 * of each id, type, origin, date and figure a big store repeats.
 */
export type Sharer = <T extends string | number>(v: T) => T;

/** A sharer that starts knowing `known` (the actors' ids, which a load reads first) and keeps the first copy of every other value. */
export function makeSharer(known: Iterable<string | number> = []): Sharer {
  const kept = new Map<string | number, string | number>();
  for (const v of known) kept.set(v, v);
  return <T extends string | number>(v: T): T => {
    const k = kept.get(v);
    if (k !== undefined) return k as T;
    kept.set(v, v);
    return v;
  };
}

/** A string field through `one`, anything else (for validation to judge) as it is. */
const oneIfString = <T>(v: T, one: Sharer): T => (typeof v === 'string' ? (one(v) as T) : v);

/**
 * A figure that is not a whole number through `one`, anything else as it is: a whole number needs
 * no box (V8 keeps it in the field), and -0, which a Map does not tell from 0, is one.
 */
const oneIfFraction = <T>(v: T, one: Sharer): T => (typeof v === 'number' && !Number.isInteger(v) ? (one(v) as T) : v);

/**
 * An event record; `one` may hand back one shared copy of each id, type, origin, date and
 * fractional figure (a big store repeats a few thousand of them). Made as one literal of a fixed
 * shape when the stats have the stored fields: spreading them into the ids' literal left eight of
 * the twelve fields outside the object (35 MB over 400,000 events). Other stats are spread as they
 * are, for validation to judge.
 *
 * Goldstein and tone are written after the record is made with null in their place. V8 keeps a
 * field that has only ever held numbers as a box of 16 bytes of the object's own, whatever number
 * it is given; a field of a shape that has held something else holds the number it is given, so
 * records given one shared copy share it. The means are kept to three decimals
 * (gdelt/aggregate.ts): a few thousand values over hundreds of thousands of records, where the
 * boxes were 16 bytes a record each (the bench's tones, 9.2 MB at 500,000 events; README, *Memory,
 * ninth round*). The null comes first in every record, so the shape holds it however long no record
 * has been alive.
 */
export const eventOfRow = (r: EventRow, one: Sharer = (v) => v): EventRelation => {
  const stats = JSON.parse(r.stats) as StoredStats;
  const source = one(r.source);
  const target = one(r.target);
  const type = one(r.type);
  const origin = one(r.origin);
  if (typeof stats !== 'object' || stats === null || !hasStatsFields(stats)) return { source, target, type, origin, ...stats };
  const { events, mentions, sources } = stats;
  const firstSeen = oneIfString(stats.firstSeen, one);
  const lastSeen = oneIfString(stats.lastSeen, one);
  const urls = Array.isArray(stats.urls) && stats.urls.length === 0 ? NO_URLS : stats.urls;
  const record: Omit<EventRelation, 'goldstein' | 'tone'> & Record<'goldstein' | 'tone', number | null> = { source, target, type, origin, events, mentions, sources, goldstein: null, tone: null, firstSeen, lastSeen, urls };
  record.goldstein = oneIfFraction(stats.goldstein, one);
  record.tone = oneIfFraction(stats.tone, one);
  return record as EventRelation;
};
