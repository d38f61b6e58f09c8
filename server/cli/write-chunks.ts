/** Writes an export's chunks to standard output or a file as they come, minding backpressure. */
import { once } from 'node:events';
import fs from 'node:fs';
import type { Writable } from 'node:stream';
import { InvalidArgumentError } from '../domain/errors';
import type { Chunks } from './backend';

async function drainInto(chunks: Chunks, sink: Writable): Promise<void> {
  for await (const chunk of chunks) if (!sink.write(chunk)) await once(sink, 'drain');
}

/**
 * To `file` when given, else standard output. A file is written beside its target and renamed at
 * the end, so a failed export never leaves half a file (nor replaces a good one).
 */
export async function writeChunks(chunks: Chunks, file?: string): Promise<void> {
  if (file === undefined) return drainInto(chunks, process.stdout);
  const tmp = `${file}.${process.pid}.tmp`;
  let fd: number;
  try {
    fd = fs.openSync(tmp, 'w');
  } catch (e) {
    throw new InvalidArgumentError('out', `cannot write "${file}" (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const sink = fs.createWriteStream('', { fd });
  const failed = new Promise<never>((_, reject) => sink.once('error', reject));
  try {
    await Promise.race([drainInto(chunks, sink), failed]);
    sink.end();
    await Promise.race([once(sink, 'finish'), failed]);
    fs.renameSync(tmp, file);
  } catch (e) {
    sink.destroy();
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}
