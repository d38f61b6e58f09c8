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
import { beforeSayingTime } from './saying-time';
import { lemmas } from './lemma';
import { KIND_ADJECTIVES, KIND_NOUNS, KIND_PRONOUNS, PLACEHOLDER_VERBS } from './lexicon/kind-anaphors';
import type { Mention, Token } from './types';

/** How sure a kind anaphor's identification is: as a role noun's (analyze.ts). */
const KIND_ANAPHOR_CONFIDENCE = 0.8;

/** Words that may stand between "it" and its verb ("it also attacked", "it has since threatened"). */
const PRONOUN_AUXILIARIES: ReadonlySet<string> = new Set(['also', 'then', 'later', 'since', 'again', 'already', 'has', 'had', 'have', 'will', 'would', 'further', 'previously', 'subsequently']);
/** Words after which "it" opens a clause as its subject ("…, and it attacked", "said that it had"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['that', 'and', 'but', 'when', 'after', 'before', 'as', 'because', 'while', 'since', 'although', 'though', 'where']);
/** Prepositions of place: "in the country", "across the kingdom" name a territory. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'across', 'throughout', 'inside', 'within', 'into', 'from', 'around', 'outside', 'at', 'over', 'to']);

/**
 * The actors of the paragraph's sentences so far, kept by kind: for each kind, the last sentence
 * that named an actor of it and those actors. A look-up costs the same however long the paragraph.
 */
export class ParagraphActors {
  private readonly last = new Map<ActorKind, { at: number; ids: Set<string> }>();
  private sentences = 0;

  /** Records the actors one more sentence named or referred to. */
  add(ids: readonly string[], kindOf: (id: string) => ActorKind | undefined): void {
    const at = this.sentences++;
    for (const id of ids) {
      const kind = kindOf(id);
      if (!kind) continue;
      const entry = this.last.get(kind);
      if (entry?.at === at) entry.ids.add(id);
      else this.last.set(kind, { at, ids: new Set([id]) });
    }
  }

  /** The actors of `kinds` named in the paragraph's last sentence that named any actor of them. */
  nearest(kinds: readonly ActorKind[]): string[] {
    let at = -1;
    for (const k of kinds) at = Math.max(at, this.last.get(k)?.at ?? -1);
    return kinds.flatMap((k) => {
      const entry = this.last.get(k);
      return entry && entry.at === at ? [...entry.ids] : [];
    });
  }
}

/** Whether "it" at `i` is the subject of a verb that makes it an actor ("it attacked"), not a placeholder ("it is clear"). */
function actingPronoun(toks: readonly Token[], i: number): boolean {
  // Rule `datedSaying` (saying-time.ts): "the group said Monday it attacked …".
  const prev = toks[beforeSayingTime(toks, i)];
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

/** The one actor among `ids`; undefined when there are none or several. */
function onlyOne(ids: Iterable<string>): { id?: string; several: boolean } {
  const found = new Set(ids);
  return { id: found.size === 1 ? [...found][0] : undefined, several: found.size > 1 };
}

/** Mentions for the kind anaphors of a sentence, given the mentions it has and the paragraph's actors before it (linear in the sentence's tokens and mentions). */
export function kindAnaphorMentions(toks: readonly Token[], taken: readonly Mention[], paragraph: ParagraphActors, kindOf: (id: string) => ActorKind | undefined): Mention[] {
  const out: Mention[] = [];
  const covered = new Set<number>();
  for (const m of taken) for (let t = m.tokenStart; t < m.tokenEnd; t++) covered.add(t);
  // The actors named so far in the sentence, by kind (up to two each: a third changes nothing).
  const before = new Map<ActorKind, Set<string>>();
  const ended = [...taken].sort((x, y) => x.tokenEnd - y.tokenEnd);
  let next = 0;
  for (let i = 0; i < toks.length; i++) {
    for (; next < ended.length && ended[next].tokenEnd <= i; next++) {
      const kind = kindOf(ended[next].actorId);
      if (!kind) continue;
      const ids = before.get(kind) ?? new Set<string>();
      if (ids.size < 2) ids.add(ended[next].actorId);
      before.set(kind, ids);
    }
    const a = anaphorAt(toks, i);
    if (!a) continue;
    let overlaps = false;
    for (let t = i; t < a.end && !overlaps; t++) overlaps = covered.has(t);
    if (overlaps) continue;
    let pick = onlyOne(a.kinds.flatMap((k) => [...(before.get(k) ?? [])]));
    if (!pick.id && !pick.several && a.acrossSentences) pick = onlyOne(paragraph.nearest(a.kinds));
    if (!pick.id) continue;
    const last = toks[a.end - 1];
    out.push({ actorId: pick.id, start: toks[i].start, end: last.end, text: toks.slice(i, a.end).map((x) => x.text).join(' '), tokenStart: i, tokenEnd: a.end, via: 'pronoun', possessive: false, confidence: KIND_ANAPHOR_CONFIDENCE });
    i = a.end - 1;
  }
  return out;
}
