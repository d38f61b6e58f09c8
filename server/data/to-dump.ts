/** Dataset → records (the inverse of validateDataset), for dumps and for seeding a store. */
import type { Dataset, DatasetDump, RelationInput } from '../domain/types';
import { eventRecord } from './event-columns';

export function datasetToDump(ds: Dataset): DatasetDump {
  const byId = new Map<string, Dataset['relations']>();
  for (const r of ds.relations) {
    const list = byId.get(r.id);
    if (list) list.push(r);
    else byId.set(r.id, [r]);
  }
  const relations: RelationInput[] = [...byId.values()].map((group) => {
    const r = group[0];
    // A record expanded into one relation per mediated party goes back to `between` without target.
    const expanded = group.length > 1;
    return {
      id: r.id,
      source: r.source,
      ...(expanded ? {} : { target: r.target }),
      type: r.type,
      ...(r.between ? { between: r.between } : {}),
      evidence: r.evidence.map((e) => ({
        document: e.document,
        quote: e.quote,
        start: e.start,
        ...(e.method === 'curated' && e.confidence === 1 ? {} : { confidence: e.confidence, method: e.method }),
        ...(e.rule && e.cue && e.spans ? { rule: e.rule, cue: e.cue, spans: e.spans } : {}),
      })),
    };
  });
  return {
    documents: ds.documents,
    actors: ds.actors,
    relations,
    // Plain records: a live dataset's coded events are rows of columns, with no fields of their own (data/event-columns.ts).
    ...(ds.eventRelations ? { eventRelations: ds.eventRelations.map(eventRecord) } : {}),
    ...(ds.curation ? { curation: ds.curation } : {}),
  };
}
