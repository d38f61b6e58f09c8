/**
 * The curation commands: `relation accept|reject|retype|reverse|reattach`, `actor rename|kind|
 * affiliate|merge|split|confirm`, `document retract`, `log`, `undo EVENT` and `review`. Each works
 * on the store (ACTOR_GRAPH_DB) or, with --server, on a running server (ACTOR_GRAPH_TOKEN is sent
 * when set). Only options live here; the work is in curation-actions.ts.
 */
import type { Command } from 'commander';
import { MAX_REASON_LENGTH } from '../domain/curation';
import type { CurationOp } from '../domain/curation';
import { ACTOR_KINDS, RELATION_TYPES } from '../domain/types';

/** Flags every curation takes; the names match the API body's fields. */
export interface CurationFlags {
  by?: string;
  reason?: string;
  ifVersion?: string;
  server?: string;
  json?: boolean;
  [field: string]: string | boolean | undefined;
}

const actions = (): Promise<typeof import('./curation-actions')> => import('./curation-actions');

interface Sub {
  name: string;
  op: CurationOp;
  description: string;
  /** [flags, description] of the operation's own options; required ones start with `!`. */
  options?: [string, string][];
}

const RELATION_SUBS: Sub[] = [
  { name: 'accept', op: 'relation.accept', description: 'mark a relation reviewed' },
  { name: 'reject', op: 'relation.reject', description: 'take a relation out of the graph; kept with who, when and why, and its sentences will not bring it back' },
  { name: 'retype', op: 'relation.retype', description: 'change the relation type', options: [['!--type <type>', `new type (${RELATION_TYPES.join(', ')})`]] },
  { name: 'reverse', op: 'relation.reverse', description: 'swap source and target of a directed relation' },
  {
    name: 'reattach',
    op: 'relation.reattach',
    description: 'attach a relation to other actors',
    options: [
      ['--source <id>', 'new source actor'],
      ['--target <id>', 'new target actor'],
    ],
  },
];

const ACTOR_SUBS: Sub[] = [
  { name: 'rename', op: 'actor.rename', description: 'rename an actor (the old name stays an alias)', options: [['!--name <name>', 'new name']] },
  { name: 'kind', op: 'actor.kind', description: "change an actor's kind", options: [['!--kind <kind>', `new kind (${ACTOR_KINDS.join(', ')})`]] },
  { name: 'affiliate', op: 'actor.affiliate', description: 'set whom an actor acts for ("none" clears it)', options: [['!--affiliation <id>', 'actor id, or none']] },
  { name: 'merge', op: 'actor.merge', description: 'merge this actor into another: relations, evidence and aliases move, its name becomes an alias', options: [['!--into <id>', 'the actor kept']] },
  {
    name: 'split',
    op: 'actor.split',
    description: 'split off a new actor that takes the named relations and aliases',
    options: [
      ['!--new-id <id>', 'id of the new actor'],
      ['!--name <name>', 'its name'],
      ['--kind <kind>', 'its kind (default: as the actor split)'],
      ['--aliases <list>', 'aliases that move to it, comma-separated'],
      ['!--relations <list>', 'relation ids that move to it, comma-separated'],
    ],
  },
  { name: 'confirm', op: 'actor.confirm', description: 'confirm a provisional actor' },
];

function withCommon(cmd: Command): Command {
  return cmd
    .option('--by <name>', 'who curates (default: your user name)')
    .option('--reason <text>', `why (at most ${MAX_REASON_LENGTH} characters)`)
    .option('--if-version <n>', 'the version you saw (from review, log or actor details); refused if it changed since')
    .option('--server <url>', 'curate on a running server instead of the store (sends ACTOR_GRAPH_TOKEN)')
    .option('--json', 'print the audit event as JSON');
}

function addSubs(parent: Command, subs: Sub[], what: string): void {
  for (const s of subs) {
    const cmd = withCommon(parent.command(s.name).description(s.description).argument('<id>', `${what} id`));
    for (const [flags, description] of s.options ?? []) {
      if (flags.startsWith('!')) cmd.requiredOption(flags.slice(1), description);
      else cmd.option(flags, description);
    }
    cmd.action(async (id: string, o: CurationFlags) => (await actions()).curate(s.op, id, o));
  }
}

export function registerCurationCommands(program: Command): void {
  addSubs(program.command('relation').description('curate a relation: accept, reject, retype, reverse, reattach'), RELATION_SUBS, 'relation');
  addSubs(program.command('actor').description('curate an actor: rename, kind, affiliate, merge, split, confirm'), ACTOR_SUBS, 'actor');
  addSubs(
    program.command('document').description('curate a document: retract'),
    [{ name: 'retract', op: 'document.retract', description: 'retract an article: its evidence goes, relations left without evidence go' }],
    'document',
  );

  withCommon(program.command('undo').description('undo a curation event (recorded as a new event)').argument('<event>', 'event number from the log')).action(
    async (event: string, o: CurationFlags) => (await actions()).curate('undo', event, o),
  );

  program
    .command('log')
    .description('the curation log, newest first: what, who, when, why')
    .option('--limit <n>', 'events at most (default 100)')
    .option('--subject <key>', 'only events that touched this, e.g. actor:iran or relation:ID')
    .option('--server <url>', 'read a running server instead of the store')
    .option('--json', 'print JSON (with the rows before and after)')
    .action(async (o: { limit?: string; subject?: string; server?: string; json?: boolean }) => (await actions()).log(o));

  program
    .command('review')
    .description('machine-extracted relations no curator has accepted, least certain first, with their quotes')
    .option('--limit <n>', 'entries at most (default 100)')
    .option('--server <url>', 'read a running server instead of the store')
    .option('--json', 'print JSON')
    .action(async (o: { limit?: string; server?: string; json?: boolean }) => (await actions()).review(o));
}
