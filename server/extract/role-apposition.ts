/**
 * Rule `roleApposition`: an object written as a role and then named in an apposition — "spoke with
 * his Turkish counterpart, Hakan Fidan", "killed an Iranian general, Hassan Moradi, in a strike",
 * "met Iran's foreign minister, Abbas Araghchi" — is the person named after the comma too, not
 * only the state the role word belongs to. Mention groups (groups.ts) end at the comma, so the
 * name after it was read as nobody's.
 *
 * Only a role: the object's members are demonyms, or role words follow its name ("Iran's foreign
 * minister"); a plain name before the comma starts a list or a clause ("met with Turkey, Egypt
 * and …", "met with Turkey, Fidan said"). The name after the comma must end there (a comma, a
 * clause end, a preposition, "and" not followed by a name with words after it), so a clause with
 * its own verb adds nobody: "met his Qatari counterpart, Sybiha and Lavrov told reporters".
 */
import { PREPOSITIONS } from './cues';
import type { Group } from './groups';
import { isVerbInflection } from './lemma';
import type { SentenceAnalysis } from './analyze';
import type { Token } from './types';

/** Most role words between the object's name and the comma ("foreign minister", "top general"). */
const ROLE_WORDS_MAX = 3;

/** `g` with the name of its apposition added (itself when there is none). */
export function roleApposition(a: SentenceAnalysis, groups: readonly Group[], g: Group): Group {
  const t = a.tokens;
  let p = g.tokenEnd;
  if (t[p]?.kind === 'possessive') p++;
  const roleStart = p;
  while (p - roleStart < ROLE_WORDS_MAX && t[p]?.kind === 'word' && !t[p].cap && !PREPOSITIONS.has(t[p].norm) && !isVerbInflection(t[p].norm) && !['and', 'or', 'but'].includes(t[p].norm)) p++;
  const roleWords = p > roleStart || g.members.some((m) => m.tokenEnd < g.tokenEnd);
  if (t[p]?.text !== ',' || !(roleWords || g.members.every((m) => m.via === 'demonym' || m.via === 'title'))) return g;
  const named = groups.find((x) => x.tokenStart === p + 1 && !x.attribution);
  if (!named || named.members.some((m) => m.via === 'demonym' || m.via === 'pronoun')) return g;
  return endsPhrase(a, groups, named.tokenEnd) ? { ...g, members: [...g.members, ...named.members], tokenEnd: named.tokenEnd } : g;
}

/** A word that ends a name's phrase: none, punctuation or a preposition. */
function closes(t: Token | undefined): boolean {
  return !t || t.kind === 'punct' || PREPOSITIONS.has(t.norm);
}

/**
 * Whether the name of an apposition ends at token `at`: a phrase end, or "and" with a verb phrase
 * ("…, Hakan Fidan, and thanked him") or a name that ends there too ("…, Hakan Fidan and Egypt.");
 * "…, Hezbollah and Hamas claimed": a name after "and" followed by more words is the subject of a
 * clause of its own, the attribution of the sentence.
 */
function endsPhrase(a: SentenceAnalysis, groups: readonly Group[], at: number): boolean {
  const t = a.tokens;
  if (closes(t[at])) return true;
  if (t[at].norm !== 'and') return false;
  // The next conjunct: a known actor's group, else a run of capitalised words (an unknown name).
  let q = groups.find((x) => x.tokenStart === at + 1)?.tokenEnd ?? at + 1;
  while (t[q]?.kind === 'word' && t[q].cap) q++;
  return q === at + 1 || closes(t[q]);
}
