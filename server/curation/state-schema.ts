/** zod shapes of the curation state in a dump, and the cross-record checks a restore needs. */
import { z } from 'zod';
import { CURATED_TABLES, CURATION_OPS, MAX_CURATOR_LENGTH, MAX_REASON_LENGTH } from '../domain/curation';
import type { CurationState } from '../domain/curation';
import { DataValidationError } from '../domain/errors';
import { relationInputSchema } from '../domain/schema';
import type { Relation } from '../domain/types';

const curator = z.string().trim().min(1, 'must not be empty').max(MAX_CURATOR_LENGTH);
const reason = z.string().max(MAX_REASON_LENGTH);
const timestamp = z.string().min(1);
const row = z.record(z.string(), z.union([z.string(), z.number(), z.null()]));

const curationStateSchema = z.strictObject({
  reviewed: z.array(z.strictObject({ relation: z.string().min(1), by: curator, at: timestamp })),
  rejected: z.array(
    z.strictObject({ id: z.number().int().min(1), relation: relationInputSchema, by: curator, at: timestamp, reason: reason.optional() }),
  ),
  log: z.array(
    z.strictObject({
      id: z.number().int().min(1),
      at: timestamp,
      by: curator,
      op: z.enum(CURATION_OPS),
      subjects: z.array(z.string()),
      reason: reason.optional(),
      params: z.record(z.string(), z.unknown()),
      changes: z.array(z.strictObject({ table: z.enum(CURATED_TABLES), before: row.optional(), after: row.optional() })),
      undoes: z.number().int().min(1).optional(),
      undoneBy: z.number().int().min(1).optional(),
    }),
  ),
});

/** Checks a dump's `curation` against the relations it was dumped with; throws naming the record. */
export function parseCurationState(value: unknown, relations: Relation[], label: string): CurationState {
  const res = curationStateSchema.safeParse(value);
  if (!res.success) {
    const issue = res.error.issues[0];
    throw new DataValidationError(label, undefined, issue.path.map(String).join('.'), issue.message);
  }
  const state = res.data as CurationState;
  const ids = new Set(relations.map((r) => r.id));
  state.reviewed.forEach((r, i) => {
    if (!ids.has(r.relation)) throw new DataValidationError(label, `reviewed #${i}`, 'relation', `unknown relation id "${r.relation}"`);
  });
  const unique = (xs: number[], what: string): void => {
    const seen = new Set<number>();
    xs.forEach((x, i) => {
      if (seen.has(x)) throw new DataValidationError(label, `${what} #${i}`, 'id', `duplicate id ${x}`);
      seen.add(x);
    });
  };
  unique(state.rejected.map((r) => r.id), 'rejected');
  unique(state.log.map((e) => e.id), 'log');
  return state;
}
