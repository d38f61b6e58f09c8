/**
 * Hard-wrapped plain text (mail, wire feeds: lines cut at about 72 columns). A line break inside a
 * paragraph is only a space: lines are joined, and a blank line, an indented line or a short line
 * ending a sentence ends the paragraph.
 */

/** Ends a sentence (with a closing quote or bracket after it). */
const SENTENCE_END = /[.!?…:]["'”’»)\]]*$/;
/** Lines longer than this are not the product of wrapping. */
const MAX_WRAP_WIDTH = 100;
/** Share of the wrap width under which a line ending a sentence ends its paragraph too. */
const SHORT_LINE = 0.7;

const lines = (text: string): string[] => text.replace(/\r\n?/g, '\n').split('\n');

/**
 * Whether line breaks fall inside sentences: in text with one paragraph per line, a line ends a
 * sentence; in wrapped text most lines followed by another stop mid-sentence.
 */
export function looksWrapped(text: string): boolean {
  const ls = lines(text).map((l) => l.trimEnd());
  const full = ls.filter((l) => l.trim());
  // A loop, not Math.max(...lines): spreading 200,000 lines overflows the call stack.
  if (full.length < 3 || full.some((l) => l.length > MAX_WRAP_WIDTH)) return false;
  let pairs = 0;
  let broken = 0;
  for (let i = 0; i + 1 < ls.length; i++) {
    if (!ls[i].trim() || !ls[i + 1].trim()) continue;
    pairs++;
    if (!SENTENCE_END.test(ls[i]) || /^\s*\p{Ll}/u.test(ls[i + 1])) broken++;
  }
  return broken >= 2 && broken >= pairs * 0.4;
}

function widthOf(ls: readonly string[]): number {
  const lengths = ls.filter((l) => l.trim()).map((l) => l.length).sort((a, b) => a - b);
  return lengths[Math.floor((lengths.length - 1) * 0.9)] ?? 0;
}

/** Joins two lines of one paragraph: a hyphen at a line end before a small letter stays ("cease-fire"). */
function join(a: string, b: string): string {
  if (/\p{L}-$/u.test(a) && /^\p{Ll}/u.test(b)) return a + b;
  return `${a} ${b}`;
}

/** Paragraphs of a hard-wrapped text, each on one line, separated by blank lines. */
export function unwrapText(text: string): string {
  const ls = lines(text).map((l) => l.trimEnd());
  const width = widthOf(ls);
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    if (current) paragraphs.push(current);
    current = '';
  };
  for (const line of ls) {
    if (!line.trim()) {
      flush();
      continue;
    }
    if (/^\s/.test(line)) flush();
    current = current ? join(current, line.trim()) : line.trim();
    if (SENTENCE_END.test(line) && line.length < width * SHORT_LINE) flush();
  }
  flush();
  return paragraphs.join('\n\n');
}
