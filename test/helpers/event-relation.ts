/** A coded-event relation for tests that build datasets inline: `events` events, each one mention from one source. */
import type { EventRelation, RelationType } from '../../server/domain/types';

export const eventRelation = (source: string, target: string, events = 1, type: RelationType = 'negotiates'): EventRelation => ({
  source,
  target,
  type,
  origin: 'test',
  events,
  mentions: events,
  sources: 1,
  goldstein: 0,
  tone: 0,
  firstSeen: '2026-02-01',
  lastSeen: '2026-02-02',
  urls: [],
});

/** A GDELT-coded opposition with figures of its own (3 events, 7 mentions, 2 sources), for tests of how coded records are held; `over` sets any field. */
export const codedOpposition = (source: string, target: string, goldstein: number, over: Partial<EventRelation> = {}): EventRelation => ({
  source,
  target,
  type: 'opposes',
  origin: 'gdelt',
  events: 3,
  mentions: 7,
  sources: 2,
  goldstein,
  tone: -1.25,
  firstSeen: '2026-01-02',
  lastSeen: '2026-01-05',
  urls: [],
  ...over,
});
