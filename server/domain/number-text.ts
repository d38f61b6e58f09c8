/**
 * The one reading of a number typed by a person (a query string, a flag, an environment variable,
 * the page's address): the text must be exactly a number — a space around it is refused, not
 * trimmed away, so `limit=%201` is not read as 1, and `Number`'s other leniencies ("" as 0, "0x10",
 * "Infinity") are refused too — within [min, max] (above min when `open`); `whole` numbers are
 * digits only. Pure, so the page reads its address with it as the server reads its parameters.
 */

/** What a number may be. */
export interface NumberBounds {
  min: number;
  max: number;
  /** Digits only (no decimal part, no exponent). */
  whole?: boolean;
  /** `min` itself is refused. */
  open?: boolean;
  /** A word the caller takes instead of a number (`limit=none`), named in the message. */
  word?: string;
}

/** A number exactly as it may be written: a sign, digits, a decimal part, an exponent. */
const NUMBER_TEXT = /^-?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i;
const WHOLE_TEXT = /^-?\d+$/;

/** The number `text` writes within `bounds`, or what is wrong with it (a message's predicate). */
export function readNumber(text: string, { min, max, whole = false, open = false, word = '' }: NumberBounds): { value: number } | { problem: string } {
  if (!(whole ? WHOLE_TEXT : NUMBER_TEXT).test(text)) {
    return { problem: `must be ${whole ? 'a whole number' : 'a number'}${word ? ` or "${word}"` : ''}, got ${JSON.stringify(text)}` };
  }
  const n = Number(text);
  if (whole && (n < min || n > max)) return { problem: `must be between ${min} and ${max}, got ${n}` };
  if (!whole && (n > max || (open ? n <= min : n < min))) return { problem: `must be ${open ? 'above' : 'at least'} ${min} and at most ${max}, got ${n}` };
  return { value: n };
}
