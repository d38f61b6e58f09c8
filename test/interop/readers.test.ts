/**
 * Our exports opened by the real readers, and NetworkX's files opened by us. Debian's
 * /usr/bin/python3 with python3-networkx (2.8) and python3-igraph (0.10) is required (`npm test`
 * installs or names them, scripts/ensure-debian-packages.js); the `python3` on PATH is tried too
 * when it is another installation with NetworkX, and skipped when it has none.
 *
 * For each export format, on the bundled data, on an actor graph with hostile names and on a
 * `--graph` file with hostile ids: each reader opens the file as written, and finds our actors
 * (with their labels) and our relations with their directions.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Graph from 'graphology';
import { loadDataset } from '../../server/data/load-dataset';
import type { ActorGraph, Dataset } from '../../server/domain/types';
import { buildGraph } from '../../server/graph/build';
import type { ExportFormat } from '../../server/graph/export';
import { exportGraph } from '../../server/graph/export';
import { textOf } from '../../server/graph/flat-writers';
import { writeGraph } from '../../server/io/write-graph';
import { runCli } from '../helpers/run-cli';

const SCRIPTS = path.join(__dirname, '..', 'fixtures', 'interop');
const DEBIAN_PYTHON = '/usr/bin/python3';

/** The Python interpreters to test with: Debian's always, PATH's when it is another one with NetworkX. */
function pythons(): { python: string; required: boolean }[] {
  const found = [{ python: DEBIAN_PYTHON, required: true }];
  const which = spawnSync('python3', ['-c', 'import sys, networkx; print(sys.executable)'], { encoding: 'utf8' });
  const other = which.status === 0 ? which.stdout.trim() : '';
  if (other && fs.realpathSync(other) !== fs.realpathSync(DEBIAN_PYTHON)) found.push({ python: other, required: false });
  return found;
}

type Edge = [source: string, target: string, directed: boolean];
interface Shape {
  nodes: Record<string, string | null>;
  edges: Edge[];
}

/** Edges in one order; an undirected edge's ends sorted, since readers may swap them. */
function canonical(edges: Edge[]): string[] {
  return edges.map(([s, t, d]) => (d ? `${s} > ${t}` : [s, t].sort().join(' -- '))).sort();
}

function shapeOf(g: Graph): Shape {
  const nodes: Record<string, string | null> = {};
  g.forEachNode((n, a) => (nodes[n] = typeof a.label === 'string' ? a.label : null));
  return { nodes, edges: g.mapEdges((_k, _a, s, t, _sa, _ta, undirected): Edge => [s, t, !undirected]) };
}

/** What a spreadsheet-safe CSV cell holds for `text` (README: formula characters get a leading quote). */
function inCsv(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text) ? `'${text}` : text;
}

const HOSTILE_NAMES = [
  '<script>alert("x")</script>',
  'O\'Brien & "Sons" ]]> &amp;',
  '=HYPERLINK("http://evil.example","click")',
  '@SUM(1+1)',
  '\tTabbed\tname',
  'Zoë 🇮🇷 مرحبا Ω',
  '-1',
];
const HOSTILE_IDS = ['a&b', '<x>', '"q"', '=cmd', 'zoë-🇮🇷', '-1', '+plus'];

/** An actor graph whose names, ids and URLs are hostile, with relations of every type. */
function hostileActorGraph(): ActorGraph {
  const event = { origin: 'gdelt' as const, events: 3, mentions: 5, sources: 2, goldstein: -3.5, tone: -1.25, firstSeen: '2026-01-01', lastSeen: '2026-01-02', urls: ['=1+1 https://example.org/?a=1&b=<2>'] };
  const dataset: Dataset = {
    documents: [],
    actors: HOSTILE_IDS.map((id, i) => ({ id, name: HOSTILE_NAMES[i], kind: i % 2 ? 'person' : 'state', aliases: [HOSTILE_NAMES[(i + 1) % HOSTILE_NAMES.length]] })),
    relations: [],
    eventRelations: [
      { ...event, source: 'a&b', target: '<x>', type: 'negotiates' },
      { ...event, source: 'a&b', target: '<x>', type: 'opposes' },
      { ...event, source: '"q"', target: '=cmd', type: 'mediates' },
      { ...event, source: 'zoë-🇮🇷', target: '-1', type: 'negotiates' },
      { ...event, source: '-1', target: '+plus', type: 'opposes' },
      { ...event, source: '+plus', target: 'a&b', type: 'negotiates' },
    ],
  } as Dataset;
  return buildGraph(dataset);
}

/** A graph file (what `--graph` reads) with hostile ids and labels, mixed, with parallel edges. */
function hostileFileGraph(): Graph {
  const g = new Graph({ type: 'mixed', multi: true });
  HOSTILE_IDS.forEach((id, i) => g.addNode(id, { label: HOSTILE_NAMES[i], score: i - 3.5 }));
  g.addUndirectedEdge('a&b', '<x>', { weight: 2 });
  g.addUndirectedEdge('a&b', '<x>', { weight: 3 });
  g.addDirectedEdge('<x>', '"q"', { note: '=evil()' });
  g.addDirectedEdge('=cmd', 'zoë-🇮🇷', {});
  g.addUndirectedEdge('-1', '+plus', {});
  return g;
}

const FORMATS: { format: ExportFormat; reader: string; ext: string }[] = [
  { format: 'gexf', reader: 'gexf', ext: 'gexf' },
  { format: 'graphml', reader: 'graphml', ext: 'graphml' },
  { format: 'node-link', reader: 'node-link', ext: 'json' },
  { format: 'csv-edges', reader: 'csv', ext: 'edges.csv' },
];

interface Case {
  name: string;
  graph: Graph;
  /** Writes the file in `format` to `file`. */
  write(format: ExportFormat, file: string): Promise<void>;
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-interop-'));
const hostileFile = path.join(tmp, 'hostile-input.json');
fs.writeFileSync(hostileFile, textOf(writeGraph(hostileFileGraph(), 'json')));

const hostileActors = hostileActorGraph();

const CASES: Case[] = [
  {
    name: 'bundled data (CLI export --data data)',
    graph: buildGraph(loadDataset()),
    async write(format, file) {
      const r = await runCli(['export', '--data', path.join(__dirname, '..', '..', 'data'), '--format', format, '--out', file]);
      if (r.code !== 0) throw new Error(r.stderr);
    },
  },
  {
    name: 'actor graph with hostile names',
    graph: hostileActors,
    async write(format, file) {
      const positions = Object.fromEntries(HOSTILE_IDS.map((id, i) => [id, { x: i * 1.5, y: -i }]));
      fs.writeFileSync(file, textOf(exportGraph(hostileActors, format, positions).chunks()));
    },
  },
  {
    name: '--graph file with hostile ids (CLI export --graph)',
    graph: hostileFileGraph(),
    async write(format, file) {
      const r = await runCli(['export', '--graph', hostileFile, '--format', format, '--out', file]);
      if (r.code !== 0) throw new Error(r.stderr);
    },
  },
];

interface ExportFile {
  path: string;
  /** How read_exports.py reads it. */
  format: string;
  /** CSV: the nodes file beside the edges. */
  nodes?: string;
  case: Case;
  csv: boolean;
}

/** Our exports of every case and format, with the list the Python script reads. */
async function writeExports(): Promise<ExportFile[]> {
  const files: ExportFile[] = [];
  for (const [i, c] of CASES.entries()) {
    for (const { format, reader, ext } of FORMATS) {
      const file = path.join(tmp, `case${i}.${ext}`);
      await c.write(format, file);
      const entry = { path: file, format: reader, case: c, csv: reader === 'csv' };
      if (reader === 'csv') {
        const nodes = path.join(tmp, `case${i}.nodes.csv`);
        await c.write('csv-nodes', nodes);
        files.push({ ...entry, nodes });
      } else files.push(entry);
    }
  }
  fs.writeFileSync(path.join(tmp, 'files.json'), JSON.stringify(files.map(({ path: p, format, nodes }) => ({ path: p, format, nodes }))));
  return files;
}

let exportsWritten: ReturnType<typeof writeExports> | undefined;

describe.each(pythons())('readers in $python', ({ python, required }) => {
  const hasNetworkx = spawnSync(python, ['-c', 'import networkx'], { stdio: 'ignore' }).status === 0;
  if (!hasNetworkx && required) throw new Error(`${python} cannot import networkx: run  sudo apt-get install -y python3-networkx python3-igraph`);

  test('open our exports and find our actors, labels, relations and directions', async () => {
    const files = await (exportsWritten ??= writeExports());
    const out = execFileSync(python, [path.join(SCRIPTS, 'read_exports.py'), tmp], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const { versions, results } = JSON.parse(out) as { versions: Record<string, string | null>; results: Record<string, Record<string, Shape>> };
    if (required) expect(versions.igraph).not.toBeNull();
    for (const f of files) {
      const ours = shapeOf(f.case.graph);
      const found = results[f.path];
      expect(Object.keys(found).sort()).toEqual(
        (f.format === 'graphml' || f.format === 'csv') && versions.igraph ? ['igraph', 'networkx'] : ['networkx'],
      );
      for (const [reader, shape] of Object.entries(found)) {
        const where = `${f.case.name}, ${f.format}, ${reader} (networkx ${versions.networkx}, igraph ${versions.igraph})`;
        // Ids and labels as the file holds them: a CSV cell that could start a formula has a leading quote.
        const text = f.csv ? inCsv : (s: string) => s;
        // igraph 0.10's GraphML reader (libxml2 SAX) gives `&` in an XML attribute, such as a node
        // id, as "&#38;"; element text (labels) comes back right. Its defect, not the file's:
        // NetworkX reads the same ids right.
        const id = reader === 'igraph' && f.format === 'graphml' ? (s: string) => s.replace(/&/g, '&#38;') : text;
        const expected = {
          nodes: Object.fromEntries(Object.entries(ours.nodes).map(([n, label]) => [id(n), label === null ? null : text(label)])),
          edges: canonical(ours.edges.map(([s, t, d]): Edge => [id(s), id(t), d])),
        };
        expect({ where, nodes: shape.nodes, edges: canonical(shape.edges) }).toEqual({ where, ...expected });
      }
    }
  }, 120_000);

  test('NetworkX Graph, DiGraph, MultiGraph and MultiDiGraph files are read by our --graph', async () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'nx-'));
    execFileSync(python, [path.join(SCRIPTS, 'write_networkx.py'), dir], { stdio: ['ignore', 'ignore', 'pipe'] });
    const { files } = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as { files: Record<string, { nodes: string[]; edges: Edge[] }> };
    expect(Object.keys(files)).toHaveLength(12);
    await Promise.all(
      Object.entries(files).map(async ([file, expected]) => {
        const r = await runCli(['export', '--format', 'json', '--graph', file]);
        expect({ file, stderr: r.stderr.replace(/^actor-graph: warning: .*edge id "\d+" repeats.*\n/m, '') }).toEqual({ file, stderr: '' });
        const g = JSON.parse(r.stdout) as { options: { type: string }; nodes: { key: string }[]; edges: { source: string; target: string; undirected?: boolean }[] };
        const directed = (e: { undirected?: boolean }): boolean => g.options.type === 'directed' || (g.options.type === 'mixed' && !e.undirected);
        expect({ file, nodes: g.nodes.map((n) => n.key).sort(), edges: canonical(g.edges.map((e): Edge => [e.source, e.target, directed(e)])) }).toEqual({
          file,
          nodes: expected.nodes,
          edges: canonical(expected.edges),
        });
      }),
    );
  }, 120_000);
});
