/** The source documents: the list (metadata) and one with its text. */
import { z } from 'zod';
import { isWebUrl } from '../domain/schema';
import { pathId } from './fields';
import { defineOperation } from './operation';

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

export const documentList = defineOperation({
  name: 'documents',
  path: '/documents',
  summary: 'Source documents (metadata)',
  cost: 'light',
  params: z.strictObject({}),
  answer: { description: 'Document list' },
  parse: () => ({}),
  run: (explorer) => ({ documents: explorer.documents().map(withWebUrl) }),
});

export const documentDetail = defineOperation({
  name: 'document',
  path: '/documents/:id',
  summary: 'One source document with its text',
  cost: 'light',
  params: z.strictObject({ id: pathId('Document id') }),
  answer: { description: 'Document' },
  parse: (q) => ({ id: String(q.id) }),
  run: (explorer, { id }) => {
    const copies = explorer.otherCopies(id).map(({ id: copy, title, outlet, date }) => ({ id: copy, title, outlet, date }));
    return { ...withWebUrl(explorer.document(id)), ...(copies.length ? { alsoPublishedBy: copies } : {}) };
  },
});
