import { buildGraph, edgeKey, mergeEvents } from '../../server/graph/build';
import { RecordFigures } from '../../server/graph/record-figures';
import type { EventRelation } from '../../server/domain/types';
import { codedOpposition } from '../helpers/event-relation';

const record = (source: string, target: string, goldstein: number, urls: string[] = []): EventRelation => codedOpposition(source, target, goldstein, { urls });

const plainFigures = (r: EventRelation): Record<string, unknown> => ({
  events: r.events,
  mentions: r.mentions,
  sources: r.sources,
  goldstein: r.goldstein,
  tone: r.tone,
  firstSeen: r.firstSeen,
  lastSeen: r.lastSeen,
  urls: r.urls,
});

test("one record's figures read from the record and are written as the plain figures, in their order, without the record's ends or origin", () => {
  const r = record('alpha', 'beta', -4.5, ['https://example.org/1']);
  const figures = new RecordFigures(r);
  expect([figures.events, figures.mentions, figures.sources, figures.goldstein, figures.tone, figures.firstSeen, figures.lastSeen]).toEqual([3, 7, 2, -4.5, -1.25, '2026-01-02', '2026-01-05']);
  expect(figures.urls).toBe(r.urls);
  expect(JSON.stringify(figures)).toBe(JSON.stringify(plainFigures(r)));
  expect(Object.keys(figures)).toEqual([]);
  // Read-only: a write meant for a copy would otherwise change the record.
  expect(() => {
    (figures as unknown as { goldstein: number }).goldstein = 1;
  }).toThrow(TypeError);
});

test('an edge of one coded event holds its figures once; one of several merges them, and both are written as before', () => {
  const lone = record('alpha', 'beta', -4.5);
  const [first, second] = [record('gamma', 'delta', 2), record('gamma', 'delta', -6, ['https://example.org/2'])];
  const g = buildGraph({ documents: [], actors: ['alpha', 'beta', 'gamma', 'delta'].map((id) => ({ id, name: id, kind: 'state' as const, aliases: [] })), relations: [], eventRelations: [lone, first, second] });
  const loneEdge = g.getEdgeAttributes(edgeKey('opposes', 'alpha', 'beta'));
  expect(loneEdge.events).toBeInstanceOf(RecordFigures);
  expect(JSON.stringify(loneEdge.events)).toBe(JSON.stringify(plainFigures(lone)));
  expect(JSON.parse(JSON.stringify(loneEdge))).toEqual({
    type: 'opposes',
    weight: 3,
    documents: 0,
    evidence: [],
    firstSeen: '2026-01-02',
    lastSeen: '2026-01-05',
    relations: [],
    events: plainFigures(lone),
    provenance: 'coded',
    reviewed: false,
  });
  const merged = g.getEdgeAttributes(edgeKey('opposes', 'gamma', 'delta')).events;
  expect(JSON.stringify(merged)).toBe(JSON.stringify(mergeEvents(plainFigures(first) as unknown as EventRelation, second)));
  expect(merged?.goldstein).toBe(-2);
});
