/**
 * Edge-list CSV → graphology. RFC 4180: comma-separated, fields optionally in double quotes
 * (`""` for a quote, line breaks allowed inside quotes), CRLF or LF. The header names the
 * columns: `source` and `target` are required; `weight` must be numeric; `directed`
 * (true/false) or a Gephi-style `type` of directed/undirected sets each edge's direction
 * (undirected by default); any other `type` value and other columns become edge attributes.
 * Errors name the line (and column when it helps).
 */
import Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import { GraphFileError } from './graph-file-error';

interface CsvRecord {
  fields: string[];
  /** Line on which the record starts (records may span lines inside quotes). */
  line: number;
}

/** Splits CSV text into records, keeping each record's first line number. */
export function parseCsv(text: string, file: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; // a byte-order mark is not part of the header
  const n = text.length;
  const endRecord = (): void => {
    fields.push(field);
    // A blank line is no record (but a line of empty fields, ",,", is).
    if (fields.length > 1 || fields[0] !== '') records.push({ fields, line: recordLine });
    fields = [];
    field = '';
  };
  while (i < n) {
    const c = text[i];
    if (c === '"' && field === '') {
      const openedAt = line;
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) throw new GraphFileError(file, `line ${openedAt}`, 'quoted field is not closed');
        field += text.slice(j, q);
        if (text[q + 1] === '"') {
          field += '"';
          j = q + 2;
          continue;
        }
        for (let k = text.indexOf('\n', j); k >= 0 && k < q; k = text.indexOf('\n', k + 1)) line++;
        i = q + 1;
        break;
      }
      const next = text[i];
      if (i < n && next !== ',' && next !== '\n' && next !== '\r') {
        throw new GraphFileError(file, `line ${line}`, `unexpected ${JSON.stringify(next)} after a closing quote (a quote inside a field is written "")`);
      }
      continue;
    }
    if (c === ',') {
      fields.push(field);
      field = '';
      i++;
    } else if (c === '\n' || c === '\r') {
      endRecord();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      recordLine = ++line;
    } else if (c === '"') {
      throw new GraphFileError(file, `line ${line}`, 'a quote inside an unquoted field (quote the whole field and write the quote as "")');
    } else {
      let end = i;
      for (let d = text.charCodeAt(end); end < n && d !== 44 && d !== 10 && d !== 13 && d !== 34; d = text.charCodeAt(++end));
      field += text.slice(i, end);
      i = end;
    }
  }
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}

const TRUE = new Set(['true', '1', 'yes']);
const FALSE = new Set(['false', '0', 'no']);

export function readCsvGraph(text: string, file: string): Graph {
  const [header, ...rows] = parseCsv(text, file);
  if (!header) throw new GraphFileError(file, undefined, 'is empty (expected a header with source,target)');
  const names = header.fields.map((h) => h.trim());
  const lower = names.map((h) => h.toLowerCase());
  const col = (name: string): number => lower.indexOf(name);
  const [source, target, weight, directedCol, typeCol] = ['source', 'target', 'weight', 'directed', 'type'].map(col);
  if (source < 0 || target < 0) {
    throw new GraphFileError(file, `line ${header.line}`, `the header must name the columns source and target (found: ${names.join(', ')})`);
  }
  const graph = new Graph({ type: 'mixed', multi: true, allowSelfLoops: true });
  for (const { fields, line } of rows) {
    const at = `line ${line}`;
    if (fields.length !== names.length) throw new GraphFileError(file, at, `expected ${names.length} fields as in the header, got ${fields.length}`);
    const s = fields[source].trim();
    const t = fields[target].trim();
    if (!s) throw new GraphFileError(file, at, 'source is empty');
    if (!t) throw new GraphFileError(file, at, 'target is empty');
    let directed = false;
    const attrs: Attributes = {};
    fields.forEach((v, k) => {
      if (k === source || k === target || v === '') return;
      if (k === weight) {
        const w = Number(v);
        if (v.trim() === '' || !Number.isFinite(w)) throw new GraphFileError(file, `${at}, column ${names[k]}`, `"${v}" is not a number`);
        attrs.weight = w;
      } else if (k === directedCol) {
        const d = v.trim().toLowerCase();
        if (!TRUE.has(d) && !FALSE.has(d)) throw new GraphFileError(file, `${at}, column ${names[k]}`, `"${v}" is not true or false`);
        directed = TRUE.has(d);
      } else if (k === typeCol && /^(un)?directed$/i.test(v.trim())) {
        directed = v.trim().toLowerCase() === 'directed';
      } else attrs[names[k]] = v;
    });
    graph.mergeNode(s);
    graph.mergeNode(t);
    if (directed) graph.addDirectedEdge(s, t, attrs);
    else graph.addUndirectedEdge(s, t, attrs);
  }
  return graph;
}
