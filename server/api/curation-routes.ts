/**
 * Curation over HTTP: one POST route per operation (declared once in CURATION_ROUTES, which the
 * OpenAPI document reads too) and undo. The reads a curator needs (review queue, audit log, one
 * relation) are operations (server/operations/curation-reads.ts).
 */
import express, { Router } from 'express';
import type { RequestHandler } from 'express';
import type { Curator } from '../curation/curator';
import { CURATION_PATHS } from '../domain/curation';
import type { CurationOp } from '../domain/curation';
import { verifyUtf8 } from './body-text';
import { queryOf } from './params';

export interface CurationRoute {
  op: CurationOp;
  summary: string;
  /** Body fields besides by, reason and ifVersion. */
  fields: string;
}

export const CURATION_ROUTES: CurationRoute[] = [
  { op: 'relation.accept', summary: 'Accept a relation: it is marked reviewed', fields: '' },
  { op: 'relation.reject', summary: 'Reject a relation: it leaves the graph, is kept with who, when and why, and its sentences do not bring it back', fields: '' },
  { op: 'relation.retype', summary: 'Change the relation type', fields: 'type' },
  { op: 'relation.reverse', summary: 'Reverse a directed relation', fields: '' },
  { op: 'relation.reattach', summary: 'Attach a relation to other actors', fields: 'source, target' },
  { op: 'actor.rename', summary: 'Rename an actor (the old name stays an alias)', fields: 'name' },
  { op: 'actor.kind', summary: "Change an actor's kind", fields: 'kind' },
  { op: 'actor.affiliate', summary: 'Set (or, with null, clear) whom an actor acts for', fields: 'affiliation' },
  { op: 'actor.merge', summary: 'Merge this actor into another: relations, evidence and aliases move; its name becomes an alias', fields: 'into' },
  { op: 'actor.split', summary: 'Split off a new actor taking the named relations and aliases', fields: 'id, name, kind, aliases, relations' },
  { op: 'actor.confirm', summary: 'Confirm a provisional actor', fields: '' },
  { op: 'document.retract', summary: 'Retract a document: its evidence goes, relations left without evidence go', fields: '' },
  { op: 'undo', summary: 'Undo a curation event (as a new event)', fields: '' },
];

/** Curation bodies are small; a merge or split names a few ids. */
const BODY_LIMIT = '64kb';

/** Who the log names when a request does not say. */
const API_CURATOR = 'api';

/** `guards` (token, rate limit) run before the body is read. */
export function curationWriteRoutes(curator: Curator, guards: RequestHandler[]): Router {
  const r = Router();
  const json = express.json({ type: () => true, limit: BODY_LIMIT, verify: verifyUtf8 });
  for (const { op } of CURATION_ROUTES) {
    r.post(CURATION_PATHS[op], ...guards, json, async (req, res) => {
      queryOf(req, []);
      res.json(await curator.runWhenWritable(op, req.params.id as string, req.body, API_CURATOR));
    });
  }
  return r;
}
