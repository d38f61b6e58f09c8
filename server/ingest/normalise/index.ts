/**
 * Input normalisation: whatever format an article arrives in (plain, hard-wrapped, Markdown,
 * HTML), one clean text is stored as the document and given to extraction, so quotes are
 * sentences of what a reader sees, never markup, headings or page furniture. Paragraphs are
 * separated by blank lines.
 */
import { InvalidArgumentError } from '../../domain/errors';
import { detectFormat, type FormatChoice, type InputFormat } from './format';
import { htmlToText } from './html';
import { markdownToText } from './markdown';
import { unwrapText } from './wrapped';

export { detectFormat, FORMAT_CHOICES, INPUT_FORMATS, type FormatChoice, type InputFormat } from './format';

export interface NormalisedText {
  text: string;
  /** The format the text was read as (detected when `auto`). */
  format: InputFormat;
  /** A title found in the markup (front matter, first heading, h1 or <title>). */
  title?: string;
}

/** Plain text: only line endings change (CRLF and CR become LF). */
const plain = (text: string): string => text.replace(/\r\n?/g, '\n');

/** Reads `text` as `choice` (default: detected) and returns the text to store. */
export function normaliseText(text: string, choice: FormatChoice = 'auto'): NormalisedText {
  const format = choice === 'auto' ? detectFormat(text) : choice;
  let out: { text: string; title?: string };
  if (format === 'html') out = htmlToText(text);
  else if (format === 'markdown') out = markdownToText(text);
  else if (format === 'wrapped') out = { text: unwrapText(text) };
  else out = { text: plain(text) };
  if (!out.text.trim()) throw new InvalidArgumentError('text', `has no article text once read as ${format}`);
  return { format, ...out };
}

/** A document input with its text normalised and, when none was given, the title its markup names. */
export function normaliseDocument<T extends { text: string; title?: string; format?: FormatChoice }>(input: T): Omit<T, 'format'> {
  const { format, ...rest } = input;
  const n = normaliseText(input.text, format);
  return { ...rest, text: n.text, ...(rest.title === undefined && n.title ? { title: n.title.slice(0, 500) } : {}) };
}
