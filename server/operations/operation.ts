/**
 * What an operation is: one object naming the operation, its HTTP route and CLI command, its
 * parameters as a zod schema of what travels on the wire, its cost class, how raw values become
 * typed parameters, and `run`. Routes, the OpenAPI document, CLI flags and the page's typed
 * fetchers are all made from these objects (see registry.ts).
 */
import type { Response } from 'express';
import type { z } from 'zod';
import type { Explorer } from '../query/explorer';
import type { Raw } from '../query/options';

/** light: answered on the request thread; heavy: awaited off it (the worker pool), cancelled when the client leaves. */
export type CostClass = 'light' | 'heavy';

/** Raw parameter values by wire name, as a query string or CLI flags give them. */
export type RawParams = Record<string, Raw>;

export interface Operation<Name extends string = string, Path extends string = string, S extends z.ZodObject = z.ZodObject, P = unknown, R = unknown> {
  name: Name;
  /** One sentence: the OpenAPI summary. */
  summary: string;
  /** Under /api, Express style (`/actors/:id`); a `:name` segment is the parameter of that name. */
  path: Path;
  cost: CostClass;
  /** The CLI command running this operation, when there is one. */
  cli?: string;
  /**
   * The parameters as they travel (query string, path, CLI flags), each with its description:
   * their names are the only ones the route and the command accept, their JSON Schema is the
   * OpenAPI one, their input type the page's.
   */
  params: S;
  /**
   * Names accepted only to be refused with a reason of their own by `parse` (a NetworkX option
   * that applies to another metric, dates the diff names as periods): not parameters, so neither
   * documented nor offered as flags, but not "unknown" either.
   */
  refuses?: readonly string[];
  /** The 200 answer, for the OpenAPI document. */
  answer: { description: string; contentType?: string; /** The JSON schema of the 200 answer, when declared. */ schema?: object };
  /** Refusals besides a bad parameter (400), an unknown id (404) and the edge's own (414, 421): status → when. */
  failures?: Record<number, string>;
  /** Raw values → typed parameters, or an InvalidArgumentError naming the parameter. */
  parse(raw: RawParams): P;
  run(explorer: Explorer, params: P, signal?: AbortSignal): R | Promise<R>;
  /** How the HTTP answer is written when it is not streamed JSON (a CSV, a download, a small answer sent whole). */
  send?(res: Response, result: R, params: P): void | Promise<void>;
  /**
   * Share the serialised answer among requests for the same path and query string while the data
   * version holds; true: keep it for later ones too (graphs within a budget, actor panels).
   */
  shared?(params: P): boolean;
  /**
   * Whether a shared answer holds for the rest of its data version (default: yes). One that does
   * not (a panel showing an earlier version's centralities while this version's are measured) is
   * sent to the requests that waited for it, and the next request makes the answer again.
   */
  lasting?(result: R): boolean;
}

/** Declares an operation, keeping its name and path as literal types for the typed fetchers. */
export const defineOperation = <const Name extends string, const Path extends string, S extends z.ZodObject, P, R>(
  op: Operation<Name, Path, S, P, R>,
): Operation<Name, Path, S, P, R> => op;
