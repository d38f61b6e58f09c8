/** The Explorer's promises: memoised answers per dataset version, and a panel that answers at once on big graphs. */
import { loadDataset, parseDatasetJson } from '../../server/data/load-dataset';
import { Explorer } from '../../server/query/explorer';

/** A chain of `n` state actors linked by coded events (no quotes needed). */
function chainDataset(n: number) {
  const actors = Array.from({ length: n }, (_v, i) => ({ id: `a${i}`, name: `Actor ${i}`, kind: 'state', aliases: [] }));
  const eventRelations = actors.slice(1).map((a, i) => ({
    source: `a${i}`, target: a.id, type: 'opposes', origin: 'test', events: 1, mentions: 1, sources: 1,
    goldstein: -5, tone: -2, firstSeen: '2026-01-01', lastSeen: '2026-01-02', urls: [],
  }));
  return parseDatasetJson({ documents: [], actors, relations: [], eventRelations }, 'chain');
}

test('answers are cached until the dataset changes', async () => {
  const ex = new Explorer(loadDataset());
  const a = await ex.centrality({ metric: 'betweenness' });
  expect(await ex.centrality({ metric: 'betweenness' })).toBe(a);
  const v = ex.version;
  ex.setDataset(loadDataset());
  expect(ex.version).toBe(v + 1);
  expect(await ex.centrality({ metric: 'betweenness' })).not.toBe(a);
  expect(await ex.centrality({ metric: 'betweenness' })).toEqual(a);
});

test('the actor panel on a big graph leaves out the metrics that search from every actor', async () => {
  const detail = await new Explorer(chainDataset(2500)).actor('a10');
  expect(detail.centrality.degree).toBeGreaterThan(0);
  expect(detail.centrality.pagerank).toBeGreaterThan(0);
  expect(detail.centrality.betweenness).toBeUndefined();
  expect(detail.centrality.closeness).toBeUndefined();
});

test('the actor panel on a small graph has every undirected metric', async () => {
  expect(Object.keys((await new Explorer(loadDataset()).actor('iran')).centrality).sort()).toEqual(['betweenness', 'closeness', 'degree', 'eigenvector', 'pagerank']);
});
