/**
 * Edge-list CSV → graphology, read as a stream: chunks of text go in, each record is turned into an
 * edge as soon as it is complete, and neither the file's text nor its records are ever held whole,
 * so memory is the graph's. RFC 4180: comma-separated, fields optionally in double quotes (`""` for
 * a quote, line breaks allowed inside quotes), CRLF or LF. The header names the columns: `source`
 * and `target` are required; `weight` must be numeric; `directed` (true/false) or a Gephi-style
 * `type` of directed/undirected sets each edge's direction (undirected by default); any other
 * `type` value and other columns become edge attributes. Errors name the line (and column when it
 * helps).
 *
 * Hand-written rather than csv-parse: the error messages above are part of the interface, the
 * reader must stay synchronous (the callers are), and on a 1 M-edge file it is several times faster
 * than csv-parse's streaming parser (README, "Any graph file").
 */
import type { Attributes } from 'graphology-types';
import { FileGraph } from './file-graph';
import type { FileGraphArrays } from './file-graph';
import { GraphFileError } from './graph-file-error';
import { toNodeKey } from './node-keys';

/** Longest record kept while waiting for its end: more is a runaway quote, not an edge. */
const MAX_RECORD = 1 << 24;

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/**
 * Splits CSV text, given in chunks, into records, calling back with each record's fields and the
 * line on which it starts (records may span lines inside quotes). The text of an unfinished record
 * is kept until the chunk that ends it.
 */
export class CsvRecords {
  /** Text of the record not finished at the end of the last chunk. */
  private rest = '';
  /** Line on which `rest` starts. */
  private line = 1;
  private started = false;

  constructor(
    private readonly file: string,
    private readonly onRecord: (fields: string[], line: number) => void,
  ) {}

  push(chunk: string): void {
    this.scan(this.rest + chunk, false);
  }

  end(): void {
    this.scan(this.rest, true);
    this.rest = '';
  }

  private fail(line: number, detail: string): never {
    throw new GraphFileError(this.file, `line ${line}`, detail);
  }

  /** Emits every record `text` completes; keeps the unfinished one unless `final`. */
  private scan(text: string, final: boolean): void {
    const n = text.length;
    let i = 0;
    if (!this.started && n > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) i = 1; // a byte-order mark is not part of the header
    }
    let line = this.line;
    let recordStart = i;
    let recordLine = line;
    let fields: string[] = [];
    let field = '';
    // Left early when the text ends inside a record that a later chunk may finish.
    scan: while (i < n) {
      const c = text.charCodeAt(i);
      if (c === QUOTE && field === '') {
        const openedAt = line;
        let j = i + 1;
        for (;;) {
          const q = text.indexOf('"', j);
          // Without the closing quote, or with a quote at the very end (maybe the first of ""), wait.
          if (q < 0 || (q === n - 1 && !final)) {
            if (!final) break scan;
            this.fail(openedAt, 'quoted field is not closed');
          }
          const part = text.slice(j, q);
          for (let k = part.indexOf('\n'); k >= 0; k = part.indexOf('\n', k + 1)) line++;
          field += part;
          if (text.charCodeAt(q + 1) === QUOTE) {
            field += '"';
            j = q + 2;
            continue;
          }
          i = q + 1;
          break;
        }
        if (i < n) {
          const next = text.charCodeAt(i);
          if (next !== COMMA && next !== LF && next !== CR) {
            this.fail(line, `unexpected ${JSON.stringify(text[i])} after a closing quote (a quote inside a field is written "")`);
          }
        }
        continue;
      }
      if (c === COMMA) {
        fields.push(field);
        field = '';
        i++;
      } else if (c === LF || c === CR) {
        // A CR at the end of a chunk may be the first half of a CRLF.
        if (c === CR && i === n - 1 && !final) break;
        fields.push(field);
        // A blank line is no record (but a line of empty fields, ",,", is).
        if (fields.length > 1 || fields[0] !== '') this.onRecord(fields, recordLine);
        fields = [];
        field = '';
        i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
        recordStart = i;
        recordLine = ++line;
      } else if (c === QUOTE) {
        this.fail(line, 'a quote inside an unquoted field (quote the whole field and write the quote as "")');
      } else {
        let end = i;
        for (let d = c; end < n && d !== COMMA && d !== LF && d !== CR && d !== QUOTE; d = text.charCodeAt(++end));
        field += text.slice(i, end);
        i = end;
      }
    }
    if (final) {
      if (field !== '' || fields.length > 0) {
        fields.push(field);
        this.onRecord(fields, recordLine);
      }
      return;
    }
    // The text ended inside a record (or between records): keep it for the next chunk.
    this.rest = text.slice(recordStart);
    this.line = recordLine;
    if (this.rest.length > MAX_RECORD) this.fail(recordLine, `a record longer than ${MAX_RECORD} characters (is a quote not closed?)`);
  }
}

const TRUE = new Set(['true', '1', 'yes']);
const FALSE = new Set(['false', '0', 'no']);

/**
 * Builds the graph from CSV text pushed in chunks, as the arrays of a FileGraph (a mixed
 * multigraph: every row is an edge): `push(chunk)` as the text arrives (`order` and `size` say
 * what was read so far), then `end()` for the graph.
 */
export class CsvGraphReader {
  private readonly arrays: FileGraphArrays = {
    type: 'mixed',
    multi: true,
    attributes: {},
    keys: [],
    nodeAttributes: [],
    sources: [],
    targets: [],
    undirected: [],
    edgeKeys: [],
    edgeAttributes: [],
  };
  private readonly index = new Map<string, number>();
  private readonly records: CsvRecords;
  private names?: string[];
  private cols = { source: -1, target: -1, weight: -1, directed: -1, type: -1 };

  constructor(private readonly file: string) {
    this.records = new CsvRecords(file, (fields, line) => (this.names ? this.edge(fields, line) : this.header(fields, line)));
  }

  /** Nodes read so far (for graph-limits). */
  get order(): number {
    return this.arrays.keys.length;
  }

  /** Edges read so far (for graph-limits). */
  get size(): number {
    return this.arrays.sources.length;
  }

  push(chunk: string): void {
    this.records.push(chunk);
  }

  end(): FileGraph {
    this.records.end();
    if (!this.names) throw new GraphFileError(this.file, undefined, 'is empty (expected a header with source,target)');
    return FileGraph.fromArrays(this.arrays);
  }

  private header(fields: string[], line: number): void {
    const names = fields.map((h) => h.trim());
    const lower = names.map((h) => h.toLowerCase());
    const [source, target, weight, directed, type] = ['source', 'target', 'weight', 'directed', 'type'].map((name) => lower.indexOf(name));
    if (source < 0 || target < 0) {
      throw new GraphFileError(this.file, `line ${line}`, `the header must name the columns source and target (found: ${names.join(', ')})`);
    }
    this.names = names;
    this.cols = { source, target, weight, directed, type };
  }

  /** The index of the node with this key, added (without attributes) when new. */
  private node(key: string): number {
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.arrays.keys.length;
      this.index.set(key, i);
      this.arrays.keys.push(key);
      this.arrays.nodeAttributes.push({});
    }
    return i;
  }

  private edge(fields: string[], line: number): void {
    const { file, cols, arrays } = this;
    const names = this.names!;
    const at = `line ${line}`;
    if (fields.length !== names.length) throw new GraphFileError(file, at, `expected ${names.length} fields as in the header, got ${fields.length}`);
    const s = fields[cols.source].trim();
    const t = fields[cols.target].trim();
    if (!s) throw new GraphFileError(file, at, 'source is empty');
    if (!t) throw new GraphFileError(file, at, 'target is empty');
    let directed = false;
    let attrs: Attributes | undefined;
    for (let k = 0; k < fields.length; k++) {
      const v = fields[k];
      if (k === cols.source || k === cols.target || v === '') continue;
      if (k === cols.weight) {
        const w = Number(v);
        if (v.trim() === '' || !Number.isFinite(w)) throw new GraphFileError(file, `${at}, column ${names[k]}`, `"${v}" is not a number`);
        (attrs ??= {}).weight = w;
      } else if (k === cols.directed) {
        const d = v.trim().toLowerCase();
        if (!TRUE.has(d) && !FALSE.has(d)) throw new GraphFileError(file, `${at}, column ${names[k]}`, `"${v}" is not true or false`);
        directed = TRUE.has(d);
      } else if (k === cols.type && /^(un)?directed$/i.test(v.trim())) {
        directed = v.trim().toLowerCase() === 'directed';
      } else if (names[k] === '__proto__') {
        // Assigning would set the object's prototype: a column of that name stays an attribute.
        Object.defineProperty((attrs ??= {}), '__proto__', { value: v, enumerable: true, writable: true, configurable: true });
      } else (attrs ??= {})[names[k]] = v;
    }
    arrays.sources.push(this.node(toNodeKey(s)));
    arrays.targets.push(this.node(toNodeKey(t)));
    arrays.undirected.push(!directed);
    arrays.edgeKeys.push(undefined);
    arrays.edgeAttributes.push(attrs);
  }
}

/** CSV text held whole (small files, tests) → graph. */
export function readCsvGraph(text: string, file: string): FileGraph {
  const reader = new CsvGraphReader(file);
  reader.push(text);
  return reader.end();
}
