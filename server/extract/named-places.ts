/**
 * Rule `namedAsPlace`: a name discovery guessed to be an organisation or a state (no person, and
 * not in the gazetteer) that the document names somewhere as a place — right after "in", "near",
 * "outside", with or without "the" — is a place, no actor ("the attack on Palma … fighters in
 * Palma"): its mentions are dropped everywhere in the document. Not a name whose last word is a
 * body's noun ("Officials in the Kolmoro Council"), nor one the document makes the subject of a
 * verb of a relation or the agent after "by" ("The Ansar Front attacked Togo … divisions in the
 * Ansar Front"): a place does not act, and "in" also says membership.
 */
import type { Actor } from '../domain/types';
import type { SentenceAnalysis } from './analyze';
import { isBodyWord } from './body-words';
import { clauseIndexAt, subjectStart } from './clauses';
import type { DocumentActors } from './document-actors';
import { FACILITY_NOUNS } from './lexicon/facility-nouns';
import { PLACE_WORDS } from './cues';
import { tokenize } from './tokens';
import type { Mention } from './types';

/** Prepositions of place: an unknown name right after one ("in Palma", "in the Kidal Region") is a place. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'near', 'outside']);

/** Index of the word before a mention, past a "the" ("in the Kidal Region"). */
function wordBefore(s: SentenceAnalysis, m: Mention): number {
  return s.tokens[m.tokenStart - 1]?.norm === 'the' ? m.tokenStart - 2 : m.tokenStart - 1;
}

/** Words that may stand between a subject and its verb ("has", "will", "swiftly"). */
const BEFORE_VERB: ReadonlySet<string> = new Set(['has', 'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'did', 'does', 'do', 'also', 'again', 'then', 'later']);

/**
 * Whether a mention acts: the subject of its clause right before an active verb cue ("The Ansar
 * Front attacked …", "… has condemned …"), or an agent ("… by the Ansar Front"). A place is a
 * subject too ("The Amazon rainforest is on fire"), but of no act.
 */
function acts(s: SentenceAnalysis, m: Mention): boolean {
  if (s.tokens[wordBefore(s, m)]?.norm === 'by') return true;
  if (!s.clauses.length) return false;
  const inMention = (i: number): boolean => s.mentions.some((o) => o.tokenStart <= i && i < o.tokenEnd);
  const start = subjectStart(s.tokens, s.clauses[clauseIndexAt(s.clauses, m.tokenStart)], inMention);
  if (m.tokenStart !== start && !(s.tokens[start]?.norm === 'the' && m.tokenStart === start + 1)) return false;
  let v = m.tokenEnd;
  while (v < s.tokens.length && s.tokens[v].kind === 'word' && !s.tokens[v].cap && (BEFORE_VERB.has(s.tokens[v].norm) || /ly$/.test(s.tokens[v].norm))) v++;
  return s.cues.some((c) => c.tokenStart === v && c.pos === 'verb' && !c.passive);
}

/**
 * Rule `siteOfFacility`: "the processing plant at Abqaiq", "the air base at Kolmoro", "the port city
 * of Kolmoro": a name right after "at" that follows a noun of a building or site (lexicon
 * facility-nouns.ts), or after "of" that follows a noun of a settlement or area (cues.ts PLACE_WORDS:
 * "city", "town", "province"), says where that site is: a place, as after "in". Not "of" after a
 * body's noun ("the government of X") nor "at" after anything else ("talks at the Kolmoro Forum").
 */
function siteAt(s: SentenceAnalysis, m: Mention): boolean {
  const p = wordBefore(s, m);
  const prep = s.tokens[p]?.norm;
  const noun = s.tokens[p - 1];
  if (!noun || noun.kind !== 'word' || noun.cap) return false;
  return (prep === 'at' && FACILITY_NOUNS.has(noun.norm)) || (prep === 'of' && SETTLEMENT_WORDS.has(noun.norm));
}

/** Data: nouns of a settlement or area whose name follows with "of" ("the city of X", "the province of Y"); cues.ts PLACE_WORDS' nouns. */
const SETTLEMENT_WORDS: ReadonlySet<string> = new Set([...PLACE_WORDS].filter((w) => /^(?:city|town|port|village|region|province|district|enclave)$/.test(w)));

export function dropPlaces(sentences: SentenceAnalysis[], provisional: Map<string, Actor>, actors: DocumentActors): void {
  const placed = new Set<string>();
  const acting = new Set<string>();
  for (const s of sentences) {
    for (const m of s.mentions) {
      const a = provisional.get(m.actorId);
      if (!a || a.kind === 'person' || a.kind === 'military' || m.via !== 'discovered') continue;
      if (acts(s, m)) acting.add(a.id);
      if (PLACE_PREPOSITIONS.has(s.tokens[wordBefore(s, m)]?.norm ?? '') || siteAt(s, m)) placed.add(a.id);
    }
  }
  const places = [...placed].filter((id) => {
    const words = tokenize(provisional.get(id)?.name ?? '').filter((t) => t.kind === 'word');
    return !acting.has(id) && !isBodyWord(words[words.length - 1]?.norm ?? '');
  });
  if (!places.length) return;
  const drop = new Set(places);
  for (const s of sentences) s.mentions = s.mentions.filter((m) => !drop.has(m.actorId));
  for (const id of drop) {
    provisional.delete(id);
    actors.delete(id);
  }
}
