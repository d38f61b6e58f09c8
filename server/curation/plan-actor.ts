/** Planners of actor curations: rename, kind, affiliate, merge, split, confirm. */
import { subjectKey } from '../domain/curation';
import type { Row, RowChange } from '../domain/curation';
import { InvalidArgumentError } from '../domain/errors';
import type { CurationPlan } from '../store/curation-store';
import type { RelationInput } from '../domain/types';
import { eventOfStoredRow, namedStatsColumns, statsColumns } from '../store/row-records';
import { mergeEvents } from '../graph/build';
import type { CurationBody } from './requests';
import { actorRow, aliasesOf, betweenOf, insert, relationRow, remove, removeRelation, update } from './rows';
import type { PlanContext } from './rows';

const plan = (op: CurationPlan['op'], id: string, params: Record<string, unknown>, changes: RowChange[], more: string[] = []): CurationPlan => ({
  op,
  subjects: [subjectKey('actor', id), ...more],
  params: { actor: id, ...params },
  changes,
});

/** Names kept as aliases, without the actor's own name and without repeats. */
const aliasList = (name: string, aliases: string[]): string => JSON.stringify([...new Set(aliases)].filter((a) => a !== name));

export function planRename(ctx: PlanContext, id: string, body: CurationBody<'actor.rename'>): CurationPlan {
  const row = actorRow(ctx.rows, id);
  if (row.name === body.name) throw new InvalidArgumentError('name', `actor "${id}" is already named "${body.name}"`);
  // The old name stays an alias, so text that still uses it resolves to the actor.
  const aliases = aliasList(body.name, [...aliasesOf(row), String(row.name)]);
  return plan('actor.rename', id, { name: body.name }, [update('actors', row, { name: body.name, aliases })]);
}

export function planKind(ctx: PlanContext, id: string, body: CurationBody<'actor.kind'>): CurationPlan {
  const row = actorRow(ctx.rows, id);
  if (row.kind === body.kind) throw new InvalidArgumentError('kind', `actor "${id}" already is a ${body.kind}`);
  return plan('actor.kind', id, { kind: body.kind }, [update('actors', row, { kind: body.kind })]);
}

export function planAffiliate(ctx: PlanContext, id: string, body: CurationBody<'actor.affiliate'>): CurationPlan {
  const row = actorRow(ctx.rows, id);
  const to = body.affiliation;
  if (to === row.affiliation) throw new InvalidArgumentError('affiliation', `actor "${id}" already has this affiliation`);
  if (to !== null) {
    if (to === id) throw new InvalidArgumentError('affiliation', 'an actor cannot act for itself');
    // Walk up from the new affiliation: meeting this actor would make a cycle.
    for (let cur: Row | undefined = actorRow(ctx.rows, to, 'affiliation'); cur; cur = cur.affiliation === null ? undefined : ctx.rows.get('actors', { id: cur.affiliation })) {
      if (cur.id === id) throw new InvalidArgumentError('affiliation', `"${to}" acts for "${id}" already; that would make a cycle`);
    }
  }
  return plan('actor.affiliate', id, { affiliation: to }, [update('actors', row, { affiliation: to })], to ? [subjectKey('actor', to)] : []);
}

export function planConfirm(ctx: PlanContext, id: string): CurationPlan {
  const row = actorRow(ctx.rows, id);
  if (!row.provisional) throw new InvalidArgumentError('actor', `"${id}" is not provisional`);
  return plan('actor.confirm', id, {}, [update('actors', row, { provisional: 0 })]);
}

/** Relations naming `id` as source, target or mediated party. */
function relationsOf(ctx: PlanContext, id: string): Row[] {
  const byId = new Map<string, Row>();
  for (const r of [...ctx.rows.where('relations', 'source', id), ...ctx.rows.where('relations', 'target', id), ...ctx.rows.whereContains('relations', 'between_json', JSON.stringify(id))]) {
    if (r.source === id || r.target === id || betweenOf(r)?.includes(id)) byId.set(String(r.id), r);
  }
  return [...byId.values()];
}

/** The relation with `from` replaced by `to`, or undefined when it would join an actor to itself. */
function moved(r: Row, from: string, to: string): Row | undefined {
  const swap = (x: string): string => (x === from ? to : x);
  const source = swap(String(r.source));
  const target = r.target === null ? null : swap(String(r.target));
  const between = betweenOf(r)?.map(swap);
  if (source === target || between?.includes(source) || (between && between[0] === between[1])) return undefined;
  return { source, target, between_json: between ? JSON.stringify(between) : null };
}

export function planMerge(ctx: PlanContext, id: string, body: CurationBody<'actor.merge'>): CurationPlan {
  const into = body.into;
  if (into === id) throw new InvalidArgumentError('into', 'cannot merge an actor into itself');
  const gone = actorRow(ctx.rows, id);
  const kept = actorRow(ctx.rows, into, 'into');
  const changes: RowChange[] = [];
  const dropped: string[] = [];
  const relations = relationsOf(ctx, id);
  for (const r of relations) {
    const patch = moved(r, id, into);
    if (patch) changes.push(update('relations', r, patch));
    else {
      // A relation between the two merged actors would join the kept one to itself.
      dropped.push(String(r.id));
      changes.push(...removeRelation(ctx.rows, r));
    }
  }
  // Coded events move too; where the kept actor already has events of the same kind with the same
  // actor, the figures are combined (counts summed, means weighted by events) into one row.
  const eventRows = [...new Set([...ctx.rows.where('event_relations', 'source', id), ...ctx.rows.where('event_relations', 'target', id)])];
  // Per (source, target, type, origin): the row it ends as, and the stored row it updates (if any).
  const landing = new Map<string, { row: Row; stored?: Row }>();
  for (const e of eventRows) {
    const source = e.source === id ? into : String(e.source);
    const target = e.target === id ? into : String(e.target);
    changes.push(remove('event_relations', e));
    if (source === target) continue;
    const k = JSON.stringify([source, target, e.type, e.origin]);
    const moved: Row = { ...e, source, target };
    delete moved._rowid;
    const prev = landing.get(k) ?? (() => {
      const stored = ctx.rows.get('event_relations', moved);
      return stored ? { row: stored, stored } : undefined;
    })();
    if (!prev) landing.set(k, { row: moved });
    else {
      const stats = namedStatsColumns(statsColumns(mergeEvents(eventOfStoredRow(prev.row), eventOfStoredRow(e))));
      landing.set(k, { row: { ...prev.row, ...stats }, stored: prev.stored });
    }
  }
  for (const { row, stored } of landing.values()) changes.push(stored ? update('event_relations', stored, row) : insert('event_relations', row));
  // Rejections remember sentences by the actors they named: they now name the kept actor, so the
  // same sentence, which will resolve to it, stays rejected.
  for (const rej of ctx.rows.whereContains('rejected_relations', 'record', JSON.stringify(id))) {
    const record = JSON.parse(String(rej.record)) as RelationInput;
    const swap = (x: string): string => (x === id ? into : x);
    const renamed: RelationInput = { ...record, source: swap(record.source), ...(record.target ? { target: swap(record.target) } : {}), ...(record.between ? { between: record.between.map(swap) as [string, string] } : {}) };
    if (JSON.stringify(renamed) !== rej.record) changes.push(update('rejected_relations', rej, { record: JSON.stringify(renamed) }));
  }
  let keptAfter: Row = { aliases: aliasList(String(kept.name), [...aliasesOf(kept), String(gone.name), ...aliasesOf(gone)]) };
  for (const a of ctx.rows.where('actors', 'affiliation', id)) {
    if (a.id === into) keptAfter = { ...keptAfter, affiliation: null };
    else if (a.id !== id) changes.push(update('actors', a, { affiliation: into }));
  }
  changes.push(update('actors', kept, keptAfter), remove('actors', gone));
  return plan(
    'actor.merge',
    id,
    { into, relationsMoved: relations.map((r) => String(r.id)).filter((r) => !dropped.includes(r)), relationsDropped: dropped },
    changes,
    [subjectKey('actor', into), ...relations.map((r) => subjectKey('relation', String(r.id)))],
  );
}

export function planSplit(ctx: PlanContext, id: string, body: CurationBody<'actor.split'>): CurationPlan {
  const row = actorRow(ctx.rows, id);
  if (ctx.rows.get('actors', { id: body.id })) throw new InvalidArgumentError('id', `actor "${body.id}" already exists`);
  const aliases = aliasesOf(row);
  for (const a of body.aliases) if (!aliases.includes(a)) throw new InvalidArgumentError('aliases', `"${a}" is not an alias of "${id}"`);
  const changes: RowChange[] = [
    insert('actors', { id: body.id, name: body.name, kind: body.kind ?? String(row.kind), affiliation: row.affiliation, role: null, aliases: aliasList(body.name, body.aliases), provisional: 0 }),
  ];
  if (body.aliases.length) changes.push(update('actors', row, { aliases: JSON.stringify(aliases.filter((a) => !body.aliases.includes(a))) }));
  for (const rid of new Set(body.relations)) {
    const r = relationRow(ctx.rows, rid, 'relations');
    if (!(r.source === id || r.target === id || betweenOf(r)?.includes(id))) throw new InvalidArgumentError('relations', `relation "${rid}" does not involve "${id}"`);
    const patch = moved(r, id, body.id) as Row;
    changes.push(update('relations', r, patch));
  }
  return plan('actor.split', id, { id: body.id, name: body.name, relations: body.relations, aliases: body.aliases }, changes, [
    subjectKey('actor', body.id),
    ...body.relations.map((r) => subjectKey('relation', r)),
  ]);
}
