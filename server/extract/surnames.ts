/**
 * A person's short name and their full name compared as written in news: "Erdogan" for "Recep
 * Tayyip Erdoğan", "Sisi" for "Abdel Fattah el-Sisi", "Abdul-Mahdi" for "Adil Abdul-Mahdi".
 */
import { fold } from './normalize';
import { NAME_PARTICLES } from './titles';
import { tokenize } from './tokens';

const PARTICLES: ReadonlySet<string> = new Set(NAME_PARTICLES);

/**
 * Whether a name may be a person's short name: one word ("Amerin", "Abdul-Mahdi", "al-Assad"), or
 * one after name particles ("Bin Mubarak", "de Mistura"), which news keeps with the surname.
 */
export function isShortName(name: string): boolean {
  const parts = name.split(' ');
  return parts.slice(0, -1).every((p) => PARTICLES.has(fold(p))) && !PARTICLES.has(fold(parts[parts.length - 1]));
}

/**
 * Whether a name may be a person's full name: two words or more. A short name with a particle
 * may be one too ("Al Gore", though "Al" is also the particle of "Al Hathloul").
 */
export const isFullName = (name: string): boolean => name.includes(' ');

const wordNorms = (name: string): string[] => tokenize(name).flatMap((t) => (t.kind === 'word' ? [t.norm] : []));

/** Whether the folded words `s` end the longer folded words `f`. */
const endsWith = (s: readonly string[], f: readonly string[]): boolean => s.length > 0 && f.length > s.length && s.every((w, i) => f[f.length - s.length + i] === w);

/**
 * Whether `short` is the last word or words of the longer name `full`, compared word by word with
 * case and diacritics folded and hyphens as word breaks (as the gazetteer's matcher reads a
 * person's surname alone), so that an Arabic article before the hyphen ("el-Sisi") is not part of it.
 */
export function isSurnameOf(short: string, full: string): boolean {
  return endsWith(wordNorms(short), wordNorms(full));
}

/**
 * The full names among `fulls` whose surname `short` is (as `isSurnameOf`), looked up by last
 * word: each full name is tokenized once, not once per short name compared with it.
 */
export function surnameOwners<T extends { name: string }>(fulls: readonly T[]): (short: string) => T[] {
  const byLast = new Map<string, { item: T; words: string[] }[]>();
  for (const item of fulls) {
    const words = wordNorms(item.name);
    const last = words[words.length - 1];
    if (last === undefined) continue;
    const list = byLast.get(last);
    if (list) list.push({ item, words });
    else byLast.set(last, [{ item, words }]);
  }
  return (short) => {
    const s = wordNorms(short);
    return (byLast.get(s[s.length - 1] ?? '') ?? []).flatMap((e) => (endsWith(s, e.words) ? [e.item] : []));
  };
}
