/**
 * An import as a dataset file (the `dump` format that --data and the store read): on its own
 * (no documents, no curated relations), or merged into a curated dataset, whose actors win where
 * an id is in both (a gazetteer mapping such as USA → united-states points at curated actors).
 */
import { datasetToDump } from '../data/to-dump';
import type { Dataset, DatasetDump } from '../domain/types';
import type { GdeltImport } from './import';

export function gdeltDump(imported: Pick<GdeltImport, 'actors' | 'eventRelations'>, base?: Dataset): DatasetDump {
  const dump: DatasetDump = base ? datasetToDump(base) : { documents: [], actors: [], relations: [] };
  const known = new Set(dump.actors.map((a) => a.id));
  return {
    ...dump,
    actors: [...dump.actors, ...imported.actors.filter((a) => !known.has(a.id))],
    eventRelations: [...(dump.eventRelations ?? []), ...imported.eventRelations],
  };
}
