/**
 * Big graph files (issue #11): edge-list CSV (and GraphML) is read as a stream (any split of the text into chunks
 * gives the same records, and the file is read in 1 MiB chunks), and a file that will not fit is
 * refused with one line naming its size and the way around, exit 1, never a V8 abort.
 */
import fc from 'fast-check';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CsvRecords } from '../../server/io/read-csv';
import { checkGraphSize, graphLimits, GraphTooLargeError } from '../../server/io/graph-limits';
import { readGraphFile } from '../../server/io/read-graph';
import { runCli } from '../helpers/run-cli';
import { writeBaGraphml } from '../../scripts/bench/graphml-file';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-big-'));

/** Records of `chunks` pushed one after another. */
function records(chunks: string[]): [string[], number][] {
  const out: [string[], number][] = [];
  const r = new CsvRecords('g.csv', (fields, line) => out.push([fields, line]));
  for (const c of chunks) r.push(c);
  r.end();
  return out;
}

test('property: any split of CSV text into chunks gives the records of the whole text', () => {
  const field = fc.oneof(
    fc.constantFrom('', 'a', 'b c', 'x"y', 'line\nbreak', 'cr\r\nlf', ',', '""', 'é', '😀'),
    fc.string({ maxLength: 6 }),
  );
  const csv = fc
    .array(fc.array(field, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 })
    .chain((rows) => fc.constantFrom('\n', '\r\n').map((eol) => rows.map((r) => r.map((f) => (/[",\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(',')).join(eol) + eol));
  fc.assert(
    fc.property(csv, fc.array(fc.nat(), { maxLength: 6 }), (text, cuts) => {
      const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
      const chunks = [0, ...at].map((start, i, all) => text.slice(start, all[i + 1] ?? text.length));
      expect(records(chunks)).toEqual(records([text]));
    }),
    { numRuns: 500, seed: 20261129 },
  );
});

test('errors found across chunk boundaries still name their line', () => {
  expect(() => records(['source,target\na,"b', '\nc'])).toThrow('g.csv, line 2: quoted field is not closed');
  expect(() => records(['source,target\n', 'a,b"', 'c\n'])).toThrow(/^g\.csv, line 2: a quote inside an unquoted field/);
});

/** A seeded edge list of `m` edges over `n` nodes. */
function edgeList(file: string, m: number, n: number): string {
  let x = 7;
  const rnd = (k: number): number => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) % k);
  const lines = ['source,target,weight'];
  for (let i = 0; i < m; i++) lines.push(`n${rnd(n)},"node ${rnd(n)}, quoted",${1 + rnd(9)}`);
  fs.writeFileSync(file, lines.join('\r\n') + '\r\n');
  return file;
}

test('a file of several MiB is read in chunks of at most 1 MiB, every edge', () => {
  const file = edgeList(path.join(tmp, 'streamed.csv'), 120_000, 20_000);
  expect(fs.statSync(file).size).toBeGreaterThan(3 * 2 ** 20);
  const reads: number[] = [];
  const readSync = fs.readSync;
  const spy = jest.spyOn(fs, 'readSync').mockImplementation((...args: Parameters<typeof fs.readSync>) => {
    const n = (readSync as (...a: Parameters<typeof fs.readSync>) => number)(...args);
    reads.push(n);
    return n;
  });
  let graph;
  try {
    graph = readGraphFile(file).graph;
  } finally {
    spy.mockRestore();
  }
  expect(graph.size).toBe(120_000);
  expect(Math.max(...reads)).toBeLessThanOrEqual(2 ** 20);
  expect(reads.length).toBeGreaterThan(3);
  expect(graph.hasNode('node 5, quoted')).toBe(true);
});

describe('a graph that will not fit is refused, before memory runs out', () => {
  // Over 2 MiB: the first check, after the first 1 MiB, sees about half of it.
  const file = edgeList(path.join(tmp, 'big.csv'), 60_000, 5_000);

  test('by the heap budget: the message estimates the whole file and names NODE_OPTIONS', () => {
    const limits = { budget: 2_000 * 600, heapMb: 1 };
    let error: unknown;
    try {
      readGraphFile(file, limits);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GraphTooLargeError);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    expect(message).toMatch(/^.*big\.csv: about [\d,]+ edges need about [\d,]+ MB of heap, more than the 2 MB this process can spare for a graph \(of its 1 MB heap\); give Node a larger heap, e.g. NODE_OPTIONS=--max-old-space-size=\d+, or set ACTOR_GRAPH_MAX_EDGES to try anyway$/);
    // The estimate is of the whole file, not of what was read before stopping.
    const estimate = Number(/about ([\d,]+) edges/.exec(message)![1].replace(/,/g, ''));
    expect(estimate).toBeGreaterThan(50_000);
    expect(estimate).toBeLessThan(70_000);
  });

  test('early, from the part read, when the whole file is projected well past the limit', () => {
    const g = readGraphFile(edgeList(path.join(tmp, 'part.csv'), 100, 50), { budget: 1e9, heapMb: 1e4 }).graph;
    const limits = graphLimits({ ACTOR_GRAPH_MAX_EDGES: '5000' });
    // 100 edges in the first 1 % of a file: about 10,000 in all.
    expect(() => checkGraphSize(g, limits, 'g.csv', 0.01)).toThrow('g.csv: about 10,000 edges, more than the ACTOR_GRAPH_MAX_EDGES limit of 5,000; raise it');
    // Within the projection's margin it reads on, and stops only at the limit itself.
    expect(() => checkGraphSize(g, graphLimits({ ACTOR_GRAPH_MAX_EDGES: '9500' }), 'g.csv', 0.01)).not.toThrow();
    const fits = { budget: 100 * 600 + g.order * 500, heapMb: 1 };
    expect(() => checkGraphSize(g, fits, 'g.csv', 0.95)).not.toThrow();
    expect(() => checkGraphSize(g, fits, 'g.csv', 0.1)).toThrow(/^g\.csv: about 1,000 edges need about 1 MB of heap/);
  });

  test('by ACTOR_GRAPH_MAX_EDGES', () => {
    expect(() => readGraphFile(file, graphLimits({ ACTOR_GRAPH_MAX_EDGES: '1000' }))).toThrow(/big\.csv: about [\d,]+ edges, more than the ACTOR_GRAPH_MAX_EDGES limit of 1,000; raise it$/);
    expect(readGraphFile(file, graphLimits({ ACTOR_GRAPH_MAX_EDGES: '60000' })).graph.size).toBe(60_000);
    expect(() => graphLimits({ ACTOR_GRAPH_MAX_EDGES: 'lots' })).toThrow('invalid environment variable ACTOR_GRAPH_MAX_EDGES: must be a whole number, got "lots"');
  });

  test('GraphML, read as a stream, early from the part read', () => {
    // 20,000 nodes, 199,900 edges: about 9 MB, so the first 1 MiB chunk projects the whole file.
    const graphml = path.join(tmp, 'big.graphml');
    writeBaGraphml(graphml, 20_000, 10, 1);
    const message = ((): string => {
      try {
        readGraphFile(graphml, graphLimits({ ACTOR_GRAPH_MAX_EDGES: '20000' }));
      } catch (e) {
        expect(e).toBeInstanceOf(GraphTooLargeError);
        return (e as Error).message;
      }
      throw new Error('not refused');
    })();
    expect(message).toMatch(/big\.graphml: about [\d,]+ edges, more than the ACTOR_GRAPH_MAX_EDGES limit of 20,000; raise it$/);
    // Refused from the first chunk's projection, not after reading on to the limit.
    expect(Number(/about ([\d,]+) edges/.exec(message)![1].replace(/,/g, ''))).toBeGreaterThan(100_000);
    expect(readGraphFile(graphml, graphLimits({ ACTOR_GRAPH_MAX_EDGES: '300000' })).fileGraph.size).toBe(199_900);
  });

  test('JSON and GEXF, which are read whole, by their size before they are read', () => {
    const json = path.join(tmp, 'big.json');
    fs.writeFileSync(json, JSON.stringify({ nodes: [{ id: 'a' }, { id: 'b' }], links: [{ source: 'a', target: 'b', pad: 'x'.repeat(100_000) }] }));
    expect(() => readGraphFile(json, { budget: 1_000_000, heapMb: 1 })).toThrow(/big\.json: 1 MB of JSON, read whole, needs about 3 MB of heap, more than the 1 MB this process can spare for a graph \(of its 1 MB heap; an edge-list CSV or GraphML file is read as a stream\); give Node a larger heap/);
    expect(readGraphFile(json, { budget: 10_000_000, heapMb: 10 }).graph.size).toBe(1);
  });

  test('the CLI exits 1 with that one line, in a small heap, instead of a V8 abort', async () => {
    const large = edgeList(path.join(tmp, 'large.csv'), 150_000, 40_000);
    const r = await runCli(['centrality', '--graph', large, '--metric', 'degree', '--top', '1'], undefined, { NODE_OPTIONS: '--max-old-space-size=96' });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^actor-graph: .*large\.csv: about [\d,]+ edges need about [\d,]+ MB of heap, more than the [\d,]+ MB this process can spare for a graph \(of its \d+ MB heap\); give Node a larger heap, e\.g\. NODE_OPTIONS=--max-old-space-size=\d+/);
    const env = await runCli(['centrality', '--graph', large, '--metric', 'degree', '--top', '1'], undefined, { ACTOR_GRAPH_MAX_EDGES: '5000' });
    expect(env.code).toBe(1);
    expect(env.stderr).toMatch(/ACTOR_GRAPH_MAX_EDGES limit of 5,000; raise it\n$/);
  }, 60_000);
});
