/**
 * GEXF's viz attributes (issue #15): the export says how the page draws each actor, and NetworkX's
 * read_gexf (Debian's python3-networkx 2.8, as Gephi users script it) reads them back: every
 * position the layout gave, each kind's colour, and sizes by degree (the page's default metric),
 * with the best-connected actor at the largest size.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadDataset } from '../../server/data/load-dataset';
import { KIND_COLOURS, MAX_NODE_SIZE, nodeSize, rgba } from '../../server/domain/drawing';
import type { ActorKind } from '../../server/domain/types';
import { exportText } from '../../server/graph/export';
import type { GraphFilter } from '../../server/graph/filter';
import { Explorer } from '../../server/query/explorer';

const PYTHON = '/usr/bin/python3';
const SCRIPT = path.join(__dirname, '..', 'fixtures', 'interop', 'read_gexf_viz.py');

interface Found {
  networkx: string;
  nodes: Record<string, { kind: ActorKind; neighbours: number; viz?: { color: { r: number; g: number; b: number; a: number }; position: { x: number; y: number; z: number }; size: number } }>;
  edges: number;
}

function readWithNetworkx(gexf: string): Found {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gexf-viz-'));
  try {
    const file = path.join(dir, 'graph.gexf');
    fs.writeFileSync(file, gexf);
    return JSON.parse(execFileSync(PYTHON, [SCRIPT, file], { encoding: 'utf8' })) as Found;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const CASES: [string, GraphFilter][] = [
  ['the whole bundled graph', {}],
  ['a filtered one (negotiates and mediates, states and people)', { types: ['negotiates', 'mediates'], kinds: ['state', 'person'] }],
];

test.each(CASES)('NetworkX reads the positions, colours and sizes of %s', (_name, filter) => {
  const explorer = new Explorer(loadDataset());
  const found = readWithNetworkx(exportText(explorer.export('gexf', filter)));
  const layout = explorer.layout();
  const nodes = Object.entries(found.nodes);
  expect(nodes.length).toBeGreaterThan(3);
  const most = Math.max(...nodes.map(([, n]) => n.neighbours));
  for (const [id, n] of nodes) {
    expect(n.viz).toBeDefined();
    const viz = n.viz!;
    expect({ id, x: viz.position.x, y: viz.position.y }).toEqual({ id, x: layout[id].x, y: layout[id].y });
    expect({ id, ...viz.color }).toEqual({ id, ...rgba(KIND_COLOURS[n.kind]) });
    expect(viz.size).toBeCloseTo(nodeSize(n.neighbours, most), 3);
    if (n.neighbours === most) expect(viz.size).toBe(MAX_NODE_SIZE);
  }
  expect(found.edges).toBeGreaterThan(0);
});
