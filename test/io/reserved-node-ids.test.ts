/**
 * Graph files whose node ids are named like Object.prototype members (issue #11): `constructor`,
 * `toString`, `__proto__`, … in every file format, through every metric, path, communities and
 * every export. graphology keeps neighbours in plain objects keyed by node key, so such ids are
 * kept under escaped keys (server/io/node-keys.ts); every answer must show the file's own ids and
 * the same values as the same graph with harmless ids.
 */
import Graph from 'graphology';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RESERVED_KEYS } from '../../server/domain/reserved-keys';
import { EXPORT_FORMATS } from '../../server/graph/export';
import type { ExportFormat } from '../../server/graph/export';
import { textOf } from '../../server/graph/flat-writers';
import { METRICS } from '../../server/graph/metrics';
import { FileGraph } from '../../server/io/file-graph';
import { fileCentrality, fileCommunities, fileExport, filePath } from '../../server/io/file-queries';
import { fromNodeKey, toNodeKey } from '../../server/io/node-keys';
import { readGraphFile } from '../../server/io/read-graph';
import { writeGraph } from '../../server/io/write-graph';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-reserved-'));

/** The file's ids: every reserved name, plus ids that begin with the escape mark or look escaped. */
const IDS = [...RESERVED_KEYS, 'plain', '~', '~constructor', '~~x'];
/** Harmless stand-ins: node i of the reference graph is `n<i>`. */
const safe = IDS.map((_, i) => `n${i}`);
const toFileId = new Map(safe.map((s, i) => [s, IDS[i]]));

/** A seeded mixed multigraph over the ids: a ring, chords, a parallel edge, some directed edges. */
function reference(): Graph {
  const g = new Graph({ type: 'mixed', multi: true, allowSelfLoops: true });
  safe.forEach((id, i) => g.addNode(id, { label: `Node ${i}` }));
  const n = safe.length;
  for (let i = 0; i < n; i++) g.addUndirectedEdge(safe[i], safe[(i + 1) % n], { weight: 1 + (i % 3) });
  for (let i = 0; i < n; i += 3) g.addDirectedEdge(safe[i], safe[(i * 7 + 5) % n]);
  g.addUndirectedEdge(safe[0], safe[1]);
  return g;
}

const EXT: Record<string, string> = { json: 'json', 'node-link': 'json', gexf: 'gexf', graphml: 'graphml', 'csv-edges': 'csv' };

/** The reference graph written with the file's ids, in `format`. */
function fileOf(format: ExportFormat): string {
  const file = path.join(tmp, `reserved-${format}.${EXT[format]}`);
  fs.writeFileSync(file, textOf(writeGraph(reference(), format, (k) => toFileId.get(k)!)));
  return file;
}

test('the key encoding is reversible and never makes a reserved key', () => {
  for (const id of [...IDS, 'a', '', '~~']) {
    expect(fromNodeKey(toNodeKey(id))).toBe(id);
    expect(RESERVED_KEYS).not.toContain(toNodeKey(id));
  }
  expect(toNodeKey('plain')).toBe('plain');
});

describe.each(Object.keys(EXT))('%s file with reserved node ids', (format) => {
  const file = fileOf(format as ExportFormat);
  const read = readGraphFile(file);
  const graph = read.fileGraph;
  const ref = FileGraph.of(reference());

  test('is read whole: every node, every edge', () => {
    expect(read.graph.order).toBe(IDS.length);
    expect(read.graph.size).toBe(ref.size);
  });

  test.each(METRICS.map((m) => [m.id, m.directedOnly] as const))('%s ranks the file ids with the reference values', (metric, directedOnly) => {
    for (const directed of directedOnly ? [true] : [false, true]) {
      const got = fileCentrality(graph, { metric, directed });
      const want = fileCentrality(ref, { metric, directed });
      expect(got.ranking.map((r) => r.id).sort()).toEqual([...IDS].sort());
      const value = new Map(want.ranking.map((r) => [toFileId.get(r.id)!, r.value]));
      for (const r of got.ranking) expect(r.value).toBeCloseTo(value.get(r.id)!, 12);
      // The CSV edge list has no labels: a node's label is then its own id.
      for (const r of got.ranking) expect(r.label).toBe(format === 'csv-edges' ? r.id : `Node ${IDS.indexOf(r.id)}`);
    }
  });

  test('paths between reserved names show the file ids', () => {
    for (const [a, b] of [['constructor', '__proto__'], ['toString', 'valueOf'], ['~constructor', 'hasOwnProperty']]) {
      const got = filePath(graph, a, b);
      const want = filePath(ref, safe[IDS.indexOf(a)], safe[IDS.indexOf(b)]);
      expect(got.nodes).toEqual(want.nodes.map((k) => toFileId.get(k)));
      expect(got.nodes[0]).toBe(a);
      expect(got.steps.map((s) => s.from)).toEqual(got.nodes.slice(0, -1));
    }
    expect(() => filePath(graph, 'isPrototypeOf', 'nope')).toThrow('to: unknown node "nope"');
  });

  test('communities list the file ids, and membership holds each as its own key', () => {
    const got = fileCommunities(graph);
    const want = fileCommunities(ref);
    expect(got.modularity).toBeCloseTo(want.modularity, 12);
    expect(got.communities.flatMap((c) => c.members).sort()).toEqual([...IDS].sort());
    for (const id of IDS) expect(Object.prototype.hasOwnProperty.call(got.membership, id)).toBe(true);
    expect(JSON.parse(JSON.stringify(got.membership))).toEqual(Object.fromEntries(IDS.map((id) => [id, got.membership[id]])));
  });

  test.each(EXPORT_FORMATS)('export as %s writes the file ids, and reads back the same', (out) => {
    const text = textOf(fileExport(graph, out));
    for (const id of ['constructor', '__proto__', '~constructor']) expect(text).toContain(id);
    expect(text).not.toContain('~~constructor');
    if (out === 'csv-nodes') return;
    const back = path.join(tmp, `back-${format}-${out}.${EXT[out]}`);
    fs.writeFileSync(back, text);
    const again = readGraphFile(back).graph;
    expect(again.nodes().map(fromNodeKey).sort()).toEqual([...IDS].sort());
    expect(again.size).toBe(ref.size);
  });
});
