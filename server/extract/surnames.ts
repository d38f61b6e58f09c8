/**
 * A person's short name and their full name compared as written in news: "Erdogan" for "Recep
 * Tayyip Erdoğan", "Sisi" for "Abdel Fattah el-Sisi", "Abdul-Mahdi" for "Adil Abdul-Mahdi".
 */
import { tokenize } from './tokens';

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
