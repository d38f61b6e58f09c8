/** Provenance on relations (curated, extracted, coded; reviewed or not) and the filters over it and over provisional actors. */
import { Curator } from '../../server/curation/curator';
import { parseFilter } from '../../server/query/options';
import { Explorer } from '../../server/query/explorer';
import { openStore } from '../../server/store/open-store';
import type { DatasetStore } from '../../server/store/types';
import { tinyData, writeDataDir } from '../helpers/tiny-dataset';
import { tempDbFile } from '../helpers/write-server';

const TEXT_C = 'Epsilon threatened Alpha. Epsilon talks with Beta.';

let store: DatasetStore;
let explorer: Explorer;
beforeEach(() => {
  const data = tinyData();
  data.index.documents.push({ id: 'doc-c', file: 'c.txt', title: 'C', outlet: 'Outlet C', date: '2026-01-09' });
  data.texts['c.txt'] = TEXT_C;
  data.actors.push({ id: 'epsilon', name: 'Epsilon', kind: 'state', aliases: [], provisional: true });
  data.relations.push(
    { id: 'epsilon-opposes-alpha', source: 'epsilon', target: 'alpha', type: 'opposes', evidence: [{ document: 'doc-c', quote: 'Epsilon threatened Alpha.', confidence: 0.6, method: 'extracted' }] },
    { id: 'epsilon-negotiates-beta', source: 'epsilon', target: 'beta', type: 'negotiates', evidence: [{ document: 'doc-c', quote: 'Epsilon talks with Beta.', confidence: 0.8, method: 'extracted' }] },
  );
  const opened = openStore(tempDbFile(), writeDataDir(data));
  store = opened.store;
  explorer = new Explorer(opened.dataset);
});
afterEach(() => store.close());

const edges = (q: Record<string, string> = {}): string[] => {
  const out: string[] = [];
  explorer.slice(parseFilter(q)).forEachEdge((key) => out.push(key));
  return out.sort();
};

test('each relation says where it comes from, how sure extraction was, and whether it is reviewed', () => {
  const g = explorer.graph();
  expect(g.getEdgeAttributes('opposes:epsilon->alpha')).toMatchObject({ provenance: 'extracted', reviewed: false, confidence: 0.6 });
  expect(g.getEdgeAttributes('opposes:delta->alpha')).toMatchObject({ provenance: 'curated', reviewed: true });
  expect(g.getEdgeAttributes('opposes:delta->alpha').confidence).toBeUndefined();
  new Curator(store, explorer).run('relation.accept', 'epsilon-opposes-alpha', {}, 'ana');
  expect(explorer.graph().getEdgeAttributes('opposes:epsilon->alpha')).toMatchObject({ provenance: 'extracted', reviewed: true });
});

test('filters by provenance, review state and provisional actors', () => {
  expect(edges({ provenance: 'extracted' })).toEqual(['negotiates:beta--epsilon', 'opposes:epsilon->alpha']);
  expect(edges({ reviewed: 'false' })).toEqual(['negotiates:beta--epsilon', 'opposes:epsilon->alpha']);
  expect(edges({ reviewed: 'true', provenance: 'curated' })).toEqual(edges({ provenance: 'curated' }));
  expect(edges({ provisional: 'false' })).not.toContain('opposes:epsilon->alpha');
  expect(explorer.slice(parseFilter({ provisional: 'true' })).nodes()).toEqual(['epsilon']);
  expect(() => parseFilter({ provenance: 'rumour' })).toThrow(/^provenance: unknown value "rumour"/);
  expect(() => parseFilter({ reviewed: 'maybe' })).toThrow(/^reviewed: must be true or false/);
});
