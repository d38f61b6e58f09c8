/**
 * Parties and party groups named by their members' words. Domestic news names a party by its
 * members ("Democrats accused Republicans of …") and a party's group in a chamber or office by the
 * party's word with the chamber or the office ("Senate Democrats", "Republican senators", "House
 * Democratic impeachment managers"). Without these rules a plural at a sentence's start was never
 * an actor (an unknown capitalised first word), and mid-sentence only the capitalised word became
 * an actor of its own ("Republican" for "Republican senators", "Democrats" for "Senate
 * Democrats"), so the party, or the group the annotation guide names (test/fixtures/corpus/README.md,
 * gold "Democratic Party" with alias "Democrats", "Senate Democrats", "Republican senators"), was
 * never a side of the relations domestic politics is made of.
 */
import { normalizeName } from '../domain/names';
import { slugify } from '../domain/slug';
import type { Actor } from '../domain/types';
import { CAUCUS_CHAMBERS, CAUCUS_NOUNS, PARTY_MEMBERS, type PartyMembers } from './lexicon/party-members';
import type { Mention, Token } from './types';
import { withSpanMention } from './span-mention';

/** How sure a party or caucus read from its members' noun is: as a state's organ (domestic-bodies.ts). */
const PARTY_CONFIDENCE = 0.8;

const BY_PLURAL: ReadonlyMap<string, PartyMembers> = new Map(PARTY_MEMBERS.map((p) => [p.plural, p]));
const BY_ADJECTIVE: ReadonlyMap<string, PartyMembers> = new Map(PARTY_MEMBERS.flatMap((p) => p.adjectives.map((a) => [a, p] as const)));

/** Lower-case words a party's adjective may carry before the group's noun ("Democratic impeachment managers"). */
const MAX_MODIFIERS = 2;

export interface PartyGroupResult {
  mentions: Mention[];
  /** Parties and groups named here. */
  learned: Actor[];
}

const isWord = (t: Token | undefined): t is Token => !!t && t.kind === 'word';

/** Whether token `i` is a chamber word standing alone before the party's word ("Senate Democrats", not "White House Democrats"). */
function chamberAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!isWord(t) || !t.cap || !CAUCUS_CHAMBERS.has(t.norm)) return false;
  const before = tokens[i - 1];
  return !(isWord(before) && before.cap && before.norm !== 'the');
}

/** The end (exclusive) of a group's noun after a party's adjective at `i` ("Republican senators", "Democratic impeachment managers"), or undefined. */
function caucusEnd(tokens: readonly Token[], i: number): number | undefined {
  for (let j = i + 1; j <= i + 1 + MAX_MODIFIERS; j++) {
    const t = tokens[j];
    if (!isWord(t) || t.cap) return undefined;
    if (CAUCUS_NOUNS.has(t.norm)) return j + 1;
  }
  return undefined;
}

/** The most capitalised words a party's name written before "party" is read with. */
const MAX_NAME_WORDS = 3;

/**
 * Rule `namedParty`: the first token of a party's name written before a lower-case "party" after
 * "the" or an adjective of its standing ("the Italia Viva party", "the ruling Pheu Thai party", "the
 * opposition Awami party"), when `i` is that "party"; undefined otherwise. News writes a party's
 * name so when the name alone does not say it is a party; without the rule its words were no actor
 * or only a state's demonym among them ("Thai"). Not a name right after a sentence's start without
 * "the" ("Pheu Thai party …": too often a title's words), nor one word that is all upper case (an
 * acronym the matcher reads).
 */
function namedPartyStart(tokens: readonly Token[], i: number): number | undefined {
  const t = tokens[i];
  if (!isWord(t) || t.cap || t.norm !== 'party') return undefined;
  let j = i;
  while (j > 0 && i - j < MAX_NAME_WORDS && isWord(tokens[j - 1]) && tokens[j - 1].cap && tokens[j - 1].norm !== 'the') j--;
  if (j === i || (i - j === 1 && tokens[j].upper)) return undefined;
  const before = tokens[j - 1];
  return isWord(before) && (before.norm === 'the' || PARTY_STANDING.has(before.norm)) ? j : undefined;
}

/** Data: lower-case words of a party's standing that news writes between "the" and its name ("the ruling X party"). */
const PARTY_STANDING: ReadonlySet<string> = new Set(['ruling', 'opposition', 'governing', 'main', 'junior', 'nationalist', 'far-right', 'far-left', 'centrist', 'conservative', 'liberal', 'socialist', 'communist', 'islamist']);

function groupActor(name: string, written: string): Actor {
  const canonical = normalizeName(name);
  const alias = normalizeName(written);
  return { id: slugify(canonical), name: canonical, kind: 'organization', aliases: alias !== canonical ? [alias] : [], provisional: true };
}

/**
 * Rules `partyMembers`, `partyCaucus`: one sentence's mentions with each party named by its
 * members' plural ("Democrats", "Republicans", "Tories") as one mention of the party ("Democratic
 * Party", lexicon/party-members.ts), and each group of a party's members in a chamber or an office
 * ("Senate Democrats", "House Republicans", "Republican senators", "House Democratic impeachment
 * managers") as one mention of that group, an actor of its own named as written. Not a plural
 * inside a longer name ("Liberal Democrats", "Sweden Democrats": a capitalised word before it),
 * nor one that describes the names right after it ("Democrats Chuck Schumer and …": they act).
 */
export function partyGroupMentions(mentions: readonly Mention[], tokens: readonly Token[], text: string, actors: ReadonlyMap<string, Actor>): PartyGroupResult {
  let out = [...mentions];
  const learned: Actor[] = [];
  const replace = (a: number, b: number, actor: Actor): void => {
    out = withSpanMention(out, tokens, text, a, b, actor.id, PARTY_CONFIDENCE);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const named = namedPartyStart(tokens, i);
    if (named !== undefined) {
      const written = text.slice(tokens[named].start, t.end);
      const words = text.slice(tokens[named].start, tokens[i - 1].end);
      const name = BY_ADJECTIVE.get(words)?.party ?? words;
      const actor = actors.get(slugify(normalizeName(name))) ?? groupActor(name, written);
      learned.push(actor);
      replace(named, i + 1, actor);
      continue;
    }
    if (!isWord(t) || !t.cap) continue;
    const plural = BY_PLURAL.get(t.text);
    const party = plural ?? BY_ADJECTIVE.get(t.text);
    if (!party) continue;
    const chamber = i > 0 && chamberAt(tokens, i - 1);
    const before = tokens[i - 1];
    if (!chamber && isWord(before) && before.cap && before.norm !== 'the') continue;
    const end = plural ? i + 1 : caucusEnd(tokens, i);
    if (end === undefined) continue;
    const after = tokens[end];
    if (isWord(after) && after.cap) continue;
    const from = chamber ? i - 1 : i;
    const written = text.slice(tokens[from].start, tokens[end - 1].end);
    // The party itself for its members' plural; a group of its own, named as written, otherwise.
    const name = plural && !chamber ? party.party : written;
    const actor = actors.get(slugify(normalizeName(name))) ?? groupActor(name, written);
    learned.push(actor);
    replace(from, end, actor);
    i = end - 1;
  }
  return { mentions: out.sort((a, b) => a.tokenStart - b.tokenStart), learned };
}
