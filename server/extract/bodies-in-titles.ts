/**
 * Rule `bodyInTitle` (server/domain/extraction-rules.ts, READING_RULES): a body or state named
 * inside a person's title is the title's, not an actor of the sentence. News writes an office with
 * the body it serves in front of the holder's name: "Kenyan High Council for National Unity
 * Chairman Paul Amerin", "Ghanaian Interim Government Foreign Relations Commissioner Kofi Mensah",
 * "Minister of the Armed Forces of Togo Yaw Boateng". The person is who meets, is sanctioned or
 * speaks; reading the body as well made a second counterpart ("spoke with the High Council") the
 * text never states, and, with the body first in the phrase, it even hid the person from the verb.
 * A body before a lower-case word ("Hamas leader X") or after a possessive ("Kenya's President X")
 * is left to the rules of those shapes.
 */
import type { Actor } from '../domain/types';
import { isFunctionWord } from './cues';
import { isOfficeWord, isTitleLink, type RoleIndex } from './titles';
import { isCapWord } from './tokens';
import type { Mention, Token } from './types';

/** Most tokens from the body's end to the holder's name ("for National Reconciliation Chairman", "Foreign Relations Commissioner"). */
const TITLE_RUN = 8;

const head = (t: Token | undefined, roles: RoleIndex): boolean => isCapWord(t) && roles.heads.has(t.norm);

/**
 * Whether token i joins the capitalised words of an office and its body in lower case: a title's
 * link ("High Council for National Unity", "Minister of"), or "the" after one ("of the Armed
 * Forces"). Not "and", which may join two names ("X and President Y").
 */
function joins(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t.kind === 'word' && !t.cap && (isTitleLink(t.norm) || (t.norm === 'the' && isTitleLink(tokens[i - 1]?.norm ?? '')));
}

/**
 * Where the title of the person mention `p` starts when the mention `m` stands inside it, else -1:
 * from the body's end to the holder's name only words of an office (titles.ts `isOfficeWord`),
 * joiners and other bodies' mentions, with a title's head among them ("<body> … Chairman <name>":
 * the title starts with the body, which directly precedes the title's words); or a head before the
 * body over "of" ("Minister of (the) <body> (of <state>) <name>": the title starts with the head and
 * the capitalised title words before it). A word no office has ends the run: a Title Case heading's
 * function words, verbs and nouns ("Qatar Hosts Sudan Talks With Army Chief X" names Qatar and
 * Sudan besides the chief).
 */
function titleStart(tokens: readonly Token[], m: Mention, p: Mention, roles: RoleIndex, inMention: (i: number) => boolean): number {
  // The person's mention may carry its title ("Chairman Paul Amerin"): the name starts after its heads and title words.
  let name = p.tokenStart;
  while (name < p.tokenEnd - 1 && isCapWord(tokens[name]) && (roles.heads.has(tokens[name].norm) || roles.words.has(tokens[name].norm))) name++;
  if (name - m.tokenEnd > TITLE_RUN) return -1;
  let headAfter = false;
  for (let i = m.tokenEnd; i < name; i++) {
    const t = tokens[i];
    if (joins(tokens, i) || inMention(i)) continue;
    if (!isCapWord(t) || isFunctionWord(t.norm) || !isOfficeWord(t.norm, roles)) return -1;
    if (roles.heads.has(t.norm)) headAfter = true;
  }
  if (headAfter) return m.tokenStart;
  let k = m.tokenStart - 1;
  if (tokens[k]?.norm === 'the') k--;
  if (tokens[k]?.norm !== 'of' || !head(tokens[k - 1], roles)) return -1;
  k--;
  while (k > 0 && isCapWord(tokens[k - 1]) && roles.words.has(tokens[k - 1].norm)) k--;
  return k;
}

/**
 * The mentions with each person's mention widened to the whole title before the name, the bodies
 * and states inside it dropped, and the provisional holders who learn the first such body as their
 * affiliation ("Chairman of the X of Y Z" serves X).
 */
export function dropBodiesInTitles(
  mentions: readonly Mention[],
  tokens: readonly Token[],
  text: string,
  actors: ReadonlyMap<string, Actor>,
  roles: RoleIndex,
): { mentions: Mention[]; learned: Actor[] } {
  const sorted = [...mentions].sort((a, b) => a.tokenStart - b.tokenStart);
  const learned: Actor[] = [];
  const isPerson = (m: Mention): boolean => actors.get(m.actorId)?.kind === 'person';
  /** Tokens of the bodies' and states' mentions, which may stand inside a title ("Ambassador to Sudan"). */
  const bodyTokens = new Set<number>();
  for (const m of sorted) if (m.via !== 'pronoun' && !isPerson(m)) for (let i = m.tokenStart; i < m.tokenEnd; i++) bodyTokens.add(i);
  const inMention = (i: number): boolean => bodyTokens.has(i);
  /** Each mention's next person mention (an index into `sorted`), read from the right: one pass, whatever the sentence's length. */
  const nextPerson: number[] = new Array<number>(sorted.length);
  for (let k = sorted.length - 1, next = -1; k >= 0; k--) {
    nextPerson[k] = next;
    if (sorted[k].via !== 'pronoun' && isPerson(sorted[k])) next = k;
  }
  /** Person mentions widened to their title's start. */
  const widened = new Map<Mention, number>();
  const inTitle = new Set<Mention>();
  sorted.forEach((m, k) => {
    if (inTitle.has(m) || m.via === 'pronoun' || m.possessive || isPerson(m) || tokens[m.tokenEnd]?.kind === 'possessive') return;
    const pi = nextPerson[k];
    const p = pi >= 0 ? sorted[pi] : undefined;
    const from = p && p.tokenStart >= m.tokenEnd ? titleStart(tokens, m, p, roles, inMention) : -1;
    if (!p || from < 0) return;
    widened.set(p, Math.min(from, widened.get(p) ?? from));
    // The bodies and states between the title's start and the person (mentions are sorted: back from the person, then on from m).
    for (let j = pi - 1; j >= 0 && sorted[j].tokenStart >= from; j--) if (sorted[j].tokenEnd <= p.tokenStart) inTitle.add(sorted[j]);
    const holder = actors.get(p.actorId);
    if (holder?.provisional && !holder.affiliation && !learned.some((a) => a.id === holder.id)) learned.push({ ...holder, affiliation: m.actorId });
  });
  const out = sorted.flatMap((m): Mention[] => {
    if (inTitle.has(m)) return [];
    const from = widened.get(m);
    if (from === undefined || from >= m.tokenStart) return [m];
    const start = tokens[from].start;
    return [{ ...m, start, text: text.slice(start, m.end), tokenStart: from }];
  });
  return { mentions: out, learned };
}
