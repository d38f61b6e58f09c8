/** The reads a curator needs: the review queue, the audit log and one relation record with its version. */
import { z } from 'zod';
import { auditLog, relationDetail, reviewQueue } from '../curation/curation-queries';
import { parseInteger } from '../query/options';
import { pathId } from './fields';
import { defineOperation } from './operation';
import { RELATION_DETAIL_SCHEMA, REVIEW_QUEUE_SCHEMA } from '../api/evidence-schema';

const MAX_ENTRIES = 10_000;
const DEFAULT_ENTRIES = 100;
const limit = (what: string): z.ZodOptional<z.ZodNumber> =>
  z.number().int().min(1).max(MAX_ENTRIES).meta({ description: `${what} at most (default ${DEFAULT_ENTRIES}).` }).optional();

export const review = defineOperation({
  name: 'review',
  path: '/review',
  summary:
    'The review queue: machine-extracted relations no curator has accepted, least certain first, each with its quotes (with the rule, cue and spans extraction read them by, when recorded) and its version',
  cost: 'light',
  params: z.strictObject({ limit: limit('Entries') }),
  answer: { description: 'Queue: total and items', schema: REVIEW_QUEUE_SCHEMA },
  parse: (q) => ({ limit: parseInteger('limit', q.limit, 1, MAX_ENTRIES) ?? DEFAULT_ENTRIES }),
  run: (explorer, { limit: n }) => reviewQueue(explorer.datasetIndex(), n),
  send: (res, result) => void res.json(result),
  // Every open page reads the queue again after each change: made once per data version.
  shared: () => true,
});

export const audit = defineOperation({
  name: 'audit',
  path: '/audit',
  summary: 'The curation log, newest first: what, who, when, why, and the rows before and after',
  cost: 'light',
  params: z.strictObject({ limit: limit('Events'), subject: z.string().meta({ description: 'Only events that touched this, e.g. actor:iran or relation:ID.' }).optional() }),
  answer: { description: 'Log: total and events' },
  parse: (q) => ({ limit: parseInteger('limit', q.limit, 1, MAX_ENTRIES) ?? DEFAULT_ENTRIES, subject: typeof q.subject === 'string' ? q.subject : undefined }),
  run: (explorer, { limit: n, subject }) => auditLog(explorer.getDataset(), { limit: n, ...(subject ? { subject } : {}) }),
  send: (res, result) => void res.json(result),
});

export const relation = defineOperation({
  name: 'relation',
  path: '/relations/:id',
  summary: 'One relation record with its provenance, review state, version and quotes (with the rule, cue and spans extraction read them by, when recorded)',
  cost: 'light',
  params: z.strictObject({ id: pathId('Relation id') }),
  answer: { description: 'Relation', schema: RELATION_DETAIL_SCHEMA },
  parse: (q) => ({ id: String(q.id) }),
  run: (explorer, { id }) => relationDetail(explorer.datasetIndex(), id),
  send: (res, result) => void res.json(result),
});
