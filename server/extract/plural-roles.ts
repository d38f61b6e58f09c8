/**
 * Rule `pluralRoleNoun` (server/domain/extraction-rules.ts READING_RULES): "the Foreign Ministers",
 * "the ministers", "Secretary X and the envoys" — the plural of a title head after "the" (or a
 * capitalised one after "and", which shares the determiner before it: "The Secretary and Foreign
 * Ministers") — stands for every person the paragraph named before with that title, else every one
 * the document's title names with it, when they are two or more: a reader takes a plural role noun
 * for the people just introduced with that office, as rule `roleNoun` takes the singular for the one.
 * Before this rule the plural was read as a discovered name ("Ministers"), a junk actor that
 * condemned or met what those people did. Never after "two"/"both" (rule `pairAnaphor` reads those),
 * nor before "of", a possessive or a capitalised name ("the ministers of the G7", "Presidents A and
 * B": rule `pluralTitle`), which name other people.
 */
import { singularForms } from './lemma';
import type { RoleIndex } from './titles';
import type { Mention, Token } from './types';

/** How sure the identification is: as a singular role noun's (analyze.ts ROLE_NOUN_CONFIDENCE). */
const PLURAL_ROLE_CONFIDENCE = 0.8;

/** Words before the plural that make it a counted pair or a quantity, which other rules read ("the two ministers", "both envoys", "all ministers"). */
const COUNTED = new Set(['two', 'both', 'three', 'four', 'several', 'many', 'some', 'all', 'other', 'former', 'their', 'its', 'his', 'her', 'our']);

/** The singular title head a plural word stands for ("ministers" → "minister", "secretaries" → "secretary"), if it is one. */
export function singularHead(norm: string, heads: ReadonlySet<string>): string | undefined {
  return singularForms(norm).find((c) => heads.has(c));
}

/**
 * Whether a name read by discovery is only a plural role ("Ministers", "Foreign Ministers"): title
 * words ending in the plural of a title head. Such a name is no actor (junk.ts asks).
 */
export function isPluralRoleName(words: readonly string[], roles: Pick<RoleIndex, 'heads' | 'words'>): boolean {
  if (!words.length) return false;
  const last = words[words.length - 1];
  return !!singularHead(last, roles.heads) && words.slice(0, -1).every((w) => roles.words.has(w));
}

/**
 * Mentions for the sentence's plural role nouns: one per person, all on the plural's span (so the
 * lists of groups.ts read them as one list, rule `pluralPronounList`). `titled` is the paragraph's
 * people by title head, `headline` the title's; `taken` the mentions the sentence already has.
 */
export function pluralRoleMentions(
  toks: readonly Token[],
  taken: readonly Mention[],
  titled: ReadonlyMap<string, ReadonlySet<string>>,
  headline: ReadonlyMap<string, ReadonlySet<string>>,
  roles: RoleIndex,
): Mention[] {
  const out: Mention[] = [];
  for (let h = 0; h < toks.length; h++) {
    const head = toks[h];
    const singular = head.kind === 'word' ? singularHead(head.norm, roles.heads) : undefined;
    if (!singular) continue;
    // Up to two title words before the head ("Foreign Ministers", "Special Envoys").
    let i = h;
    while (i > h - 2 && toks[i - 1]?.kind === 'word' && roles.words.has(toks[i - 1].norm) && toks[i - 1].cap === head.cap) i--;
    const first = toks[i];
    const before = toks[i - 1];
    const afterThe = before?.norm === 'the';
    // "The Secretary and Foreign Ministers": a capitalised plural title sharing the determiner of the list.
    const sharedThe = before?.norm === 'and' && first.cap && head.cap;
    if (!afterThe && !sharedThe) continue;
    if (COUNTED.has(toks[i - 2]?.norm ?? '') && afterThe) continue;
    const next = toks[h + 1];
    if (next && (next.norm === 'of' || next.kind === 'possessive' || (next.kind === 'word' && next.cap))) continue;
    const start = afterThe ? i - 1 : i;
    if (taken.some((m) => m.tokenStart <= h && start < m.tokenEnd)) continue;
    const people = (titled.get(singular)?.size ?? 0) >= 2 ? titled.get(singular) : headline.get(singular);
    if (!people || people.size < 2) continue;
    const text = toks
      .slice(start, h + 1)
      .map((t) => t.text)
      .join(' ');
    for (const actorId of people) {
      out.push({ actorId, start: toks[start].start, end: head.end, text, tokenStart: start, tokenEnd: h + 1, via: 'pronoun', possessive: false, confidence: PLURAL_ROLE_CONFIDENCE });
    }
  }
  return out;
}
