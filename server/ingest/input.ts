/**
 * A document submitted for ingestion: its schema and the checks on raw bytes (size, UTF-8) that
 * must happen before any JSON or text is trusted.
 */
import { z } from 'zod';
import { ActorGraphError, InvalidArgumentError } from '../domain/errors';
import { hasLoneSurrogate, normalizeName } from '../domain/names';
import { isoDateSchema, textSchema, webUrlSchema } from '../domain/schema';
import { FORMAT_CHOICES } from './normalise';

/** Largest article accepted, in bytes of UTF-8. */
export const MAX_TEXT_BYTES = 1_000_000;

/**
 * A one-line label (an outlet, a title) in the normal form of names (names.ts): controls, format
 * characters and runs of white space would otherwise be stored, drawn and exported as given ("W\u0007ire",
 * a title split over lines).
 */
const label = (max: number): z.ZodType<string, string> => textSchema().transform(normalizeName).pipe(z.string().min(1, 'must not be empty').max(max));

export const documentInputSchema = z.strictObject({
  text: textSchema()
    // A NUL is in no article: the bytes are of another encoding (UTF-16 read as UTF-8 has one every other byte) or not text.
    .refine((t) => !t.includes('\0'), { message: 'holds a NUL character (U+0000): not text (a UTF-16 or binary file?)', abort: true })
    .refine((t) => t.trim().length > 0, 'must not be empty')
    .refine((t) => Buffer.byteLength(t, 'utf8') <= MAX_TEXT_BYTES, `must be at most ${MAX_TEXT_BYTES} bytes`),
  outlet: label(200),
  date: isoDateSchema,
  title: label(500).optional(),
  url: webUrlSchema.refine((s) => !hasLoneSurrogate(s), 'holds a lone surrogate').optional(),
  /** How `text` is written; detected when absent or `auto`. */
  format: z.enum(FORMAT_CHOICES).optional(),
});

export type DocumentInput = z.infer<typeof documentInputSchema>;

/** Text over the size limit: 413 over HTTP. */
export class PayloadTooLargeError extends ActorGraphError {
  constructor(readonly field: string) {
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
