/**
 * CLI flags made from an operation's parameters: `--kebab-name` for each (NetworkX's `max_iter` is
 * `--max-iter`, `minEvidence` is `--min-evidence`), valued unless a plain yes/no, `--no-NAME` for
 * a yes/no whose default is yes, choices for an enumeration, required when the parameter is. The
 * parsed flags go back to the parameters' names, so the command hands its operation exactly what
 * the route would.
 */
import { Option } from 'commander';
import type { Command } from 'commander';
import type { z } from 'zod';
import type { Operation, RawParams } from '../operations/operation';

/** The flag of a parameter, without dashes. */
export const flagName = (name: string): string => name.replace(/_/g, '-').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Commander's key for a flag name (`min-evidence` → `minEvidence`). */
const keyOf = (flag: string): string => flag.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());

interface FieldInfo {
  inner: z.ZodType;
  optional: boolean;
  description: string;
  meta: Record<string, unknown>;
}

function infoOf(field: z.ZodType): FieldInfo {
  const optional = field.def.type === 'optional';
  const inner = (optional ? (field as z.ZodOptional).unwrap() : field) as z.ZodType;
  const meta = (inner.meta() ?? {}) as Record<string, unknown>;
  return { inner, optional, description: typeof meta.description === 'string' ? meta.description : '', meta };
}

/** What a valued flag's help shows it takes: declared (`period`, `id`), or said by the value's type. */
const placeholder = (inner: z.ZodType, meta: Record<string, unknown>): string => {
  if (typeof meta.placeholder === 'string') return `<${meta.placeholder}>`;
  if (inner.def.type === 'number') return '<n>';
  if ((inner as { format?: string | null }).format === 'date') return '<date>';
  return '<value>';
};

/** The commander option of one parameter. */
function optionOf(name: string, field: z.ZodType): Option {
  const { inner, optional, description, meta } = infoOf(field);
  const flag = flagName(name);
  let option: Option;
  if (inner.def.type === 'boolean' && meta.negatable) option = new Option(`--no-${flag}`, description);
  else if (inner.def.type === 'boolean' && !meta.cliValue) option = new Option(`--${flag}`, description);
  else if (inner.def.type === 'boolean') option = new Option(`--${flag} <bool>`, description);
  else option = new Option(`--${flag} ${placeholder(inner, meta)}`, description);
  if (inner.def.type === 'enum') option.choices((inner as z.ZodEnum).options.map(String));
  if (!optional) option.makeOptionMandatory();
  return option;
}

/** Adds the operation's parameters as flags. */
export function withOperationFlags(cmd: Command, op: Operation): Command {
  for (const [name, field] of Object.entries(op.params.shape)) cmd.addOption(optionOf(name, field));
  return cmd;
}

/**
 * The operation's parameters from commander's parsed options; `rest` gets the others (the
 * source: --data, --server, --json, …).
 */
export function paramsFromFlags(op: Operation, opts: Record<string, unknown>): { params: RawParams; rest: Record<string, unknown> } {
  const params: RawParams = {};
  const rest: Record<string, unknown> = { ...opts };
  for (const [name, field] of Object.entries(op.params.shape)) {
    const key = keyOf(flagName(name));
    if (!(key in rest)) continue;
    const value = rest[key];
    delete rest[key];
    // Commander gives a --no-NAME flag's option the value true when the flag is absent: not given.
    if (infoOf(field).meta.negatable && value === true) continue;
    params[name] = value as RawParams[string];
  }
  return { params, rest };
}
