/**
 * Live updates without moving the picture: served graphs merged into the drawn one in place
 * (graph-merge.ts), arrivals placed beside their drawn neighbours (placement.ts), and the news
 * the notice reports, credited per article (live-news.ts).
 */
import { MultiGraph } from 'graphology';
import type { GraphAttributes } from '../../server/domain/types';
import type { EdgeAttrs, NodeAttrs, RelationEdgeAttrs } from '../../client/api-types';
import type { ActorMultiGraph, SerializedActorGraph } from '../../client/graph-data';
import { PositionMemory, mergeServed } from '../../client/graph-merge';
import type { Point } from '../../client/graph-merge';
import { LiveNews, newsCounts, newsHeadline } from '../../client/live-news';
import { placeArrivals } from '../../client/placement';

const node = (key: string, x: number, y: number, extra: Partial<NodeAttrs> = {}): SerializedActorGraph['nodes'][number] => ({
  key,
  attributes: { label: key, kind: 'state', aliases: [], x, y, ...extra } as unknown as NodeAttrs,
});

const edge = (source: string, target: string, document = 'doc-a'): SerializedActorGraph['edges'][number] => ({
  key: `${source}-negotiates-${target}`,
  source,
  target,
  undirected: true,
  attributes: { type: 'negotiates', weight: 1, evidence: [{ document, quote: 'q', start: 0, end: 1, date: '2026-02-08', outlet: 'Test', confidence: 1, method: 'curated' }] } as unknown as RelationEdgeAttrs,
});

const served = (nodes: SerializedActorGraph['nodes'], edges: SerializedActorGraph['edges'] = []): SerializedActorGraph =>
  ({ attributes: {}, options: { type: 'mixed', multi: true, allowSelfLoops: false }, nodes, edges }) as unknown as SerializedActorGraph;

const newGraph = (): ActorMultiGraph => new MultiGraph<NodeAttrs, EdgeAttrs, GraphAttributes>({ type: 'mixed', allowSelfLoops: false });

const pos = (g: ActorMultiGraph, id: string): Point => ({ x: g.getNodeAttribute(id, 'x'), y: g.getNodeAttribute(id, 'y') });
const dist = (a: Point, b: Point): number => Math.hypot(a.x - b.x, a.y - b.y);

/** A drawn square a–b–c–d with relations of length 10. */
function drawnSquare(): ActorMultiGraph {
  const g = newGraph();
  mergeServed(g, new Map(), served([node('a', 0, 0), node('b', 10, 0), node('c', 10, 10), node('d', 0, 10)], [edge('a', 'b'), edge('b', 'c'), edge('c', 'd')]));
  return g;
}

describe('mergeServed', () => {
  test('drawn actors keep their place while their attributes, the actors and the relations follow the served graph', () => {
    const g = drawnSquare();
    // The server laid everything out again, renamed b, dropped d and added e with a relation to a.
    const diff = mergeServed(
      g,
      new Map(),
      served([node('a', 50, 50), node('b', 60, 50, { label: 'Bee' }), node('c', 60, 60), node('e', 70, 70)], [edge('a', 'b'), edge('b', 'c'), edge('a', 'e', 'doc-b')]),
    );
    expect(pos(g, 'a')).toEqual({ x: 0, y: 0 });
    expect(pos(g, 'b')).toEqual({ x: 10, y: 0 });
    expect(g.getNodeAttribute('b', 'label')).toBe('Bee');
    expect(diff.removedNodes).toEqual(['d']);
    expect(diff.addedNodes).toEqual(['e']);
    expect(diff.unplaced).toEqual(['e']);
    expect(diff.addedEdges).toEqual(['a-negotiates-e']);
    expect(diff.removedEdges).toEqual(['c-negotiates-d']);
    expect(diff.served.get('a')).toEqual({ x: 50, y: 50 });
    expect(g.hasNode('d')).toBe(false);
    expect(g.hasEdge('a-negotiates-e')).toBe(true);
  });

  test('an actor drawn before comes back where it was, not where the server puts it', () => {
    const g = drawnSquare();
    const memory = new PositionMemory();
    memory.remember(g);
    mergeServed(g, memory.positions, served([node('a', 0, 0), node('b', 10, 0)], [edge('a', 'b')]));
    expect(g.hasNode('c')).toBe(false);
    const diff = mergeServed(g, memory.positions, served([node('a', 0, 0), node('b', 10, 0), node('c', 99, 99)], [edge('a', 'b'), edge('b', 'c')]));
    expect(pos(g, 'c')).toEqual({ x: 10, y: 10 });
    expect(diff.addedNodes).toEqual(['c']);
    expect(diff.unplaced).toEqual([]);
  });
});

describe('placeArrivals', () => {
  test('the server laid out afresh: a new actor goes one relation length from its drawn neighbour, clear of the others, and nothing else moves', () => {
    const g = drawnSquare();
    const shifted = (id: string): Point => ({ x: pos(g, id).x + 500, y: pos(g, id).y - 300 });
    const diff = mergeServed(
      g,
      new Map(),
      served([node('a', shifted('a').x, shifted('a').y), node('b', shifted('b').x, shifted('b').y), node('c', shifted('c').x, shifted('c').y), node('d', shifted('d').x, shifted('d').y), node('n', 900, 900)], [edge('a', 'b'), edge('b', 'c'), edge('c', 'd'), edge('n', 'c')]),
    );
    placeArrivals(g, diff.unplaced, diff.served, true);
    const n = pos(g, 'n');
    expect(dist(n, pos(g, 'c'))).toBeGreaterThanOrEqual(9.9);
    expect(dist(n, pos(g, 'c'))).toBeLessThanOrEqual(20);
    for (const id of ['a', 'b', 'd']) expect(dist(n, pos(g, id))).toBeGreaterThanOrEqual(4);
    expect(pos(g, 'a')).toEqual({ x: 0, y: 0 });
    expect(pos(g, 'c')).toEqual({ x: 10, y: 10 });
  });

  test('the server kept the drawing: its position for a new actor near its neighbours is used as it is', () => {
    const g = drawnSquare();
    const diff = mergeServed(g, new Map(), served([node('a', 0, 0), node('b', 10, 0), node('c', 10, 10), node('d', 0, 10), node('n', 18, 14)], [edge('a', 'b'), edge('b', 'c'), edge('c', 'd'), edge('n', 'c')]));
    placeArrivals(g, diff.unplaced, diff.served, true);
    expect(pos(g, 'n')).toEqual({ x: 18, y: 14 });
  });

  test('the server kept the drawing but put a new actor far from its neighbours: it goes beside them', () => {
    const g = drawnSquare();
    const diff = mergeServed(g, new Map(), served([node('a', 0, 0), node('b', 10, 0), node('c', 10, 10), node('d', 0, 10), node('n', 400, 400)], [edge('a', 'b'), edge('b', 'c'), edge('c', 'd'), edge('n', 'c')]));
    placeArrivals(g, diff.unplaced, diff.served, true);
    expect(dist(pos(g, 'n'), pos(g, 'c'))).toBeLessThanOrEqual(20);
  });

  test('a chain of new actors follows its drawn end, and a new group with no drawn neighbour keeps its shape out of the way', () => {
    const g = drawnSquare();
    const diff = mergeServed(
      g,
      new Map(),
      served(
        [node('a', 1, 1), node('b', 11, 1), node('c', 11, 11), node('d', 1, 11), node('n1', 500, 0), node('n2', 510, 0), node('x', 300, 300), node('y', 320, 300)],
        [edge('a', 'b'), edge('b', 'c'), edge('c', 'd'), edge('n1', 'b'), edge('n1', 'n2'), edge('x', 'y')],
      ),
    );
    placeArrivals(g, diff.unplaced, diff.served, true);
    expect(dist(pos(g, 'n1'), pos(g, 'b'))).toBeLessThanOrEqual(20);
    expect(dist(pos(g, 'n2'), pos(g, 'n1'))).toBeLessThanOrEqual(20);
    // The group is scaled to the drawing, kept apart from every drawn actor.
    expect(dist(pos(g, 'x'), pos(g, 'y'))).toBeLessThanOrEqual(25);
    for (const id of ['a', 'b', 'c', 'd', 'n1', 'n2']) {
      expect(dist(pos(g, 'x'), pos(g, id))).toBeGreaterThanOrEqual(3.9);
      expect(dist(pos(g, 'y'), pos(g, id))).toBeGreaterThanOrEqual(3.9);
    }
  });

  test('not live (a neighbourhood brought into an overview): the served positions stand while the server frame is the drawing', () => {
    const g = drawnSquare();
    const diff = mergeServed(g, new Map(), served([node('a', 0, 0), node('b', 10, 0), node('c', 10, 10), node('d', 0, 10), node('n', 400, 400)], [edge('a', 'b'), edge('b', 'c'), edge('c', 'd'), edge('n', 'c')]));
    placeArrivals(g, diff.unplaced, diff.served, false);
    expect(pos(g, 'n')).toEqual({ x: 400, y: 400 });
  });
});

describe('LiveNews', () => {
  test('credits new relations and actors to the article their quotes come from, whichever comes first, the news or the drawing', () => {
    const g = drawnSquare();
    const news = new LiveNews();
    news.announce({ version: 2, reason: 'ingest', document: { id: 'doc-b', title: 'Talks B' } }, g);
    const diff = mergeServed(
      g,
      new Map(),
      served([node('a', 0, 0), node('b', 10, 0), node('c', 10, 10), node('d', 0, 10), node('e', 0, 0), node('f', 0, 0)], [edge('a', 'b'), edge('b', 'c'), edge('c', 'd'), edge('a', 'e', 'doc-b'), edge('e', 'f', 'doc-c')]),
    );
    news.landed(g, diff.addedNodes, diff.addedEdges, (id) => id === 'e' || id === 'f');
    expect(news.latestArticles()).toEqual([{ id: 'doc-b', title: 'Talks B', actors: 1, relations: 1 }]);
    // The second article's data were drawn before its announcement came.
    news.announce({ version: 3, reason: 'ingest', document: { id: 'doc-c', title: 'Talks C' } }, g);
    expect(news.latestArticles()).toEqual([
      { id: 'doc-c', title: 'Talks C', actors: 1, relations: 1 },
      { id: 'doc-b', title: 'Talks B', actors: 1, relations: 1 },
    ]);
    expect([...news.nodes].sort()).toEqual(['e', 'f']);
    expect(news.edges.size).toBe(2);
    expect(news.articles).toBe(2);
    news.clear();
    expect(news.empty).toBe(true);
  });

  test('a batch is counted whole and listed by its latest five', () => {
    const g = newGraph();
    const news = new LiveNews();
    for (let i = 1; i <= 20; i++) news.announce({ version: i + 1, reason: 'ingest', document: { id: `d${i}`, title: `T${i}` } }, g);
    expect(news.articles).toBe(20);
    expect(news.latestArticles().map((a) => a.title)).toEqual(['T20', 'T19', 'T18', 'T17', 'T16']);
    expect(newsCounts(1, 3)).toBe('1 new actor, 3 new relations');
  });

  test('a change without an article (the CLI wrote to the store) is news too, said as such', () => {
    const news = new LiveNews();
    expect(news.empty).toBe(true);
    news.announce({ version: 2, reason: 'external' }, newGraph());
    expect(news.empty).toBe(false);
    expect(newsHeadline(news)).toBe('The data changed on the server');
    news.announce({ version: 3, reason: 'ingest', document: { id: 'd1', title: 'T1' } }, newGraph());
    expect(newsHeadline(news)).toBe('1 new article');
  });
});
