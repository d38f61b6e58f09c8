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
