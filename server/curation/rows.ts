/**
 * Reading curated records from stored rows and writing the row changes that edit them: the
 * vocabulary the planners share.
 */
import { NotFoundError } from '../domain/errors';
import type { Row, RowChange } from '../domain/curation';
import type { ExtractionRule } from '../domain/extraction-rules';
import type { RelationInput, RelationSpans } from '../domain/types';
import type { RowReader } from '../store/row-changes';

export interface PlanContext {
  rows: RowReader;
  by: string;
  at: string;
}

export function actorRow(rows: RowReader, id: string, param = 'actor'): Row {
  const row = rows.get('actors', { id });
  if (!row) throw new NotFoundError(param, `unknown actor "${id}"`);
  return row;
}

export function relationRow(rows: RowReader, id: string, param = 'relation'): Row {
  const row = rows.get('relations', { id });
  if (!row) throw new NotFoundError(param, `unknown relation "${id}"`);
  return row;
}

export const update = (table: RowChange['table'], before: Row, patch: Row): RowChange => ({ table, before, after: { ...before, ...patch } });
export const remove = (table: RowChange['table'], before: Row): RowChange => ({ table, before });
export const insert = (table: RowChange['table'], after: Row): RowChange => ({ table, after });

export const aliasesOf = (actor: Row): string[] => JSON.parse(String(actor.aliases)) as string[];
export const betweenOf = (relation: Row): [string, string] | undefined =>
  relation.between_json === null ? undefined : (JSON.parse(String(relation.between_json)) as [string, string]);

/** Marks a relation reviewed unless it already is (a curator who edits a relation has looked at it). */
export function markReviewed(ctx: PlanContext, relationId: string): RowChange[] {
  return ctx.rows.get('relation_reviews', { relation_id: relationId }) ? [] : [insert('relation_reviews', { relation_id: relationId, curator: ctx.by, at: ctx.at })];
}

/** Deletes a relation with its evidence and review mark (evidence first: it references the relation). */
export function removeRelation(rows: RowReader, relation: Row): RowChange[] {
  const id = String(relation.id);
  const review = rows.get('relation_reviews', { relation_id: id });
  return [...rows.where('evidence', 'relation_id', id).map((e) => remove('evidence', e)), ...(review ? [remove('relation_reviews', review)] : []), remove('relations', relation)];
}

/** The relation as a data-file record (what a rejection keeps). */
export function relationRecord(rows: RowReader, relation: Row): RelationInput {
  const between = betweenOf(relation);
  return {
    id: String(relation.id),
    source: String(relation.source),
    ...(relation.target !== null ? { target: String(relation.target) } : {}),
    type: relation.type as RelationInput['type'],
    ...(between ? { between } : {}),
    evidence: rows.where('evidence', 'relation_id', String(relation.id)).map((e) => ({
      document: String(e.document_id),
      quote: String(e.quote),
      start: Number(e.start),
      ...(e.method === 'curated' && e.confidence === 1 ? {} : { confidence: Number(e.confidence), method: e.method as 'curated' | 'extracted' }),
      // A rejected relation keeps how extraction read it; rows of older stores have no such columns.
      ...(typeof e.rule === 'string' && typeof e.cue === 'string' && typeof e.spans === 'string'
        ? { rule: e.rule as ExtractionRule, cue: e.cue, spans: JSON.parse(e.spans) as RelationSpans }
        : {}),
    })),
    ...(relation.note !== null ? { note: String(relation.note) } : {}),
  };
}
