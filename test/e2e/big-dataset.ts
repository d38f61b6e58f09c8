/**
 * A synthetic GDELT-like dataset of any size, generated with a seeded PRNG so every run draws the
 * same graph: actors are states and organisations, relations are `eventRelations` (coded-event
 * aggregates, so no documents or quotes are needed). Endpoints are chosen with a heavy tail, as in
 * real event data where a few states take part in most events.
 */
import { seededRandom } from '../../server/algorithms/random';
import type { DatasetDump, EventRelation, RelationType } from '../../server/domain/types';

const TYPES: RelationType[] = ['negotiates', 'negotiates', 'mediates', 'opposes', 'opposes'];

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export function bigDataset(nodes: number, edges: number, seed = 42): DatasetDump {
  const random = seededRandom(seed);
  const width = String(nodes).length;
  const states = Math.max(10, Math.round(nodes / 25));
  const actors = Array.from({ length: nodes }, (_, i) => ({
    id: `a${pad(i, width)}`,
    name: i < states ? `COUNTRY ${i}` : `ACTOR ${i}`,
    kind: (i < states ? 'state' : 'organization') as 'state' | 'organization',
    aliases: [],
  }));
  // Index ⌊n·u²⌋: the first actors take part in most relations, the tail in a few each.
  const pick = (): number => Math.floor(nodes * random() ** 2);
  const seen = new Set<string>();
  const eventRelations: EventRelation[] = [];
  while (eventRelations.length < edges) {
    const s = pick();
    // Every actor gets at least one relation: the first `nodes` edges start from each actor once.
    const source = eventRelations.length < nodes ? eventRelations.length : s;
    const target = pick();
    if (source === target) continue;
    const type = TYPES[Math.floor(random() * TYPES.length)];
    const [a, b] = type === 'negotiates' && target < source ? [target, source] : [source, target];
    const key = `${type}:${a}:${b}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const events = 1 + Math.floor(-Math.log(1 - random()) * 6);
    const day = 1 + Math.floor(random() * 20);
    const span = Math.floor(random() * 8);
    eventRelations.push({
      source: actors[a].id,
      target: actors[b].id,
      type,
      origin: 'gdelt',
      events,
      mentions: events * (1 + Math.floor(random() * 5)),
      sources: Math.max(1, Math.floor(events / 2)),
      goldstein: type === 'opposes' ? -5 : 3,
      tone: Math.round((random() * 10 - 5) * 100) / 100,
      firstSeen: `2026-02-${pad(day, 2)}`,
      lastSeen: `2026-02-${pad(day + span, 2)}`,
      urls: [],
    });
  }
  return { documents: [], actors, relations: [], eventRelations };
}
