/**
 * Stored rows as the records a dump holds: one reading of each table's columns, shared by the dump
 * (a full load) and by a curation's delta (server/model/check-curation.ts), so the two give the
 * same records.
 */
import type { ExtractionRule } from '../domain/extraction-rules';
import type { Row } from '../domain/curation';
import type { Actor, EventRelation, EvidenceInput, EvidenceReading, RelationInput, RelationSpans, SourceDocument } from '../domain/types';
import { ACTOR_KINDS } from '../domain/types';
import { NO_URLS, statsKindsFit } from '../data/event-columns';
import type { EventColumns } from '../data/event-columns';
import type { ActorEnds } from './actor-ends';

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

/**
 * A coded event's row: its stats in typed columns (schema version 1, sqlite-store.ts), or, for
 * stats that do not fit them (another set of fields, a count written as text: rows a store was
 * given by hand), all of them as the JSON text `stats`, kept as stored for validation to judge.
 * `urls` is the JSON of a non-empty list; NULL for none.
 */
export interface EventRow {
  source: string;
  target: string;
  type: EventRelation['type'];
  origin: string;
  events: number | null;
  mentions: number | null;
  sources: number | null;
  goldstein: number | null;
  tone: number | null;
  first_seen: string | null;
  last_seen: string | null;
  urls: string | null;
  stats: string | null;
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

/** The stats fields, in the order a record's are written (the schema's). */
const STATS_FIELDS: readonly (keyof StoredStats)[] = ['events', 'mentions', 'sources', 'goldstein', 'tone', 'firstSeen', 'lastSeen', 'urls'];

/** The columns of an event row, in the order of the table (and of EventColumnValues). */
export const EVENT_ROW_COLUMNS = ['source', 'target', 'type', 'origin', 'events', 'mentions', 'sources', 'goldstein', 'tone', 'first_seen', 'last_seen', 'urls', 'stats'] as const;

/** A stored row's stats columns as a list: the typed figures, then the JSON of all the stats when they did not fit those. */
export type StatsColumnValues = [
  events: number | null,
  mentions: number | null,
  sources: number | null,
  goldstein: number | null,
  tone: number | null,
  firstSeen: string | null,
  lastSeen: string | null,
  urls: string | null,
  stats: string | null,
];

/** A row read as a list (EVENT_ROW_COLUMNS' order), its ends as actor ids. */
export type EventColumnValues = [source: string, target: string, type: EventRelation['type'], origin: string, ...stats: StatsColumnValues];

/**
 * A row as the table holds it: from schema version 2 its ends are the actors' rowids (an id when
 * the store is older, or was written by hand); see actor-ends.ts.
 */
export type StoredEventValues = [source: unknown, target: unknown, type: EventRelation['type'], origin: string, ...stats: StatsColumnValues];

/** True when `stats` has the stats fields, in their order, and no other. */
function hasStatsFields(stats: object): boolean {
  let i = 0;
  for (const k in stats) if (k !== STATS_FIELDS[i++]) return false;
  return i === STATS_FIELDS.length;
}

/**
 * A number a typed column gives back as it was given, and as its JSON did: SQLite keeps a REAL that
 * is a whole number as an integer, which turns -0 into 0, and NaN as NULL; JSON wrote NaN and the
 * infinities as null.
 */
const storable = (v: unknown): v is number => Number.isFinite(v) && !Object.is(v, -0);

/** True when `stats` is what the typed columns hold without loss: the stats fields, in order, each of its column's kind. */
function fitsColumns(stats: unknown): stats is StoredStats {
  if (typeof stats !== 'object' || stats === null || Array.isArray(stats) || !hasStatsFields(stats)) return false;
  const s = stats as StoredStats;
  return storable(s.events) && storable(s.mentions) && storable(s.sources) && storable(s.goldstein) && storable(s.tone) && typeof s.firstSeen === 'string' && typeof s.lastSeen === 'string' && Array.isArray(s.urls);
}

/** Stats kept as their JSON text, the typed columns empty. */
const asText = (text: string): StatsColumnValues => [null, null, null, null, null, null, null, null, text];

/** The columns that store `stats`: typed when they fit them, else their JSON as it is. */
export function statsColumns(stats: unknown): StatsColumnValues {
  if (!fitsColumns(stats)) return asText(JSON.stringify(stats));
  const { events, mentions, sources, goldstein, tone, firstSeen, lastSeen, urls } = stats;
  return [events, mentions, sources, goldstein, tone, firstSeen, lastSeen, urls.length ? JSON.stringify(urls) : null, null];
}

/**
 * The columns of stats stored as JSON text (a store written before schema version 1): the typed
 * ones when the parsed stats fit them, else the text itself, unchanged (even when it is not JSON:
 * its reading then fails as it did).
 */
export function statsColumnsOfText(text: string): StatsColumnValues {
  let stats: unknown;
  try {
    stats = JSON.parse(text);
  } catch {
    return asText(text);
  }
  return fitsColumns(stats) ? statsColumns(stats) : asText(text);
}

/** The stats columns of a row by name (a curation's row image), from their values. */
export function namedStatsColumns(values: StatsColumnValues): Record<(typeof EVENT_ROW_COLUMNS)[number], string | number | null> {
  return Object.fromEntries(EVENT_ROW_COLUMNS.slice(4).map((c, i) => [c, values[i]])) as Record<(typeof EVENT_ROW_COLUMNS)[number], string | number | null>;
}

/**
 * An event record (store rows come as their own strings; a dump holds them as rows of columns,
 * data/event-columns.ts, which keep one copy of each). Made as one literal of a fixed shape from
 * the typed columns, straight as SQLite gives them; stats stored as JSON are made so when they
 * have the stored fields, and spread as they are otherwise, for validation to judge. Events stored
 * without URLs share one frozen empty list.
 */
export const eventOfRow = (r: EventRow): EventRelation =>
  eventOfColumns([r.source, r.target, r.type, r.origin, r.events, r.mentions, r.sources, r.goldstein, r.tone, r.first_seen, r.last_seen, r.urls, r.stats]);

/**
 * eventOfRow of a curation's image of an event_relations row (domain/curation.ts' Row: column →
 * value, of any of SQLite's kinds). The one place such an image is taken for an EventRow: a value
 * of another kind than the column's (a store edited by hand) passes through as it is, as a store
 * read's does, for the schema's validation to judge (model/check-curation.ts).
 */
export const eventOfStoredRow = (r: Row): EventRelation => eventOfRow(r as unknown as EventRow);

/** eventOfRow of a row read as a list (a dump reads rows so: no object made per row). */
export const eventOfColumns = (r: EventColumnValues): EventRelation => {
  const [source, target, type, origin, events, mentions, sources, goldstein, tone, firstSeen, lastSeen, urls, json] = r;
  if (json === null) {
    return { source, target, type, origin, events, mentions, sources, goldstein, tone, firstSeen, lastSeen, urls: urls === null ? NO_URLS : (JSON.parse(urls) as string[]) } as EventRelation;
  }
  const stats = JSON.parse(json) as StoredStats;
  if (typeof stats !== 'object' || stats === null || !hasStatsFields(stats)) return { source, target, type, origin, ...stats };
  const s = stats;
  return { source, target, type, origin, events: s.events, mentions: s.mentions, sources: s.sources, goldstein: s.goldstein, tone: s.tone, firstSeen: s.firstSeen, lastSeen: s.lastSeen, urls: Array.isArray(s.urls) && s.urls.length === 0 ? NO_URLS : s.urls };
};

/**
 * eventOfColumns(r) held by `columns` (as columns.hold of it would be), `r` as stored, its ends
 * found by `ends`: a row whose ends are actors' rowids and whose typed columns hold values of the
 * record's kinds goes into them straight, with no record and no id string made for it (500,000 at
 * a start; `columns` were made with the actors' ids in `ends`' order); a row of ids (a store
 * opened before version 2) goes in by its ids; any other is read as a record first, and kept as
 * it is when it is not one. `index`: its place in the dump's list, named if its end is no actor.
 */
export function heldEvent(r: StoredEventValues, columns: EventColumns, ends: ActorEnds, index: number): EventRelation {
  const [source, target, type, origin, events, mentions, sources, goldstein, tone, firstSeen, lastSeen, urlsJson, json] = r;
  if (json === null) {
    const urls: unknown = urlsJson === null ? NO_URLS : JSON.parse(urlsJson);
    if (statsKindsFit(type, origin, events, mentions, sources, goldstein, tone, firstSeen, lastSeen, urls)) {
      // The kinds statsKindsFit checked (a guard cannot narrow ten arguments at once).
      const fields = [type, origin, events as number, mentions as number, sources as number, goldstein as number, tone as number, firstSeen as string, lastSeen as string, urls as string[]] as const;
      const s = ends.place(source);
      const t = ends.place(target);
      if (s >= 0 && t >= 0) return columns.holdActorFields(s, t, ...fields);
      if (typeof source === 'string' && typeof target === 'string') return columns.holdFields(source, target, ...fields);
    }
  }
  return columns.hold(eventOfColumns(ends.named(r, index)));
}
