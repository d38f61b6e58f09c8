/** Read routes over the source documents. */
import { Router } from 'express';
import { isWebUrl } from '../domain/schema';
import type { Explorer } from '../query/explorer';
import { queryOf } from './params';
import { sendJson } from './send-json';

/**
 * The document as served: an address that is not http(s) (a store written before ingest refused
 * them may hold javascript: or data: ones) is left out, so no client is offered it as a link.
 */
function withWebUrl<T extends { url?: string }>(doc: T): T {
  if (doc.url === undefined || isWebUrl(doc.url)) return doc;
  const served = { ...doc };
  delete served.url;
  return served;
}

export function documentRoutes(explorer: Explorer): Router {
  const r = Router();
  r.get('/documents', (req, res) => {
    queryOf(req, []);
    return sendJson(res, { documents: explorer.documents().map(withWebUrl) });
  });
  r.get('/documents/:id', (req, res) => {
    queryOf(req, []);
    const copies = explorer.otherCopies(req.params.id).map(({ id, title, outlet, date }) => ({ id, title, outlet, date }));
    return sendJson(res, { ...withWebUrl(explorer.document(req.params.id)), ...(copies.length ? { alsoPublishedBy: copies } : {}) });
  });
  return r;
}
