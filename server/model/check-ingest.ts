/**
 * Validates an ingest's change set against the dataset it is about to join, touching only what the
 * change names: the rules a full load (data/validate-dataset.ts) applies to every record, applied
 * to the new document, the new actors and the new evidence. Runs before the store writes, so a
 * change that would make the store unloadable is refused and nothing is written.
 */
import { dumpDocumentSchema } from '../data/load-dataset';
import { checkReading, formatPath } from '../data/validate-dataset';
import type { ChangeSet } from '../domain/change';
import { DataValidationError } from '../domain/errors';
import { actorSchema, evidenceInputSchema } from '../domain/schema';
import type { Actor, SourceDocument } from '../domain/types';
import type { DatasetIndex } from './dataset-index';

/** The label of errors in an ingest's change set. */
const LABEL = 'ingest';

/** An actor as the store keeps it: its columns only, without what extraction carries beside them. */
const storedActor = (a: Actor): Actor => ({
  id: a.id,
  name: a.name,
  kind: a.kind,
  ...(a.affiliation ? { affiliation: a.affiliation } : {}),
  ...(a.role ? { role: a.role } : {}),
  aliases: a.aliases,
  ...(a.provisional ? { provisional: true } : {}),
});

/** A document as the store keeps it (the text's signature is not part of the dataset). */
const storedDocument = (d: SourceDocument): SourceDocument => ({
  id: d.id,
  title: d.title,
  outlet: d.outlet,
  date: d.date,
  ...(d.url ? { url: d.url } : {}),
  ...(d.note ? { note: d.note } : {}),
  text: d.text,
  ...(d.republishes ? { republishes: d.republishes } : {}),
});

/** The change's records as a load of the store will read them (names normalised, as actorSchema does). */
export interface CheckedIngest {
  document: SourceDocument;
  actors: Actor[];
}

function parsed<T>(res: { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } }, record: string): T {
  if (res.success) return res.data;
  const issue = res.error.issues[0];
  throw new DataValidationError(LABEL, record, issue.path.length ? formatPath(issue.path) : undefined, issue.message);
}

function checkDocument(index: DatasetIndex, change: ChangeSet): SourceDocument {
  const record = `document "${change.document.id}"`;
  const document: SourceDocument = parsed(dumpDocumentSchema.safeParse(storedDocument(change.document)), record);
  if (index.documents.has(document.id)) throw new DataValidationError(LABEL, record, 'id', 'duplicate document id');
  if (document.republishes !== undefined) {
    const first = index.documents.get(document.republishes);
    if (!first) throw new DataValidationError(LABEL, record, 'republishes', `unknown document id "${document.republishes}"`);
    if (first.republishes !== undefined) throw new DataValidationError(LABEL, record, 'republishes', `"${first.id}" republishes another document; name the first copy`);
  }
  return document;
}

function checkActors(index: DatasetIndex, change: ChangeSet): Actor[] {
  const actors = change.actors.map((a, i): Actor => parsed(actorSchema.safeParse(storedActor(a)), `actor "${a.id}" (#${i})`));
  const added = new Map<string, Actor>();
  actors.forEach((a, i) => {
    if (index.actors.has(a.id) || added.has(a.id)) throw new DataValidationError(LABEL, `actor "${a.id}" (#${i})`, 'id', 'duplicate actor id');
    added.set(a.id, a);
  });
  const lookup = (id: string): Actor | undefined => added.get(id) ?? index.actors.get(id);
  actors.forEach((a, i) => {
    if (a.affiliation === undefined) return;
    if (!lookup(a.affiliation)) throw new DataValidationError(LABEL, `actor "${a.id}" (#${i})`, 'affiliation', `unknown actor id "${a.affiliation}"`);
    // Stored actors cannot point at new ones, so a cycle can only run through the new ones.
    const seen = new Set([a.id]);
    for (let cur = lookup(a.affiliation); cur; cur = cur.affiliation ? lookup(cur.affiliation) : undefined) {
      if (seen.has(cur.id)) throw new DataValidationError(LABEL, `actor "${a.id}" (#${i})`, 'affiliation', 'affiliation chain forms a cycle');
      seen.add(cur.id);
    }
  });
  return actors;
}

/** Throws DataValidationError naming the record and field when the change would not load; else its records as loaded. */
export function checkIngest(index: DatasetIndex, change: ChangeSet): CheckedIngest {
  const document = checkDocument(index, change);
  const actors = checkActors(index, change);
  const newIds = new Set(actors.map((a) => a.id));
  change.relations.forEach((r, i) => {
    const record = `relation ${r.type} ${r.source} → ${r.target} (#${i})`;
    const known = (field: string, id: string): void => {
      if (!index.actors.has(id) && !newIds.has(id)) throw new DataValidationError(LABEL, record, field, `unknown actor id "${id}"`);
    };
    known('source', r.source);
    known('target', r.target);
    r.between?.forEach((id, k) => known(`between[${k}]`, id));
    if (r.source === r.target) throw new DataValidationError(LABEL, record, 'target', 'an actor cannot relate to itself');
    const e = parsed(evidenceInputSchema.safeParse(r.evidence), record);
    const doc = e.document === document.id ? document : index.documents.get(e.document);
    if (!doc) throw new DataValidationError(LABEL, record, 'evidence.document', `unknown document id "${e.document}"`);
    const start = e.start ?? doc.text.indexOf(e.quote);
    if (start < 0 || doc.text.slice(start, start + e.quote.length) !== e.quote) {
      throw new DataValidationError(
        LABEL,
        record,
        'evidence.quote',
        e.start === undefined ? `quote is not a verbatim substring of document "${doc.id}"` : `quote does not stand at offset ${e.start} of document "${doc.id}"`,
      );
    }
    if (e.rule && e.cue && e.spans) {
      checkReading({ rule: e.rule, cue: e.cue, spans: e.spans }, doc.text, start, start + e.quote.length, (field, detail) => {
        throw new DataValidationError(LABEL, record, `evidence.${field}`, detail);
      });
    }
  });
  return { document, actors };
}
