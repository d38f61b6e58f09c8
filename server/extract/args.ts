/**
 * Argument finders: who acts and who is acted on around a cue. Subjects come from the clause
 * (or the clause a participle or relative pronoun hangs on); objects follow a verb; nouns take
 * their arguments from prepositions ("talks with X", "facilitation by X", "downing of X by Y"),
 * from a modifier before them ("Israeli strikes", "U.S.–Iran talks", "U.S.-led isolation").
 */
import { inAcronymGloss } from './acronyms';
import { tiesNounBefore } from './standing-ties';
import { SPEECH_NOUNS } from './faced-act';
import { helperPhrase } from './helper-phrase';
import { companionInDashes } from './dash-companion';
import { allyAfterPreposition } from './ally-apposition';
import { perpetratorAfter } from './perpetrated-act';
import { parallelOwner } from './parallel-owner';
import { pairedTitleWords } from './paired-process';
import type { RelationType } from '../domain/types';
import type { SentenceAnalysis } from './analyze';
import { clauseIndexAt, opensWithTemporal, subjectStart } from './clauses';
import {
  AGENT_PARTICIPLES,
  AGENT_PREPS,
  BORDER_NOUNS,
  CONCERN_WINDOW,
  CONCERN_WORDS,
  DETERMINERS,
  INTENT_CUES,
  KINETIC_CUES,
  LOCATIVE_PREPS,
  MOTION_NOUNS,
  OBSERVER_VERBS,
  PATIENT_PREPS,
  PLACE_WORDS,
  POSSESSIVE_PRONOUNS,
  POSTURE_PREPS,
  PREPOSITIONS,
  RECEIVING_VERBS,
  TIME_WORDS,
  USING_VERBS,
  VERBAL_HOSTILITY,
} from './cues';
import { JOINT_TEXT_NOUNS } from './lexicon/news-contacts';
import { EXAMPLE_MARKERS, HEAD_NOUNS, leadStart, RANK_WORDS, REPRESENTATIVES, LINKING_PARTICIPLES, TIED_PEOPLE, type Group } from './groups';
import { isVerbInflection, lemmas } from './lemma';
import { DESIGNATION_CUES, WORDS_ONLY_CUES } from './lexicon/news-hostility';
import { namingVerb, predicateStart } from './naming-call';
import { ownedInterestGroup } from './owned-interests';
import { ownerOfObject } from './owner-object';
import { fold, HYPHENS } from './normalize';
import { REFERENCE_STATES } from './reference';
import { isMonthMay } from './tokens';
import type { CueMatch, Token } from './types';

/** Longest distance in tokens between a cue and an argument after it. */
const WINDOW = 12;
const AUX = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should']);
const STOP_WALK = new Set(['that', 'which', 'who', 'whom', 'whose', 'while', 'whereas', 'although', 'though', 'because', 'if', 'when', 'where', 'whereby', 'as', 'and', 'but', 'or']);

export interface Subject {
  group: Group;
  /** Borrowed from the clause a participle or relative clause depends on. */
  inherited: boolean;
  /** The subject of an infinitive someone calls for ("called for A and B to resume the EU-facilitated dialogue", rule `askedInfinitive`). */
  asked?: boolean;
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
  if (c.kind === 'resumed' && c.parent >= 0) {
    // "X, who spoke in Y, rejected Z": the subject is the one before the insertion.
    const s = subjectOf(a, groups, c.parent, a.clauses[c.parent].tokenEnd, depth + 1);
    // Rule `dashCompanion` (dash-companion.ts): "Israel—together with the United Kingdom—struck X": the companion acts too.
    const companion = s && companionInDashes(a.tokens, groups, a.clauses[ci - 1], c);
    return s && { group: companion ? { ...s.group, members: [...s.group.members, ...companion.members] } : s.group, inherited: false };
  }
  if (c.kind === 'relative') {
    // "a drone that approached": the antecedent right before the pronoun, if it is an actor.
    const g = groups.find((x) => x.tokenEnd <= c.tokenStart && x.tokenEnd >= c.tokenStart - 1 && !x.attribution);
    return g && { group: g, inherited: true };
  }
  // "with the United States acting as mediator": the actor before the participle is its subject.
  const absolute = [...groups].reverse().find((x) => x.governor === 'with' && x.tokenEnd < before && x.tokenStart >= c.tokenStart && /ing$/.test(a.tokens[x.tokenEnd]?.norm ?? '') && !a.tokens[x.tokenEnd].cap);
  if (absolute && !groups.some((x) => x.tokenStart > absolute.tokenStart && x.tokenStart < before)) return { group: absolute, inherited: false };
  const forSubject = forInfinitiveSubject(a, groups, c.tokenStart, before);
  if (forSubject) return { group: forSubject, inherited: false, asked: CALLING_FOR.has(a.tokens[(forSubject.governorAt ?? 0) - 1]?.norm ?? '') };
  const from = subjectStart(a.tokens, c, (i) => a.mentions.some((m) => m.tokenStart <= i && i < m.tokenEnd));
  // A cue inside a fronted phrase ("Speaking after talks with X, Y said") belongs to the main subject.
  const until = before < from ? c.tokenEnd : before;
  // "…with our partners, including A and B, …": examples of a noun before them, never the subject.
  const example = (x: Group): boolean => ['including', 'notably', 'especially', 'particularly'].includes(a.tokens[x.tokenStart - 1]?.norm ?? '');
  // "after the EU sanctioned Iran": the conjunction opening the clause is no preposition of its subject.
  const conjunction = opensWithTemporal(a.tokens, c) ? c.tokenStart : -1;
  const g = groups.find((x) => x.tokenStart >= from && x.tokenEnd <= until && x.tokenStart < c.tokenEnd && (!x.governor || x.governorAt === conjunction || memberOf(a, x, from)) && !x.attribution && !example(x));
  return g && { group: g, inherited: false };
}

/**
 * Rule `forInfinitiveSubject`: "the need for A and B to reengage in the EU-facilitated dialogue":
 * the group after "for", right before "to" and a verb, is the subject of that infinitive, so of a
 * cue inside it, before the subject of the clause. Only for a go-between's process the infinitive
 * names, so no verb of calling needs telling apart ("calls for X to step up sanctions" names none).
 */
function forInfinitiveSubject(a: SentenceAnalysis, groups: readonly Group[], from: number, before: number): Group | undefined {
  return [...groups].reverse().find((x) => {
    if (x.governor !== 'for' || x.governorAt === undefined || x.tokenStart < from || x.tokenEnd >= before || x.attribution) return false;
    const verbAt = x.tokenEnd + 1;
    const verb = a.tokens[verbAt];
    if (a.tokens[x.tokenEnd]?.norm !== 'to' || !verb || verb.kind !== 'word' || verb.cap || DETERMINERS.has(verb.norm)) return false;
    // The cue lies inside the infinitive, after its verb: not a main clause after it ("In order for A to join, B negotiated").
    if (before <= verbAt || before - verbAt > INFINITIVE_WINDOW || a.tokens.slice(verbAt, before).some((_, k) => breaksClause(a.tokens, verbAt + k))) return false;
    // "a plea for A and B to begin talks", "hopes for A and B to hold talks" are only wished for: the
    // rule reads only a go-between's process the infinitive names ("to reengage in the EU-facilitated
    // dialogue"), which goes on whatever the wish.
    return a.tokens.slice(verbAt + 1, before).some((t) => BROKERED_PARTICIPLE.test(t.norm));
  });
}

/**
 * Rule `askedInfinitive`: words of calling before "for" ("called for A and B to resume the
 * EU-facilitated dialogue", "a call for …", "appealed for …"): their infinitive is only asked for,
 * so its subject takes part in the go-between's process (which goes on) but does nothing the
 * infinitive says (a call for talks is not talks). Forms, not lemmas: "need" is no call.
 */
const CALLING_FOR: ReadonlySet<string> = new Set(['call', 'calls', 'called', 'calling', 'appeal', 'appeals', 'appealed', 'appealing', 'plea', 'pleas', 'pleaded', 'pressed', 'pushed', 'asked', 'urged']);

/** "the Turkish-facilitated dialogue", "the EU-mediated talks": a go-between's process named before the cue. */
const BROKERED_PARTICIPLE = /(?:facilitated|mediated|brokered|sponsored)$/;

/** Most tokens from the infinitive's verb to a cue inside it ("to reengage in the Turkish-facilitated dialogue"). */
const INFINITIVE_WINDOW = 7;
/** Punctuation that closes an infinitive (a hyphen does not: "EU-facilitated"). */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([',', ';', ':', '(', ')', '—', '–']);
/** Whether token i closes an infinitive: a bracket of an acronym gloss does not ("to support the Kingdom of Atlantis (KoA) and discuss", rule `bracketedAcronym`). */
const breaksClause = (tokens: readonly Token[], i: number): boolean => tokens[i].kind === 'punct' && CLAUSE_BREAKS.has(tokens[i].text) && !inAcronymGloss(tokens, i);

/** "Envoys of Armenia and Azerbaijan held talks": the actors a group noun opening the clause is made of. */
function memberOf(a: SentenceAnalysis, g: Group, from: number): boolean {
  if ((g.governor !== 'of' && g.governor !== 'from') || g.governorAt === undefined) return false;
  const head = g.governorAt - 1;
  if (head < from || !HEAD_NOUNS.has(a.tokens[head].norm)) return false;
  // Determiners, numbers and up to three modifiers: "the foreign ministers of A, B and C".
  const before = a.tokens.slice(pronounApposition(a.tokens, from), head);
  const modifiers = before.filter((t) => !DETERMINERS.has(t.norm) && !/^\d+$/.test(t.norm));
  return modifiers.length <= MAX_HEAD_MODIFIERS && modifiers.every((t) => t.kind === 'word' && !isVerbInflection(t.norm) && !PREPOSITIONS.has(t.norm));
}

/** Data: plural pronouns a joint text's authors name themselves by before saying who they are. */
const AUTHOR_PRONOUNS: ReadonlySet<string> = new Set(['we']);

/**
 * Rule `pronounApposition`: "We, the foreign ministers of A, B and C, condemn …", "We, the leaders
 * of A and B, agreed …": a joint statement's "we" followed by a comma and the group noun says who
 * "we" are, so the members after "of" are the subject, as when the group noun opens the clause.
 * Returns where the group noun's phrase starts: after "we," or `from`.
 */
function pronounApposition(tokens: readonly Token[], from: number): number {
  return AUTHOR_PRONOUNS.has(tokens[from]?.norm ?? '') && tokens[from + 1]?.text === ',' ? from + 2 : from;
}

/** Most words between a clause's determiner and its group noun ("the senior foreign ministers of"). */
const MAX_HEAD_MODIFIERS = 3;

/** Data: adjectives of a manner phrase "in the … terms" ("strongest", "no uncertain"). */
const MANNER_ADJECTIVES: ReadonlySet<string> = new Set(['strongest', 'strongest possible', 'harshest', 'clearest', 'no uncertain', 'unequivocal', 'starkest', 'firmest', 'sharpest']);

/**
 * Rule `mannerPhrase`: "condemns in the strongest terms the Houthi attacks": a phrase of manner
 * right after the verb ("in the strongest (possible) terms", "in no uncertain terms") stands
 * before its object without making it a preposition's; returns the token after it, or `at`.
 */
export function afterManner(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.norm !== 'in') return at;
  for (let j = at + 1; j < tokens.length && j <= at + 5; j++) {
    if (tokens[j].norm !== 'terms') continue;
    const words = tokens.slice(at + 1, j).map((t) => t.norm).filter((w) => w !== 'the');
    if (!MANNER_ADJECTIVES.has(words.join(' '))) return at;
    return tokens[j + 1]?.text === ',' ? j + 2 : j + 1;
  }
  return at;
}

/** First group after a verb: its object (not a "by" agent, not a venue unless nothing else). */
export function objectAfter(a: SentenceAnalysis, groups: readonly Group[], cue: CueMatch, end: number, type: RelationType): { group?: Group; locative: boolean } {
  let venue: Group | undefined;
  for (const g of groups) {
    if (g.tokenStart < cue.tokenEnd || g.tokenStart >= end || g.tokenStart - cue.tokenEnd > WINDOW) continue;
    if (g.attribution || (g.governor && AGENT_PREPS.includes(g.governor))) continue;
    // "called Trump's order swift", "met Iran's demands": one talks with a person, not with what is theirs.
    if (type === 'negotiates' && g.members.every((m) => m.possessive) && !ownPeopleAfter(a.tokens, g)) continue;
    // "dismissed Lavrov": a verb hostile only to words or acts takes a bare actor as someone removed from office, no target.
    if (type === 'opposes' && WORDS_ONLY_CUES.has(cue.phrase) && !g.governor && !g.members.every((m) => m.possessive)) return { locative: false };
    // Rule `ownedInterest`: "harming U.S. companies": the act is aimed at what the actor owns, no actor.
    if (type === 'opposes' && ownedInterestGroup(a.tokens, g)) continue;
    // The cue's own preposition ("fire at", "meet with") introduces its object.
    if (g.governorAt !== undefined && g.governorAt < cue.tokenEnd) return { group: withSequel(a, groups, g), locative: false };
    if (isLocative(g)) {
      // "struck targets in Iran" hits Iran; an unknown place is only a place.
      if (!g.members.some((m) => m.via === 'discovered')) venue ??= g;
      continue;
    }
    // The direct object, unless a preposition shows it belongs to a noun in between
    // ("condemned the sanctions on Iran": Iran is the object of the sanctions).
    // "killed more than 200 Israelis", "sanctioned people linked to Hezbollah": the words leading up
    // to the actor are no preposition (rules quantityBeforeActor, linkedPeople).
    const objectStart = afterManner(a.tokens, cue.tokenEnd);
    const between = a.tokens.slice(objectStart, leadStart(a.tokens, g.tokenStart));
    // Rule `titledCounterparts` (respectively.ts): an "of" inside a capitalised name in between ("his Japanese and Republic of Korea counterparts, X") is the name's, no preposition of the verb's phrase.
    if (!g.governor && !between.some((t, k) => PREPOSITIONS.has(t.norm) && !(t.norm === 'of' && between[k - 1]?.cap && between[k + 1]?.cap))) return { group: g, locative: false };
    // Rule `ownerOfObject`: "threatens the peace and stability of X": the owner of what the act is done to.
    if (ownerOfObject(a, cue, g, objectStart)) return { group: g, locative: false };
    if (condemnedExample(a, cue, g, objectStart)) return { group: g, locative: false };
    // A preposition right after the verb ("negotiating with Iran", "retaliated against Israel"),
    // or after a place and a time ("met in Kyiv on Sunday with Umerov").
    if (g.governor && PATIENT_PREPS[type].includes(g.governor) && g.governorAt !== undefined && (g.governorAt - cue.tokenEnd <= 1 || adjunctsOnly(a, groups, cue.tokenEnd, g.governorAt))) {
      return { group: withSequel(a, groups, g), locative: false };
    }
  }
  // Only force lands somewhere: "struck targets in Iran", not "condemned the plan in Geneva".
  return type === 'opposes' && venue && KINETIC_CUES.has(cue.phrase) ? { group: venue, locative: true } : { locative: false };
}

/** Capitals of the reference states, folded: "Brussels", "Doha". */
const CAPITALS: ReadonlySet<string> = new Set(REFERENCE_STATES.flatMap((st) => st.capitals.map(fold)));

/** Data: verbs of going somewhere, whose "to" names a destination ("will travel to X", "flew to X"). */
const TRAVEL_VERBS: ReadonlySet<string> = new Set(['travel', 'fly', 'go', 'head', 'return', 'journey']);

/**
 * Rule `destinationHost`: "X will travel to Qatar for discussions on …", "X flew to Egypt to discuss
 * …": talks that are the purpose of a journey to a state, with no partner named, are held with that
 * state (its government receives the visitor). Only a state (not a city or a body's seat), right
 * after a verb or noun of travel and "to", with nothing but dates between it and "for"/"to"
 * and the cue; a partner or pair named with the cue reads first ("for talks with Hamas").
 */
export function journeyDestination(a: SentenceAnalysis, groups: readonly Group[], cue: CueMatch, isState: (id: string) => boolean): Group | undefined {
  // Rule `coordinatedInfinitive`: "flew to Egypt to reaffirm support for X and discuss Y": the "to" of the first infinitive marks the second.
  const markerAt = cue.pos === 'verb' && !cue.passive && a.tokens[cue.tokenStart - 1]?.norm === 'and' ? coordinatedInfinitiveAt(a.tokens, cue.tokenStart - 1) : cue.tokenStart - 1;
  const marker = a.tokens[markerAt]?.norm;
  if (!((cue.pos === 'noun' && marker === 'for') || (cue.pos === 'verb' && !cue.passive && marker === 'to'))) return undefined;
  // The last group ending before the marker (groups are in token order): a binary search keeps a
  // sentence of thousands of cues linear.
  let lo = 0;
  let hi = groups.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (groups[mid].tokenEnd <= markerAt) lo = mid + 1;
    else hi = mid;
  }
  const g = groups[lo - 1];
  if (!g || g.governor !== 'to' || g.governorAt === undefined || g.attribution) return undefined;
  const verb = a.tokens[g.governorAt - 1]?.norm ?? '';
  // A capital stands for its state, but a journey there may be to a body seated in it ("to Brussels").
  const stateNamed = g.members.every((m) => isState(m.actorId) && !CAPITALS.has(fold(m.text)));
  if (!lemmas(verb).some((l) => TRAVEL_VERBS.has(l) || MOTION_NOUNS.has(l)) || !stateNamed) return undefined;
  const gap = a.tokens.slice(g.tokenEnd, markerAt);
  const dateOrComma = (t: Token): boolean => (t.kind !== 'word' ? [',', '-', '–'].includes(t.text) : TIME_WORDS.has(t.norm) || DETERMINERS.has(t.norm) || t.norm === 'on' || /^\d+$/.test(t.norm));
  return gap.every(dateOrComma) ? g : undefined;
}

/** Most tokens from a first infinitive's "to" to the "and" of the second ("to reaffirm U.S. support for the transition and"). */
const COORDINATED_INFINITIVE_WINDOW = 12;

/**
 * Rule `coordinatedInfinitive`: the "to" of an infinitive that a verb after "and" (at `and` + 1)
 * shares: "to reaffirm support for the transition and discuss …". The nearest "to" before a
 * lower-case verb, with no clause break, conjunction or relative pronoun between; `and` itself when none.
 */
function coordinatedInfinitiveAt(tokens: readonly Token[], and: number): number {
  for (let p = and - 1; p >= 0 && and - p <= COORDINATED_INFINITIVE_WINDOW; p--) {
    const t = tokens[p];
    if (breaksClause(tokens, p) || STOP_WALK.has(t.norm)) return and;
    const verb = tokens[p + 1];
    if (t.norm === 'to' && verb?.kind === 'word' && !verb.cap && !DETERMINERS.has(verb.norm) && !PREPOSITIONS.has(verb.norm)) return p;
  }
  return and;
}

/**
 * Rule `possessedPeople`: "met with Egypt's leaders", "stays in touch with Iran's senior officials":
 * a possessor before the nouns of those who act for it is met through them, as "the leaders of
 * Egypt" is (rule `peopleOf`); what else it owns ("met Iran's demands") is no partner.
 */
function ownPeopleAfter(tokens: readonly Token[], g: Group): boolean {
  let p = g.tokenEnd + 1;
  while (RANK_WORDS.has(tokens[p]?.norm ?? '')) p++;
  return REPRESENTATIVES.has(tokens[p]?.norm ?? '');
}

/**
 * Rule `condemnedExample`: "condemned all forms of aggression, including Russia's violation of …",
 * "rejected such acts, notably Iran's seizure of …": an act named as an example of what a verb of
 * condemnation takes as its object is condemned too, and its owner (the possessor before it) is the
 * one opposed, as when the act is the object itself ("condemned Russia's attack"). Only an owned act
 * right after ", including"/", notably"/…, and only when a hostile noun follows the possessive:
 * "condemned the attacks on civilians, including Israelis" names victims, who are no possessor,
 * and "…, including Ukraine's children" names victims who are one.
 */
function condemnedExample(a: SentenceAnalysis, cue: CueMatch, g: Group, objectStart: number): boolean {
  if (cue.pos !== 'verb' || cue.passive || !VERBAL_HOSTILITY.has(cue.phrase) || !g.members.every((m) => m.possessive)) return false;
  const lead = leadStart(a.tokens, g.tokenStart);
  const marker = a.tokens[lead - 1];
  // Only an act the possessor owns ("Russia's violation of …"): "including Ukraine's children" names victims.
  return lead - 2 > objectStart && !!marker && EXAMPLE_MARKERS.has(marker.norm) && a.tokens[lead - 2]?.text === ',' && ownsHostileAct(a, g);
}

/** Words that join a second object with the same preposition ("met with A, then with B"). */
const SEQUEL_WORDS = new Set([',', 'then', 'and', 'later', 'afterwards', 'also']);

/**
 * "met with the IMF, then with President Trump": a second group after the object, governed by the
 * same preposition and joined only by "then"/"and"/commas, is an object too; so for a noun's party
 * (rule `coordinatedPatient`: "calls with A, and with B", frameAfter).
 */
function withSequel(a: SentenceAnalysis, groups: readonly Group[], g: Group): Group {
  if (!g.governor || g.governorAt === undefined) return g;
  // Only the group right after it can be its sequel (another one between would not be a sequel word);
  // groups are in token order, so a binary search keeps a sentence of thousands of cues linear.
  let lo = 0;
  let hi = groups.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (groups[mid].tokenStart > g.tokenEnd) hi = mid;
    else lo = mid + 1;
  }
  const next = groups[lo];
  if (!next || next.governor !== g.governor || next.governorAt === undefined || next.attribution) return g;
  const between = a.tokens.slice(g.tokenEnd, next.governorAt);
  if (!between.length || !between.some((t) => t.norm === 'then' || t.norm === 'and') || !between.every((t) => SEQUEL_WORDS.has(t.kind === 'word' ? t.norm : t.text))) return g;
  return { ...g, members: [...g.members, ...next.members], tokenEnd: next.tokenEnd };
}

/** Whether tokens [from, to) are only adjuncts of place and time ("in Kyiv on Sunday", "in the Saudi capital"). */
function adjunctsOnly(a: SentenceAnalysis, groups: readonly Group[], from: number, to: number): boolean {
  const covered = new Set<number>();
  for (const g of groups) {
    if (!isLocative(g) || g.governorAt === undefined || g.governorAt < from || g.tokenEnd > to) continue;
    for (let i = g.governorAt; i < g.tokenEnd; i++) covered.add(i);
  }
  let place = false;
  for (let i = from; i < to; i++) {
    const t = a.tokens[i];
    if (covered.has(i)) continue;
    if (t.kind !== 'word') return false;
    if (LOCATIVE_PREPS.has(t.norm)) place = true;
    else if (t.norm === 'on' || t.norm === 'during') place = false;
    else if (t.cap && place) continue; // an unknown place: "in Istanbul"
    else if (!TIME_WORDS.has(t.norm) && !DETERMINERS.has(t.norm) && !PLACE_WORDS.has(t.norm) && !/ly$/.test(t.norm) && !/^\d+$/.test(t.norm)) return false;
  }
  return true;
}

/**
 * What a military move is aimed at: the other side of a border ("near the border with Ukraine",
 * "on Ukraine's frontier", "along the Ukrainian border"), or an actor after "against", "near",
 * "toward" ("massed troops near Ukraine").
 */
export function postureTarget(a: SentenceAnalysis, groups: readonly Group[], cue: CueMatch, end: number): Group | undefined {
  const t = a.tokens;
  for (let b = cue.tokenEnd; b < end && b - cue.tokenEnd <= WINDOW; b++) {
    if (!BORDER_NOUNS.has(t[b].norm)) continue;
    const before = groups.find((g) => g.tokenStart >= cue.tokenEnd && (g.tokenEnd === b || (g.tokenEnd === b - 1 && t[b - 1].kind === 'possessive')));
    if (before && !before.attribution) return before;
    const after = groups.find((g) => g.governorAt === b + 1 && ['with', 'of', 'between'].includes(g.governor ?? ''));
    if (after) return after;
  }
  // An unknown name after "along"/"near" is a place ("along the Line of Control"), not a side.
  return groups.find(
    (g) => g.tokenStart >= cue.tokenEnd && g.tokenStart < end && g.tokenStart - cue.tokenEnd <= WINDOW && POSTURE_PREPS.includes(g.governor ?? '') && !g.members.every((m) => m.via === 'discovered'),
  );
}

export interface Frame {
  agent?: Group;
  patient?: Group;
  between?: Group;
  /** A known actor after "in"/"at": for attacks, where they land ("Russia's war in Ukraine"). */
  venue?: Group;
}

function stopsWalk(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t.kind === 'punct') return !['-', '–', "'"].includes(t.text);
  // "sanctions imposed by X on Y": participles that introduce an agent do not end the phrase.
  if (AGENT_PARTICIPLES.includes(t.norm)) return false;
  return STOP_WALK.has(t.norm) || (AUX.has(t.norm) && !isMonthMay(tokens, i)) || (/ed$/.test(t.norm) && !t.cap && !PREPOSITIONS.has(t.norm));
}

/** Data: participles by which an agreement or talks are had ("the agreement reached between A and B"). */
const REACHED_PARTICIPLES: ReadonlySet<string> = new Set(['reached', 'made', 'signed', 'struck', 'concluded', 'announced', 'agreed', 'held', 'negotiated', 'sealed', 'forged']);
/** Words of a relative clause's start before its participle ("that was", "which has been"). */
const RELATIVE_LEAD: ReadonlySet<string> = new Set(['that', 'which', 'is', 'was', 'were', 'are', 'has', 'have', 'had', 'been', 'being', 'recently', 'just', 'earlier', 'previously', 'already']);
/** Most words between a noun cue and the participle of its relative clause ("that has recently been"). */
const RELATIVE_LEAD_MAX = 4;

/**
 * Rule `reachedBetween`: "the agreement that was made between A and B", "the deal reached between A
 * and B", "talks held between A and B": a participle of having talks or an agreement, right after
 * the noun (or after "that was"), names the noun's parties with "between", past the relative
 * clause boundary that ends the noun's own phrase.
 */
export function reachedBetween(a: SentenceAnalysis, groups: readonly Group[], cue: CueMatch): Group | undefined {
  if (cue.pos !== 'noun') return undefined;
  let p = cue.tokenEnd;
  while (p < a.tokens.length && p - cue.tokenEnd < RELATIVE_LEAD_MAX && RELATIVE_LEAD.has(a.tokens[p].norm)) p++;
  if (!REACHED_PARTICIPLES.has(a.tokens[p]?.norm ?? '') || a.tokens[p + 1]?.norm !== 'between') return undefined;
  return groups.find((g) => g.governor === 'between' && g.governorAt === p + 1 && new Set(g.members.map((m) => m.actorId)).size >= 2);
}

/** Prepositions of a journey's places ("to Russia from Germany", "from Kyiv via Warsaw"). */
const JOURNEY_PREPS: ReadonlySet<string> = new Set(['to', 'from', 'via', 'through', 'into']);

/** Prepositional arguments right after a cue, up to a verb, comma or clause boundary. */
export function frameAfter(a: SentenceAnalysis, groups: readonly Group[], cue: CueMatch, end: number, type: RelationType): Frame {
  const f: Frame = {};
  let stop = cue.tokenEnd;
  while (stop < end && stop - cue.tokenEnd < WINDOW) {
    const t = a.tokens[stop];
    // Words between a group's preposition and the group are its phrase ("of pro-democracy activists and elected leaders A and B", rule describedNames).
    const inGroup = groups.some((g) => (g.governorAt ?? g.tokenStart) <= stop && stop < g.tokenEnd);
    // "on 15 individuals and entities linked to Hamas": a list of the people tied to an actor goes on.
    // "sanctions on individuals linked to Hamas": their tie to an actor does not end the phrase either (rule linkedPeople).
    const peopleList = t.norm === 'and' && TIED_PEOPLE.has(a.tokens[stop + 1]?.norm ?? '');
    const tie = LINKING_PARTICIPLES.has(t.norm) && TIED_PEOPLE.has(a.tokens[stop - 1]?.norm ?? '');
    // "X was described / designated as a terrorist state by Y": the "as" of a passive naming opens its predicate, and the "by" after it names the namer.
    const namingAs = stop === cue.tokenEnd && t.norm === 'as' && cue.passive && (!!namingVerb(a.tokens[cue.tokenEnd - 1]) || DESIGNATION_CUES.has(cue.phrase));
    if (!inGroup && !peopleList && !tie && !namingAs && stopsWalk(a.tokens, stop)) break;
    stop++;
  }
  // A phrase ending in its preposition ("envoy to", "meet with") governs what follows directly.
  let journeyEnd = -1;
  for (const g of groups) {
    if (g.tokenStart < cue.tokenEnd || g.tokenStart >= stop || g.attribution) continue;
    const gov = g.governor;
    // "talks during a visit to Kyiv", "after his return from Moscow": a destination, not a party.
    // Rule `journeyPlaces`: and the next place of that journey ("upon his return to Russia from Germany").
    const travel = g.governorAt !== undefined && gov !== 'between' && gov !== 'among' && (lemmas(a.tokens[g.governorAt - 1]?.norm ?? '').some((l) => MOTION_NOUNS.has(l)) || (g.governorAt === journeyEnd && JOURNEY_PREPS.has(gov ?? '')));
    if (travel) {
      journeyEnd = g.tokenEnd;
      if (!g.members.some((m) => m.via === 'discovered')) f.venue ??= g;
      continue;
    }
    if ((gov === 'between' || gov === 'among') && g.members.length >= 2) {
      // Rule `standingTies` (standing-ties.ts): "discussed the partnership between A and B" names whose tie, not who talks.
      if (!hostileNounBetween(a, groups, cue, g) && !(cue.type === 'negotiates' && cue.pos === 'verb' && tiesNounBefore(a.tokens, g))) f.between ??= g;
    }
    else if (gov === 'of' && g.members.length >= 2 && betweenHeadOf(a, groups, g)) f.between ??= g;
    else if (gov && AGENT_PREPS.includes(gov)) {
      // "talks after mediation by Turkey": the agent of the nearer noun, not of this cue.
      // "condemned in a joint statement by A and B": the text's issuers are the agent of the act it carries (rule jointText).
      if (!a.cues.some((c) => c !== cue && c.pos === 'noun' && !JOINT_TEXT_NOUNS.includes(c.phrase) && c.tokenStart >= cue.tokenEnd && c.tokenEnd <= (g.governorAt ?? g.tokenStart))) f.agent ??= g;
    }
    // Rule `ownedInterest`: "a threat to U.S. national security" is aimed at what the actor owns.
    else if (type === 'opposes' && gov && PATIENT_PREPS[type].includes(gov) && ownedInterestGroup(a.tokens, g)) continue;
    // Rule `helpOfThird`: "with Egyptian help" names a go-between, not a partner.
    else if (gov && PATIENT_PREPS[type].includes(gov) && !isLocative(g) && !helperPhrase(a.tokens, g) && !(type === 'opposes' && (gov === 'between' || gov === 'among') && nounBetween(a, groups, cue, g))) f.patient ??= withSequel(a, groups, g);
    else if (isLocative(g) && !g.members.some((m) => m.via === 'discovered')) f.venue ??= g;
  }
  const owner = type === 'opposes' ? condemnedOwner(a, groups, cue, stop) : undefined;
  if (owner) f.patient = owner;
  // Rule `perpetratedAct` (perpetrated-act.ts): "the attack on X was carried out by Y": Y did it.
  if (!f.agent && type === 'opposes' && cue.pos === 'noun') f.agent = perpetratorAfter(a.tokens, groups, stop);
  // Rule `allyApposition` (ally-apposition.ts): "Iran's cyberattack against our ally, Albania": the one named after the comma.
  if (!f.patient && cue.pos === 'noun') f.patient = allyAfterPreposition(a.tokens, groups, cue.tokenEnd, PATIENT_PREPS[type]);
  return f;
}

/**
 * Rule `condemnedOwner`: "his condemnation for Russia's attack on Ukraine", "criticism over Iran's
 * seizure of the tanker": a noun of condemnation or criticism followed by an act its doer owns is
 * aimed at that doer, whatever the preposition ("of", "for", "over"); the act's own patient ("on
 * Ukraine") is the act's, not the condemnation's. The noun twin of `condemnedAct`.
 */
function condemnedOwner(a: SentenceAnalysis, groups: readonly Group[], cue: CueMatch, stop: number): Group | undefined {
  if (cue.pos !== 'noun' || !SPEECH_NOUNS.has(cue.phrase)) return undefined;
  const g = groups.find((x) => x.tokenStart >= cue.tokenEnd && x.tokenStart < stop && !x.attribution);
  if (!g || !g.members.every((m) => m.possessive) || g.governorAt === undefined || g.governorAt < cue.tokenEnd) return undefined;
  return ownsHostileAct(a, g) ? g : undefined;
}

/** Whether a possessor owns a hostile act: a hostile noun right after the possessive, over its adjectives only ("Russia's unprovoked attack"). */
function ownsHostileAct(a: SentenceAnalysis, g: Group): boolean {
  const act = a.cues.find((c) => c.type === 'opposes' && c.pos === 'noun' && c.tokenStart > g.tokenEnd && c.tokenStart - g.tokenEnd <= MAX_POSSESSED_ADJECTIVES + 1);
  if (!act) return false;
  const gap = a.tokens.slice(g.tokenEnd + 1, act.tokenStart);
  return gap.every((t) => t.text === ',' || (t.kind === 'word' && !PREPOSITIONS.has(t.norm)));
}

/**
 * Rule `hostileNounBetween`: "discussed the conflict between A and B", "talked about tensions
 * between A and B": a pair named with "between" right after a hostile noun is that noun's pair (the
 * two in conflict), not the parties of a verb or noun of talks further back; the talk is about them.
 * Only for a negotiation cue: a go-between of a conflict mediates it ("mediated the conflict
 * between A and B"), and the hostile noun reads its own pair.
 */
function hostileNounBetween(a: SentenceAnalysis, groups: readonly Group[], cue: CueMatch, g: Group): boolean {
  if (cue.type !== 'negotiates' || !a.cues.some((c) => c !== cue && c.type === 'opposes' && c.pos === 'noun' && c.tokenStart >= cue.tokenEnd && c.tokenEnd === g.governorAt)) return false;
  // A verb of talks has a subject of its own ("Egypt and Qatar discussed the war between A and B").
  if (cue.pos === 'verb') return true;
  // A noun of talks is the pair's own unless the clause names other parties who hold it: not with no
  // subject ("Negotiations to end the war between A and B resumed"), nor a go-between's talks
  // ("Turkey hosted talks on ending the war between A and B", "Egypt mediated talks over …").
  const ci = clauseIndexAt(a.clauses, cue.tokenStart);
  const subject = subjectOf(a, groups, ci, cue.tokenStart)?.group;
  if (!subject) return false;
  const pair = new Set(g.members.map((m) => m.actorId));
  const brokered = a.cues.some((c) => c.type === 'mediates' && c.tokenStart >= subject.tokenEnd && c.tokenEnd <= cue.tokenStart);
  return !brokered && !subject.members.some((m) => pair.has(m.actorId));
}

/**
 * Rule `nearestNoun`: "sanctions on the basis of progress between Iranian factions": "between"
 * after another noun phrase says between whom that noun is, not whom a hostile cue further back is
 * aimed at. True when an uncovered preposition between the cue and the group's own opens a phrase
 * that is neither a place or time adjunct nor another cue.
 */
function nounBetween(a: SentenceAnalysis, groups: readonly Group[], cue: CueMatch, g: Group): boolean {
  const at = g.governorAt;
  if (at === undefined) return false;
  const covered = (i: number): boolean => groups.some((x) => (x.governorAt ?? x.tokenStart) <= i && i < x.tokenEnd);
  for (let p = cue.tokenEnd; p < at; p++) {
    const t = a.tokens[p];
    if (t.kind !== 'word' || !PREPOSITIONS.has(t.norm) || covered(p) || AGENT_PARTICIPLES.includes(t.norm)) continue;
    if (adjunctsOnly(a, groups, p, at) || a.cues.some((c) => c !== cue && c.tokenStart > p && c.tokenStart < at)) continue;
    return true;
  }
  return false;
}

/** Most tokens of the head between "between" and "of" ("between the Joint Committee of", "between the delegations of"). */
const BETWEEN_HEAD_MAX = 4;

/**
 * Rule `betweenHeadOf`: "talks between the delegations of A and B", "between the Joint Committee
 * of A and B": the pair after "of" are the parties, the head before it one of their organs.
 */
function betweenHeadOf(a: SentenceAnalysis, groups: readonly Group[], g: Group): boolean {
  if (g.governorAt === undefined) return false;
  let p = g.governorAt - 1;
  let used = 0;
  while (p >= 0 && used < BETWEEN_HEAD_MAX && a.tokens[p].kind === 'word' && !['between', 'among', 'and', 'or'].includes(a.tokens[p].norm) && (DETERMINERS.has(a.tokens[p].norm) || a.tokens[p].cap || groups.some((x) => x.tokenStart <= p && p < x.tokenEnd) || !PREPOSITIONS.has(a.tokens[p].norm))) {
    p--;
    used++;
  }
  return p >= 0 && used > 0 && (a.tokens[p].norm === 'between' || a.tokens[p].norm === 'among');
}

/** Most words between a possessor and its noun (rule `possessorAdjectives`: "Russia's unprovoked and unjustified full-scale war"). */
const MAX_POSSESSED_ADJECTIVES = 6;

/** An actor named just before a noun cue: "Israeli strikes", "Iran's rejection", "U.S.-led isolation". */
export function modifierBefore(a: SentenceAnalysis, groups: readonly Group[], cue: CueMatch): Group | undefined {
  // "its mediation", "their attacks": the possessive pronoun's antecedent is the agent.
  let p = cue.tokenStart - 1;
  while (p >= 0 && cue.tokenStart - p <= 3 && a.tokens[p].kind === 'word' && !a.tokens[p].cap && !POSSESSIVE_PRONOUNS.has(a.tokens[p].norm) && !DETERMINERS.has(a.tokens[p].norm) && !PREPOSITIONS.has(a.tokens[p].norm)) p--;
  if (p >= 0 && POSSESSIVE_PRONOUNS.has(a.tokens[p].norm) && !groups.some((g) => g.tokenStart <= p && p < g.tokenEnd)) {
    // Rule `parallelOwner` (parallel-owner.ts): "Russia's invasion of Ukraine and its attacks on Georgia": Russia's.
    return parallelOwner(a.tokens, groups, p) ?? [...groups].reverse().find((g) => g.tokenEnd <= p && !g.attribution);
  }
  for (let k = groups.length - 1; k >= 0; k--) {
    const g = groups[k];
    if (g.tokenStart >= cue.tokenStart) continue;
    if (g.tokenEnd > cue.tokenStart) return g; // "U.S. military action": the cue starts inside the name
    const between = a.tokens.slice(g.tokenEnd, cue.tokenStart);
    // After a possessive only adjectives stand before the noun: "Russia's unprovoked war" (a
    // participle there is no verb).
    // Rule `pairedProcess`: "the U.S.-Armenia Strategic Dialogue": the title's words leave the pair its owner.
    if (pairedTitleWords(a.tokens, a.mentions, cue, between)) return g;
    const afterPossessive = between[0]?.kind === 'possessive';
    if (between.length > (afterPossessive ? MAX_POSSESSED_ADJECTIVES + 1 : 3)) return undefined;
    const ok = between.every(
      (t, k) =>
        t.kind === 'possessive' ||
        // Rule `possessorAdjectives`: "Russia's unprovoked and unjustified war", "Iran's brutal, illegal
        // occupation": adjectives joined by "and"/"or" or a comma still leave the possessor the actor.
        (afterPossessive && k > 1 && k < between.length - 1 && (t.text === ',' || t.norm === 'and' || t.norm === 'or')) ||
        // Rule `datedPossessive`: "al-Shabab's May 3 attack", "Russia's 2022 invasion": a date between
        // the possessor and its noun still leaves the possessor the actor.
        (afterPossessive && t.kind !== 'punct' && (TIME_WORDS.has(t.norm) || /^\d{1,4}(?:st|nd|rd|th)?$/.test(t.norm))) ||
        ['-', '–', '‐'].includes(t.text) ||
        AGENT_PARTICIPLES.includes(t.norm) ||
        (t.kind === 'word' &&
          !t.cap &&
          !DETERMINERS.has(t.norm) &&
          !PREPOSITIONS.has(t.norm) &&
          !AUX.has(t.norm) &&
          (afterPossessive || !isVerbInflection(t.norm)) &&
          !STOP_WALK.has(t.norm) &&
          // "Egypt faces criticism": a verb, not a modifier.
          !lemmas(t.norm).some((l) => RECEIVING_VERBS.includes(l))),
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

const RECEIVING_PARSED = RECEIVING_VERBS.map((v) => v.split(' '));
const USING_PARSED = USING_VERBS.map((v) => v.split(' '));
const OBSERVER_PARSED = OBSERVER_VERBS.map((v) => v.split(' '));

/** Whether one of `verbs` (each a verb and an optional particle) stands between a subject (from `from`) and a noun cue. */
function verbBetween(verbs: readonly string[][], a: SentenceAnalysis, from: number, cue: CueMatch): boolean {
  for (let i = from; i < cue.tokenStart; i++) {
    const t = a.tokens[i];
    if (t.kind !== 'word' || t.cap) continue;
    const ls = lemmas(t.norm);
    if (verbs.some(([v, particle]) => ls.includes(v) && (!particle || a.tokens[i + 1]?.norm === particle))) return true;
  }
  return false;
}

/** Whether a verb of drawing on help ("leveraged", "relied on") stands between a subject and a noun cue (rule `mediationClient`). */
export const usingBetween = (a: SentenceAnalysis, from: number, cue: CueMatch): boolean => verbBetween(USING_PARSED, a, from, cue);

/** Whether a verb of receiving ("drew", "faced", "came under") stands between a subject and a noun cue. */
export const receivingBetween = (a: SentenceAnalysis, from: number, cue: CueMatch): boolean => verbBetween(RECEIVING_PARSED, a, from, cue);

/** Coordinators that open a second verb phrase of the same subject ("met A and held talks with B"). */
const VERB_COORDINATORS: ReadonlySet<string> = new Set(['and', 'but', 'then']);
/** "and had numerous calls with B", "and has held talks": "have" opens the second verb phrase too. */
const HAVE: ReadonlySet<string> = new Set(['had', 'has', 'have']);

/**
 * Rule `coordinatedVerb`: "X met A and held talks with B", "X engaged with A and had calls with B":
 * a verb right after "and"/"but"/"then" opens a second verb phrase of the subject, so what the first
 * verb does (a cue, an observer verb) no longer governs the nouns after it; not two adjectives or
 * participles joined ("unprovoked and unjustified"). The index where the last such phrase starts
 * before `end`, else `from`.
 */
function coordinatedVerbAt(tokens: readonly Token[], from: number, end: number): number {
  for (let i = end - 2; i >= from; i--) {
    const next = tokens[i + 1];
    // Not two participles joined ("the unprovoked and unjustified war"): the phrase before "and" ends in a noun or a name.
    const prev = tokens[i - 1];
    const afterPhrase = !!prev && i - 1 >= from && !(prev.kind === 'word' && isVerbInflection(prev.norm));
    if (VERB_COORDINATORS.has(tokens[i].norm) && afterPhrase && next.kind === 'word' && !next.cap && (HAVE.has(next.norm) || (isVerbInflection(next.norm) && !/ing$/.test(next.norm)))) return i + 1;
  }
  return from;
}

/** Rule `struckDeal`: nouns of agreement that one "strikes" ("the deal struck between A and B"). */
const STRUCK_NOUNS: ReadonlySet<string> = new Set(['deal', 'deals', 'agreement', 'agreements', 'accord', 'accords', 'bargain', 'compromise', 'truce', 'ceasefire', 'balance', 'pact']);

/** Rule `struckDeal`: whether a "strike" verb cue reaches an agreement ("struck a deal", "the deal struck"): nothing is hit. */
export function struckAgreement(tokens: readonly Token[], cue: CueMatch): boolean {
  return cue.phrase === 'strike' && cue.pos === 'verb' && [tokens[cue.tokenStart - 1], tokens[cue.tokenEnd], tokens[cue.tokenEnd + 1]].some((t) => STRUCK_NOUNS.has(t?.norm ?? ''));
}

/**
 * Whether the subject of a noun cue is only an onlooker: an observer verb ("welcomed talks with")
 * or a verb cue ("rejected talks with", "condemned the sanctions on") between them.
 */
export function onlookerBetween(a: SentenceAnalysis, start: number, cue: CueMatch): boolean {
  const from = coordinatedVerbAt(a.tokens, start, cue.tokenStart);
  for (let i = from; i < cue.tokenStart; i++) {
    const t = a.tokens[i];
    if (t.kind !== 'word') continue;
    // Rule `concernedOnlooker`: "is gravely concerned by reported killings": concern is comment, not part.
    if (CONCERN_WORDS.has(t.norm)) return true;
    // Rule `namingVerbs`: "called X a rival of Y": a noun in the predicate of a naming describes the
    // actor named, not the namer's act (an act named, "called it an aggression on Y", is the namer's criticism).
    if (namingVerb(t)) {
      const p = predicateStart(a.tokens, i, false);
      const namedEnd = a.tokens[p !== undefined ? p - 1 : -1]?.norm === 'as' ? p! - 1 : p;
      if (p !== undefined && p <= cue.tokenStart && a.mentions.some((m) => m.tokenEnd === namedEnd)) return true;
    }
    const ls = lemmas(t.norm);
    // "are expected to": a passive observer verb is a hedge, not an onlooker.
    if (AUX.has(a.tokens[i - 1]?.norm ?? '')) continue;
    if (OBSERVER_PARSED.some(([v, particle]) => ls.includes(v) && (!particle || a.tokens[i + 1]?.norm === particle))) return true;
  }
  // "Russia condemned the sanctions on Iran": the verb, not the noun, is what the subject did.
  // But one threatens one's own strikes: "Israel threatened strikes on Iran".
  // A participle joined to an actor ("Qatar-brokered talks") modifies the noun; it is no verb of the subject.
  const joined = (c: CueMatch): boolean => {
    const dash = a.tokens[c.tokenStart - 1];
    return !!dash && HYPHENS.has(dash.text) && dash.end === a.tokens[c.tokenStart].start;
  };
  // Rule `killedInAttack`: "X was killed in a U.S. airstrike": a hostile verb of receiving the noun ("killed in", "died in") makes its subject the noun's target, no onlooker.
  const receives = (c: CueMatch): boolean => RECEIVING_PARSED.some(([v, particle]) => !!particle && lemmas(a.tokens[c.tokenStart].norm).includes(v) && a.tokens[c.tokenEnd]?.norm === particle);
  // Rule `struckDeal`: "A and B have struck a deal": the verb reaches the agreement the noun names; its subject is the noun's party.
  return a.cues.some((c) => c !== cue && c.pos === 'verb' && c.tokenStart >= from && c.tokenEnd <= cue.tokenStart && !INTENT_CUES.has(c.phrase) && !joined(c) && !receives(c) && !struckAgreement(a.tokens, c));
}

/** Data: what is launched or fired at a target ("intercepted missiles launched by X"). */
const PROJECTILES: ReadonlySet<string> = new Set('missile missiles drone drones rocket rockets projectile projectiles torpedo torpedoes uav uavs shell shells'.split(' '));
const LAUNCH_PARTICIPLES: ReadonlySet<string> = new Set(['launched', 'fired', 'sent']);
const HELD: ReadonlySet<string> = new Set(['controlled', 'held', 'occupied', 'run']);

/**
 * Rule `launcher`: who launched what a kinetic verb acts on — "intercepted drones launched by the
 * Houthis", "shot down missiles fired from Houthi-controlled areas": the act is against the launcher.
 */
export function launcherOf(a: SentenceAnalysis, groups: readonly Group[], cue: CueMatch, end: number): Group | undefined {
  for (let p = cue.tokenEnd + 1; p < end && p - cue.tokenEnd <= WINDOW; p++) {
    if (!LAUNCH_PARTICIPLES.has(a.tokens[p].norm) || !PROJECTILES.has(a.tokens[p - 1].norm)) continue;
    // "from Yemen" is where they came from; "from Houthi-controlled areas" names who holds the ground.
    const held = (g: Group): boolean => HYPHENS.has(a.tokens[g.tokenEnd]?.text ?? '') && HELD.has(a.tokens[g.tokenEnd + 1]?.norm ?? '');
    return groups.find((g) => g.tokenStart > p && (g.governor === 'by' || (g.governor === 'from' && held(g))) && g.governorAt !== undefined && g.governorAt <= p + 2 && !g.attribution);
  }
  return undefined;
}

/** Rule `concernedOnlooker`: whether a word of concern stands shortly before a cue, in its sentence part ("expressed concern about Serbian military mobilizations"). */
export function concernBefore(tokens: readonly Token[], cue: CueMatch): boolean {
  for (let p = cue.tokenStart - 1; p >= 0 && p >= cue.tokenStart - CONCERN_WINDOW; p--) {
    const t = tokens[p];
    if (t.kind === 'punct' && !HYPHENS.has(t.text)) return false;
    if (CONCERN_WORDS.has(t.norm)) return true;
  }
  return false;
}
