/**
 * Labels that open a line of a transcript or a fact sheet: a speaker ("THE PRESIDENT:",
 * "SECRETARY BLINKEN:", "MS. RUIZ:", "Q:", "Q"), a short heading ("Timeline:", "Fact Sheet:") or
 * a date ("December 1, 2024:"). What follows a label begins a sentence of its own ("SMITH:
 * Immediately designated …"): its first word is capitalised for that reason alone.
 */
import { APOSTROPHES } from './normalize';

/** A speaker's words in capitals ("SECRETARY BLINKEN", "MS. RUIZ"). */
const SPEAKER = String.raw`(?:[A-Z][A-Z.${APOSTROPHES}-]*\s+){0,5}[A-Z][A-Z.${APOSTROPHES}-]*`;

/** A speaker label opening a transcript paragraph, its words in capitals (group 1). */
export const SPEAKER_LABEL = new RegExp(String.raw`^\s*(${SPEAKER})\s*:`);

/**
 * A line's label, after an optional list bullet: a speaker's, or up to three capitalised words
 * ("Timeline"), or a date ("December 1, 2024"), then a colon; or a transcript's bare question
 * label ("Q Recognizing …", "Q. Did …"). A capital follows, after an opening quote if any
 * ("THEN: “Honored to …").
 */
const LINE_LABEL = new RegExp(
  String.raw`^(\s*(?:[-–•*]\s+)?)(?:(${SPEAKER}|(?:\p{Lu}[\p{Ll}${APOSTROPHES}-]*\s+){0,2}\p{Lu}[\p{Ll}${APOSTROPHES}-]*|\p{Lu}\p{Ll}+\.?\s+\d{1,2}(?:,\s+\d{4})?)\s*:|(Q)\.?)\s+(?=["“‘]?\p{Lu})`,
  'u',
);

/**
 * Rule `labelOpensSentence`: where the label of a line ends and its sentence begins, as offsets
 * into `text` (its label's words from `labelStart` to `labelEnd`, the sentence from `textStart`),
 * or undefined when the text opens with no label.
 */
export function lineLabel(text: string): { labelStart: number; labelEnd: number; textStart: number } | undefined {
  const m = LINE_LABEL.exec(text);
  if (!m) return undefined;
  const labelStart = m[1].length;
  return { labelStart, labelEnd: labelStart + (m[2] ?? m[3]).length, textStart: m[0].length };
}
