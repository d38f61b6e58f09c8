/** A small valid dataset, written inline, that tests copy and break one field at a time. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Actor, SourceDocument } from '../../server/domain/types';

export const TEXT_A = 'Alpha and Beta are negotiating. Gamma mediates between Alpha and Beta. Delta opposes Alpha.';
export const TEXT_B = 'Beta said talks with Alpha went well. Delta struck Alpha again.';

/** The tiny dataset's four actors, new objects at each call (tests change them). */
export const tinyActors = (): Actor[] => [
  { id: 'alpha', name: 'Alpha', kind: 'state', aliases: ['Alphaland'] },
  { id: 'beta', name: 'Beta', kind: 'state', aliases: [] },
  { id: 'gamma', name: 'Gamma', kind: 'state', aliases: [] },
  { id: 'delta', name: 'Delta', kind: 'military', aliases: [], affiliation: 'gamma' },
];

/** Its two documents as a store's dump holds them, text included. */
export const tinyDumpDocuments = (): SourceDocument[] => [
  { id: 'doc-a', title: 'A', outlet: 'Outlet A', date: '2026-01-01', text: TEXT_A },
  { id: 'doc-b', title: 'B', outlet: 'Outlet B', date: '2026-01-05', text: TEXT_B },
];

export interface TinyData {
  index: { collection: string; documents: Record<string, unknown>[] };
  texts: Record<string, string | Buffer>;
  actors: Record<string, unknown>[];
  relations: Record<string, unknown>[];
}

export function tinyData(): TinyData {
  return {
    index: {
      collection: 'tiny',
      documents: [
        { id: 'doc-a', file: 'a.txt', title: 'A', outlet: 'Outlet A', date: '2026-01-01' },
        { id: 'doc-b', file: 'b.txt', title: 'B', outlet: 'Outlet B', date: '2026-01-05' },
      ],
    },
    texts: { 'a.txt': TEXT_A, 'b.txt': TEXT_B },
    // As plain records: tests break their fields, which an Actor's type would not let them.
    actors: tinyActors().map((a) => ({ ...a })),
    relations: [
      {
        id: 'alpha-beta-talks',
        source: 'alpha',
        target: 'beta',
        type: 'negotiates',
        evidence: [
          { document: 'doc-a', quote: 'Alpha and Beta are negotiating.' },
          { document: 'doc-b', quote: 'Beta said talks with Alpha went well.' },
        ],
      },
      {
        id: 'gamma-mediates',
        source: 'gamma',
        type: 'mediates',
        between: ['alpha', 'beta'],
        evidence: [{ document: 'doc-a', quote: 'Gamma mediates between Alpha and Beta.' }],
      },
      {
        id: 'delta-opposes-alpha',
        source: 'delta',
        target: 'alpha',
        type: 'opposes',
        evidence: [
          { document: 'doc-a', quote: 'Delta opposes Alpha.' },
          { document: 'doc-b', quote: 'Delta struck Alpha again.' },
        ],
      },
    ],
  };
}

/** Writes the data into a fresh temporary folder laid out like `data/`; returns its path. */
export function writeDataDir(d: TinyData): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actor-graph-'));
  fs.mkdirSync(path.join(dir, 'sources'));
  fs.writeFileSync(path.join(dir, 'sources', 'index.json'), JSON.stringify(d.index));
  for (const [file, text] of Object.entries(d.texts)) fs.writeFileSync(path.join(dir, 'sources', file), text);
  fs.writeFileSync(path.join(dir, 'actors.json'), JSON.stringify(d.actors));
  fs.writeFileSync(path.join(dir, 'relations.json'), JSON.stringify(d.relations));
  return dir;
}
