/**
 * A byte stream → chunks of whole lines, for parsing on other threads. A chunk ends at the first
 * newline at or after CHUNK_BYTES bytes, so where chunks end depends only on the bytes, never on
 * how the stream delivered them: the same file always gives the same chunks, and results merged
 * chunk by chunk are the same on one thread or many. Cutting at a newline byte never splits a
 * UTF-8 character. Memory is one chunk plus a line: once the unfinished last line passes DROP_BYTES,
 * its bytes are dropped up to its end and it comes out as a `too-long` piece in its place (a long
 * line that ends within the bytes at hand stays in its chunk; chunk-parse.ts checks its length).
 */
import type { Readable } from 'node:stream';
import { DataValidationError } from '../domain/errors';

/**
 * Longest line kept, in characters (UTF-16 units, as JavaScript counts them, the line's CR
 * included). GDELT rows are under 2 KB; anything near this is not a GDELT row.
 */
export const MAX_LINE = 1 << 20;

/**
 * Bytes past which an unfinished line is dropped unread: a character takes at most 3 UTF-8 bytes
 * per UTF-16 unit (a malformed byte decodes to one unit), so such a line is over MAX_LINE
 * characters whatever it holds. A shorter line is decoded and measured in characters.
 */
const DROP_BYTES = 3 * MAX_LINE;

/**
 * Bytes per chunk: large enough that a chunk's hand-over and merge cost little beside its parse
 * (about 20,000 rows), small enough that a few chunks in flight per thread hold little memory.
 */
export const CHUNK_BYTES = 4 << 20;

/** Whole lines, in their own ArrayBuffer (so it can be moved to a worker), or one over-long line. */
export type Piece = { kind: 'lines'; bytes: Uint8Array } | { kind: 'too-long' };

const NEWLINE = 10;

/** The parts' bytes in one new buffer that shares memory with nothing (not zeroed first: every byte is written). */
function owned(parts: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(Buffer.allocUnsafeSlow(size).buffer, 0, size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The stream's pieces in order; a stream error becomes a DataValidationError naming the file. */
export async function* chunksOf(stream: Readable, file: string, chunkBytes = CHUNK_BYTES): AsyncGenerator<Piece> {
  let parts: Uint8Array[] = [];
  let size = 0;
  // Offset in the chunk where its unfinished last line starts.
  let lineStart = 0;
  // While true, the current line has passed DROP_BYTES: its bytes are dropped up to its end.
  let skipping = false;
  try {
    for await (const data of stream) {
      let b = data as Buffer;
      while (b.length > 0) {
        if (skipping) {
          const nl = b.indexOf(NEWLINE);
          if (nl < 0) break;
          b = b.subarray(nl + 1);
          skipping = false;
          yield { kind: 'too-long' };
          continue;
        }
        const nl = size + b.length >= chunkBytes ? b.indexOf(NEWLINE, Math.max(0, chunkBytes - 1 - size)) : -1;
        if (nl >= 0) {
          parts.push(b.subarray(0, nl + 1));
          size += nl + 1;
          yield { kind: 'lines', bytes: owned(parts, size) };
          parts = [];
          size = lineStart = 0;
          b = b.subarray(nl + 1);
          continue;
        }
        const last = b.lastIndexOf(NEWLINE);
        if (last >= 0) lineStart = size + last + 1;
        parts.push(b);
        size += b.length;
        if (size - lineStart > DROP_BYTES) {
          if (lineStart > 0) yield { kind: 'lines', bytes: owned(parts, size).slice(0, lineStart) };
          parts = [];
          size = lineStart = 0;
          skipping = true;
        }
        break;
      }
    }
  } catch (e) {
    if (e instanceof DataValidationError) throw e;
    throw new DataValidationError(file, undefined, undefined, `cannot be read (${(e as Error).message})`);
  }
  if (skipping) yield { kind: 'too-long' };
  else if (size > 0) yield { kind: 'lines', bytes: owned(parts, size) };
}
