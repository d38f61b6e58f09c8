/** Planners of relation curations: accept, reject, retype, reverse, reattach. */
import { subjectKey } from '../domain/curation';
import type { RowChange } from '../domain/curation';
import { InvalidArgumentError } from '../domain/errors';
import type { CurationPlan } from '../store/curation-store';
import type { CurationBody } from './requests';
import { actorRow, betweenOf, insert, markReviewed, relationRecord, relationRow, removeRelation, update } from './rows';
import type { PlanContext } from './rows';

const plan = (op: CurationPlan['op'], id: string, params: Record<string, unknown>, changes: RowChange[], more: string[] = []): CurationPlan => ({
  op,
  subjects: [subjectKey('relation', id), ...more],
  params: { relation: id, ...params },
  changes,
});

export function planAccept(ctx: PlanContext, id: string): CurationPlan {
  relationRow(ctx.rows, id);
  const changes = markReviewed(ctx, id);
  if (!changes.length) throw new InvalidArgumentError('relation', `"${id}" is already reviewed`);
  return plan('relation.accept', id, {}, changes);
}

export function planReject(ctx: PlanContext, id: string, reason: string | undefined): CurationPlan {
  const row = relationRow(ctx.rows, id);
  const record = relationRecord(ctx.rows, row);
  const rejected = insert('rejected_relations', {
    id: ctx.rows.nextId('rejected_relations'),
    relation_id: id,
    record: JSON.stringify(record),
    curator: ctx.by,
    at: ctx.at,
    reason: reason ?? null,
  });
  return plan('relation.reject', id, {}, [...removeRelation(ctx.rows, row), rejected]);
}

export function planRetype(ctx: PlanContext, id: string, body: CurationBody<'relation.retype'>): CurationPlan {
  const row = relationRow(ctx.rows, id);
  if (row.type === body.type) throw new InvalidArgumentError('type', `relation "${id}" already is ${body.type}`);
  // `between` belongs to mediates; a record that only has `between` cannot become another type.
  if (body.type !== 'mediates' && row.target === null) {
    throw new InvalidArgumentError('type', `relation "${id}" names a mediated pair, not a target; reattach it to a target first`);
  }
  const patch = { type: body.type, ...(body.type !== 'mediates' ? { between_json: null } : {}) };
  return plan('relation.retype', id, { type: body.type }, [update('relations', row, patch), ...markReviewed(ctx, id)]);
}

export function planReverse(ctx: PlanContext, id: string): CurationPlan {
  const row = relationRow(ctx.rows, id);
  if (row.type === 'negotiates') throw new InvalidArgumentError('relation', `"${id}" is negotiates, which has no direction`);
  if (row.target === null) throw new InvalidArgumentError('relation', `"${id}" names a mediated pair, not a target; it has no direction to reverse`);
  return plan('relation.reverse', id, {}, [update('relations', row, { source: row.target, target: row.source }), ...markReviewed(ctx, id)]);
}

export function planReattach(ctx: PlanContext, id: string, body: CurationBody<'relation.reattach'>): CurationPlan {
  const row = relationRow(ctx.rows, id);
  const source = body.source ?? String(row.source);
  if (body.source !== undefined) actorRow(ctx.rows, body.source, 'source');
  if (body.target !== undefined) {
    actorRow(ctx.rows, body.target, 'target');
    if (row.target === null) throw new InvalidArgumentError('target', `relation "${id}" names a mediated pair, not a target`);
  }
  const target = body.target ?? (row.target === null ? null : String(row.target));
  if (source === target || betweenOf(row)?.includes(source)) throw new InvalidArgumentError(body.source !== undefined ? 'source' : 'target', 'an actor cannot relate to itself');
  if (source === row.source && target === row.target) throw new InvalidArgumentError('source', `relation "${id}" already joins these actors`);
  const subjects = [body.source, body.target].filter((x): x is string => x !== undefined).map((a) => subjectKey('actor', a));
  return plan('relation.reattach', id, { source, target }, [update('relations', row, { source, target }), ...markReviewed(ctx, id)], subjects);
}
