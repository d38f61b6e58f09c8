/**
 * Streams the lines of a text file, plain, gzipped (`.gz`) or a one-file zip (`.zip`), calling
 * back synchronously for each line with its 1-based number. Chunks are decoded as UTF-8 and split
 * by hand: one await per megabyte rather than one promise per line, as `readline`'s async
 * iterator would cost. Memory is about one chunk plus one line; a line longer than MAX_LINE is
 * reported and skipped, and never buffered beyond MAX_LINE.
 */
import fs from 'node:fs';
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import zlib from 'node:zlib';
import { DataValidationError } from '../domain/errors';
import { openZipEntry } from './zip';

/** Longest line kept. GDELT rows are under 2 KB; anything near this is not a GDELT row. */
export const MAX_LINE = 1 << 20;
const CHUNK = 1 << 20;

export interface LineHandler {
  line(text: string, lineNumber: number): void;
  /** A line longer than MAX_LINE characters, skipped. */
  tooLong(lineNumber: number): void;
}

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

/** Reads every line of the stream; resolves with the number of lines. */
export async function forEachLine(stream: Readable, handler: LineHandler, file: string): Promise<number> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let lineNumber = 0;
  // While true, the current line has passed MAX_LINE: drop text up to its end.
  let skipping = false;
  const emit = (text: string): void => {
    lineNumber++;
    if (skipping || text.length > MAX_LINE) {
      skipping = false;
      handler.tooLong(lineNumber);
      return;
    }
    handler.line(text.charCodeAt(text.length - 1) === 13 ? text.slice(0, -1) : text, lineNumber);
  };
  const take = (text: string): void => {
    let start = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      emit(text.slice(start, nl));
      start = nl + 1;
    }
    rest = skipping ? '' : text.slice(start);
    if (rest.length > MAX_LINE) {
      skipping = true;
      rest = '';
    }
  };
  try {
    for await (const chunk of stream) take(rest + decoder.write(chunk as Buffer));
  } catch (e) {
    if (e instanceof DataValidationError) throw e;
    throw new DataValidationError(file, undefined, undefined, `cannot be read (${(e as Error).message})`);
  }
  const last = rest + decoder.end();
  if (last.length > 0 || skipping) emit(last);
  return lineNumber;
}
