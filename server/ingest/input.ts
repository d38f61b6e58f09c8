/**
 * A document submitted for ingestion: its schema and the checks on raw bytes (size, UTF-8) that
 * must happen before any JSON or text is trusted.
 */
import { z } from 'zod';
import { ActorGraphError, InvalidArgumentError } from '../domain/errors';
import { hasLoneSurrogate } from '../domain/names';
import { isoDateSchema, webUrlSchema } from '../domain/schema';
import { FORMAT_CHOICES } from './normalise';

/** Largest article accepted, in bytes of UTF-8. */
export const MAX_TEXT_BYTES = 1_000_000;

/**
 * A string that is text: JSON's `\ud800` escapes can name half a surrogate pair, which no UTF-8
 * store can hold (SQLite would keep U+FFFD instead, so quotes would no longer match their offsets).
 * Checked first, so the field is named before anything else looks at it.
 */
const text = (): z.ZodString =>
  z.string().refine((s) => !hasLoneSurrogate(s), { message: 'holds a lone surrogate (half of a UTF-16 pair, \\uD800–\\uDFFF), which is not text', abort: true });

export const documentInputSchema = z.strictObject({
  text: text()
    .refine((t) => t.trim().length > 0, 'must not be empty')
    .refine((t) => Buffer.byteLength(t, 'utf8') <= MAX_TEXT_BYTES, `must be at most ${MAX_TEXT_BYTES} bytes`),
  outlet: text().trim().min(1, 'must not be empty').max(200),
  date: isoDateSchema,
  title: text().trim().min(1, 'must not be empty').max(500).optional(),
  url: webUrlSchema.refine((s) => !hasLoneSurrogate(s), 'holds a lone surrogate').optional(),
  /** How `text` is written; detected when absent or `auto`. */
  format: z.enum(FORMAT_CHOICES).optional(),
});

export type DocumentInput = z.infer<typeof documentInputSchema>;

/** Text over the size limit: 413 over HTTP. */
export class PayloadTooLargeError extends ActorGraphError {
  constructor(field: string) {
    super(`${field}: larger than ${MAX_TEXT_BYTES} bytes`, 'payload_too_large', 413);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes bytes as strict UTF-8, naming `field` when they are not. */
export function decodeUtf8(bytes: Uint8Array, field: string): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new InvalidArgumentError(field, 'is not valid UTF-8');
  }
}

/** Validates a parsed input object; the error names the first bad field. */
export function parseDocumentInput(value: unknown): DocumentInput {
  if (value && typeof value === 'object' && typeof (value as { text?: unknown }).text === 'string') {
    if (Buffer.byteLength((value as { text: string }).text, 'utf8') > MAX_TEXT_BYTES) throw new PayloadTooLargeError('text');
  }
  const res = documentInputSchema.safeParse(value);
  if (res.success) return res.data;
  const issue = res.error.issues[0];
  if (issue.code === 'unrecognized_keys') throw new InvalidArgumentError(issue.keys.join(', '), 'unknown field');
  const field = issue.path.map(String).join('.') || 'body';
  throw new InvalidArgumentError(field, issue.message);
}
