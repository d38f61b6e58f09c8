/**
 * Writes a seeded edge-list CSV for trying `--graph` on big files (README, "Any graph file"):
 * `source,target,weight`, M edges over N nodes, written 1 MiB at a time. The source is ⌊u·v·N⌋ for
 * two uniform draws (low ids get more edges, as hubs do), the target uniform.
 *
 *   npx ts-node --transpile-only scripts/bench/edge-list.ts big.csv 10000000 1000000
 */
import fs from 'node:fs';

function main(file: string, edges: number, nodes: number): void {
  let x = 12345;
  // A 32-bit linear congruential generator: the same file on every machine.
  const rnd = (): number => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const out = fs.openSync(file, 'w');
  let buf = 'source,target,weight\n';
  for (let i = 0; i < edges; i++) {
    buf += `n${Math.floor(rnd() * rnd() * nodes)},n${Math.floor(rnd() * nodes)},${(1 + rnd() * 9).toFixed(2)}\n`;
    if (buf.length > 1 << 20) {
      fs.writeSync(out, buf);
      buf = '';
    }
  }
  fs.writeSync(out, buf);
  fs.closeSync(out);
}

const [file, edges, nodes] = process.argv.slice(2);
if (!file || !(Number(edges) > 0) || !(Number(nodes) > 0)) {
  process.stderr.write('usage: edge-list.ts FILE EDGES NODES\n');
  process.exitCode = 1;
} else main(file, Number(edges), Number(nodes));
