/**
 * What each curation takes, declared once: the API reads these from a JSON body, the CLI builds
 * the same object from its flags, and both are checked here, naming the field at fault.
 */
import { z } from 'zod';
import { MAX_CURATOR_LENGTH, MAX_REASON_LENGTH } from '../domain/curation';
import type { CurationOp } from '../domain/curation';
import { InvalidArgumentError } from '../domain/errors';
import { normalizeName } from '../domain/names';
import { slugSchema, textSchema } from '../domain/schema';
import { ACTOR_KINDS, RELATION_TYPES } from '../domain/types';

/**
 * An actor's name or alias in the one normal form of names (names.ts), as a load reads it back: a
 * name stored otherwise ("a\u0000b") would be shown as another ("ab") than its curation recorded.
 */
const name = textSchema().transform(normalizeName).pipe(z.string().min(1, 'must not be empty').max(200, 'must be at most 200 characters'));

/** Fields every curation takes: who, why, and the version the curator saw. */
const common = {
  by: textSchema().transform(normalizeName).pipe(z.string().min(1, 'must not be empty').max(MAX_CURATOR_LENGTH, `must be at most ${MAX_CURATOR_LENGTH} characters`)).optional(),
  // A lone surrogate stored as U+FFFD would leave the log unlike what was given (textSchema).
  reason: textSchema().max(MAX_REASON_LENGTH, `must be at most ${MAX_REASON_LENGTH} characters`).optional(),
  ifVersion: z.number().int().min(0).optional(),
};

export const CURATION_BODIES = {
  'relation.accept': z.strictObject(common),
  'relation.reject': z.strictObject(common),
  'relation.retype': z.strictObject({ ...common, type: z.enum(RELATION_TYPES) }),
  'relation.reverse': z.strictObject(common),
  'relation.reattach': z
    .strictObject({ ...common, source: slugSchema.optional(), target: slugSchema.optional() })
    .refine((b) => b.source !== undefined || b.target !== undefined, { message: 'give source, target or both', path: ['source'] }),
  'actor.rename': z.strictObject({ ...common, name }),
  'actor.kind': z.strictObject({ ...common, kind: z.enum(ACTOR_KINDS) }),
  'actor.affiliate': z.strictObject({ ...common, affiliation: slugSchema.nullable() }),
  'actor.merge': z.strictObject({ ...common, into: slugSchema }),
  'actor.split': z.strictObject({
    ...common,
    id: slugSchema,
    name,
    kind: z.enum(ACTOR_KINDS).optional(),
    aliases: z.array(name).default([]),
    relations: z.array(slugSchema).min(1, 'name at least one relation to move'),
  }),
  'actor.confirm': z.strictObject(common),
  'document.retract': z.strictObject(common),
  undo: z.strictObject(common),
} satisfies Record<CurationOp, z.ZodType>;

export type CurationBody<O extends CurationOp> = z.output<(typeof CURATION_BODIES)[O]>;

/** The body checked for operation `op`; an InvalidArgumentError naming the field otherwise. */
export function parseCurationBody<O extends CurationOp>(op: O, value: unknown): CurationBody<O> {
  const res = CURATION_BODIES[op].safeParse(value ?? {});
  if (res.success) return res.data as CurationBody<O>;
  const issue = res.error.issues[0];
  const field = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') throw new InvalidArgumentError(issue.keys[0] ?? 'body', `unknown field for ${op}`);
  throw new InvalidArgumentError(field || 'body', issue.message);
}
