/**
 * A request body's text. JSON is UTF-8 (RFC 8259): a body that declares another charset is refused
 * naming Content-Type, one whose bytes are not UTF-8 naming the body, on every write route alike
 * (body-parser's own reading would put U+FFFD in place of bad bytes and store that).
 */
import type { Request } from 'express';
import { ActorGraphError } from '../domain/errors';
import { decodeUtf8 } from '../ingest/input';

/** The refusal of a body in another charset than UTF-8. */
export const charsetRefused = (charset: string): ActorGraphError =>
  new ActorGraphError(`Content-Type: charset must be utf-8 (JSON is UTF-8), got "${charset}"`, 'unsupported_media_type', 415);

/** The refusal of a body in a Content-Encoding the server cannot undo, or whose bytes do not undo. */
export const encodingRefused = (encoding: string | undefined): ActorGraphError =>
  encoding
    ? new ActorGraphError(`Content-Encoding: "${encoding}" is not one of identity, gzip, deflate, br`, 'unsupported_media_type', 415)
    : new ActorGraphError('body: could not be decompressed as its Content-Encoding says', 'bad_request', 400);

const CHARSET = /;\s*charset\s*=\s*"?([^";\s]+)"?/i;

/** The body's bytes (express.raw) as text, refused as said above. */
export function utf8Body(req: Request, bytes: Buffer): string {
  const charset = CHARSET.exec(req.get('content-type') ?? '')?.[1];
  if (charset && !/^utf-?8$/i.test(charset)) throw charsetRefused(charset);
  return decodeUtf8(bytes, 'body');
}

/** body-parser's `verify` for a JSON body: bytes that are not UTF-8 are refused before they are read. */
export const verifyUtf8 = (_req: unknown, _res: unknown, bytes: Buffer): void => void decodeUtf8(bytes, 'body');
