/**
 * The `actor-graph` command: centrality, communities, path, export, actors and validate, over the
 * local data or a running server (`--server URL`). Tables for people, `--json` for scripts.
 */
import { Command, CommanderError, Option } from 'commander';
import type { Backend, Options } from './cli/backend';
import { registerCurationCommands } from './cli/curation-commands';
import { registerGdeltCommands } from './cli/gdelt-commands';
import { registerStoreCommands } from './cli/store-commands';
import { writeChunks } from './cli/write-chunks';
import { formatNumber, formatTable } from './cli/table';
import { DEFAULT_DATA_DIR } from './data/paths';
import { ActorGraphError, InvalidArgumentError } from './domain/errors';
import { ACTOR_KINDS, EXPORT_FORMATS, METRIC_IDS, PROVENANCES, RELATION_TYPES } from './domain/types';

interface Common {
  data?: string;
  graph?: string;
  server?: string;
  json?: boolean;
}

const print = (s: string): void => void process.stdout.write(s.endsWith('\n') ? s : `${s}\n`);

/**
 * The answers' source. Modules are loaded here, not at the top: `--help` and usage errors must
 * answer before the data, graph and validation libraries have even loaded.
 */
async function backendFor(o: Common): Promise<Backend> {
  if (o.graph) {
    if (o.server || o.data) throw new InvalidArgumentError('graph', 'reads a graph file; it cannot be combined with --server or --data');
    return (await import('./cli/gdelt-commands')).graphFileBackend(o.graph);
  }
  const { localBackend, remoteBackend } = await import('./cli/backend');
  if (o.server) return remoteBackend(o.server);
  const { Explorer } = await import('./query/explorer');
  if (o.data) return localBackend(new Explorer((await import('./data/load-dataset')).loadDataset(o.data)));
  return localBackend(new Explorer((await import('./cli/store-dataset')).storeDataset()));
}

/** Splits commander's parsed options into the common ones and the query options. */
function split(opts: Record<string, unknown>): [Common, Options] {
  const { data, graph, server, json, ...rest } = opts;
  return [
    { data: data as string | undefined, graph: graph as string | undefined, server: server as string | undefined, json: json as boolean | undefined },
    rest as Options,
  ];
}

function withSource(cmd: Command): Command {
  return cmd
    .option('--data <path>', 'read a data folder or dataset JSON file (default: the store, ACTOR_GRAPH_DB)')
    .option('--server <url>', 'ask a running server instead of reading local data')
    .option('--json', 'print JSON for scripts');
}

function withFilters(cmd: Command): Command {
  return cmd
    .option('--types <list>', `relation types, comma-separated (${RELATION_TYPES.join(', ')})`)
    .option('--kinds <list>', `actor kinds, comma-separated (${ACTOR_KINDS.join(', ')})`)
    .option('--min-evidence <n>', 'keep relations with at least n evidence items')
    .option('--since <date>', 'keep evidence on or after YYYY-MM-DD')
    .option('--until <date>', 'keep evidence on or before YYYY-MM-DD')
    .option('--actor <id>', 'ego network around this actor')
    .option('--depth <n>', 'hops around --actor (default 1)')
    .option('--provenance <list>', `relations from, comma-separated (${PROVENANCES.join(', ')})`)
    .option('--reviewed <bool>', 'only reviewed (true) or unreviewed (false) relations')
    .option('--provisional <bool>', 'only provisional (true) or confirmed (false) actors')
    .option('--rollup', 'fold people and bodies into the state they act for (relations merged, quotes kept)');
}

function withGraphFile(cmd: Command): Command {
  return cmd.option('--graph <file>', 'run on this graph file instead (graphology JSON, node-link JSON, GEXF, GraphML, edge-list CSV)');
}

export function buildProgram(): Command {
  const program = new Command('actor-graph')
    .description('Explore the graph of political actors and their relations (negotiates, mediates, opposes).')
    .showHelpAfterError()
    .exitOverride();

  withGraphFile(withFilters(withSource(program.command('centrality'))))
    .description('rank actors by a centrality metric')
    .addOption(new Option('--metric <id>', 'metric').choices(METRIC_IDS).default('degree'))
    .option('--directed', 'use the directed projection (negotiates counts both ways)')
    .option('--top <n>', 'show only the first n')
    .action(async (opts: Record<string, unknown>) => {
      const [c, o] = split(opts);
      const r = await (await backendFor(c)).centrality(o);
      if (c.json) return print(JSON.stringify(r, null, 2));
      print(
        `${r.metric} (${r.method}) on the ${r.projection.directed ? 'directed' : 'undirected'} projection: ` +
          `${r.projection.nodes} actors, ${r.projection.edges} links` +
          (r.projection.types.length ? `, types ${r.projection.types.join(', ')}` : '') +
          (r.sampling ? `; sampled: ${r.sampling.samples} paths, every value within ${r.sampling.epsilon} with probability ${1 - r.sampling.delta}` : ''),
      );
      print(formatTable(['rank', 'id', 'name', 'kind', r.metric], r.ranking.map((x) => [x.rank, x.id, x.label, x.kind, x.value])));
    });

  withGraphFile(withFilters(withSource(program.command('communities'))))
    .description('Louvain communities on the undirected projection')
    .action(async (opts: Record<string, unknown>) => {
      const [c, o] = split(opts);
      const r = await (await backendFor(c)).communities(o);
      if (c.json) return print(JSON.stringify(r, null, 2));
      print(`modularity ${formatNumber(r.modularity)}, ${r.communities.length} communities`);
      print(formatTable(['community', 'size', 'members'], r.communities.map((x) => [x.id, x.members.length, x.members.join(', ')])));
    });

  withGraphFile(withFilters(withSource(program.command('path'))))
    .description('shortest path between two actors, with the relations on each step')
    .requiredOption('--from <id>', 'start actor')
    .requiredOption('--to <id>', 'end actor')
    .option('--via-affiliations', 'let a step be an affiliation (a person acting for a state or body)')
    .action(async (opts: Record<string, unknown>) => {
      const [c, o] = split(opts);
      const r = await (await backendFor(c)).path(o);
      if (c.json) return print(JSON.stringify(r, null, 2));
      if (r.length === null) return print(`no path between ${r.from} and ${r.to}`);
      print(`${r.nodes.join(' → ')} (${r.length} step${r.length === 1 ? '' : 's'})`);
      for (const s of r.steps) {
        if (s.affiliation && !s.relations.length) print(`  ${s.affiliation.actor} acts for ${s.affiliation.actsFor}`);
        for (const rel of s.relations) print(`  ${rel.source} ${rel.type} ${rel.target}: “${rel.evidence[0]?.quote ?? `${rel.events?.events ?? 0} coded events`}”`);
      }
    });

  withGraphFile(withFilters(withSource(program.command('export'))))
    .description('write the graph in an exchange format')
    .addOption(new Option('--format <format>', 'format').choices(EXPORT_FORMATS).default('json'))
    .option('--out <file>', 'write to a file instead of standard output')
    .action(async (opts: Record<string, unknown>) => {
      const { out, ...rest } = opts;
      const [c, o] = split(rest);
      const chunks = await (await backendFor(c)).export(o);
      await writeChunks(chunks, typeof out === 'string' ? out : undefined);
    });

  withSource(program.command('actors'))
    .description('list the actors')
    .action(async (opts: Record<string, unknown>) => {
      const [c] = split(opts);
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
