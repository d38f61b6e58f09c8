/**
 * Parsing of query options shared by the HTTP API (query strings) and the CLI (flags): strings in,
 * typed options out, or an InvalidArgumentError naming the parameter.
 */
import { InvalidArgumentError } from '../domain/errors';
import { readNumber } from '../domain/number-text';
import type * as Schema from '../domain/schema';

/**
 * The dataset schema (zod), loaded when a date or an actor id is first checked: the queries on a
 * graph file check neither, and zod's load is a good part of a short command's start.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- synchronous on purpose, typed by the import type above
const schema = (): typeof Schema => require('../domain/schema') as typeof Schema;
import { actorIdFor } from '../domain/slug';
import { ACTOR_KINDS, EXPORT_FORMATS, METRIC_IDS, PERIOD_UNITS, PROVENANCES, RELATION_TYPES } from '../domain/types';
import type { ActorKind, PeriodUnit, RelationType } from '../domain/types';
import type { ExportFormat } from '../graph/export';
import type { GraphFilter } from '../graph/filter';

/** A raw option value as it arrives from a query string or a flag. */
export type Raw = string | string[] | boolean | number | undefined;

function asString(name: string, v: Raw): string | undefined {
  if (v === undefined) return undefined;
  if (Array.isArray(v)) throw new InvalidArgumentError(name, 'given more than once');
  return String(v);
}

function oneOf<T extends string>(name: string, v: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(v)) {
    throw new InvalidArgumentError(name, `unknown value "${v}" (expected one of: ${allowed.join(', ')})`);
  }
  return v as T;
}

/** Comma-separated list of allowed values; empty items are an error, duplicates collapse. */
function parseList<T extends string>(name: string, v: Raw, allowed: readonly T[]): T[] | undefined {
  const s = asString(name, v);
  if (s === undefined) return undefined;
  const items = s.split(',').map((x) => x.trim());
  if (items.some((x) => !x)) throw new InvalidArgumentError(name, 'must be a comma-separated list without empty items');
  return [...new Set(items.map((x) => oneOf(name, x, allowed)))];
}

export function parseEnum<T extends string>(name: string, v: Raw, allowed: readonly T[], fallback: T): T {
  const s = asString(name, v);
  return s === undefined ? fallback : oneOf(name, s, allowed);
}

/** Every numeric option's parser (query strings and flags), as `readNumber` reads numbers. */
export function parseNumber(name: string, v: Raw, min: number, max: number, { whole = false, open = false, word = '' } = {}): number | undefined {
  const s = asString(name, v);
  if (s === undefined) return undefined;
  const read = readNumber(s, { min, max, whole, open, word });
  if ('problem' in read) throw new InvalidArgumentError(name, read.problem);
  return read.value;
}

export const parseInteger = (name: string, v: Raw, min: number, max: number): number | undefined => parseNumber(name, v, min, max, { whole: true });

export function parseBoolean(name: string, v: Raw): boolean | undefined {
  if (typeof v === 'boolean') return v;
  const s = asString(name, v);
  if (s === undefined) return undefined;
  if (['true', '1', 'yes', ''].includes(s)) return true;
  if (['false', '0', 'no'].includes(s)) return false;
  throw new InvalidArgumentError(name, `must be true or false, got "${s}"`);
}

export function parseDate(name: string, v: Raw): string | undefined {
  const s = asString(name, v);
  if (s === undefined) return undefined;
  const r = schema().isoDateSchema.safeParse(s);
  if (!r.success) throw new InvalidArgumentError(name, `${r.error.issues[0].message}, got "${s}"`);
  return s;
}

export function parseActorId(name: string, v: Raw): string | undefined {
  const s = asString(name, v);
  if (s === undefined) return undefined;
  // A reserved name ("constructor", an id an older version stored) stands for the id the slug rule gives it.
  const id = actorIdFor(s);
  if (!schema().slugSchema.safeParse(id).success) throw new InvalidArgumentError(name, `"${s}" is not an actor id (a slug like "united-states")`);
  return id;
}

/** A comma-separated list of actor ids, each read as `parseActorId` reads one. */
function parseActorIds(name: string, v: Raw): string[] | undefined {
  const s = asString(name, v);
  if (s === undefined) return undefined;
  const items = s.split(',').map((x) => x.trim());
  if (items.some((x) => !x)) throw new InvalidArgumentError(name, 'must be a comma-separated list without empty items');
  return [...new Set(items.map((x) => parseActorId(name, x) as string))].sort();
}

export function requireValue<T>(name: string, v: T | undefined): T {
  if (v === undefined) throw new InvalidArgumentError(name, 'is required');
  return v;
}

/** The filter options common to graph, centrality, communities, path and export. */
export function parseFilter(q: Record<string, Raw>): GraphFilter {
  const f: GraphFilter = {
    types: parseList('types', q.types, RELATION_TYPES) as RelationType[] | undefined,
    kinds: parseList('kinds', q.kinds, ACTOR_KINDS) as ActorKind[] | undefined,
    minEvidence: parseInteger('minEvidence', q.minEvidence, 0, 1_000_000),
    since: parseDate('since', q.since),
    until: parseDate('until', q.until),
    actor: parseActorId('actor', q.actor),
    depth: parseInteger('depth', q.depth, 0, 10),
    provenance: parseList('provenance', q.provenance, PROVENANCES),
    reviewed: parseBoolean('reviewed', q.reviewed),
    provisional: parseBoolean('provisional', q.provisional),
    rollup: parseBoolean('rollup', q.rollup) ? (true as const) : undefined,
    expand: parseActorIds('expand', q.expand),
  };
  if (f.expand && !f.rollup) throw new InvalidArgumentError('expand', 'needs "rollup=true" (it opens states of the rolled-up view)');
  if (f.depth !== undefined && f.actor === undefined) throw new InvalidArgumentError('depth', 'needs "actor" (the centre of the ego network)');
  if (f.since && f.until && f.since > f.until) throw new InvalidArgumentError('since', `is after until (${f.since} > ${f.until})`);
  return Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)) as GraphFilter;
}

export const parseMetric = (v: Raw): string => parseEnum('metric', v, METRIC_IDS, 'degree');
export const parseFormat = (v: Raw): ExportFormat => parseEnum('format', v, EXPORT_FORMATS, 'json');

/** `by`: the period of a centrality over time (absent: one ranking over all dates). */
export const parseBy = (v: Raw): PeriodUnit | undefined => (v === undefined ? undefined : parseEnum('by', v, PERIOD_UNITS, 'day'));
