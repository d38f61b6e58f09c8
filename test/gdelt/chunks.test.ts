/**
 * Cutting a GDELT byte stream into chunks of whole lines: the chunks put back together are the
 * input, each ends at a line end, where they end does not depend on how the stream delivered the
 * bytes, and a line far over the limit is dropped as it streams instead of being buffered.
 */
import { Readable } from 'node:stream';
import { chunksOf, MAX_LINE } from '../../server/gdelt/chunks';
import type { Piece } from '../../server/gdelt/chunks';

/** The input delivered in reads of `read` bytes. */
function streamOf(input: Buffer, read: number): Readable {
  const parts: Buffer[] = [];
  for (let at = 0; at < input.length; at += read) parts.push(input.subarray(at, at + read));
  return Readable.from(parts, { objectMode: false });
}

async function piecesOf(input: Buffer, read: number, chunkBytes: number): Promise<Piece[]> {
  const out: Piece[] = [];
  for await (const p of chunksOf(streamOf(input, read), 'test.CSV', chunkBytes)) out.push(p);
  return out;
}

const bytesOf = (pieces: Piece[]): Buffer[] => pieces.map((p) => (p.kind === 'lines' ? Buffer.from(p.bytes) : Buffer.from('<too-long>')));

// Lines of varying length, some CRLF, some with multi-byte characters, no newline at the end.
const lines = Array.from({ length: 400 }, (_, i) => `${i}\t${'é€𝄞x'.repeat(i % 17)}${i % 5 === 0 ? '\r' : ''}`);
const input = Buffer.from(lines.join('\n'));

test.each([1, 7, 100, 4096, input.length])('chunks are whole lines and the same for reads of %i bytes', async (read) => {
  const pieces = await piecesOf(input, read, 1000);
  expect(Buffer.concat(bytesOf(pieces)).equals(input)).toBe(true);
  const reference = bytesOf(await piecesOf(input, input.length, 1000));
  expect(bytesOf(pieces)).toEqual(reference);
  for (const [i, p] of pieces.entries()) {
    if (p.kind !== 'lines') throw new Error('no line here is too long');
    const last = i === pieces.length - 1;
    if (!last) {
      // Ends at the first newline at or after the chunk size: never splits a line or a character.
      expect(p.bytes[p.bytes.length - 1]).toBe(10);
      expect(p.bytes.length).toBeGreaterThanOrEqual(1000);
      expect(p.bytes.subarray(999, p.bytes.length - 1).includes(10)).toBe(false);
    }
    // Its own buffer, so it can be moved to another thread without taking the rest along.
    expect(p.bytes.byteOffset).toBe(0);
    expect(p.bytes.buffer.byteLength).toBe(p.bytes.length);
  }
  expect(pieces.length).toBeGreaterThan(10);
});

test('a line over 3 × MAX_LINE bytes becomes one too-long piece in its place; a shorter one stays for the parser to measure', async () => {
  const huge = 'y'.repeat(4 * MAX_LINE);
  const long = 'x'.repeat(MAX_LINE + 5);
  const text = Buffer.from(['a', 'b', huge, 'c', long, 'd', huge].join('\n'));
  const pieces = await piecesOf(text, 1 << 16, 1 << 20);
  expect(bytesOf(pieces).map((b) => b.toString())).toEqual(['a\nb\n', '<too-long>', `c\n${long}\n`, 'd\n', '<too-long>']);
});
