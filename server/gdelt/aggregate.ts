/**
 * Sums events into one record per (source, target, type): counts, sums for the means, first and
 * last date, and up to N distinct source URLs. `negotiates` is symmetric, so its ends are sorted
 * and A–B and B–A events meet in one record; the other types run Actor1 → Actor2. Memory grows
 * with the number of distinct edges, never with the number of rows. Edges are keyed by the two
 * actors' dense indices (one number, one map per type), so no key string is built per row.
 */
import type { EventRelation, EventStats, RelationType } from '../domain/types';
import { DIRECTED_TYPES, RELATION_TYPES } from '../domain/types';
import type { ActorEntry } from './actors';
import { own } from './actors';

export interface EventFigures {
  date: string;
  goldstein: number;
  tone: number;
  mentions: number;
  sources: number;
  /** Empty when the layout has no SOURCEURL. */
  url: string;
}

/** One edge's running totals: EventStats' fields, with goldstein and tone summed until `relations()` divides them. */
type EdgeSums = Pick<EventRelation, 'source' | 'target'> & EventStats;

/** Actor indices stay below this, so index pairs fit one exact double (2⁵²). */
const INDEX_LIMIT = 2 ** 26;

/** Means are kept to three decimals: GDELT gives Goldstein to one, tone to noise-level digits. */
const round3 = (x: number): number => Math.round(x * 1000) / 1000;

export class EdgeAggregator {
  private readonly byType = new Map<RelationType, Map<number, EdgeSums>>(RELATION_TYPES.map((t) => [t, new Map()]));

  constructor(
    private readonly maxUrls: number,
    private readonly origin = 'gdelt',
  ) {}

  add(actor1: ActorEntry, actor2: ActorEntry, type: RelationType, e: EventFigures): void {
    const swap = !DIRECTED_TYPES.has(type) && actor2.id < actor1.id;
    const a = swap ? actor2 : actor1;
    const b = swap ? actor1 : actor2;
    if (a.index >= INDEX_LIMIT || b.index >= INDEX_LIMIT) throw new RangeError(`more than ${INDEX_LIMIT} distinct actors`);
    const key = a.index * INDEX_LIMIT + b.index;
    const edges = this.byType.get(type)!;
    let s = edges.get(key);
    if (!s) {
      s = { source: a.id, target: b.id, events: 0, mentions: 0, sources: 0, goldstein: 0, tone: 0, firstSeen: e.date, lastSeen: e.date, urls: [] };
      edges.set(key, s);
    }
    s.events++;
    s.mentions += e.mentions;
    s.sources += e.sources;
    s.goldstein += e.goldstein;
    s.tone += e.tone;
    if (e.date < s.firstSeen) s.firstSeen = e.date;
    if (e.date > s.lastSeen) s.lastSeen = e.date;
    if (e.url && s.urls.length < this.maxUrls && !s.urls.includes(e.url)) s.urls.push(own(e.url));
  }

  /**
   * Relations with at least `minEvents` events, by type and then in order of first appearance
   * (stable for the same input; sorting millions of edges would cost more than it helps).
   */
  relations(minEvents: number): { relations: EventRelation[]; belowMinEvents: number } {
    const relations: EventRelation[] = [];
    let belowMinEvents = 0;
    for (const [type, edges] of this.byType) {
      for (const s of edges.values()) {
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
          firstSeen: s.firstSeen,
          lastSeen: s.lastSeen,
          urls: s.urls,
        });
      }
    }
    return { relations, belowMinEvents };
  }
}
