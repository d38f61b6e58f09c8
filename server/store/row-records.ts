/**
 * Stored rows as the records a dump holds: one reading of each table's columns, shared by the dump
 * (a full load) and by a curation's delta (server/model/check-curation.ts), so the two give the
 * same records.
 */
import type { ExtractionRule } from '../domain/extraction-rules';
import type { Actor, EventRelation, EvidenceInput, EvidenceReading, RelationInput, RelationSpans, SourceDocument } from '../domain/types';
import { ACTOR_KINDS } from '../domain/types';
import { NO_URLS } from '../data/event-columns';

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
 * An event record (store rows come as their own strings; a dump holds them as rows of columns,
 * data/event-columns.ts, which keep one copy of each). Made as one literal of a fixed shape when
 * the stats have the stored fields; other stats are spread as they are, for validation to judge.
 * Events stored without URLs share one frozen empty list.
 */
export const eventOfRow = (r: EventRow): EventRelation => eventOfColumns(r.source, r.target, r.type, r.origin, r.stats);

/** eventOfRow of a row's columns given one by one (a dump reads rows as lists: no object made per row). */
export const eventOfColumns = (source: string, target: string, type: EventRelation['type'], origin: string, storedStats: string): EventRelation => {
  const stats = JSON.parse(storedStats) as StoredStats;
  if (typeof stats !== 'object' || stats === null || !hasStatsFields(stats)) return { source, target, type, origin, ...stats };
  const { events, mentions, sources, goldstein, tone, firstSeen, lastSeen } = stats;
  const urls = Array.isArray(stats.urls) && stats.urls.length === 0 ? NO_URLS : stats.urls;
  return { source, target, type, origin, events, mentions, sources, goldstein, tone, firstSeen, lastSeen, urls };
};
