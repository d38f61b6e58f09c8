/** Retracting a document: its evidence goes, relations left without evidence go, nothing else changes. */
import { subjectKey } from '../domain/curation';
import { NotFoundError } from '../domain/errors';
import type { CurationPlan } from '../store/curation-store';
import { relationRow, remove, removeRelation } from './rows';
import type { PlanContext } from './rows';

export function planRetract(ctx: PlanContext, id: string): CurationPlan {
  const doc = ctx.rows.get('documents', { id });
  if (!doc) throw new NotFoundError('document', `unknown document "${id}"`);
  const evidence = ctx.rows.where('evidence', 'document_id', id);
  const touched = [...new Set(evidence.map((e) => String(e.relation_id)))];
  const emptied = touched.filter((r) => ctx.rows.where('evidence', 'relation_id', r).every((e) => e.document_id === id));
  const changes = [
    ...evidence.filter((e) => !emptied.includes(String(e.relation_id))).map((e) => remove('evidence', e)),
    ...emptied.flatMap((r) => removeRelation(ctx.rows, relationRow(ctx.rows, r))),
    remove('documents', doc),
  ];
  return {
    op: 'document.retract',
    subjects: [subjectKey('document', id), ...touched.map((r) => subjectKey('relation', r))],
    params: { document: id, relationsRemoved: emptied },
    changes,
  };
}
