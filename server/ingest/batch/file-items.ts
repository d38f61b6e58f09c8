/**
 * Batch items read from files: each file's own metadata, overridden by its manifest row, over the
 * batch's defaults (flags). What is still missing is that file's error, naming the fields.
 */
import fs from 'node:fs';
import path from 'node:path';
import { InvalidArgumentError } from '../../domain/errors';
import { decodeUtf8, MAX_TEXT_BYTES, parseDocumentInput, PayloadTooLargeError, type DocumentInput } from '../input';
import type { Manifest } from './manifest';
import { fileMeta, META_FIELDS, type DocumentMeta } from './metadata';
import type { BatchItem } from './run-batch';

/** Fields every document needs; the rest are optional. */
const REQUIRED: (keyof DocumentMeta)[] = ['outlet', 'date'];

function merged(...layers: DocumentMeta[]): DocumentMeta {
  const out: DocumentMeta = {};
  for (const layer of layers) for (const k of META_FIELDS) if (layer[k] !== undefined) out[k] = layer[k];
  return out;
}

export function readFileInput(file: string, defaults: DocumentMeta, manifest: Manifest | undefined, format?: string): DocumentInput {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    throw new InvalidArgumentError(file, `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (bytes.length > MAX_TEXT_BYTES) throw new PayloadTooLargeError(file);
  const text = decodeUtf8(bytes, file);
  const meta = merged(defaults, fileMeta(text), manifest?.get(path.resolve(file)) ?? {});
  const missing = REQUIRED.filter((k) => meta[k] === undefined);
  if (missing.length) {
    throw new InvalidArgumentError(missing.join(', '), 'not found in the file (front matter or HTML metadata) nor the manifest; give it there or as a flag (--outlet, --date)');
  }
  return parseDocumentInput({ text, ...meta, ...(format ? { format } : {}) });
}

export function fileItems(files: string[], defaults: DocumentMeta, manifest?: Manifest, format?: string): BatchItem[] {
  return files.map((file) => ({ label: file, load: async () => readFileInput(file, defaults, manifest, format) }));
}
