/**
 * Parameters shared by several operations, declared once as zod schemas of what travels on the
 * wire, each with the description the OpenAPI document and `--help` show. `cliValue` marks a
 * boolean that takes a value on the command line (`--reviewed false`: false is not the default),
 * `placeholder` names what a valued flag takes in `--help`.
 */
import { z } from 'zod';
import { ACTOR_KINDS, PROVENANCES, RELATION_TYPES } from '../domain/types';
import { isoDateSchema } from '../domain/schema';
import { METRIC_OPTIONS, type OptionTarget } from '../query/metric-options';

/** A comma-separated list of `values`. */
export const list = (values: readonly string[], description: string): z.ZodOptional<z.ZodString> =>
  z.string().meta({ description: `${description} Comma-separated: ${values.join(', ')}.`, placeholder: 'list' }).optional();

/** A yes/no parameter whose absence is not "no" (both answers narrow). */
const triState = (description: string): z.ZodOptional<z.ZodBoolean> => z.boolean().meta({ description, cliValue: true }).optional();

export const flag = (description: string): z.ZodOptional<z.ZodBoolean> => z.boolean().meta({ description }).optional();

const date = (description: string): z.ZodOptional<typeof isoDateSchema> => isoDateSchema.meta({ description }).optional();

/** The filters every graph-shaped operation takes, without the dates. */
const FILTERS_BUT_DATES = {
  types: list(RELATION_TYPES, 'Relation types to keep.'),
  kinds: list(ACTOR_KINDS, 'Actor kinds to keep.'),
  minEvidence: z.number().int().min(0).max(1_000_000).meta({ description: 'Keep relations with at least this many evidence items.' }).optional(),
};
const EGO_AND_SOURCE = {
  actor: z.string().meta({ description: 'Centre of an ego network (an actor id).', placeholder: 'id' }).optional(),
  depth: z.number().int().min(0).max(10).meta({ description: 'Hops around `actor` (default 1).' }).optional(),
  provenance: list(PROVENANCES, 'Relations from these sources: curated quotes, extracted quotes, coded events.'),
  reviewed: triState('Only reviewed (true) or only unreviewed (false) relations; curated ones count as reviewed.'),
  provisional: triState('Only provisional (true) or only confirmed (false) actors.'),
  rollup: flag('Fold people and bodies into the state they act for, merging their relations and keeping every quote.'),
  expand: z
    .string()
    .meta({ description: 'With `rollup=true`: states whose people and bodies stay apart, placed around the state; the others stay rolled up. Comma-separated state ids.', placeholder: 'states' })
    .optional(),
};

export const FILTER_FIELDS = {
  ...FILTERS_BUT_DATES,
  since: date('Keep evidence dated on or after (YYYY-MM-DD).'),
  until: date('Keep evidence dated on or before (YYYY-MM-DD).'),
  ...EGO_AND_SOURCE,
};

/** The filters of the diff, whose periods replace since and until. */
export const UNDATED_FILTER_FIELDS = { ...FILTERS_BUT_DATES, ...EGO_AND_SOURCE };

/** The filter names, for parsers that take them among other parameters. */
export const FILTER_NAMES: readonly string[] = Object.keys(FILTER_FIELDS);

/** NetworkX's options that apply to any of `targets`, under NetworkX's names (see metric-options.ts). */
export function metricOptionFields(targets: readonly OptionTarget[]): Record<string, z.ZodOptional> {
  const out: Record<string, z.ZodOptional> = {};
  for (const o of METRIC_OPTIONS.filter((x) => x.appliesTo.some((t) => targets.includes(t)))) {
    out[o.name] = o.schema.meta({ description: `${o.help[0].toUpperCase()}${o.help.slice(1)}. Default: ${o.default}. Applies to: ${o.appliesTo.join(', ')}.`, negatable: o.fallback === true }).optional();
  }
  return out;
}

/** An id in the path. */
export const pathId = (description: string): z.ZodString => z.string().meta({ description });
