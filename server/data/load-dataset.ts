/**
 * Reads a dataset from disk: either a data folder (sources/index.json + texts, actors.json,
 * relations.json) or a single dataset JSON file as written by `actor-graph dump`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DataValidationError } from '../domain/errors';
import { documentMetaSchema, sourceIndexSchema } from '../domain/schema';
import type { Dataset, SourceDocument } from '../domain/types';
import { parseCurationState } from '../curation/state-schema';
import { DEFAULT_DATA_DIR } from './paths';
import { describeRepair, repairReservedIds, warnOnStderr } from './repair-reserved-ids';
import type { DatasetRecords, Warn } from './repair-reserved-ids';
import { formatPath, validateDataset } from './validate-dataset';

const utf8 = new TextDecoder('utf-8', { fatal: true });

function readText(file: string, label: string): string {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    throw new DataValidationError(label, undefined, undefined, `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    return utf8.decode(bytes);
  } catch {
    throw new DataValidationError(label, undefined, undefined, 'is not valid UTF-8');
  }
}

function readJson(file: string, label: string): unknown {
  const text = readText(file, label);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new DataValidationError(label, undefined, undefined, `is not valid JSON (${(e as Error).message})`);
  }
}

function parseWith<S extends z.ZodType>(schema: S, value: unknown, label: string, record?: string): z.output<S> {
  const res = schema.safeParse(value);
  if (res.success) return res.data;
  const issue = res.error.issues[0];
  throw new DataValidationError(label, record, issue.path.length ? formatPath(issue.path) : undefined, issue.message);
}

function checkUniqueDocs(docs: SourceDocument[], label: string): void {
  const seen = new Set<string>();
  docs.forEach((d, i) => {
    if (seen.has(d.id)) throw new DataValidationError(label, `"${d.id}" (#${i})`, 'id', 'duplicate document id');
    seen.add(d.id);
  });
}

/** `republishes` names another document that is itself a first copy (links are one step, never chains). */
function checkRepublishes(docs: SourceDocument[], label: string): void {
  const byId = new Map(docs.map((d) => [d.id, d]));
  docs.forEach((d, i) => {
    if (d.republishes === undefined) return;
    const first = byId.get(d.republishes);
    if (!first || first.id === d.id) throw new DataValidationError(label, `"${d.id}" (#${i})`, 'republishes', `unknown document id "${d.republishes}"`);
    if (first.republishes !== undefined) throw new DataValidationError(label, `"${d.id}" (#${i})`, 'republishes', `"${first.id}" republishes another document; name the first copy`);
  });
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The records with reserved ids repaired (see repair-reserved-ids.ts), the repair reported to `warn`. */
function repaired<T extends DatasetRecords>(records: T, where: string, warn: Warn): T {
  const r = repairReservedIds(records);
  if (r.renames.length) warn(describeRepair(where, r.renames));
  return r.records;
}

/**
 * Loads and validates a data folder laid out like the bundled `data/`; reserved ids are repaired
 * and the repair reported to `warn`.
 */
export function loadDataDir(dir: string, warn: Warn = warnOnStderr): Dataset {
  const rel = (...p: string[]): string => path.join(path.basename(dir), ...p);
  const indexLabel = rel('sources', 'index.json');
  const rawIndex = readJson(path.join(dir, 'sources', 'index.json'), indexLabel);
  const records = repaired(
    {
      documents: isObject(rawIndex) ? rawIndex.documents : undefined,
      actors: readJson(path.join(dir, 'actors.json'), rel('actors.json')),
      relations: readJson(path.join(dir, 'relations.json'), rel('relations.json')),
    },
    path.basename(dir),
    warn,
  );
  const index = parseWith(sourceIndexSchema, isObject(rawIndex) ? { ...rawIndex, documents: records.documents } : rawIndex, indexLabel);
  const documents: SourceDocument[] = index.documents.map((meta, i) => {
    const { file, ...rest } = meta;
    const text = readText(path.join(dir, 'sources', file), rel('sources', file));
    if (!text.trim()) throw new DataValidationError(indexLabel, `"${meta.id}" (#${i})`, 'file', 'document text is empty');
    return { ...rest, text };
  });
  checkUniqueDocs(documents, indexLabel);
  checkRepublishes(documents, indexLabel);
  return validateDataset({
    documents,
    actors: records.actors,
    relations: records.relations,
    files: { actors: rel('actors.json'), relations: rel('relations.json') },
  });
}

export const dumpDocumentSchema = documentMetaSchema.omit({ file: true }).extend({ text: z.string().min(1, 'must not be empty') });
const dumpSchema = z.object({
  documents: z.array(z.unknown()),
  actors: z.array(z.unknown()),
  relations: z.array(z.unknown()),
  eventRelations: z.array(z.unknown()).optional(),
  curation: z.unknown().optional(),
});

/**
 * Validates a whole dataset held in one JSON value (the `dump` format); reserved ids are refused.
 * Coded-event records valid as they are become the dataset's own (not copied): do not change them in `value` afterwards.
 */
export function parseDatasetJson(value: unknown, label: string): Dataset {
  const dump = parseWith(dumpSchema, value, label);
  const documents = dump.documents.map((d, i) => parseWith(dumpDocumentSchema, d, `${label} documents`, `#${i}`));
  checkUniqueDocs(documents, `${label} documents`);
  checkRepublishes(documents, `${label} documents`);
  const dataset = validateDataset({
    documents,
    actors: dump.actors,
    relations: dump.relations,
    eventRelations: dump.eventRelations,
    files: { actors: `${label} actors`, relations: `${label} relations`, eventRelations: `${label} eventRelations` },
  });
  if (dump.curation === undefined) return dataset;
  return { ...dataset, curation: parseCurationState(dump.curation, dataset.relations, `${label} curation`) };
}

/** A dump (as `parseDatasetJson` takes it) with reserved ids repaired, the repair reported to `warn`. */
function repairedDump(value: unknown, label: string, warn: Warn): unknown {
  if (!isObject(value)) return value;
  const { documents, actors, relations, eventRelations } = value;
  return { ...value, ...repaired({ documents, actors, relations, ...(eventRelations === undefined ? {} : { eventRelations }) }, label, warn) };
}

/**
 * Loads a data folder or a dataset JSON file, whichever `p` names. Reserved ids (an actor stored
 * as "constructor" by an older version) are repaired, and the repair reported to `warn`.
 */
export function loadDataset(p: string = DEFAULT_DATA_DIR, warn: Warn = warnOnStderr): Dataset {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(p);
  } catch {
    throw new DataValidationError(p, undefined, undefined, 'no such file or folder');
  }
  if (stat.isDirectory()) return loadDataDir(p, warn);
  const label = path.basename(p);
  return parseDatasetJson(repairedDump(readJson(p, label), label, warn), label);
}
