/**
 * Any graph file → graphology: graphology JSON, node-link JSON, GEXF, GraphML or edge-list CSV,
 * told apart by extension and, for `.xml`, `.txt` or none, by content. Metrics run on its compact
 * projection (server/algorithms/compact.ts), as on the actor graph.
 *
 * Edge-list CSV and GraphML are read as a stream, 1 MiB at a time, so memory holds the graph and
 * never the file; JSON and GEXF are read whole (their parsers need the whole text). Both stop with
 * a one-line GraphTooLargeError, before memory runs out, when the file will not fit
 * (graph-limits.ts). Node ids are kept under the keys of node-keys.ts. The answer is a FileGraph
 * (file-graph.ts): GraphML and CSV are read into its arrays without building a graphology graph.
 */
import type Graph from 'graphology';
import fs from 'node:fs';
import path from 'node:path';
import { GraphFileError } from './graph-file-error';
import { checkGraphSize, checkTextSize, graphLimits } from './graph-limits';
import type { GraphLimits } from './graph-limits';
import { CsvGraphReader, readCsvGraph } from './read-csv';
import { FileGraph } from './file-graph';
import { GraphmlReader, readGraphmlText } from './read-graphml';
import { readJsonGraph } from './read-json';

export type GraphFileFormat = 'graphology-json' | 'node-link' | 'gexf' | 'graphml' | 'csv';

export interface GraphFile {
  /** The graph as read: arrays, from which queries make their projections. */
  fileGraph: FileGraph;
  /** The same as graphology, built on first use. */
  readonly graph: Graph;
  format: GraphFileFormat;
  /** What was read despite a fault of the file (e.g. repeated edge ids), for the user to see. */
  warnings: string[];
}

function graphFile(fileGraph: FileGraph, format: GraphFileFormat, warnings: string[]): GraphFile {
  return {
    fileGraph,
    get graph() {
      return fileGraph.graph();
    },
    format,
    warnings,
  };
}

type Family = 'json' | 'gexf' | 'graphml' | 'csv';

const BY_EXTENSION: Record<string, Family> = { '.json': 'json', '.gexf': 'gexf', '.graphml': 'graphml', '.csv': 'csv' };

/** The format family by extension, else by the first characters of the text. */
function detectFamily(file: string, text: string): Family {
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

/** Parses graph file text; `file` names it in errors and its extension hints the format. */
export function parseGraphText(text: string, file: string): GraphFile {
  switch (detectFamily(file, text)) {
    case 'gexf': {
      // Loaded for GEXF only: the DOM parser and graphology-gexf are the heaviest of the readers.
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- parseGraphText is synchronous; typed by the cast
      const { readGexfGraph } = require('./read-xml') as typeof import('./read-xml');
      const { graph, warnings } = readGexfGraph(text, file);
      return graphFile(FileGraph.of(graph), 'gexf', warnings);
    }
    case 'graphml': {
      const { graph, warnings } = readGraphmlText(text, file);
      return graphFile(graph, 'graphml', warnings);
    }
    case 'csv':
      return graphFile(readCsvGraph(text, file), 'csv', []);
    case 'json': {
      const { graph, format } = readJsonGraph(text, file);
      return graphFile(FileGraph.of(graph), format, []);
    }
  }
}

const CHUNK = 1 << 20;

/** A file's bytes, chunk by chunk, decoded as strict UTF-8; errors name the file. */
class Utf8File {
  readonly size: number;
  read = 0;
  private readonly fd: number;
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private readonly buffer = Buffer.alloc(CHUNK);

  constructor(private readonly file: string) {
    try {
      this.fd = fs.openSync(file, 'r');
      this.size = fs.fstatSync(this.fd).size;
    } catch (e) {
      throw new GraphFileError(file, undefined, `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }

  /** The next chunk of text, or undefined at the end of the file. */
  next(): string | undefined {
    let n: number;
    try {
      n = fs.readSync(this.fd, this.buffer, 0, CHUNK, null);
    } catch (e) {
      throw new GraphFileError(this.file, undefined, `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    this.read += n;
    try {
      return n === 0 ? (this.decoder.decode() || undefined) : this.decoder.decode(this.buffer.subarray(0, n), { stream: true });
    } catch {
      throw new GraphFileError(this.file, undefined, 'is not valid UTF-8');
    }
  }

  close(): void {
    fs.closeSync(this.fd);
  }
}

/**
 * Reads a graph file of any supported format. `limits` (by default from this process's heap) says
 * how big a graph it may build; past them it stops with a GraphTooLargeError.
 */
export function readGraphFile(file: string, limits: GraphLimits = graphLimits()): GraphFile {
  const input = new Utf8File(file);
  try {
    const first = input.next() ?? '';
    const family = detectFamily(file, first);
    if (family === 'csv') {
      const reader = new CsvGraphReader(file);
      for (let text: string | undefined = first; text !== undefined; text = input.next()) {
        reader.push(text);
        checkGraphSize(reader, limits, file, input.size ? input.read / input.size : 1);
      }
      return graphFile(reader.end(), 'csv', []);
    }
    if (family === 'graphml') {
      const reader = new GraphmlReader(file);
      for (let text: string | undefined = first; text !== undefined; text = input.next()) {
        reader.push(text);
        checkGraphSize(reader, limits, file, input.size ? input.read / input.size : 1);
      }
      const { graph, warnings } = reader.end();
      return graphFile(graph, 'graphml', warnings);
    }
    checkTextSize(input.size, family === 'json' ? 'json' : 'xml', limits, file);
    const parts = [first];
    for (let text = input.next(); text !== undefined; text = input.next()) parts.push(text);
    const read = parseGraphText(parts.join(''), file);
    checkGraphSize(read.fileGraph, limits, file);
    return read;
  } finally {
    input.close();
  }
}
