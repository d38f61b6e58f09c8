/**
 * Opens a GDELT file as a byte stream, plain, gzipped (`.gz`) or a one-file zip (`.zip`),
 * decompressed as it streams, in reads of 1 MiB.
 */
import fs from 'node:fs';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { DataValidationError } from '../domain/errors';
import { openZipEntry } from './zip';

/** Bytes per read. */
const CHUNK = 1 << 20;

/** Opens a file for reading, decompressing by extension. Missing files fail with their name. */
export function openText(file: string): Readable {
  try {
    fs.accessSync(file, fs.constants.R_OK);
  } catch (e) {
    throw new DataValidationError(file, undefined, undefined, `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const lower = file.toLowerCase();
  if (lower.endsWith('.zip')) return openZipEntry(file, CHUNK);
  const raw = fs.createReadStream(file, { highWaterMark: CHUNK });
  if (!lower.endsWith('.gz')) return raw;
  const gunzip = zlib.createGunzip();
  raw.on('error', (e) => gunzip.destroy(e));
  gunzip.on('error', () => raw.destroy());
  return raw.pipe(gunzip);
}
