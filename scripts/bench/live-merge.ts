/**
 * Times what the page does when a live update lands on a big drawing: merging the served graph in
 * place (graph-merge.ts) and placing the new actors (placement.ts), on a seeded graph of N actors
 * and M relations where the server has laid everything out afresh and K new actors each bring a
 * relation. Plain Node, no browser: the page's own code on the page's own graph type.
 *
 *   npx ts-node --transpile-only scripts/bench/live-merge.ts 20000 100000 50
 */
import { MultiGraph } from 'graphology';
import type { GraphAttributes } from '../../server/domain/types';
import type { EdgeAttrs, NodeAttrs } from '../../client/api-types';
import type { SerializedActorGraph } from '../../client/graph-data';
import { PositionMemory, mergeServed } from '../../client/graph-merge';
import { placeArrivals } from '../../client/placement';

function served(nodes: number, edges: number, fresh: number, shift: number): SerializedActorGraph {
  let x = 12345;
  // A 32-bit linear congruential generator: the same graph on every machine.
  const rnd = (): number => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const ns: SerializedActorGraph['nodes'] = [];
  for (let i = 0; i < nodes + fresh; i++) {
    ns.push({ key: `n${i}`, attributes: { label: `n${i}`, kind: 'state', x: ((i * 7919) % 1000) + shift, y: ((i * 104729) % 1000) - shift } as unknown as NodeAttrs });
  }
  const es: SerializedActorGraph['edges'] = [];
  for (let j = 0; j < edges + fresh; j++) {
    const s = j < edges ? Math.floor(rnd() * nodes) : nodes + (j - edges);
    const t = Math.floor(rnd() * nodes);
    if (s === t) continue;
    es.push({ key: `e${j}`, source: `n${s}`, target: `n${t}`, undirected: true, attributes: { type: 'negotiates', weight: 1, evidence: [] } as never });
  }
  return { attributes: {}, options: { type: 'mixed', multi: true, allowSelfLoops: false }, nodes: ns, edges: es } as unknown as SerializedActorGraph;
}

function main(nodes: number, edges: number, fresh: number): void {
  const graph = new MultiGraph<NodeAttrs, EdgeAttrs, GraphAttributes>({ type: 'mixed', allowSelfLoops: false });
  const memory = new PositionMemory();
  let t = performance.now();
  mergeServed(graph, memory.positions, served(nodes, edges, 0, 0));
  memory.remember(graph);
  const first = performance.now() - t;
  const next = served(nodes, edges, fresh, 37);
  const t0 = performance.now();
  const diff = mergeServed(graph, memory.positions, next);
  const merged = performance.now();
  placeArrivals(graph, diff.unplaced, diff.served, true);
  const placed = performance.now();
  memory.remember(graph);
  const remembered = performance.now() - placed;
  // For comparison, what the page did before merging: empty the graph and import the answer.
  const again = served(nodes, edges, fresh, 74);
  t = performance.now();
  graph.clear();
  graph.import(again);
  const imported = performance.now() - t;
  const ms = (v: number): number => Math.round(v);
  console.log(
    `${nodes} actors, ${edges} relations: first apply ${ms(first)} ms; live update adding ${diff.addedNodes.length} actors and ${diff.addedEdges.length} relations: merge ${ms(merged - t0)} ms, placement ${ms(placed - merged)} ms, remember ${ms(remembered)} ms; clear and import instead: ${ms(imported)} ms`,
  );
}

const [n = '20000', m = '100000', k = '50'] = process.argv.slice(2);
main(Number(n), Number(m), Number(k));
