/**
 * The formats an article may arrive in, and how an unnamed one is recognised. Detection looks at
 * markup first (HTML tags, Markdown constructs), then at line lengths (hard wrapping).
 */
import { FRONT_MATTER } from './front-matter';
import { looksWrapped } from './wrapped';

export const INPUT_FORMATS = ['plain', 'wrapped', 'markdown', 'html'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];
/** What a caller may ask for: a format, or `auto` (the default) to detect it. */
export const FORMAT_CHOICES = [...INPUT_FORMATS, 'auto'] as const;
export type FormatChoice = (typeof FORMAT_CHOICES)[number];

/** Tags that only HTML has; two of them (or a doctype / <html>) make a text HTML. */
const HTML_TAG = /<\/?(?:p|div|span|a|br|h[1-6]|article|section|body|head|html|ul|ol|li|em|strong|b|i|figure|img|blockquote|header|footer|nav|time|table)\b[^>]*>/gi;
const HTML_START = /^\s*(?:<!doctype html|<html\b|<\?xml)/i;

/** Markdown constructs: front matter, ATX headings, images/links, emphasis, list and quote markers. */
const MARKDOWN_SIGNS: readonly RegExp[] = [
  FRONT_MATTER,
  /^#{1,6} \S/m,
  /!?\[[^\]\n]+\]\([^)\s]+(?:\s+"[^"]*")?\)/,
  /(?:\*\*|__)[^*_\n]+(?:\*\*|__)/,
  /^(?:[*+-]|\d+\.) \S/m,
  /^> \S/m,
  /^(?:=+|-+)\s*$/m,
];

/** HTML, Markdown, hard-wrapped or plain prose. */
export function detectFormat(text: string): InputFormat {
  if (HTML_START.test(text)) return 'html';
  // Front matter opens Markdown files, never HTML: raw HTML inside the Markdown (a <figure>, an
  // embedded post) is still Markdown, and read as HTML the page would lose its Markdown paragraphs.
  if (FRONT_MATTER.test(text)) return 'markdown';
  const tags = text.match(HTML_TAG)?.length ?? 0;
  if (tags >= 2) return 'html';
  const signs = MARKDOWN_SIGNS.filter((re) => re.test(text)).length;
  // A heading alone is decisive; otherwise two different signs (one "- " line or one "**" in prose
  // is not enough).
  if (/^#{1,6} \S/m.test(text) || signs >= 2) return 'markdown';
  return looksWrapped(text) ? 'wrapped' : 'plain';
}
