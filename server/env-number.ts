/**
 * A numeric environment variable read where it is used (the worker pool, the result cache, graph
 * files), so that a command that never uses it never reads it; the server checks them all at its
 * start (index.ts). Read as every typed number is (domain/number-text.ts).
 */
import { ConfigError } from './domain/errors';
import { readNumber, type NumberBounds } from './domain/number-text';

/** The variable's number within `bounds`, or `fallback` when it is unset or empty. */
export function envNumber(env: NodeJS.ProcessEnv, name: string, bounds: NumberBounds, fallback: number): number;
export function envNumber(env: NodeJS.ProcessEnv, name: string, bounds: NumberBounds): number | undefined;
export function envNumber(env: NodeJS.ProcessEnv, name: string, bounds: NumberBounds, fallback?: number): number | undefined {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const read = readNumber(text, bounds);
  if ('problem' in read) throw new ConfigError(`invalid environment variable ${name}: ${read.problem}`);
  return read.value;
}
