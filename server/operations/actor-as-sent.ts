/**
 * An unknown actor named as the client wrote it. A reserved name ("__proto__", "toString") is
 * looked up under the id the slug rule gives it (domain/slug.ts `actorIdFor`: "proto",
 * "tostring"), which the client never sent; the refusal quotes what was sent. The refusal is
 * matched by its wording, not its class, because one from the worker pool arrives as a plain
 * ActorGraphError.
 */
import { ActorGraphError, unknownActor } from '../domain/errors';
import { actorIdFor } from '../domain/slug';
import type { RawParams } from './operation';

/** The parameters that take one actor id. */
const ACTOR_PARAMS = ['id', 'actor', 'from', 'to'] as const;

export function actorAsSent(e: unknown, raw: RawParams): unknown {
  if (!(e instanceof ActorGraphError) || e.code !== 'not_found') return e;
  for (const param of ACTOR_PARAMS) {
    const sent = raw[param];
    if (typeof sent !== 'string' || actorIdFor(sent) === sent) continue;
    if (e.message === unknownActor(param, actorIdFor(sent)).message) return unknownActor(param, sent);
  }
  return e;
}
