/**
 * Reads the one file inside a zip archive as a stream, without a zip library: GDELT publishes
 * each export as a one-entry `.zip`. The central directory (at the end of the archive) gives the
 * entry's method, sizes, CRC and offset; the data is then streamed from disk through
 * zlib.createInflateRaw and its CRC-32 checked at the end. Memory does not depend on the size.
 * Stored (0) and deflated (8) entries are read; zip64, encryption and several entries are refused.
 */
import fs from 'node:fs';
import { Transform } from 'node:stream';
import type { Readable, TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream';
import zlib from 'node:zlib';
import { DataValidationError } from '../domain/errors';

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  dataOffset: number;
}

function readAt(fd: number, position: number, length: number): Buffer {
  const buf = Buffer.alloc(length);
  const read = fs.readSync(fd, buf, 0, length, position);
  return buf.subarray(0, read);
}

/** Finds the single file entry of the archive and where its data starts. */
function locateEntry(file: string): ZipEntry {
  const fail = (detail: string): never => {
    throw new DataValidationError(file, undefined, undefined, detail);
  };
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const tailLength = Math.min(size, EOCD_SIZE + MAX_COMMENT);
    const tail = readAt(fd, size - tailLength, tailLength);
    let eocd = -1;
    for (let i = tail.length - EOCD_SIZE; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD_SIGNATURE) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) return fail('is not a zip archive (no end-of-central-directory record)');
    const entries = tail.readUInt16LE(eocd + 10);
    const cdSize = tail.readUInt32LE(eocd + 12);
    const cdOffset = tail.readUInt32LE(eocd + 16);
    if (entries === 0xffff || cdOffset === 0xffffffff) return fail('is a zip64 archive, which is not supported (unzip it first)');
    const cd = readAt(fd, cdOffset, cdSize);
    const files: ZipEntry[] = [];
    for (let p = 0, i = 0; i < entries; i++) {
      if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL_SIGNATURE) return fail(`zip central directory is damaged at entry ${i + 1}`);
      const flags = cd.readUInt16LE(p + 8);
      const nameLength = cd.readUInt16LE(p + 28);
      const name = cd.toString('utf8', p + 46, p + 46 + nameLength);
      const entry = {
        name,
        method: cd.readUInt16LE(p + 10),
        crc: cd.readUInt32LE(p + 16),
        compressedSize: cd.readUInt32LE(p + 20),
        dataOffset: cd.readUInt32LE(p + 42),
      };
      p += 46 + nameLength + cd.readUInt16LE(p + 30) + cd.readUInt16LE(p + 32);
      if (name.endsWith('/')) continue;
      if (flags & 1) return fail(`zip entry "${name}" is encrypted`);
      files.push(entry);
    }
    if (files.length !== 1) return fail(`zip archive holds ${files.length} files; expected exactly one`);
    const entry = files[0];
    if (entry.method !== 0 && entry.method !== 8) return fail(`zip entry "${entry.name}" uses compression method ${entry.method}; only stored and deflate are read`);
    // The local header repeats the name and has its own extra field: skip both to reach the data.
    const local = readAt(fd, entry.dataOffset, 30);
    if (local.length < 30 || local.readUInt32LE(0) !== LOCAL_SIGNATURE) return fail(`zip entry "${entry.name}" has no local header`);
    entry.dataOffset += 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    return entry;
  } finally {
    fs.closeSync(fd);
  }
}

/** Passes data through and fails at the end when its CRC-32 differs from the archive's. */
function crcCheck(file: string, entry: ZipEntry): Transform {
  let crc = 0;
  return new Transform({
    transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
      crc = zlib.crc32(chunk, crc);
      done(null, chunk);
    },
    flush(done: TransformCallback): void {
      if (crc >>> 0 === entry.crc >>> 0) done();
      else done(new DataValidationError(file, undefined, undefined, `zip entry "${entry.name}" is corrupt (CRC-32 mismatch)`));
    },
  });
}

/** The decompressed content of a one-file zip archive. Errors name the file. */
export function openZipEntry(file: string, highWaterMark: number): Readable {
  let entry: ZipEntry;
  try {
    entry = locateEntry(file);
  } catch (e) {
    if (e instanceof DataValidationError) throw e;
    throw new DataValidationError(file, undefined, undefined, `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const raw = fs.createReadStream(file, {
    start: entry.dataOffset,
    end: entry.dataOffset + entry.compressedSize - 1,
    highWaterMark,
  });
  const check = crcCheck(file, entry);
  const label = (e: Error): Error =>
    e instanceof DataValidationError ? e : new DataValidationError(file, undefined, undefined, `zip entry "${entry.name}" cannot be inflated (${e.message})`);
  // pipeline destroys every stage on failure; the last one carries the (labelled) error to the reader.
  if (entry.compressedSize === 0) {
    raw.destroy();
    check.end();
    return check;
  }
  if (entry.method === 0) return pipeline(raw, check, (e) => e && check.destroy(label(e)));
  return pipeline(raw, zlib.createInflateRaw(), check, (e) => e && check.destroy(label(e)));
}
