/**
 * Rule `kindAnaphor` (issue #12, coreference): "the group", "the country", "the militant group"
 * stand for the nearest actor of a compatible kind named before them in the paragraph — earlier in
 * their own sentence, else in the paragraph's last sentence that names an actor of that kind; "it"
 * only for one named earlier in its own sentence ("Russia said it had struck …"): across sentences
 * "it" is most often a thing (a deal, an operation), which a list of actors cannot tell apart. Two
 * or more compatible actors there, or none: ambiguous, nothing (a guess between two sides would
 * turn a report of A's act into one of B's). A state's noun after a preposition of place ("across
 * the country") is the territory, no actor. "He"/"she" and "the minister" are people's (quotes.ts,
 * rule `roleNoun`); this rule reads only kinds that are no person.
 */
import type { ActorKind } from '../domain/types';
import { REPORTING_VERBS } from './cues';
import { lemmas } from './lemma';
import { KIND_ADJECTIVES, KIND_NOUNS, KIND_PRONOUNS, PLACEHOLDER_VERBS } from './lexicon/kind-anaphors';
import type { Mention, Token } from './types';

/** How sure a kind anaphor's identification is: as a role noun's (analyze.ts). */
export const KIND_ANAPHOR_CONFIDENCE = 0.8;

/** Words that may stand between "it" and its verb ("it also attacked", "it has since threatened"). */
const PRONOUN_AUXILIARIES: ReadonlySet<string> = new Set(['also', 'then', 'later', 'since', 'again', 'already', 'has', 'had', 'have', 'will', 'would', 'further', 'previously', 'subsequently']);
/** Words after which "it" opens a clause as its subject ("…, and it attacked", "said that it had"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['that', 'and', 'but', 'when', 'after', 'before', 'as', 'because', 'while', 'since', 'although', 'though', 'where']);
/** Prepositions of place: "in the country", "across the kingdom" name a territory. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'across', 'throughout', 'inside', 'within', 'into', 'from', 'around', 'outside', 'at', 'over', 'to']);

/** The actors each sentence of the paragraph so far named or referred to, in order. */
export type ParagraphActors = readonly (readonly string[])[];

/** Whether "it" at `i` is the subject of a verb that makes it an actor ("it attacked"), not a placeholder ("it is clear"). */
function actingPronoun(toks: readonly Token[], i: number): boolean {
  const prev = toks[i - 1];
  const opens = !prev || prev.kind === 'punct' || CLAUSE_OPENERS.has(prev.norm) || (prev.kind === 'word' && lemmas(prev.norm).some((l) => REPORTING_VERBS.includes(l)));
  if (!opens) return false;
  let v = i + 1;
  while (v < toks.length && v <= i + 3 && PRONOUN_AUXILIARIES.has(toks[v].norm)) v++;
  const verb = toks[v];
  return !!verb && verb.kind === 'word' && !verb.cap && !PLACEHOLDER_VERBS.has(verb.norm) && !PLACEHOLDER_VERBS.has(toks[i + 1]?.norm ?? '');
}

/** The kinds a kind anaphor starting at `i` may refer to, and its end; undefined when none starts there. */
function anaphorAt(toks: readonly Token[], i: number): { kinds: readonly ActorKind[]; end: number; acrossSentences: boolean } | undefined {
  const t = toks[i];
  if (t.kind !== 'word' || t.upper) return undefined;
  const pronoun = KIND_PRONOUNS.get(t.norm);
  if (pronoun) return actingPronoun(toks, i) ? { kinds: pronoun, end: i + 1, acrossSentences: false } : undefined;
  if (t.norm !== 'the') return undefined;
  let h = i + 1;
  if (toks[h]?.kind === 'word' && KIND_ADJECTIVES.has(toks[h].norm)) h++;
  const head = toks[h];
  // A capitalised head is a name's ("the Group of Seven"); "the group of experts", "the group's
  // leader" and "the group Hamas" are not the group itself or name it already.
  if (!head || head.kind !== 'word' || head.cap) return undefined;
  const kinds = KIND_NOUNS.get(head.norm);
  const next = toks[h + 1];
  if (!kinds || (next && (next.norm === 'of' || next.kind === 'possessive' || (next.kind === 'word' && next.cap)))) return undefined;
  if (kinds.includes('state') && PLACE_PREPOSITIONS.has(toks[i - 1]?.norm ?? '')) return undefined;
  return { kinds, end: h + 1, acrossSentences: true };
}

/** The one actor of `kinds` among `ids`; undefined when none ("keep looking") is told apart from several by `several`. */
function onlyOfKinds(ids: readonly string[], kinds: readonly ActorKind[], kindOf: (id: string) => ActorKind | undefined): { id?: string; several: boolean } {
  const found = new Set(ids.filter((id) => {
    const k = kindOf(id);
    return k !== undefined && kinds.includes(k);
  }));
  return { id: found.size === 1 ? [...found][0] : undefined, several: found.size > 1 };
}

/** Mentions for the kind anaphors of a sentence, given the mentions it has and the paragraph's actors before it. */
export function kindAnaphorMentions(toks: readonly Token[], taken: readonly Mention[], paragraph: ParagraphActors, kindOf: (id: string) => ActorKind | undefined): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < toks.length; i++) {
    const a = anaphorAt(toks, i);
    if (!a || taken.some((m) => m.tokenStart < a.end && i < m.tokenEnd)) continue;
    let pick = onlyOfKinds(taken.filter((m) => m.tokenEnd <= i).map((m) => m.actorId), a.kinds, kindOf);
    for (let k = paragraph.length - 1; a.acrossSentences && k >= 0 && !pick.id && !pick.several; k--) pick = onlyOfKinds(paragraph[k], a.kinds, kindOf);
    if (!pick.id) continue;
    const last = toks[a.end - 1];
    out.push({ actorId: pick.id, start: toks[i].start, end: last.end, text: toks.slice(i, a.end).map((x) => x.text).join(' '), tokenStart: i, tokenEnd: a.end, via: 'pronoun', possessive: false, confidence: KIND_ANAPHOR_CONFIDENCE });
    i = a.end - 1;
  }
  return out;
}
