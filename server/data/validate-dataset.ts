/**
 * Turns raw records (parsed JSON from data files, a dump, or a request) into a checked Dataset:
 * shapes through zod, then cross-record rules, then evidence offsets computed from the text.
 * Any failure throws a DataValidationError naming the file, the record and the field.
 */
import type { z } from 'zod';
import { DataValidationError } from '../domain/errors';
import { EventRow, eventRecord } from './event-columns';
import { actorSchema, eventFieldChecks, eventRelationSchema, plainEventRelationCheck, relationInputSchema } from '../domain/schema';
import type { RelationRecord } from '../domain/schema';
import type { Actor, Dataset, EventRelation, Evidence, EvidenceInput, EvidenceReading, Relation, SourceDocument } from '../domain/types';

/** Raw input: documents already checked (they come with their text) plus unparsed records. */
export interface RawDataset {
  documents: SourceDocument[];
  actors: unknown;
  relations: unknown;
  /** Relations aggregated from event data (optional). */
  eventRelations?: unknown;
  /** File names used in error messages. */
  files: { actors: string; relations: string; eventRelations?: string };
}

/** `evidence[0].quote` from a zod path. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
}

function recordLabel(raw: unknown, index: number): string {
  const id =
    raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string'
      ? (raw as { id: string }).id
      : undefined;
  return id ? `"${id}" (#${index})` : `#${index}`;
}

/** `plain`, when given, is true of records the schema would accept unchanged: those are kept as they are. */
function parseRecords<S extends z.ZodType>(
  schema: S,
  raw: unknown,
  file: string,
  plain?: (item: unknown) => item is z.output<S>,
): z.output<S>[] {
  if (!Array.isArray(raw)) throw new DataValidationError(file, undefined, undefined, 'must be a JSON array');
  return raw.map((item: unknown, i) => {
    if (plain?.(item)) return item;
    // A row of columns is judged as its plain record (zod reads an object's own fields).
    const res = schema.safeParse(item instanceof EventRow ? eventRecord(item) : item);
    if (!res.success) {
      const issue = res.error.issues[0];
      throw new DataValidationError(
        file,
        recordLabel(item, i),
        issue.path.length ? formatPath(issue.path) : undefined,
        issue.message,
      );
    }
    return res.data;
  });
}

function checkUnique(ids: string[], file: string, what: string): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) throw new DataValidationError(file, `"${id}" (#${i})`, 'id', `duplicate ${what} id`);
    seen.add(id);
  });
}

function checkAffiliations(actors: Actor[], file: string): void {
  const byId = new Map(actors.map((a) => [a.id, a]));
  actors.forEach((a, i) => {
    if (a.affiliation === undefined) return;
    if (!byId.has(a.affiliation)) {
      throw new DataValidationError(file, `"${a.id}" (#${i})`, 'affiliation', `unknown actor id "${a.affiliation}"`);
    }
    // Walk the chain: a cycle would make roll-up to states loop forever.
    const seen = new Set([a.id]);
    for (let cur = byId.get(a.affiliation); cur; cur = cur.affiliation ? byId.get(cur.affiliation) : undefined) {
      if (seen.has(cur.id)) {
        throw new DataValidationError(file, `"${a.id}" (#${i})`, 'affiliation', 'affiliation chain forms a cycle');
      }
      seen.add(cur.id);
    }
  });
}

/**
 * The cue and argument spans lie inside the quote [start, end) of `text`, and the cue is the
 * quote's words at its span: a reading that points elsewhere would highlight the wrong words.
 */
export function checkReading(r: EvidenceReading, text: string, start: number, end: number, fail: (field: string, detail: string) => never): EvidenceReading {
  for (const part of ['cue', 'source', 'target'] as const) {
    const span = r.spans[part];
    if (!span) continue;
    const [a, b] = span;
    if (a < start || b > end) fail(`spans.${part}`, `[${a}, ${b}] lies outside the quote (document offsets ${start} to ${end})`);
  }
  const written = text.slice(...r.spans.cue);
  if (written !== r.cue) fail('cue', `"${r.cue}" is not the quote's words at spans.cue ("${written}")`);
  return r;
}

/** Evidence as the graph reads it: `e` found at `start` of `doc` (checked by the caller), dated and attributed by it. */
export function resolvedEvidence(e: EvidenceInput, doc: SourceDocument, start: number): Evidence {
  return {
    document: doc.id,
    quote: e.quote,
    start,
    end: start + e.quote.length,
    date: doc.date,
    outlet: doc.outlet,
    confidence: e.confidence ?? 1,
    method: e.method ?? 'curated',
    ...(doc.republishes ? { story: doc.republishes } : {}),
    ...(e.rule && e.cue && e.spans ? { rule: e.rule, cue: e.cue, spans: e.spans } : {}),
  };
}

/**
 * A relation record's relations, its evidence found in its documents: one per target, or, for a
 * mediates record without a target, one per mediated party (sharing one evidence list). `fail`
 * throws, naming the field at fault. A full load and a curation's delta both read records this way.
 */
export function relationsOfRecord(
  r: RelationRecord,
  isActor: (id: string) => boolean,
  documentOf: (id: string) => SourceDocument | undefined,
  fail: (field: string, detail: string) => never,
): Relation[] {
  const known = (field: string, id: string): void => {
    if (!isActor(id)) fail(field, `unknown actor id "${id}"`);
  };
  known('source', r.source);
  if (r.target) known('target', r.target);
  r.between?.forEach((id, k) => known(`between[${k}]`, id));

  const evidence: Evidence[] = r.evidence.map((e, k) => {
    const doc = documentOf(e.document);
    if (!doc) return fail(`evidence[${k}].document`, `unknown document id "${e.document}"`);
    const start = e.start ?? doc.text.indexOf(e.quote);
    if (start < 0 || doc.text.slice(start, start + e.quote.length) !== e.quote) {
      return fail(
        `evidence[${k}].quote`,
        e.start === undefined
          ? `quote is not a verbatim substring of document "${doc.id}"`
          : `quote does not stand at offset ${e.start} of document "${doc.id}"`,
      );
    }
    if (e.rule && e.cue && e.spans) {
      checkReading({ rule: e.rule, cue: e.cue, spans: e.spans }, doc.text, start, start + e.quote.length, (field, detail) => fail(`evidence[${k}].${field}`, detail));
    }
    return resolvedEvidence(e, doc, start);
  });

  // A mediates record without a target stands for mediator → each mediated party.
  const targets = r.target ? [r.target] : (r.between ?? []);
  return targets.map((target) => {
    if (target === r.source) fail(r.target ? 'target' : 'between', 'an actor cannot relate to itself');
    return { id: r.id, source: r.source, target, type: r.type, between: r.between, evidence };
  });
}

/** A coded-event relation names two known, different actors; `fail` throws, naming the field. */
export function checkEventRelation(r: EventRelation, isActor: (id: string) => boolean, fail: (field: string, detail: string) => never): void {
  for (const field of ['source', 'target'] as const) {
    if (!isActor(r[field])) fail(field, `unknown actor id "${r[field]}"`);
  }
  if (r.source === r.target) fail('target', 'an actor cannot relate to itself');
}

/** Checks every record and resolves evidence offsets; throws DataValidationError on the first fault. */
export function validateDataset(raw: RawDataset): Dataset {
  const { files } = raw;
  const actors: Actor[] = parseRecords(actorSchema, raw.actors, files.actors);
  checkUnique(actors.map((a) => a.id), files.actors, 'actor');
  checkAffiliations(actors, files.actors);
  const actorIds = new Set(actors.map((a) => a.id));
  const docs = new Map(raw.documents.map((d) => [d.id, d]));

  const records = parseRecords(relationInputSchema, raw.relations, files.relations);
  checkUnique(records.map((r) => r.id), files.relations, 'relation');

  const relations: Relation[] = [];
  records.forEach((r, i) => {
    const fail = (field: string, detail: string): never => {
      throw new DataValidationError(files.relations, `"${r.id}" (#${i})`, field, detail);
    };
    relations.push(...relationsOfRecord(r, (id) => actorIds.has(id), (id) => docs.get(id), fail));
  });

  if (raw.eventRelations === undefined) return { documents: raw.documents, actors, relations };
  const eventFile = files.eventRelations ?? 'eventRelations';
  // A store's events come as rows of one set of columns (data/event-columns.ts), checked there by
  // the same rules; anything those checks do not vouch for is checked record by record, which
  // names the first fault as it always has.
  const columns = Array.isArray(raw.eventRelations) ? EventRow.columnsOf(raw.eventRelations[0]) : undefined;
  const eventRelations: EventRelation[] = columns?.rowsPass(raw.eventRelations as unknown[], eventFieldChecks())
    ? (raw.eventRelations as EventRelation[]).slice()
    : parseRecords(eventRelationSchema, raw.eventRelations, eventFile, plainEventRelationCheck());
  const isActor = (id: string): boolean => actorIds.has(id);
  if (columns?.endsPass(eventRelations, isActor)) return { documents: raw.documents, actors, relations, eventRelations };
  // One check and one fault for every record (not two closures made per record: 500,000 at that size), naming the record at `at`.
  let at = 0;
  const fail = (field: string, detail: string): never => {
    throw new DataValidationError(eventFile, `#${at}`, field, detail);
  };
  for (; at < eventRelations.length; at++) checkEventRelation(eventRelations[at], isActor, fail);
  return { documents: raw.documents, actors, relations, eventRelations };
}
