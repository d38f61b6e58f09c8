/**
 * The actor panel's centralities and the graph's overview under a stream of ingests read the kept
 * projection brought up to the graph in the worker pool, not on the request thread: the projection
 * it lands is what compacting the changed graph afresh gives, and the panel's values are those of
 * the version it is of.
 */
import type { Dataset, EventRelation } from '../../server/domain/types';
import * as compactFollow from '../../server/algorithms/compact-follow';
import { compactGraph } from '../../server/algorithms/compact';
import type { CompactGraph } from '../../server/algorithms/compact';
import { seededRandom } from '../../server/algorithms/random';
import { Explorer } from '../../server/query/explorer';
import { closePool } from '../../server/workers/pool';
import { eventRelation } from '../helpers/event-relation';

afterAll(() => closePool());

// 13–21 s for the file on a quiet 2-core machine; over 30 s a test when other work shares it.
jest.setTimeout(120_000);


const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

const arcs = (c: CompactGraph): unknown => ({ ids: c.ids, outOffsets: [...c.outOffsets], outTargets: [...c.outTargets.subarray(0, c.outOffsets[c.n])] });

/** 1,500 actors and 12,000 relations: above the size a projection is followed inline (parallel-job.ts's INLINE_ARCS) and the overview's budget. */
function bigExplorer(): Explorer {
  const random = seededRandom(4);
  const ids = Array.from({ length: 1500 }, (_, i) => `a${i}`);
  const relations: EventRelation[] = [];
  const pairs = new Set<string>();
  while (relations.length < 12_000) {
    const [s, t] = [ids[Math.floor(random() * ids.length)], ids[Math.floor(random() * ids.length)]];
    if (s === t || pairs.has(`${s} ${t}`) || pairs.has(`${t} ${s}`)) continue;
    pairs.add(`${s} ${t}`);
    relations.push(eventRelation(s, t));
  }
  const dataset: Dataset = { documents: [], relations: [], actors: ids.map((id) => ({ id, name: id.toUpperCase(), kind: 'state', aliases: [] })), eventRelations: relations };
  return new Explorer(dataset);
}

/** Articles relating a new actor to a0: each a new edge, the kept projection behind the graph. */
function ingestSome(explorer: Explorer, from: number): void {
  for (let n = from; n < from + 3; n++) {
    const document = { id: `doc-${n}`, title: 'T', outlet: 'O', date: '2026-02-03', text: `A0 met N${n}.` };
    const evidence = { source: 'a0', target: `n${n}`, type: 'negotiates' as const, evidence: { document: document.id, quote: document.text, start: 0 } };
    const change = { document, actors: [{ id: `n${n}`, name: `N${n}`, kind: 'state' as const, aliases: [] }], relations: [evidence] };
    explorer.applyIngest({ change, applied: [{ ...evidence, relationId: `a0-n${n}`, status: 'new' }] }, explorer.checkIngest(change));
  }
}

const keptProjection = (explorer: Explorer): CompactGraph => (explorer as unknown as { wholeCompacts: Map<boolean, CompactGraph> }).wholeCompacts.get(false) as CompactGraph;

test('after ingests, the panel remeasures on a projection followed in the pool, equal to a fresh one', async () => {
  const explorer = bigExplorer();
  await explorer.actor('a0');
  const followedHere = jest.spyOn(compactFollow, 'followCompact');
  ingestSome(explorer, 0);
  expect((await explorer.actor('a0')).centralityVersion).toBeDefined();
  let landed = await explorer.actor('a0');
  for (let i = 0; i < 200 && landed.centralityVersion !== undefined; i++) {
    await sleep(20);
    landed = await explorer.actor('a0');
  }
  expect(landed.centralityVersion).toBeUndefined();
  expect(followedHere).not.toHaveBeenCalled();
  followedHere.mockRestore();
  expect(landed.centrality.degree).toBeCloseTo(explorer.graph().neighbors('a0').length / (explorer.graph().order - 1));
  expect(arcs(keptProjection(explorer))).toEqual(arcs(compactGraph(explorer.slice(), false)));
});

test("after ingests, the graph's overview reads a projection followed in the pool", async () => {
  const explorer = bigExplorer();
  await explorer.view();
  const followedHere = jest.spyOn(compactFollow, 'followCompact');
  ingestSome(explorer, 0);
  const view = await explorer.view();
  expect(followedHere).not.toHaveBeenCalled();
  followedHere.mockRestore();
  expect(view.overview).toBeDefined();
  expect(arcs(keptProjection(explorer))).toEqual(arcs(compactGraph(explorer.slice(), false)));
});
