/**
 * The `actor-graph` command: centrality, communities, path, export, actors and validate, over the
 * local data or a running server (`--server URL`). Tables for people, `--json` for scripts.
 */
import { Command, CommanderError } from 'commander';
import type { Backend, Options } from './cli/backend';
import { registerCurationCommands } from './cli/curation-commands';
import { registerGdeltCommands } from './cli/gdelt-commands';
import { registerFeedCommands } from './cli/feed-commands';
import { registerStoreCommands } from './cli/store-commands';
import { writeChunks } from './cli/write-chunks';
import { formatNumber, formatTable } from './cli/table';
import { DEFAULT_DATA_DIR } from './data/paths';
import { ActorGraphError, InvalidArgumentError } from './domain/errors';
import type { CentralityOverTime, CentralityResult, GraphDiff, PairChange } from './domain/api';
import { centralityCsv } from './query/centrality-csv';
import { paramsFromFlags, withOperationFlags } from './cli/operation-flags';
import type { Operation } from './operations/operation';
import { OPERATIONS } from './operations/registry';

interface Common {
  data?: string;
  graph?: string;
  server?: string;
  json?: boolean;
}

const print = (s: string): void => void process.stdout.write(s.endsWith('\n') ? s : `${s}\n`);

/**
 * What the answer warns of and what the source was read despite, said once: in the JSON answer
 * (`warnings`) for scripts, on stderr otherwise. Returns the answer to print as JSON.
 */
function withWarnings<T extends object>(backend: Backend, answer: T, json: boolean | undefined): T {
  const own = 'warnings' in answer && Array.isArray(answer.warnings) ? (answer.warnings as string[]) : [];
  const warnings = [...own, ...(backend.warnings?.() ?? [])];
  if (!warnings.length) return answer;
  if (json) return { ...answer, warnings };
  for (const w of warnings) process.stderr.write(`actor-graph: warning: ${w}\n`);
  return answer;
}

/**
 * The answers' source. Modules are loaded here, not at the top: `--help` and usage errors must
 * answer before the data, graph and validation libraries have even loaded.
 */
async function backendFor(o: Common): Promise<Backend> {
  if (o.graph) {
    if (o.server || o.data) throw new InvalidArgumentError('graph', 'reads a graph file; it cannot be combined with --server or --data');
    return (await import('./cli/graph-file-backend')).graphFileBackend(o.graph);
  }
  const { localBackend, remoteBackend } = await import('./cli/backend');
  if (o.server) return remoteBackend(o.server);
  const { Explorer } = await import('./query/explorer');
  if (o.data) return localBackend(new Explorer((await import('./data/load-dataset')).loadDataset(o.data)));
  return localBackend(new Explorer((await import('./cli/store-dataset')).storeDataset()));
}

/** Splits commander's parsed options into the source options and the operation's parameters. */
function split(op: Operation, opts: Record<string, unknown>): [Common, Options] {
  const { params, rest } = paramsFromFlags(op, opts);
  const { data, graph, server, json } = rest;
  return [
    { data: data as string | undefined, graph: graph as string | undefined, server: server as string | undefined, json: json as boolean | undefined },
    params,
  ];
}

function withSource(cmd: Command): Command {
  return cmd
    .option('--data <path>', 'read a data folder or dataset JSON file (default: the store, ACTOR_GRAPH_DB)')
    .option('--server <url>', 'ask a running server instead of reading local data')
    .option('--json', 'print JSON for scripts');
}

/** A command running `op`: its parameters as flags, and where the answer comes from. */
function operationCommand(program: Command, op: Operation): Command {
  if (!op.cli) throw new Error(`operation ${op.name} declares no CLI command`);
  return withOperationFlags(withSource(program.command(op.cli)), op);
}

function withGraphFile(cmd: Command): Command {
  return cmd.option('--graph <file>', 'run on this graph file instead (graphology JSON, node-link JSON, GEXF, GraphML, edge-list CSV)');
}

function rankingTable(r: CentralityResult): string {
  const head =
    `${r.metric} (${r.method}) on the ${r.projection.directed ? 'directed' : 'undirected'} projection: ` +
    `${r.projection.nodes} actors, ${r.projection.edges} links` +
    (r.projection.weight ? `, weighted by ${r.projection.weight}` : '') +
    (r.projection.types.length ? `, types ${r.projection.types.join(', ')}` : '') +
    (r.sampling ? `; sampled: ${r.sampling.samples} paths, every value within ${r.sampling.epsilon} with probability ${1 - r.sampling.delta}` : '');
  return `${head}\n${formatTable(['rank', 'id', 'name', 'kind', r.metric], r.ranking.map((x) => [x.rank, x.id, x.label, x.kind, x.value]))}`;
}

function overTimeTable(r: CentralityOverTime): string {
  const head = `${r.metric} by ${r.by} on the ${r.projection.directed ? 'directed' : 'undirected'} projection: ${r.periods.length} periods`;
  return `${head}\n${formatTable(['id', ...r.periods.map((p) => p.period)], r.actors.map((a) => [a.id, ...a.values]))}`;
}

function diffText(r: GraphDiff): string {
  const period = (p: { since?: string; until?: string }): string => `${p.since ?? ''}..${p.until ?? ''}`;
  const lines = [`${period(r.before)} (${r.before.relations} relations) → ${period(r.after)} (${r.after.relations} relations)`];
  const list = (title: string, changes: PairChange[], side: (c: PairChange) => PairChange['before']): void => {
    lines.push(`${title}: ${changes.length}`);
    for (const c of changes) {
      lines.push(`  ${c.labels[0]} — ${c.labels[1]}: ${c.before.map((x) => x.type).join(', ') || 'none'} → ${c.after.map((x) => x.type).join(', ') || 'none'}`);
      for (const rel of side(c)) lines.push(`    ${rel.source} ${rel.type} ${rel.target}: “${rel.evidence[0]?.quote ?? 'coded events'}”`);
    }
  };
  list('appeared', r.appeared, (c) => c.after);
  list('disappeared', r.disappeared, (c) => c.before);
  list('changed', r.changed, (c) => c.after);
  return lines.join('\n');
}

export function buildProgram(): Command {
  const program = new Command('actor-graph')
    .description('Explore the graph of political actors and their relations (negotiates, mediates, opposes).')
    .showHelpAfterError()
    .exitOverride();

  const { centrality, edgeBetweenness, diff, communities, path, export: exportGraph, actors: actorList } = OPERATIONS;
  withGraphFile(operationCommand(program, centrality))
    .description('rank actors by a centrality metric (NetworkX options as flags: --weight, --alpha, --k, …); --by day|week|month ranks per period')
    .action(async (opts: Record<string, unknown>) => {
      const [c, o] = split(centrality, opts);
      const backend = await backendFor(c);
      const r = withWarnings(backend, await backend.centrality(o), c.json);
      if (c.json || o.format === 'json') return print(JSON.stringify(r, null, 2));
      if (o.format === 'csv') return void process.stdout.write(centralityCsv(r));
      print('periods' in r ? overTimeTable(r) : rankingTable(r));
    });

  withGraphFile(operationCommand(program, edgeBetweenness))
    .description('rank links between actors by edge betweenness (NetworkX edge_betweenness_centrality), with the quotes of their relations')
    .action(async (opts: Record<string, unknown>) => {
      const [c, o] = split(edgeBetweenness, opts);
      const backend = await backendFor(c);
      const r = withWarnings(backend, await backend.edgeBetweenness(o), c.json);
      if (c.json) return print(JSON.stringify(r, null, 2));
      print(
        `edge betweenness (${r.method}) on the ${r.projection.directed ? 'directed' : 'undirected'} projection: ${r.projection.nodes} actors, ${r.links} links` +
          (r.projection.weight ? `, weighted by ${r.projection.weight}` : '') +
          (r.sampling ? `; ${r.sampling.guarantee}` : ''),
      );
      print(formatTable(['rank', 'link', 'edge betweenness'], r.ranking.map((x) => [x.rank, `${x.source} ${r.projection.directed ? '→' : '—'} ${x.target}`, x.value])));
      for (const x of r.ranking.filter((l) => l.relations.length)) {
        print(`${x.rank}. ${x.sourceLabel} — ${x.targetLabel}`);
        for (const rel of x.relations) print(`  ${rel.source} ${rel.type} ${rel.target}: “${rel.evidence[0]?.quote ?? 'coded events'}”`);
      }
    });

  operationCommand(program, diff)
    .description('relations that appeared, disappeared or changed type between two periods of evidence')
    .action(async (opts: Record<string, unknown>) => {
      const [c, o] = split(diff, opts);
      const r = await (await backendFor(c)).diff(o);
      if (c.json) return print(JSON.stringify(r, null, 2));
      print(diffText(r));
    });

  withGraphFile(operationCommand(program, communities))
    .description('Louvain communities on the undirected projection')
    .action(async (opts: Record<string, unknown>) => {
      const [c, o] = split(communities, opts);
      const backend = await backendFor(c);
      const r = withWarnings(backend, await backend.communities(o), c.json);
      if (c.json) return print(JSON.stringify(r, null, 2));
      print(`modularity ${formatNumber(r.modularity)}, ${r.communities.length} communities`);
      print(formatTable(['community', 'size', 'members'], r.communities.map((x) => [x.id, x.members.length, x.members.join(', ')])));
    });

  withGraphFile(operationCommand(program, path))
    .description('shortest path between two actors, with the relations on each step')
    .action(async (opts: Record<string, unknown>) => {
      const [c, o] = split(path, opts);
      const backend = await backendFor(c);
      const r = withWarnings(backend, await backend.path(o), c.json);
      if (c.json) return print(JSON.stringify(r, null, 2));
      if (r.length === null) return print(`no path from ${r.from} to ${r.to}${r.directed ? ' along relation direction' : ''}`);
      const distance = r.weight ? `, ${r.weight} distance ${formatNumber(r.distance ?? 0)}` : '';
      const paths = r.paths ?? [{ nodes: r.nodes, steps: r.steps }];
      if (r.paths) print(`${r.paths.length}${r.truncated ? '+' : ''} shortest path${r.paths.length === 1 ? '' : 's'} of ${r.length} step${r.length === 1 ? '' : 's'}${distance}`);
      for (const p of paths) {
        print(`${p.nodes.join(' → ')}${r.paths ? '' : ` (${r.length} step${r.length === 1 ? '' : 's'}${distance})`}`);
        for (const s of p.steps) {
          if (s.affiliation && !s.relations.length) print(`  ${s.affiliation.actor} acts for ${s.affiliation.actsFor}`);
          for (const rel of s.relations) print(`  ${rel.source} ${rel.type} ${rel.target}: “${rel.evidence[0]?.quote ?? `${rel.events?.events ?? 0} coded events`}”`);
        }
      }
    });

  withGraphFile(operationCommand(program, exportGraph))
    .description('write the graph in an exchange format')
    .option('--out <file>', 'write to a file instead of standard output')
    .action(async (opts: Record<string, unknown>) => {
      const { out, ...rest } = opts;
      const [c, o] = split(exportGraph, rest);
      const backend = await backendFor(c);
      const chunks = await backend.export(o);
      // The export is the output: warnings go to stderr whatever --json says.
      withWarnings(backend, {}, false);
      await writeChunks(chunks, typeof out === 'string' ? out : undefined);
    });

  operationCommand(program, actorList)
    .description('list the actors')
    .action(async (opts: Record<string, unknown>) => {
      const [c] = split(actorList, opts);
      const actors = await (await backendFor(c)).actors();
      if (c.json) return print(JSON.stringify(actors, null, 2));
      print(formatTable(['id', 'name', 'kind', 'affiliation', 'relations'], actors.map((a) => [a.id, a.name, a.kind, a.affiliation ?? '', a.relationCount])));
    });

  program
    .command('validate')
    .description('check a data folder or dataset JSON file: schema, ids, and that every quote is verbatim')
    .argument('[path]', 'data folder or dataset file', DEFAULT_DATA_DIR)
    .option('--json', 'print JSON for scripts')
    .action(async (p: string, opts: { json?: boolean }) => {
      const { loadDataset } = await import('./data/load-dataset');
      const { buildGraph } = await import('./graph/build');
      const d = loadDataset(p);
      const summary = { ok: true, documents: d.documents.length, actors: d.actors.length, relations: d.relations.length, edges: buildGraph(d).size };
      print(opts.json ? JSON.stringify(summary) : `ok: ${summary.documents} documents, ${summary.actors} actors, ${summary.relations} relations, ${summary.edges} edges`);
    });

  registerStoreCommands(program);
  registerFeedCommands(program);
  registerCurationCommands(program);
  registerGdeltCommands(program);
  return program;
}

/** Runs the CLI; returns the exit code instead of exiting, so tests can call it. */
export async function runCli(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode;
    if (e instanceof ActorGraphError) {
      process.stderr.write(`actor-graph: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

/** Process entry: run with the command line and set the exit code. */
export function main(): void {
  runCli(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
      process.stderr.write(`actor-graph: unexpected error: ${(e as Error).message}\n`);
      process.exitCode = 2;
    },
  );
}

if (require.main === module) main();
