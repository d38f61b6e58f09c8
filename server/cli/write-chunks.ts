/** Writes an export's chunks, a dump or a backup to standard output or a file, never leaving half a file. */
import { once } from 'node:events';
import fs from 'node:fs';
import type { Writable } from 'node:stream';
import { InvalidArgumentError } from '../domain/errors';
import type { Chunks } from './backend';

async function drainInto(chunks: Chunks, sink: Writable): Promise<void> {
  for await (const chunk of chunks) if (!sink.write(chunk)) await once(sink, 'drain');
}

/** The refusal of a file the CLI cannot write, naming the option or argument that gave it. */
export const cannotWrite = (field: string, file: string, e: unknown): InvalidArgumentError =>
  new InvalidArgumentError(field, `cannot write "${file}" (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);

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
    throw cannotWrite('out', file, e);
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

/** `text` into `file` as writeChunks writes one (beside it, then renamed), refused naming `out` when it cannot be. */
export function writeTextFile(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, text);
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw cannotWrite('out', file, e);
  }
}
