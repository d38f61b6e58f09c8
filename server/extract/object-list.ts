/**
 * Rule `objectListTail`: the rest of a list of objects after the first one, when the list mixes
 * named actors with plain noun phrases — "met with officials from Egypt, the Arab League, the
 * international community, and Jordan", "worked with the UN, civil society, the Palestinian
 * Authority, the Government of Israel to …". Mention groups (groups.ts) join only names written
 * next to each other, so a plain noun phrase between two names ends the first group and the names
 * after it were read as nobody's. A shallow grammar reads the whole coordination instead: items
 * separated by commas, closed by "and" / "as well as" (or, with no conjunction, three items or
 * more), each a short noun phrase; every actor named as an item's head is a further object.
 *
 * Kept narrow where the comma may be something else: an item is a noun phrase only (no verb, no
 * preposition but "of"), so a coordinated clause ("…, and Hamas fired rockets") or a place
 * adjunct ends the list; after the list only a clause end, a preposition or an infinitive may
 * follow; a demonym counts only with a head noun of the actor's people ("Saudi officials"), so an
 * apposition of a title ("…, the Russian foreign minister, and …") adds no state.
 */
import { DETERMINERS, PREPOSITIONS } from './cues';
import { EXAMPLE_MARKERS, HEAD_NOUNS, type Group } from './groups';
import { isVerbInflection } from './lemma';
import type { SentenceAnalysis } from './analyze';
import type { Mention, Token } from './types';

/** Words that join a further item to the list (after a comma or alone): the last ones close it. */
const CLOSING: readonly (readonly string[])[] = [['as', 'well', 'as'], ['along', 'with'], ['together', 'with'], ['and'], ['or']];
/** Words that give examples of the item before (", including B"): the list goes on. */
const EXAMPLES: readonly (readonly string[])[] = [['in', 'particular'], ['such', 'as'], ...[...EXAMPLE_MARKERS].map((w) => [w])];

/** Most tokens of one plain item ("the UN Special Envoy's Office", "the Government of Israel"). */
const ITEM_MAX = 8;
/** Most items read after the first. */
const ITEMS_MAX = 12;
/** Items an unclosed list needs (the first included): two would be a name and its apposition. */
const ASYNDETIC_MIN = 3;

function wordsAt(tokens: readonly Token[], at: number, words: readonly (readonly string[])[]): number {
  for (const w of words) if (w.every((x, k) => tokens[at + k]?.kind === 'word' && tokens[at + k].norm === x)) return w.length;
  return 0;
}

/** Exclusive end of a plain noun phrase starting at `at` (0 tokens when none starts there). */
function nounPhraseEnd(tokens: readonly Token[], at: number, end: number): number {
  let p = at;
  while (p < end && p - at < ITEM_MAX) {
    const t = tokens[p];
    if (t.kind === 'possessive') {
      p++;
      continue;
    }
    if (t.kind !== 'word') {
      // "UN-led", "Government-to-government": a hyphen inside a word.
      if (['-', '‐', '‑'].includes(t.text) && tokens[p - 1]?.end === t.start && tokens[p + 1]?.start === t.end && p > at) {
        p++;
        continue;
      }
      break;
    }
    // "the Government of Israel": "of" inside an item, before a name or a determiner.
    if (t.norm === 'of' && p > at && (tokens[p + 1]?.cap || DETERMINERS.has(tokens[p + 1]?.norm ?? ''))) {
      p++;
      continue;
    }
    if (['and', 'or', 'but', 'nor'].includes(t.norm) || (PREPOSITIONS.has(t.norm) && !t.cap)) break;
    if (!t.cap && !DETERMINERS.has(t.norm) && isVerbInflection(t.norm)) break;
    p++;
  }
  return p;
}

/**
 * An item's mentions that name an actor as its head, not as a modifier of another noun: the item
 * ends with the name, with the actor's people ("Saudi officials"), or with what it owns ("the UN
 * envoy's office"); "steadfast U.S. support" names no object, nor does "the Palestinian people".
 */
function headMentions(tokens: readonly Token[], groups: readonly Group[], from: number, to: number): Mention[] {
  // "X, a commander of Hamas, and Y": an item with an indefinite article describes the name before it.
  if (['a', 'an'].includes(tokens[from]?.norm ?? '')) return [];
  // "the Government of Israel" stands for Israel; "the head of Hamas" is someone of it, an apposition's words.
  const ofHead = (m: Mention): boolean => {
    let p = m.tokenStart - 1;
    while (p > from && DETERMINERS.has(tokens[p].norm)) p--;
    return tokens[p]?.norm !== 'of' || HEAD_NOUNS.has(tokens[p - 1]?.norm ?? '');
  };
  const heads = (m: Mention): boolean => {
    if (!ofHead(m)) return false;
    if (tokens[m.tokenEnd]?.kind === 'possessive') return to - m.tokenEnd <= OWNED_MAX;
    if (m.via === 'demonym') return HEAD_NOUNS.has(tokens[m.tokenEnd]?.norm ?? '') && m.tokenEnd + 1 === to;
    return tokens.slice(m.tokenEnd, to).every((t) => HEAD_NOUNS.has(t.norm));
  };
  // Members, not whole groups: "…, a close ally of Iran, and Qatar" is one group of names over two items.
  return groups
    .filter((g) => !g.attribution)
    .flatMap((g) => g.members)
    .filter((m) => m.tokenStart >= from && m.tokenStart < to && heads(m));
}

/**
 * An item that is a verb and its object, not a noun phrase: a lower-case word other than a
 * determiner followed by capitalised words only ("…, visit Cairo and discuss Iran"): an
 * uninflected verb has no ending that tells it from a noun (nounPhraseEnd), but a plain noun does
 * not stand before a bare name.
 */
function verbLed(tokens: readonly Token[], from: number, to: number): boolean {
  const first = tokens[from];
  if (to - from < 2 || first.kind !== 'word' || first.cap || DETERMINERS.has(first.norm)) return false;
  return tokens.slice(from + 1, to).every((x) => x.kind === 'word' && x.cap);
}

/** Most tokens from a possessor to its item's end ("'s Office", "'s special envoy"). */
const OWNED_MAX = 3;

/** `g` with the further objects of its list (itself when it heads no such list). `end`: the clause's end. */
export function listTail(a: SentenceAnalysis, groups: readonly Group[], g: Group, end: number): Group {
  const t = a.tokens;
  const added: Mention[] = [];
  let p = g.tokenEnd;
  let items = 1;
  let closed = false;
  let commas = 0;
  while (p < end && items <= ITEMS_MAX && !closed) {
    let q = p;
    const comma = t[q]?.text === ',';
    if (comma) {
      q++;
      commas++;
    }
    const closing = wordsAt(t, q, CLOSING);
    q += closing;
    if (!closing && comma) q += wordsAt(t, q, EXAMPLES);
    if (q === p || (!comma && !closing)) break;
    // "with A and with B": the governing preposition repeated.
    if (g.governor && t[q]?.norm === g.governor) q++;
    const itemEnd = nounPhraseEnd(t, q, end);
    if (itemEnd === q || verbLed(t, q, itemEnd)) return g;
    added.push(...headMentions(t, groups, q, itemEnd));
    items++;
    closed = closing > 0;
    p = itemEnd;
  }
  // "A and B" with no comma is one mention group (groups.ts) or a coordinated verb phrase ("attack Ukraine and reassure China").
  if (!commas || (!closed && items < ASYNDETIC_MIN)) return g;
  // The list ends the phrase: a clause end, a preposition or an infinitive follows, no verb ("…, and Hamas fired").
  const next = t[p];
  if (p < end && next && next.kind === 'word' && !PREPOSITIONS.has(next.norm)) return g;
  if (next?.text === ',' && !closed) return g;
  const fresh = added.filter((m) => !g.members.some((x) => x.actorId === m.actorId));
  return fresh.length ? { ...g, members: [...g.members, ...fresh], tokenEnd: p } : g;
}
