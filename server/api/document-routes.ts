/** Read routes over the source documents. */
import { Router } from 'express';
import type { Explorer } from '../query/explorer';
import { queryOf } from './params';

export function documentRoutes(explorer: Explorer): Router {
  const r = Router();
  r.get('/documents', (req, res) => {
    queryOf(req, []);
    res.json({ documents: explorer.documents() });
  });
  r.get('/documents/:id', (req, res) => {
    queryOf(req, []);
    res.json(explorer.document(req.params.id));
  });
  return r;
}
