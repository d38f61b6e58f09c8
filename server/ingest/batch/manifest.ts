/**
 * A batch manifest: one row per file with its publication details, as CSV (header row naming the
 * columns path, outlet, date, title, url) or JSON Lines (one object per line with those keys).
 * Paths are relative to the manifest's folder. Rows are keyed by resolved path in a Map.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { InvalidArgumentError } from '../../domain/errors';
import { META_FIELDS, type DocumentMeta } from './metadata';

export type Manifest = Map<string, DocumentMeta>;

function rowMeta(row: Record<string, unknown>, where: string): [string, DocumentMeta] {
  const own = (k: string): unknown => (Object.prototype.hasOwnProperty.call(row, k) ? row[k] : undefined);
  const file = own('path');
  if (typeof file !== 'string' || !file.trim()) throw new InvalidArgumentError('manifest', `${where}: "path" is missing`);
  const meta: DocumentMeta = {};
  for (const k of META_FIELDS) {
    const v = own(k);
    if (v === undefined || v === null || v === '') continue;
    if (typeof v !== 'string') throw new InvalidArgumentError('manifest', `${where}: "${k}" must be text`);
    meta[k] = v.trim();
  }
  return [file.trim(), meta];
}

/** Reads a manifest file (.csv, else JSON Lines); a bad line fails the whole manifest, naming the line. */
export function readManifest(file: string): Manifest {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new InvalidArgumentError('manifest', `${file} cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const base = path.dirname(path.resolve(file));
  const rows: [string, DocumentMeta][] = [];
  if (/\.csv$/i.test(file)) {
    let records: Record<string, unknown>[];
    try {
      records = parseCsv(text, { columns: true, skip_empty_lines: true, trim: true, bom: true }) as Record<string, unknown>[];
    } catch (e) {
      throw new InvalidArgumentError('manifest', `${file} is not valid CSV (${(e as Error).message})`);
    }
    records.forEach((r, i) => rows.push(rowMeta(r, `${file} row ${i + 2}`)));
  } else {
    text.split(/\r?\n/).forEach((line, i) => {
      if (!line.trim()) return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        throw new InvalidArgumentError('manifest', `${file} line ${i + 1} is not valid JSON`);
      }
      if (!value || typeof value !== 'object' || Array.isArray(value)) throw new InvalidArgumentError('manifest', `${file} line ${i + 1} must be a JSON object`);
      rows.push(rowMeta(value as Record<string, unknown>, `${file} line ${i + 1}`));
    });
  }
  return new Map(rows.map(([p, m]) => [path.resolve(base, p), m]));
}
