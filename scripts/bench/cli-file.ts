/**
 * The whole-process comparison: `actor-graph centrality --graph FILE --metric pagerank --json`
 * (bin/actor-graph.js, built: dist/) against python-igraph doing the same (igraph_file.py: read the
 * GraphML, PageRank, print the ranking as JSON), on the same seeded Barabási–Albert GraphML file
 * (graphml-file.ts). Each side is a fresh process, timed by /usr/bin/time (wall, CPU, peak RSS),
 * run three times and the fastest kept; both answers are compared value by value.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { writeBaGraphml } from './graphml-file';

const TIME = '/usr/bin/time';
const RUNS = 3;
/** The goal: the whole process within 1.5 times python-igraph's. */
const CLI_FILE_GOAL = 1.5;

export interface ProcessRun {
  wall: number;
  cpu: number;
  rssMb: number;
}

export interface CliFileResult {
  nodes: number;
  edges: number;
  megabytes: number;
  ours: ProcessRun;
  igraph?: ProcessRun;
  /** Largest |Δ| between the two PageRank values of a node. */
  maxDiff?: number;
}

/** Runs a command once under /usr/bin/time; its stdout (the answer) is returned too. */
function timed(command: string, args: string[], report: string): ProcessRun & { stdout: string } {
  const r = spawnSync(TIME, ['-f', '%e %U %S %M', '-o', report, command, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${r.status}):\n${r.stderr}`);
  const [wall, user, sys, kb] = fs.readFileSync(report, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
  return { wall, cpu: user + sys, rssMb: Math.round(kb / 1024), stdout: r.stdout };
}

function fastest(command: string, args: string[], report: string): ProcessRun & { stdout: string } {
  let best: (ProcessRun & { stdout: string }) | undefined;
  for (let i = 0; i < RUNS; i++) {
    const run = timed(command, args, report);
    if (!best || run.wall < best.wall) best = run;
  }
  return best!;
}

function values(json: string): Map<string, number> {
  const { ranking } = JSON.parse(json) as { ranking: { id: string; value: number }[] };
  return new Map(ranking.map((r) => [r.id, r.value]));
}

export function runCliFileBench(bin: string, python: string | undefined, dir: string, nodes: number, m: number): CliFileResult {
  const file = path.join(dir, `ba-${nodes}.graphml`);
  writeBaGraphml(file, nodes, m, 1);
  const report = path.join(dir, 'time.txt');
  const ours = fastest(process.execPath, [bin, 'centrality', '--graph', file, '--metric', 'pagerank', '--json'], report);
  const result: CliFileResult = { nodes, edges: m * (nodes - m), megabytes: fs.statSync(file).size / 1e6, ours: { wall: ours.wall, cpu: ours.cpu, rssMb: ours.rssMb } };
  if (python) {
    const theirs = fastest(python, [path.join(__dirname, 'igraph_file.py'), file], report);
    result.igraph = { wall: theirs.wall, cpu: theirs.cpu, rssMb: theirs.rssMb };
    const a = values(ours.stdout);
    const b = values(theirs.stdout);
    result.maxDiff = Math.max(...[...a].map(([id, v]) => Math.abs(v - (b.get(id) ?? Infinity))));
  }
  return result;
}

export function formatCliFile(r: CliFileResult): string {
  const s = (x: number): string => `${x.toFixed(2)} s`;
  const head = `whole process, PageRank of a GraphML file, file in → JSON out (${r.nodes.toLocaleString('en-US')} nodes, ${r.edges.toLocaleString('en-US')} edges, ${r.megabytes.toFixed(1)} MB)`;
  const ours = `  ours (actor-graph centrality --graph FILE --metric pagerank --json): ${s(r.ours.wall)} wall, ${s(r.ours.cpu)} CPU, peak RSS ${r.ours.rssMb} MB`;
  if (!r.igraph) return `${head}\n${ours}\n  igraph: not run`;
  const ratio = r.ours.wall / r.igraph.wall;
  return [
    head,
    ours,
    `  python-igraph (Read_GraphML, pagerank, json.dump):          ${s(r.igraph.wall)} wall, ${s(r.igraph.cpu)} CPU, peak RSS ${r.igraph.rssMb} MB`,
    `  ours/igraph: ${ratio.toFixed(2)} wall (goal ≤ ${CLI_FILE_GOAL}: ${ratio <= CLI_FILE_GOAL ? 'met' : 'missed'}), ${(r.ours.cpu / r.igraph.cpu).toFixed(2)} CPU, ${(r.ours.rssMb / r.igraph.rssMb).toFixed(2)} RSS; max |Δ| PageRank ${r.maxDiff?.toExponential(1)}`,
  ].join('\n');
}
