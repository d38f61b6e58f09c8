/**
 * Sums events into one record per (source, target, type): counts, sums for the means, first and
 * last date, and up to N distinct source URLs. `negotiates` is symmetric, so its ends are sorted
 * and A–B and B–A events meet in one record; the other types run Actor1 → Actor2. Memory grows
 * with the number of distinct edges, never with the number of rows. Edges are keyed by the two
 * actors' dense indices (one number, one map per type), so no key string is built per row.
 */
import type { EventRelation, EventStats } from '../domain/types';
import { DIRECTED_TYPES, RELATION_TYPES } from '../domain/types';
import type { ActorEntry } from './actors';

/** Whether each relation type (by index in RELATION_TYPES) runs Actor1 → Actor2. */
const DIRECTED = RELATION_TYPES.map((t) => DIRECTED_TYPES.has(t));

/** One edge's running totals: EventStats' fields, with goldstein and tone summed until `relations()` divides them. */
type EdgeSums = Pick<EventRelation, 'source' | 'target'> & Omit<EventStats, 'firstSeen' | 'lastSeen'> & { firstDay: number; lastDay: number };

/** Actor indices stay below this, so index pairs fit one exact double (2⁵²). */
const INDEX_LIMIT = 2 ** 26;

/** Means are kept to three decimals: GDELT gives Goldstein to one, tone to noise-level digits. */
const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/** YYYYMMDD → YYYY-MM-DD. */
function isoDay(day: number): string {
  const s = String(day).padStart(8, '0');
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
}

export class EdgeAggregator {
  /** Per relation type (by index in RELATION_TYPES): actor-pair key → sums. */
  private readonly byType = RELATION_TYPES.map(() => new Map<number, EdgeSums>());

  constructor(
    private readonly maxUrls: number,
    private readonly origin = 'gdelt',
  ) {}

  /**
   * Adds one event of type RELATION_TYPES[type] on `day` (YYYYMMDD); an empty URL is none. `copy`
   * makes a kept URL independent of the text it was cut from.
   */
  add(actor1: ActorEntry, actor2: ActorEntry, type: number, day: number, goldstein: number, tone: number, mentions: number, sources: number, url: string, copy: (s: string) => string): void {
    const swap = !DIRECTED[type] && actor2.id < actor1.id;
    const a = swap ? actor2 : actor1;
    const b = swap ? actor1 : actor2;
    if (a.index >= INDEX_LIMIT || b.index >= INDEX_LIMIT) throw new RangeError(`more than ${INDEX_LIMIT} distinct actors`);
    const key = a.index * INDEX_LIMIT + b.index;
    const edges = this.byType[type];
    let s = edges.get(key);
    if (!s) {
      s = { source: a.id, target: b.id, events: 0, mentions: 0, sources: 0, goldstein: 0, tone: 0, firstDay: day, lastDay: day, urls: [] };
      edges.set(key, s);
    }
    s.events++;
    s.mentions += mentions;
    s.sources += sources;
    s.goldstein += goldstein;
    s.tone += tone;
    if (day < s.firstDay) s.firstDay = day;
    if (day > s.lastDay) s.lastDay = day;
    if (url && s.urls.length < this.maxUrls && !s.urls.includes(url)) s.urls.push(copy(url));
  }

  /**
   * Relations with at least `minEvents` events, by type and then in order of first appearance
   * (stable for the same input; sorting millions of edges would cost more than it helps).
   */
  relations(minEvents: number): { relations: EventRelation[]; belowMinEvents: number } {
    const relations: EventRelation[] = [];
    let belowMinEvents = 0;
    RELATION_TYPES.forEach((type, t) => {
      for (const s of this.byType[t].values()) {
        if (s.events < minEvents) {
          belowMinEvents++;
          continue;
        }
        relations.push({
          source: s.source,
          target: s.target,
          type,
          origin: this.origin,
          events: s.events,
          mentions: s.mentions,
          sources: s.sources,
          goldstein: round3(s.goldstein / s.events),
          tone: round3(s.tone / s.events),
          firstSeen: isoDay(s.firstDay),
          lastSeen: isoDay(s.lastDay),
          urls: s.urls,
        });
      }
    });
    return { relations, belowMinEvents };
  }
}
