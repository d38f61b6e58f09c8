/**
 * Argument finders: who acts and who is acted on around a cue. Subjects come from the clause
 * (or the clause a participle or relative pronoun hangs on); objects follow a verb; nouns take
 * their arguments from prepositions ("talks with X", "facilitation by X", "downing of X by Y"),
 * from a modifier before them ("Israeli strikes", "U.S.–Iran talks", "U.S.-led isolation").
 */
import type { RelationType } from '../domain/types';
import type { SentenceAnalysis } from './analyze';
import { subjectStart } from './clauses';
import { AGENT_PARTICIPLES, AGENT_PREPS, DETERMINERS, LOCATIVE_PREPS, OBSERVER_VERBS, PATIENT_PREPS, PREPOSITIONS } from './cues';
import type { Group } from './groups';
import { lemmas } from './lemma';
import type { CueMatch, Token } from './types';

/** Longest distance in tokens between a cue and an argument after it. */
const WINDOW = 12;
const AUX = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should']);
const STOP_WALK = new Set(['that', 'which', 'who', 'whom', 'whose', 'while', 'whereas', 'although', 'though', 'because', 'if', 'when', 'where', 'whereby', 'as', 'and', 'but', 'or']);

export interface Subject {
  group: Group;
  /** Borrowed from the clause a participle or relative clause depends on. */
  inherited: boolean;
}

export function isLocative(g: Group): boolean {
  return !!g.governor && LOCATIVE_PREPS.has(g.governor);
}

/** The subject of clause `ci`: its first group not governed by a preposition, before `before`. */
export function subjectOf(a: SentenceAnalysis, groups: readonly Group[], ci: number, before: number, depth = 0): Subject | undefined {
  const c = a.clauses[ci];
  if (!c || depth > 8) return undefined;
  if (c.kind === 'participial' && c.parent >= 0) {
    const s = subjectOf(a, groups, c.parent, a.clauses[c.parent].tokenEnd, depth + 1);
    return s && { group: s.group, inherited: true };
  }
  if (c.kind === 'relative') {
    // "a drone that approached": the antecedent right before the pronoun, if it is an actor.
    const g = groups.find((x) => x.tokenEnd <= c.tokenStart && x.tokenEnd >= c.tokenStart - 1 && !x.attribution);
    return g && { group: g, inherited: true };
  }
  const from = subjectStart(a.tokens, c);
  // A cue inside a fronted phrase ("Speaking after talks with X, Y said") belongs to the main subject.
  const until = before < from ? c.tokenEnd : before;
  const g = groups.find((x) => x.tokenStart >= from && x.tokenEnd <= until && x.tokenStart < c.tokenEnd && !x.governor && !x.attribution);
  return g && { group: g, inherited: false };
}

/** First group after a verb: its object (not a "by" agent, not a venue unless nothing else). */
export function objectAfter(groups: readonly Group[], cue: CueMatch, end: number, type: RelationType): { group?: Group; locative: boolean } {
  let venue: Group | undefined;
  for (const g of groups) {
    if (g.tokenStart < cue.tokenEnd || g.tokenStart >= end || g.tokenStart - cue.tokenEnd > WINDOW) continue;
    if (g.attribution || (g.governor && AGENT_PREPS.includes(g.governor))) continue;
    // The cue's own preposition ("fire at", "meet with") introduces its object.
    if (g.governorAt !== undefined && g.governorAt < cue.tokenEnd) return { group: g, locative: false };
    if (isLocative(g)) {
      // "struck targets in Iran" hits Iran; an unknown place is only a place.
      if (!g.members.some((m) => m.via === 'discovered')) venue ??= g;
      continue;
    }
    if (!g.governor || PATIENT_PREPS[type].includes(g.governor)) return { group: g, locative: false };
  }
  return type === 'opposes' && venue ? { group: venue, locative: true } : { locative: false };
}

export interface Frame {
  agent?: Group;
  patient?: Group;
  between?: Group;
}

function stopsWalk(t: Token): boolean {
  if (t.kind === 'punct') return !['-', '–', "'"].includes(t.text);
  // "sanctions imposed by X on Y": participles that introduce an agent do not end the phrase.
  if (AGENT_PARTICIPLES.includes(t.norm)) return false;
  return STOP_WALK.has(t.norm) || AUX.has(t.norm) || (/ed$/.test(t.norm) && !t.cap && !PREPOSITIONS.has(t.norm));
}

/** Prepositional arguments right after a cue, up to a verb, comma or clause boundary. */
export function frameAfter(a: SentenceAnalysis, groups: readonly Group[], cue: CueMatch, end: number, type: RelationType): Frame {
  const f: Frame = {};
  let stop = cue.tokenEnd;
  while (stop < end && stop - cue.tokenEnd < WINDOW) {
    const t = a.tokens[stop];
    const inGroup = groups.some((g) => g.tokenStart <= stop && stop < g.tokenEnd);
    if (!inGroup && stopsWalk(t)) break;
    stop++;
  }
  // A phrase ending in its preposition ("envoy to", "meet with") governs what follows directly.
  for (const g of groups) {
    if (g.tokenStart < cue.tokenEnd || g.tokenStart >= stop || g.attribution) continue;
    const gov = g.governor;
    if ((gov === 'between' || gov === 'among') && g.members.length >= 2) f.between ??= g;
    else if (gov && AGENT_PREPS.includes(gov)) f.agent ??= g;
    else if (gov && PATIENT_PREPS[type].includes(gov) && !isLocative(g)) f.patient ??= g;
  }
  return f;
}

/** An actor named just before a noun cue: "Israeli strikes", "Iran's rejection", "U.S.-led isolation". */
export function modifierBefore(a: SentenceAnalysis, groups: readonly Group[], cue: CueMatch): Group | undefined {
  for (let k = groups.length - 1; k >= 0; k--) {
    const g = groups[k];
    if (g.tokenStart >= cue.tokenStart) continue;
    if (g.tokenEnd > cue.tokenStart) return g; // "U.S. military action": the cue starts inside the name
    const between = a.tokens.slice(g.tokenEnd, cue.tokenStart);
    if (between.length > 3) return undefined;
    const ok = between.every(
      (t) =>
        t.kind === 'possessive' ||
        ['-', '–', '‐'].includes(t.text) ||
        AGENT_PARTICIPLES.includes(t.norm) ||
        (t.kind === 'word' && !t.cap && !DETERMINERS.has(t.norm) && !PREPOSITIONS.has(t.norm) && !AUX.has(t.norm) && !/(?:ed|ing)$/.test(t.norm) && !STOP_WALK.has(t.norm)),
    );
    return ok ? g : undefined;
  }
  return undefined;
}

/** "a deterrent that has made Iran ...": the first actor of a relative clause on the cue noun. */
export function relativeTarget(a: SentenceAnalysis, groups: readonly Group[], cue: CueMatch, ci: number): Group | undefined {
  const next = a.clauses[ci + 1];
  if (!next || next.kind !== 'relative' || next.tokenStart - cue.tokenEnd > 1) return undefined;
  return groups.find((g) => g.tokenStart > next.tokenStart && g.tokenStart < next.tokenEnd && !g.attribution && !(g.governor && AGENT_PREPS.includes(g.governor)));
}

/**
 * Whether the subject of a noun cue is only an onlooker: an observer verb ("welcomed talks with")
 * or a cue of another kind ("rejected talks with") between them, in the cue's own clause.
 */
export function onlookerBetween(a: SentenceAnalysis, from: number, cue: CueMatch): boolean {
  for (let i = from; i < cue.tokenStart; i++) {
    const t = a.tokens[i];
    if (t.kind !== 'word') continue;
    const ls = lemmas(t.norm);
    if (OBSERVER_VERBS.some((v) => (v.includes(' ') ? ls.includes(v.split(' ')[0]) && a.tokens[i + 1]?.norm === v.split(' ')[1] : ls.includes(v)))) return true;
  }
  return a.cues.some((c) => c !== cue && c.type !== cue.type && c.pos === 'verb' && c.tokenStart >= from && c.tokenEnd <= cue.tokenStart);
}
