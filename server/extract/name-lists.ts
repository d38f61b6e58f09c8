/**
 * Rule `listedPeople`: a list of three or more names ("A, B, C, and D") where one is read as a
 * person, or one bears a person's title, is a list of people: each listed name is a person, read
 * whole with its particles and hyphenated parts ("Salem ould Breihmatt", "Hui Po-keung"), after
 * its title or description ("President A", "businessman B", "Brigadier General (Retired) C").
 * Sanctions, designations, arrests and executions name their targets so; compromise reads some of
 * such names and not others, or only their last words.
 */
import { isBodyWord } from './body-words';
import { nameAt, nameWords, type RoleIndex } from './titles';
import { tokenize } from './tokens';
import type { Token } from './types';

/** A listed person's name: offsets in the sentence. */
export interface ListedName {
  start: number;
  end: number;
}

/** Fewest names in a list read by this rule: a pair is often two bodies or places ("Hamas and Fatah"). */
const MIN_ITEMS = 3;
/** Most lower-case words describing a listed person before the name ("businessman", "former minister"). */
const MAX_DESCRIPTION = 3;
/** How far before a list's first comma its first name may begin, in tokens (a name's words, joints and particles). */
const MAX_NAME_LOOKBACK = 12;

interface Item {
  /** Tokens of the name, [start, end). */
  start: number;
  end: number;
  /** Written with a person's title or honorific before it. */
  titled: boolean;
}

/**
 * Where the words before a name end when they only describe or entitle it: capitalised title
 * words, lower-case descriptions, a bracketed aside ("(Retired)"). Returns the index of the name's
 * first token, whether a title was among them, or undefined when something else stands there.
 */
export function afterDescription(toks: readonly Token[], a: number, b: number, isTitle: (norm: string) => boolean): { at: number; titled: boolean } | undefined {
  let i = a;
  let titled = false;
  let described = 0;
  while (i < b) {
    const t = toks[i];
    if (t.text === '(') {
      const close = toks.findIndex((x, k) => k > i && k < b && x.text === ')');
      if (close < 0) return undefined;
      i = close + 1;
    } else if (t.kind === 'word' && t.cap && isTitle(t.norm)) {
      titled = true;
      i++;
    } else if (t.kind === 'word' && !t.cap && t.norm !== 'and' && described < MAX_DESCRIPTION) {
      described++;
      i++;
    } else if (t.text === '.' && titled) i++;
    else break;
  }
  return i < b ? { at: i, titled } : undefined;
}

/** A person's name at token i: two to five capitalised words (no acronyms), with no body's noun. */
export function personNameAt(toks: readonly Token[], i: number): number {
  const t = toks[i];
  if (!t || t.kind !== 'word' || !t.cap || t.upper) return i;
  const end = nameAt(toks, i);
  if (nameWords(toks, i, end) < 2) return i;
  // A noun of a body's name: a listed name holding one is no person.
  for (let k = i; k < end; k++) if (isBodyWord(toks[k].norm)) return i;
  return end;
}

/** Names of people listed in `sentence`; `people` are the spans a tagger read as people's names. */
export function listedPeople(sentence: string, people: readonly ListedName[], roles: RoleIndex, isHonorific: (norm: string) => boolean): ListedName[] {
  const toks = tokenize(sentence);
  const isTitle = (norm: string): boolean => roles.words.has(norm) || isHonorific(norm);
  const out: ListedName[] = [];
  // Segments between commas; a list's last item follows "and" (after a comma or not).
  let k = 0;
  while (k < toks.length) {
    const items: Item[] = [];
    let i = k;
    // The first item: a name ending right before a comma, whatever precedes it.
    const comma = toks.findIndex((t, j) => j >= i && t.text === ',');
    if (comma < 0) break;
    // The earliest start from which a name reaches the comma exactly, after any title.
    let first: Item | undefined;
    for (let st = Math.max(k, comma - MAX_NAME_LOOKBACK); st < comma && !first; st++) {
      const prev = toks[st - 1];
      const prevTitle = !!prev && prev.kind === 'word' && prev.cap && isTitle(prev.norm);
      if (isTitle(toks[st].norm) || (prev?.kind === 'word' && prev.cap && !prevTitle)) continue;
      if (personNameAt(toks, st) === comma) first = { start: st, end: comma, titled: prevTitle };
    }
    if (!first) {
      k = comma + 1;
      continue;
    }
    items.push(first);
    i = comma + 1;
    let closed = false;
    for (;;) {
      const last = toks[i]?.norm === 'and';
      const from = last ? i + 1 : i;
      const stop = toks.findIndex((t, j) => j >= from && (t.text === ',' || t.norm === 'and' || t.text === ';'));
      const segEnd = stop < 0 ? toks.length : stop;
      const desc = afterDescription(toks, from, segEnd, isTitle);
      const end = desc ? personNameAt(toks, desc.at) : -1;
      if (!desc || end <= desc.at) break;
      // A middle item is a name and nothing more; the last may go on ("… and D to the list").
      if (!last && end !== segEnd) break;
      items.push({ start: desc.at, end, titled: desc.titled });
      if (last) {
        closed = true;
        i = end;
        break;
      }
      if (toks[segEnd]?.text !== ',') break;
      i = segEnd + 1;
    }
    const personal = items.some((it) => it.titled || people.some((p) => p.start < toks[it.end - 1].end && toks[it.start].start < p.end));
    if (closed && items.length >= MIN_ITEMS && personal) {
      for (const it of items) out.push({ start: toks[it.start].start, end: toks[it.end - 1].end });
      k = i;
    } else k = comma + 1;
  }
  return out;
}
