/**
 * Any graph file → graphology: graphology JSON, node-link JSON, GEXF, GraphML or edge-list CSV,
 * told apart by extension and, for `.xml`, `.txt` or none, by content. Metrics run on its compact
 * projection (server/graph/compact.ts), as on the actor graph.
 */
import type Graph from 'graphology';
import fs from 'node:fs';
import path from 'node:path';
import { GraphFileError } from './graph-file-error';
import { readCsvGraph } from './read-csv';
import { readJsonGraph } from './read-json';
import { readGexfGraph, readGraphmlGraph } from './read-xml';

export const GRAPH_FILE_FORMATS = ['graphology-json', 'node-link', 'gexf', 'graphml', 'csv'] as const;
export type GraphFileFormat = (typeof GRAPH_FILE_FORMATS)[number];

export interface GraphFile {
  graph: Graph;
  format: GraphFileFormat;
  /** What was read despite a fault of the file (e.g. repeated edge ids), for the user to see. */
  warnings: string[];
}

type Family = 'json' | 'gexf' | 'graphml' | 'csv';

const BY_EXTENSION: Record<string, Family> = { '.json': 'json', '.gexf': 'gexf', '.graphml': 'graphml', '.csv': 'csv' };

/** The format family by extension, else by the first characters of the text. */
export function detectFamily(file: string, text: string): Family {
  const known = BY_EXTENSION[path.extname(file).toLowerCase()];
  if (known) return known;
  const head = text.slice(0, 4096).trimStart();
  if (head.startsWith('{')) return 'json';
  if (head.startsWith('<')) {
    if (/<(\w+:)?gexf[\s>]/.test(head)) return 'gexf';
    if (/<(\w+:)?graphml[\s>]/.test(head)) return 'graphml';
    throw new GraphFileError(file, undefined, 'is XML but neither GEXF (<gexf>) nor GraphML (<graphml>)');
  }
  return 'csv';
}

function readText(file: string): string {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    throw new GraphFileError(file, undefined, `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new GraphFileError(file, undefined, 'is not valid UTF-8');
  }
}

/** Parses graph file text; `file` names it in errors and its extension hints the format. */
export function parseGraphText(text: string, file: string): GraphFile {
  switch (detectFamily(file, text)) {
    case 'gexf':
      return { ...readGexfGraph(text, file), format: 'gexf' };
    case 'graphml':
      return { ...readGraphmlGraph(text, file), format: 'graphml' };
    case 'csv':
      return { graph: readCsvGraph(text, file), format: 'csv', warnings: [] };
    case 'json':
      return { ...readJsonGraph(text, file), warnings: [] };
  }
}

/** Reads a graph file of any supported format. */
export function readGraphFile(file: string): GraphFile {
  return parseGraphText(readText(file), file);
}
