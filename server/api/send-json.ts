/**
 * JSON answers written piece by piece with backpressure: a client that does not read holds one
 * chunk of its answer, never the whole answer as one string (200 such clients of a several-MB
 * graph would otherwise hold a copy each).
 */
import type { Response } from 'express';
import { Turn } from '../algorithms/turns';

/** Pieces are joined up to about this size before a write: few syscalls, little held per client. */
const CHUNK_CHARS = 16 * 1024;

const isPlainObject = (v: unknown): v is Record<string, unknown> => {
  if (v === null || typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
};

/** What JSON.stringify leaves out of an object (and writes as null in an array). */
const skipped = (v: unknown): boolean => v === undefined || typeof v === 'function' || typeof v === 'symbol';

/** Values marked by `serialisedOnce`, the pieces of those already serialised, and the text of their list items. */
const reused = new WeakSet<object>();
const texts = new WeakMap<object, string[]>();
const itemTexts = new WeakMap<object, string>();

/**
 * Marks `value`, which must not change from now on (nor anything in it), as serialised once: its
 * text is kept while the value lives and written again wherever the value is (an actor's
 * relations, the same for a data version, in each panel answer made while its centralities are
 * measured); so is the text of each object in its lists, for a later value that holds the same
 * objects (the relations of the next version, most of them unchanged); and a marked list's
 * UTF-8 bytes, for jsonBytes to hand on (a list carried to the next version as it is). Returns `value`.
 */
export function serialisedOnce<T extends object>(value: T): T {
  reused.add(value);
  return value;
}

/**
 * The text JSON.stringify(value) gives, in pieces: objects field by field, arrays item by item,
 * each item stringified whole (items are small; lists are what grows); a value marked by
 * `serialisedOnce` as the pieces kept from its first time.
 */
export function* jsonPieces(value: unknown, marked = false): Generator<string> {
  if (value === null || typeof value !== 'object' || !reused.has(value)) return yield* freshPieces(value, marked);
  const known = texts.get(value);
  if (known) return yield* known;
  const pieces: string[] = [];
  for (const p of freshPieces(value, true)) {
    pieces.push(p);
    yield p;
  }
  texts.set(value, pieces);
}

/** An item's JSON text (null where JSON.stringify writes null); kept for objects inside a marked value. */
function itemText(item: unknown, marked: boolean): string {
  if (skipped(item)) return 'null';
  if (!marked || item === null || typeof item !== 'object') return JSON.stringify(item);
  let text = itemTexts.get(item);
  if (text === undefined) itemTexts.set(item, (text = JSON.stringify(item)));
  return text;
}

/** `marked`: inside a value marked by serialisedOnce. */
function* freshPieces(value: unknown, marked: boolean): Generator<string> {
  if (Array.isArray(value)) {
    yield '[';
    for (let i = 0; i < value.length; i++) yield (i ? ',' : '') + itemText(value[i], marked);
    yield ']';
  } else if (isPlainObject(value)) {
    yield* objectPieces(value, (v) => jsonPieces(v, marked));
  } else {
    yield JSON.stringify(value) ?? 'null';
  }
}

/** An object's JSON text around its values' pieces as `valuePieces` writes them (values JSON leaves out are left out). */
function* objectPieces<T>(value: object, valuePieces: (v: unknown) => Iterable<T>): Generator<string | T> {
  let sep = '{';
  for (const [key, v] of Object.entries(value)) {
    if (skipped(v)) continue;
    yield `${sep}${JSON.stringify(key)}:`;
    yield* valuePieces(v);
    sep = ',';
  }
  yield sep === '{' ? '{}' : '}';
}

/** `pieces` joined into chunks of about CHUNK_CHARS. */
function* chunked(pieces: Iterable<string>): Generator<string> {
  let buf = '';
  for (const p of pieces) {
    buf += p;
    if (buf.length >= CHUNK_CHARS) {
      yield buf;
      buf = '';
    }
  }
  if (buf) yield buf;
}

/** JSON text of `value` in chunks of about CHUNK_CHARS. */
function jsonChunks(value: unknown): Generator<string> {
  return chunked(jsonPieces(value));
}

/** The UTF-8 bytes of lists marked by `serialisedOnce`, in parts, kept while the list lives. */
const encoded = new WeakMap<object, Buffer[]>();

/**
 * Items per block of a marked list's bytes, on average (see listParts). A block is encoded again
 * when an item in it changes: the busiest actor's panel lists thousands of relations (2 MB), and
 * encoding a whole list again at each change held the request thread tens of ms per panel read.
 */
const BLOCK_ITEMS = 64;

/** Each list item object's number, in the order first seen: every BLOCK_ITEMS-th closes a block. */
const itemNumbers = new WeakMap<object, number>();
let itemsNumbered = 0;

/**
 * Whether `item` closes a block. Decided once per item object, by the item itself and not by its
 * place, so an item added to or dropped from a list changes only the block it is in: a list made
 * from its last version (an actor's relations after an ingest) finds the other blocks unchanged.
 */
function closesBlock(item: unknown): boolean {
  if (item === null || typeof item !== 'object') return false;
  let n = itemNumbers.get(item);
  if (n === undefined) itemNumbers.set(item, (n = itemsNumbered++));
  return n % BLOCK_ITEMS === BLOCK_ITEMS - 1;
}

/** A block of a marked list: its items, and their JSON texts joined by commas as UTF-8. */
interface Block {
  items: readonly unknown[];
  bytes: Buffer;
}

/** Blocks by their first item: found again while the same items follow it in the same order. */
const blocks = new WeakMap<object, Block>();

const [OPEN, COMMA, CLOSE] = ['[', ',', ']'].map((c) => Buffer.from(c));

/**
 * The UTF-8 bytes of a marked list, block by block: blocks whose items are the same objects as in
 * a block encoded before (in this list or an earlier one) are handed on, the others encoded.
 */
function* listParts(list: readonly unknown[]): Generator<Buffer> {
  yield OPEN;
  for (let from = 0, to: number; from < list.length; from = to) {
    to = from + 1;
    while (to < list.length && !closesBlock(list[to - 1])) to++;
    const first = list[from];
    const key = first !== null && typeof first === 'object' ? first : undefined;
    let block = key && blocks.get(key);
    if (!block || block.items.length !== to - from || block.items.some((x, k) => x !== list[from + k])) {
      const items = list.slice(from, to);
      block = { items, bytes: Buffer.from(items.map((x) => itemText(x, true)).join(','), 'utf8') };
      if (key) blocks.set(key, block);
    }
    if (from) yield COMMA;
    yield block.bytes;
  }
  yield CLOSE;
}

/**
 * jsonPieces with each list marked by `serialisedOnce` as its UTF-8 bytes, encoded the first time
 * and written again after: an answer made again and again around the same lists (an actor's panel
 * while its centralities are measured) copies only its own few fields; a list made anew around
 * the same items (the same actor's relations after a change) encodes only its blocks that changed.
 */
function* byteParts(value: unknown, marked: boolean): Generator<string | Buffer> {
  if (Array.isArray(value) && reused.has(value)) {
    const known = encoded.get(value);
    if (known) return yield* known;
    const made: Buffer[] = [];
    for (const part of listParts(value)) {
      made.push(part);
      yield part;
    }
    encoded.set(value, made);
  } else if (isPlainObject(value)) {
    const inside = marked || reused.has(value);
    yield* objectPieces(value, (v) => byteParts(v, inside));
  } else {
    yield* jsonPieces(value, marked);
  }
}

/**
 * The UTF-8 bytes of JSON.stringify(value), in parts of about CHUNK_CHARS, made a few milliseconds
 * at a time with other work (reads, ingests) served in between: a several-MB graph takes tens of
 * milliseconds to serialise. Parts, not one Buffer: joining them copied megabytes in one task.
 */
export async function jsonBytes(value: unknown): Promise<Buffer[]> {
  const parts: Buffer[] = [];
  const turn = new Turn();
  let buf = '';
  for (const part of byteParts(value, false)) {
    if (typeof part === 'string') buf += part;
    if (buf && (typeof part !== 'string' || buf.length >= CHUNK_CHARS)) {
      parts.push(Buffer.from(buf, 'utf8'));
      buf = '';
    }
    if (typeof part !== 'string') parts.push(part);
    if (turn.over()) await turn.pause();
  }
  if (buf) parts.push(Buffer.from(buf, 'utf8'));
  return parts;
}

/** Resolves when the response can take more, or has closed (the client left). */
const writable = (res: Response): Promise<void> =>
  new Promise((resolve) => {
    const done = (): void => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });

/**
 * Characters or bytes of an answer written in one turn of the event loop at most. A loopback client
 * that reads as fast as it is written never makes the server wait for it, so a whole answer went
 * out in one turn (writes whose drain comes on the next tick): the busiest actor's 1.8 MB panel
 * held the request thread 2–10 ms per read in socket writes alone, and whatever else that turn ran
 * came on top.
 */
const TURN_CHARS = 256 * 1024;

/** Writes `chunks` as a JSON answer, waiting for the client whenever its buffer is full, and giving other work a turn between pieces of a big answer. */
export async function writeJson(res: Response, chunks: Iterable<string | Buffer>, status = 200): Promise<void> {
  res.status(status).type('application/json');
  const turn = new Turn();
  let written = 0;
  for (const chunk of chunks) {
    if (res.destroyed) return;
    if (!res.write(chunk)) await writable(res);
    written += chunk.length;
    if (written >= TURN_CHARS || turn.over()) {
      await turn.pause();
      written = 0;
    }
  }
  if (!res.destroyed) res.end();
}

/** Writes `value` as a JSON answer, serialised only as fast as the client reads. */
export function sendJson(res: Response, value: unknown, status = 200): Promise<void> {
  return writeJson(res, jsonChunks(value), status);
}
