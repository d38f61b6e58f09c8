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

const wordNorms = (name: string): string[] => tokenize(name).flatMap((t) => (t.kind === 'word' ? [t.norm] : []));

/**
 * Whether `short` is the last word or words of the longer name `full`, compared word by word with
 * case and diacritics folded and hyphens as word breaks (as the gazetteer's matcher reads a
 * person's surname alone), so that an Arabic article before the hyphen ("el-Sisi") is not part of it.
 */
export function isSurnameOf(short: string, full: string): boolean {
  const s = wordNorms(short);
  const f = wordNorms(full);
  return s.length > 0 && f.length > s.length && s.every((w, i) => f[f.length - s.length + i] === w);
}
