/**
 * Writes a seeded Barabási–Albert graph (scale-free.ts) as a GraphML file, as NetworkX and igraph
 * write one: node ids n0, n1, …, one <edge> per edge, undirected, no attributes. The input of the
 * whole-process comparison (cli-file.ts): our CLI and python-igraph read the same file.
 *
 *   npx ts-node --transpile-only scripts/bench/graphml-file.ts ba10k.graphml 10000 [m=10] [seed=1]
 */
import fs from 'node:fs';
import { barabasiAlbert } from './scale-free';

export function writeBaGraphml(file: string, nodes: number, m: number, seed: number): void {
  const { edges } = barabasiAlbert(nodes, m, seed);
  const out = fs.openSync(file, 'w');
  let buf =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n' +
    '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
    '  <graph id="G" edgedefault="undirected">\n';
  const flush = (): void => {
    fs.writeSync(out, buf);
    buf = '';
  };
  for (let v = 0; v < nodes; v++) {
    buf += `    <node id="n${v}"/>\n`;
    if (buf.length > 1 << 20) flush();
  }
  for (let i = 0; i < edges.length; i += 2) {
    buf += `    <edge source="n${edges[i]}" target="n${edges[i + 1]}"/>\n`;
    if (buf.length > 1 << 20) flush();
  }
  buf += '  </graph>\n</graphml>\n';
  flush();
  fs.closeSync(out);
}

if (require.main === module) {
  const [file, nodes, m = '10', seed = '1'] = process.argv.slice(2);
  if (!file || !(Number(nodes) > 0)) {
    process.stderr.write('usage: graphml-file.ts FILE NODES [M] [SEED]\n');
    process.exitCode = 1;
  } else writeBaGraphml(file, Number(nodes), Number(m), Number(seed));
}
