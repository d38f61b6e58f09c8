/**
 * Relation rules per cue. Direction comes from structure: the subject of an active verb acts on
 * its object, a passive verb's "by" agent acts on its subject, a noun's agent is its "by"/"from"
 * phrase or the actor named before it. Negotiation is symmetric; mediation runs from the mediator
 * to each party, with the mediated pair kept as `between`.
 */
import { agentOfGerund } from './agent-gerund';
import { withNamedRepresentatives } from './named-representatives';
import type { ExtractionRule, ExtractionRuleName } from '../domain/extraction-rules';
import type { RelationType } from '../domain/types';
import type { SentenceAnalysis } from './analyze';
import { listTail } from './object-list';
import { roleApposition } from './role-apposition';
import { afterManner, struckAgreement, concernBefore, frameAfter, isLocative, journeyDestination, reachedBetween, launcherOf, modifierBefore, objectAfter, onlookerBetween, postureTarget, receivingBetween, relativeTarget, usingBetween, subjectOf, type Frame } from './args';
import { cameoAccusing } from './lexicon/cameo-verbs';
import { CREDITED_ACHIEVEMENTS } from './lexicon/credited-achievements';
import { ACCOUNT_WORDS, ATROCITY_WORDS, CLAIM_NOUNS, FIGHT_NOUNS, FIGHT_OCCASIONS, FINDING_CUES, FINDING_WINDOW, INTRANSITIVE_FIGHTS, MEMBERSHIP_CUES, MUTUAL_FIGHTING, OFFICIAL_ACTS, ONE_SIDE_AFTER_FIGHT } from './lexicon/news-hostility';
import { AGENT_PREPS, BACKGROUND_NOUNS, DETERMINERS, VERBAL_HOSTILITY, EASING_VERBS, EASING_WINDOW, ENDING_NOUNS, EVENT_BOUND_CUES, VISIT_HOSTS, KINETIC_CUES, MILITARY_NOUNS, PAIR_ONLY_CUES, POSSESSIVE_PRONOUNS, POSTURE_CUES, PREPOSITIONS, RECEIVING_VISITS, REPORTING_VERBS, TIME_WORDS, TOPIC_OBJECT_CUES } from './cues';
import { clauseIndexAt, introducingClause, objectRelativeEnd } from './clauses';
import { designationLists } from './designation-lists';
import { facedTarget } from './faced-act';
import { sovereigntyOwner } from './sovereignty-owner';
import { CALL_RECEIPTS } from './lexicon/call-receipts';
import { oppositionRoles, type RoleReading } from './opposition-roles';
import { attributions } from './attribution';
import { answererOf } from './answered-act';
import { buildGroups, governorBefore, ids, possessiveHeadEnd, type Group } from './groups';
import { sharesSide } from './sides';
import { isPastParticiple, isVerbInflection, lemmas } from './lemma';
import { asksYesNo, assess, assessInClause, marksOf, NON_FACT_FACTOR, REQUEST_NOUNS, UNASSESSED, type CandidateMarks } from './negation';
import { THIRD_PARTY_CONF } from './mediation-emit';
import { thirdPartyMediation } from './third-party-mediation';
import { helperPhrase, namedAsGoBetween } from './helper-phrase';
import { hostedPair } from './hosted-pair';
import { nearestPairs } from './nearest-pair';
import { statesOfSentence } from './sentence-pair';
import { isPeoplePairNoun } from './people-pair';
import { counterpartMentions } from './counterparts';
import { goBetweensMetBy, type MetBy } from './met-go-betweens';
import { objectController } from './object-control';
import { frontedHelperComma } from './fronted-helper';
import { resolvedDispute } from './resolved-dispute';
import { relativeTalksAt } from './relative-talks';
import { infinitiveOwner, REFUSAL_NOUNS } from './owned-infinitive';
import { documentAuthor } from './document-participle';
import type { CueMatch, Mention, RelationSpans, Sentence, Token } from './types';
import { HYPHENS } from './normalize';

/** What a sentence needs to know about its document. */
export interface DocContext {
  /** The pair the document's negotiations are about (states, or actors without a state). */
  pair?: [string, string];
  /** The sides a go-between named without them works between: `pair`, in a government's document less a person whose state the text never gave (rule `docPairOfSides`, context.ts). */
  mediatedSides?: readonly string[];
  /** The other side of `pair` for a speaker ("they" in "they are negotiating with us"). */
  counterpart(speaker: string): string | undefined;
  /** The most reported opposing pair: the sides a truce or ceasefire the document names without its parties is between. */
  conflict?: [string, string];
  /** The two parties of the last negotiation reported earlier in the paragraph. */
  recentPair?: [string, string];
  /** The two sides of the last hostility (at any confidence) named earlier in the paragraph: "the killing on both sides of the A-B conflict". */
  recentFoes?: [string, string];
  /** Whether `recentFoes` was read after `recentPair`, the nearer of the two (rule `nearestPair`). */
  foesLater?: boolean;
  /** The two people of two sides the sentence before named by name, for "the two leaders" (rule `peopleBefore`, people-pair.ts). */
  peopleBefore?: [string, string];
  /** Whether the sentence before names an attack, which an "it" of this one may stand for (rule `attribution`). */
  attackBefore?: boolean;
  /** The state an actor belongs to (itself when it has none). */
  side(id: string): string;
  /** The sides a go-between named without them works between, for a pair the text reported (lifted and filtered as `mediatedSides`). */
  mediatedSidesOf(pair: readonly [string, string]): string[] | undefined;
  /** Whether an actor is a person (rule `apposedPeopleList`: the names apposed to a body's people are people). */
  isPerson(id: string): boolean;
  /** Whether an actor is a state (rule `destinationHost`: a journey's destination). */
  isState(id: string): boolean;
  /** The ones an actor negotiated with in the document's first reading (rule `ownCounterparts`, counterparts.ts); absent in that first reading. */
  partnersOf?(id: string): readonly string[];
  /** Told of each cue dropped as negated, and of each sentence dropped as a yes/no question (the eval's miss diagnosis: scripts/eval/diagnose.ts). */
  onDropped?(sentence: Sentence, cue: CueMatch | undefined): void;
}

/** A relation found in one sentence. */
export interface Candidate {
  source: string;
  target: string;
  type: RelationType;
  between?: [string, string];
  confidence: number;
  sentence: Sentence;
  cue: string;
  /** `<type>.<rule>`: which rule found the arguments ("opposes.verb", "mediates.mediationPair"). */
  rule: ExtractionRule;
  /** Document offsets [start, end) of the cue and of the mentions naming source and target. */
  spans: RelationSpans;
  /** How the cue was qualified (negation.ts assess): already in `confidence`, kept apart for the calibration study (scripts/eval/calibrate.ts). */
  marks: CandidateMarks;
}


/** Data: base confidence per way the arguments were found. */
export const CONF = {
  verb: 0.9,
  passive: 0.85,
  frame: 0.85,
  subjectNoun: 0.75,
  pairInGroup: 0.75,
  mutual: 0.6,
  mediationPair: 0.8,
  mediationDocPair: 0.65,
  mediationThrough: 0.75,
  hostParticipant: 0.75,
  // Rule `sizedMeeting`: the partners of a counted meeting, each with the other, as the co-subjects of a meeting are.
  sizedMeeting: 0.75,
  // Rule `contactBothSides` (both-sides.ts): kept of the weaker of the two contacts it is read from.
  contactBothSides: 0.9,
  finding: 0.8,
  oppositionRole: 0.8,
  attribution: 0.75,
  inherited: 0.9,
  venueAsTarget: 0.6,
  posture: 0.8,
  anaphor: 0.8,
  theyInSpeech: 0.7,
  condemnedAct: 0.8,
  // Rule `answeredAct` (answered-act.ts): an answer read from the words around a hostile noun, not from the noun's own arguments.
  answeredAct: 0.75,
  // Rules of a third side's act (third-party-mediation.ts).
  ...THIRD_PARTY_CONF,
};

type Side = { group: Group; factor: number };

function pronounMentions(a: SentenceAnalysis, ctx: DocContext): Mention[] {
  const out: Mention[] = [];
  for (const p of a.pending) {
    const id = ctx.counterpart(p.speaker);
    const t = a.tokens[p.tokenIndex];
    if (id) out.push({ actorId: id, start: t.start, end: t.end, text: t.text, tokenStart: p.tokenIndex, tokenEnd: p.tokenIndex + 1, via: 'pronoun', possessive: false, confidence: CONF.theyInSpeech });
  }
  return out;
}

/** A list never spans two clauses: "... in Gaza, and Hamas fired" is two groups. */
function splitAtClauses(a: SentenceAnalysis, groups: Group[]): Group[] {
  const out: Group[] = [];
  for (const g of groups) {
    const parts = new Map<number, Mention[]>();
    for (const m of g.members) {
      const ci = clauseIndexAt(a.clauses, m.tokenStart);
      parts.set(ci, [...(parts.get(ci) ?? []), m]);
    }
    if (parts.size === 1) {
      out.push(g);
      continue;
    }
    for (const ms of parts.values()) out.push(...buildGroups(a.tokens, ms));
  }
  return out;
}

/**
 * Rule `pairAnaphor`: the pair "both sides" at token `at` stands for when the sentence names no pair
 * before it: the paragraph's last negotiating pair, the document's pair, the paragraph's last
 * hostile pair, the document's conflict, in this order, the first that leaves out every side the
 * sentence names before it ("the United States expects both sides to …", "C will continue
 * facilitating negotiations between both sides": C is neither side); a report's source does not
 * count ("Russia said both sides agreed"). None compatible: nothing.
 */
function compatiblePair(a: SentenceAnalysis, groups: readonly Group[], at: number, ctx: DocContext): [string, string] | undefined {
  const before = groups.filter((g) => g.tokenEnd <= at);
  const last = before[before.length - 1];
  const reported = !!last && a.tokens.slice(last.tokenEnd, at).some((t) => t.kind === 'word' && lemmas(t.norm).some((l) => REPORTING_VERBS.includes(l)));
  const named = new Set(reported ? [] : before.flatMap((g) => ids(g).map((id) => ctx.side(id))));
  const later = namedLater(a, groups, at, ctx);
  return nearestPairs(ctx).find((p): p is [string, string] => !!p && !p.some((id) => named.has(ctx.side(id))) && !p.every((id) => later.has(ctx.side(id))));
}

/**
 * Rule `pairNamedLater`: "the two ministers discussed the conflict between A and B": a pair the
 * sentence goes on to name, not in apposition to the anaphor ("Both sides, A and B, agreed"), is
 * another pair than the one the anaphor stands for — a writer meaning A and B would write "their
 * conflict". The sides named after token `at`, save an apposition right after it.
 */
function namedLater(a: SentenceAnalysis, groups: readonly Group[], at: number, ctx: DocContext): Set<string> {
  const end = a.anaphors.find(([s]) => s === at)?.[1] ?? at;
  const apposed = a.tokens[end]?.text === ',';
  // Only the pair of a hostile noun ("the conflict between A and B", rule `hostileNounBetween`): a pair named again
  // to describe what the anaphor's sides did ("The two sides agreed on a truce, the first between A and B") is theirs.
  const hostileNounEndsAt = (i: number): boolean => a.cues.some((c) => c.type === 'opposes' && c.pos === 'noun' && c.tokenEnd === i);
  const conflictPair = (g: Group): boolean => (g.governor === 'between' || g.governor === 'among') && g.governorAt !== undefined && hostileNounEndsAt(g.governorAt);
  return new Set(groups.filter((g) => g.tokenStart >= end && !(apposed && g.tokenStart === end + 1) && conflictPair(g)).flatMap((g) => ids(g).map((id) => ctx.side(id))));
}

/** Groups of the sentence, with "the two rivals" / "both sides" standing for the last pair. */
function sentenceGroups(a: SentenceAnalysis, ctx: DocContext): Group[] {
  // Rule `ownCounterparts` (counterparts.ts): "X and his counterparts" are X and the ones X negotiated with.
  const counterparts = /\bcounterparts?\b/.test(a.sentence.text) && ctx.partnersOf ? counterpartMentions(a.tokens, a.mentions, ctx.partnersOf, ctx.isPerson) : [];
  const groups = splitAtClauses(a, buildGroups(a.tokens, [...a.mentions, ...pronounMentions(a, ctx), ...counterparts]));
  for (const [s, e] of a.anaphors) {
    if (groups.some((g) => g.tokenStart < e && s < g.tokenEnd)) continue;
    const prior = [...groups].reverse().find((g) => g.tokenEnd <= s && new Set(g.members.map((m) => m.actorId)).size === 2);
    const span = { start: a.tokens[s].start, end: a.tokens[e - 1].end, tokenStart: s, tokenEnd: e };
    const text = a.sentence.text.slice(span.start - a.sentence.start, span.end - a.sentence.start);
    // Rule `statesOfSentence` (sentence-pair.ts): "both countries" after two states named apart in the sentence is those two.
    const states = prior ? undefined : statesOfSentence(a.tokens[e - 1].norm, groups.filter((g) => g.tokenEnd <= s), ctx.side, ctx.isState);
    // Rule `peopleBefore` (people-pair.ts): "The two leaders spoke" right after a sentence naming two people is those two.
    const people = prior || states || !isPeoplePairNoun(a.tokens[e - 1].norm) ? undefined : ctx.peopleBefore;
    const ids = prior ? prior.members.map((m) => m.actorId) : (states ?? people ?? compatiblePair(a, groups, s, ctx) ?? []);
    const members: Mention[] = ids.map((actorId) => ({ ...span, actorId, text, via: 'pronoun', possessive: false, confidence: 1 }));
    if (members.length !== 2) continue;
    const gov = governorBefore(a.tokens, s);
    groups.push({ members, tokenStart: s, tokenEnd: e, compound: false, governor: gov.prep, governorAt: gov.prep ? gov.at : undefined, attribution: false, confidence: CONF.anaphor });
  }
  return groups.sort((x, y) => x.tokenStart - y.tokenStart);
}

/** How sure the identification of one member is (a pronoun less than a name). */
function factorOf(g: Group, id: string): number {
  return g.members.find((x) => x.actorId === id)?.confidence ?? 1;
}

/**
 * The rule that found a relation's arguments, named after its base confidence in CONF (see README
 * "How extraction decides"): "verb" subject–object, "passive" by-agent, "frame" a noun's
 * prepositions, "subjectNoun", "pairInGroup", "mutual", "posture", "mediationPair",
 * "mediationDocPair". Declared with their explanations in domain/extraction-rules.ts.
 */
type RuleName = ExtractionRuleName;
/** source, target, confidence, rule */
type Found = [string, string, number, RuleName];

/** Every source member against every target member. */
function cross(src: Side, tgt: Side, rule: RuleName, scale = 1): Found[] {
  const out: Found[] = [];
  const groupFactor = src.factor * tgt.factor * src.group.confidence * tgt.group.confidence;
  for (const s of ids(src.group)) for (const t of ids(tgt.group)) out.push([s, t, CONF[rule] * scale * groupFactor * Math.min(factorOf(src.group, s), factorOf(tgt.group, t)), rule]);
  return out;
}

/** Every pair within one group ("Russia and Ukraine negotiated"), both orders when `both`. */
function within(g: Group, rule: RuleName, both: boolean, scale = 1): Found[] {
  const xs = ids(g);
  const out: Found[] = [];
  for (let i = 0; i < xs.length; i++) {
    for (let j = 0; j < xs.length; j++) {
      if (i === j || (!both && j < i)) continue;
      out.push([xs[i], xs[j], CONF[rule] * scale * g.confidence * Math.min(factorOf(g, xs[i]), factorOf(g, xs[j])), rule]);
    }
  }
  return out;
}

interface Args {
  subject?: Side;
  frame: Frame;
  modifier?: Group;
  object?: Side;
  relTarget?: Group;
  /** Opposition cues: the other side of a border or an actor a military move is aimed at. */
  aimed?: Group;
  tokens: readonly Token[];
  /** Every group of the sentence. */
  groups: readonly Group[];
  /** A verb of receiving between the subject and a noun cue ("X drew criticism from Y"). */
  receiving?: boolean;
  /** The modifier is a possessor ("Russia's"). */
  possessiveModifier?: boolean;
  /** Passive verbs: an actor inside a subject without one ("the move by Russia was condemned"). */
  subjectAgent?: Group;
  /** An actor joined to a participle by a hyphen: "Qatar-brokered", "EU-facilitated". */
  compoundAgent?: Group;
  /** Who does an infinitive cue: "commends Qatar for its efforts to mediate", "Oman's efforts to facilitate"; or a gerund after the object ("accused X of attacking Y"). */
  controller?: Group;
  /** The controller's act is only claimed ("accused X of attacking Y", rule `gerundController`). */
  claimed?: boolean;
  /** Groups before a mediation cue that only look on ("A and B welcome the talks … facilitated by C"). */
  onlookers?: ReadonlySet<Group>;
  /** Kinetic verbs: who launched what the verb acts on ("intercepted drones launched by X"). */
  launcher?: Group;
  /** Negotiation nouns: the pair named after a participle of having them ("the agreement reached between A and B", rule `reachedBetween`). */
  reached?: Group;
  /** Talks that are a journey's purpose: the state travelled to (rule `destinationHost`). */
  destination?: Group;
  /** Mediation: the pair a cue's own words go on to name ("a diplomatic push by C aimed at a framework whereby both A and B …"). */
  pairAfter?: Group;
  /** Verbs of finding: the one found to have committed an atrocity ("determined that A committed war crimes"). */
  found?: Group;
  /** Mediation nouns: the subject draws on the go-between's help ("we leveraged facilitation by Qatar", rule `mediationClient`). */
  client?: boolean;
  /** Mediation nouns of go-betweens: the side that meets them ("A met with Qatari mediators", rule `metGoBetweens`). */
  metBy?: MetBy;
  /** Agentless official acts (rule `issuerAgent`): the subject of the clause a relative clause hangs on, else the document's author in its own voice. */
  issuer?: Side | string;
  /** Verbs of condemnation without an actor as object (rule `condemnedAct`): who did the act condemned ("condemned the strikes by X"). */
  actAgent?: Group;
  /** Hostile nouns answered by someone ("Israel responds to Hamas's attack", rule `answeredAct`): who answers, and the act's doer. */
  answer?: { by: Group; doer: Group };
  /** Hostile nouns after an object's "for"/"over": the object did the act ("hold X accountable for the war against Y", rule `objectsAct`). */
  objectActor?: Group;
}

/** Most tokens between an infinitive cue's "to" and the actor that does it ("Qatar for their committed diplomatic efforts to"). */
const CONTROL_WINDOW = 8;

/**
 * Rule `controller`: the doer of an infinitive cue is the last actor named between the clause's
 * subject and its "to" ("the United States commends Qatar for its efforts to mediate", "we
 * support Oman's efforts to facilitate", "Russia asked Turkey to mediate"), not the subject who
 * praises, supports or asks; with no actor there, the subject does it ("Turkey offered to mediate").
 */
function infinitiveController(a: SentenceAnalysis, groups: readonly Group[], cue: CueMatch, ci: number, subject: Group | undefined): Group | undefined {
  if (cue.pos !== 'verb' || cue.passive) return undefined;
  const to = a.tokens[cue.tokenStart - 1]?.norm === 'to' ? cue.tokenStart - 1 : gerundAfterPreposition(a.tokens, cue.tokenStart);
  if (to === undefined) return undefined;
  const from = Math.max(a.clauses[ci].tokenStart, subject ? subject.tokenEnd : 0);
  return [...groups].reverse().find((g) => g.tokenStart >= from && g.tokenEnd <= to && g.tokenEnd >= to - CONTROL_WINDOW && !g.attribution && !isLocative(g));
}

/** Most tokens of a phrase inserted between commas after a noun and before its infinitive. */
const INSERTION_WINDOW = 6;

/**
 * Rule `nounController`: "the U.S. commitment to continue to hold Moscow accountable", "Russia's
 * efforts to undermine Ukraine": the doer of an infinitive hanging on a noun is the actor that noun
 * belongs to (named or possessive right before it), not the clause's subject who speaks of it.
 */
function nounController(a: SentenceAnalysis, groups: readonly Group[], cue: CueMatch): Group | undefined {
  const t = a.tokens;
  let to = cue.tokenStart - 1;
  if (t[to]?.norm !== 'to') return undefined;
  // "to continue to hold", "to seek to isolate": a chain of infinitives.
  while (t[to - 2]?.norm === 'to' && t[to - 1].kind === 'word' && !t[to - 1].cap) to -= 2;
  let noun = to - 1;
  // "the U.S. commitment, alongside other partners, to …": an inserted phrase between the noun and its infinitive.
  if (t[noun]?.text === ',') {
    let open = noun - 1;
    while (open > 0 && noun - open <= INSERTION_WINDOW && t[open].text !== ',') open--;
    if (t[open]?.text !== ',') return undefined;
    noun = open - 1;
  }
  // Rule `ownedAttempt`: "Russia's attempt today to annex Y": a word of time dates the attempt, the noun stands before it.
  if (t[noun]?.kind === 'word' && !t[noun].cap && TIME_WORDS.has(t[noun].norm) && t[noun - 1]?.kind === 'word') noun--;
  const owner = ownerAfterNoun(t, groups, noun);
  if (owner) return owner;
  if (!t[noun] || t[noun].kind !== 'word' || t[noun].cap || isVerbInflection(t[noun].norm) || PREPOSITIONS.has(t[noun].norm) || DETERMINERS.has(t[noun].norm)) return undefined;
  return groups.find((g) => g.tokenEnd === possessorEnd(t, noun) && !g.attribution && !g.governor);
}

/** Most adjectives between a possessor and the noun an infinitive hangs on ("Russia's fraudulent, politically-motivated attempt"). */
const OWNED_NOUN_ADJECTIVES = 6;

/**
 * Where the possessor of the noun at `noun` ends (its possessive's index), over the noun's own
 * lower-case adjectives (rule `ownedAttempt`: "Russia's fraudulent attempt to annex Y" is Russia's
 * as "Russia's attempt" is); else `noun` itself, for an owner named right before the noun ("the
 * U.S. commitment").
 */
function possessorEnd(t: readonly Token[], noun: number): number {
  for (let i = noun - 1; i >= 0 && noun - 1 - i <= OWNED_NOUN_ADJECTIVES; i--) {
    if (t[i].kind === 'possessive') return i;
    const adjective = t[i].kind === 'word' && !t[i].cap && !PREPOSITIONS.has(t[i].norm) && !DETERMINERS.has(t[i].norm) && !['and', 'or', 'but'].includes(t[i].norm);
    if (!adjective && t[i].text !== '-' && t[i].text !== ',') break;
  }
  return noun;
}

/** Data: those an owner may be named with before an infinitive ("the commitment of X and its partners to …"). */
const OWNER_COMPANIONS: ReadonlySet<string> = new Set(['partners', 'allies', 'enablers', 'proxies', 'supporters', 'friends']);

/**
 * Rule `nounOfController`: "the commitment of the United States to hold X accountable", "the
 * determination of the EU and its partners to isolate X": the owner named with "of" after the noun
 * an infinitive hangs on does it, as a possessor before the noun does (rule `nounController`). `last`
 * is the token before the infinitive's "to"; the group must end there, or before "and its
 * partners"; "of" must follow a lower-case noun (not "on behalf of", a verb, a title's "of").
 */
function ownerAfterNoun(t: readonly Token[], groups: readonly Group[], last: number): Group | undefined {
  let end = last + 1;
  // "… of X and its partners to": the companions are the owner's own side.
  if (OWNER_COMPANIONS.has(t[last]?.norm ?? '') && POSSESSIVE_PRONOUNS.has(t[last - 1]?.norm ?? '') && t[last - 2]?.norm === 'and') end = last - 2;
  const g = groups.find((x) => x.tokenEnd === end && x.governor === 'of' && !x.attribution);
  if (!g || g.governorAt === undefined) return undefined;
  const head = t[g.governorAt - 1];
  // Over adjectives to the noun phrase's determiner ("the continued commitment of").
  let d = g.governorAt - 2;
  while (d >= 0 && g.governorAt - 2 - d < OWNER_NOUN_ADJECTIVES && t[d].kind === 'word' && !t[d].cap && !DETERMINERS.has(t[d].norm) && !PREPOSITIONS.has(t[d].norm)) d--;
  const det = t[d];
  const isNoun = !!head && head.kind === 'word' && !head.cap && !isVerbInflection(head.norm) && !PREPOSITIONS.has(head.norm) && !DETERMINERS.has(head.norm);
  const undone = isNoun && lemmas(head.norm).some((l) => REQUEST_NOUNS.has(l) || REFUSAL_NOUNS.has(l));
  return isNoun && !undone && !!det && DETERMINERS.has(det.norm) ? g : undefined;
}

/** Most adjectives between the determiner and the noun an owner's infinitive hangs on ("the continued, unwavering commitment"). */
const OWNER_NOUN_ADJECTIVES = 3;

/** Prepositions after an object that open a gerund it does ("accused X of attacking Y", "condemned X for attacking Y", "charged X with attacking Y"). */
const OBJECT_GERUND_PREPS: ReadonlySet<string> = new Set(['of', 'for', 'with']);

/** Whether token `at` is a gerund after one of OBJECT_GERUND_PREPS ("for sanctioning"). */
const gerundAfterObjectPrep = (tokens: readonly Token[], at: number): boolean => /ing$/.test(tokens[at]?.norm ?? '') && OBJECT_GERUND_PREPS.has(tokens[at - 1]?.norm ?? '');

/**
 * Rule `gerundController`: "Egypt accused Israel of attacking Hamas", "France condemned Russia for
 * attacking Ukraine": the doer of a gerund after "of"/"for" is the actor right before the
 * preposition (the verb's object), not the clause's subject. After a verb of accusing the act is
 * only the accuser's claim, no fact (`CLAIM_VERBS`, `claimedGerund`).
 */
function gerundController(a: SentenceAnalysis, groups: readonly Group[], at: number): Group | undefined {
  // Rule `agentGerund` (agent-gerund.ts): "condemn the action by X in arresting Y": X arrests Y.
  const agent = agentOfGerund(a.tokens, groups, at);
  if (agent) return agent;
  if (!gerundAfterObjectPrep(a.tokens, at)) return undefined;
  const g = groups.find((x) => x.tokenEnd === at - 1 && !x.attribution);
  return g && !g.governor ? g : undefined;
}

/**
 * Verbs whose gerund after the object is only their subject's claim ("accused X of attacking Y",
 * "blamed X for attacking Y"): the accusing verbs of the CAMEO list (code 112), and those of
 * suspicion, inquiry, suit, trial and indictment ("investigated X for …", "tried X for …"), which it
 * does not list as hostility.
 */
const CLAIM_VERBS: ReadonlySet<string> = new Set([...cameoAccusing(), 'suspect', 'allege', 'charge', 'investigate', 'probe', 'question', 'sue', 'try', 'prosecute', 'indict']);

/** Rule `gerundController`: whether the verb before the gerund's doer only claims the act ("accused X of attacking Y": X attacking Y is no fact). */
function claimedGerund(a: SentenceAnalysis, doer: Group): boolean {
  const verb = a.tokens[leadStartOf(a.tokens, doer.tokenStart) - 1];
  return !!verb && verb.kind === 'word' && !verb.cap && lemmas(verb.norm).some((l) => CLAIM_VERBS.has(l));
}

/** Prepositions before an act an object is held to account for ("hold X accountable for the war", "sanctioned X over its invasion"). */
const ACCOUNT_PREPS: ReadonlySet<string> = new Set(['for', 'over']);
/** Most adjectives, commas and "and" between the act's determiner and the hostile noun ("the unprovoked and unjustified war"). */
const ACT_ADJECTIVES = 6;

/**
 * Rule `objectsAct`: "hold X accountable for the unprovoked war against Y", "held X responsible over
 * the invasion of Y", "condemned X for the strikes on Y": a hostile noun after "for"/"over" right after a
 * verb's object is that object's act, as a gerund there is (rule `gerundController`), not the
 * subject's nor nobody's. Only with the act's determiner ("the", "this"; a possessive pronoun already
 * names its doer), the object a plain one (no preposition before it, after a lower-case verb), and
 * the object's companions allowed ("X and its enablers"); "over" only after a word of account. After
 * a verb of accusing, of inquiry or of trial ("blamed X for the attack on Y", "investigated X for
 * …", "tried X for …") the act is only claimed, after a verb of asking ("asked X for sanctions on Y")
 * only sought: undefined, as neither is a fact.
 */
function objectsAct(a: SentenceAnalysis, groups: readonly Group[], cue: CueMatch): Group | undefined {
  if (cue.pos !== 'noun' || cue.type !== 'opposes') return undefined;
  const t = a.tokens;
  let p = cue.tokenStart - 1;
  while (p >= 0 && cue.tokenStart - 1 - p < ACT_ADJECTIVES && (t[p].text === ',' || (t[p].kind === 'word' && !t[p].cap && !DETERMINERS.has(t[p].norm) && !PREPOSITIONS.has(t[p].norm)))) p--;
  if (!t[p] || t[p].kind !== 'word' || !['the', 'this', 'these'].includes(t[p].norm)) return undefined;
  p--;
  const prep = t[p]?.norm ?? '';
  if (!ACCOUNT_PREPS.has(prep)) return undefined;
  p--;
  // "sanctioned X over the invasion of Y" names what the sanction is about, not that X did it (X may
  // have only backed it): "over" only after a word of account ("held X responsible over the war").
  if (ACCOUNT_WORDS.has(t[p]?.norm ?? '')) p--;
  else if (prep === 'over') return undefined;
  // "X and its enablers": the companions are the object's own side.
  if (OWNER_COMPANIONS.has(t[p]?.norm ?? '') && POSSESSIVE_PRONOUNS.has(t[p - 1]?.norm ?? '') && t[p - 2]?.norm === 'and') p -= 3;
  const g = groups.find((x) => x.tokenEnd === p + 1 && !x.governor && !x.attribution);
  if (!g) return undefined;
  const verb = t[leadStartOf(t, g.tokenStart) - 1];
  if (!verb || verb.kind !== 'word' || verb.cap || PREPOSITIONS.has(verb.norm) || DETERMINERS.has(verb.norm)) return undefined;
  return lemmas(verb.norm).some((l) => CLAIM_VERBS.has(l) || ASKING_VERBS.has(l)) ? undefined : g;
}

/** Data: verbs after which "for" names what is asked of the object, not what it did ("asked X for sanctions on Y", "pressed X for a war"). */
const ASKING_VERBS: ReadonlySet<string> = new Set(['ask', 'press', 'petition', 'lobby', 'beg', 'implore', 'urge', 'pressure', 'push']);

/**
 * The first token of a group's phrase over an article ("accused the United States of …"). Not
 * groups.ts's `leadStart`, which skips a count or the people tied to an actor and stops at the actor
 * after a lone article.
 */
const leadStartOf = (tokens: readonly Token[], at: number): number => (DETERMINERS.has(tokens[at - 1]?.norm ?? '') ? at - 1 : at);

/** Prepositions before a gerund whose doer is the one thanked or praised ("thanked Qatar for facilitating", "his leadership in facilitating"). */
const GERUND_PREPS: ReadonlySet<string> = new Set(['for', 'in']);

/**
 * Rule `controller` for gerunds: "thanked Qatar for facilitating", "gratitude to X for his
 * leadership in once again facilitating": the index of the preposition before the -ing cue
 * (adverbs between skipped), or undefined.
 */
function gerundAfterPreposition(tokens: readonly Token[], at: number): number | undefined {
  if (!/ing$/.test(tokens[at]?.norm ?? '')) return undefined;
  let p = at - 1;
  while (p >= 0 && tokens[p].kind === 'word' && (/ly$/.test(tokens[p].norm) || ['once', 'again', 'also', 'further', 'successfully'].includes(tokens[p].norm))) p--;
  return p >= 0 && GERUND_PREPS.has(tokens[p].norm) ? p : undefined;
}

function collectArgs(a: SentenceAnalysis, groups: Group[], cue: CueMatch, ci: number, ctx: DocContext): Args {
  const clause = a.clauses[ci];
  // Rule `objectControl` (object-control.ts): "urged X to continue talks with Y": the object of the verb of asking does the infinitive.
  const controlled = cue.passive ? undefined : objectController(a, groups, cue, clause);
  const subj = controlled ? { group: controlled, inherited: false, asked: false } : subjectOf(a, groups, ci, cue.tokenStart);
  // Rule `askedInfinitive` (args.ts): what an infinitive called for says of its subject is no fact; its go-between's process still is.
  const asked = subj?.asked && cue.type !== 'mediates' ? NON_FACT_FACTOR : 1;
  let subject: Side | undefined = subj && { group: subj.group, factor: (subj.inherited ? CONF.inherited : 1) * asked };
  const receiving = !!subject && cue.pos === 'noun' && cue.type === 'opposes' && receivingBetween(a, Math.max(clause.tokenStart, subject.group.tokenEnd), cue);
  // A noun's subject is a party only if nothing marks it as an onlooker.
  if (subject && cue.pos === 'noun' && onlookerBetween(a, Math.max(clause.tokenStart, subject.group.tokenEnd), cue)) subject = undefined;
  // Rule `observedParticiple`: "welcomes a resolution at the OAS suspending Russia": a participle
  // in what an onlooker welcomes or condemns is done by the actor named in that phrase, not the onlooker.
  if (subject && participleInObject(a, cue) && onlookerBetween(a, Math.max(clause.tokenStart, subject.group.tokenEnd), cue)) {
    const doer = [...groups].reverse().find((g) => g.tokenStart >= subject!.group.tokenEnd && g.tokenEnd <= cue.tokenStart && !g.attribution);
    subject = doer && { group: doer, factor: 1 };
  }
  // Rule `ownedInfinitive` (owned-infinitive.ts): "questioned the decision of the regime to arrest X": the owner decides, not the subject.
  const owned = subject && cue.type !== 'mediates' && !cue.passive ? infinitiveOwner(a, groups, cue) : undefined;
  if (owned) subject = owned.owner && { group: owned.owner, factor: 1 };
  // Rule `documentParticiple` (document-participle.ts): "the UN resolution condemning X" is the resolution's act, its author's.
  const text = subject ? documentAuthor(a, groups, cue) : undefined;
  if (text) subject = text.author && { group: text.author, factor: 1 };
  let obj: { group?: Group; locative: boolean } = cue.pos === 'verb' ? objectAfter(a, groups, cue, clause.tokenEnd, cue.type) : { locative: false };
  // Rule `objectRelative`: "Hamas, which Israel struck, …": with no object after it, the verb's object is the relative pronoun's antecedent.
  if (cue.pos === 'verb' && !cue.passive && (!obj.group || obj.locative)) {
    const antecedent = relativeAntecedent(a, groups, ci);
    if (antecedent && antecedent !== subject?.group) obj = { group: antecedent, locative: false };
  }
  // Rule `objectListTail` (object-list.ts): "met with A, the Arab League, civil society, and B": every actor of the object's list.
  // Rule `roleApposition` (role-apposition.ts): "spoke with his Turkish counterpart, Hakan Fidan": the person named after the role too.
  // Rule `namedRepresentatives` (named-representatives.ts): "met with Hamas representatives A and B": A and B too.
  const objectOf = (g: Group): Group => listTail(a, groups, withNamedRepresentatives(groups, roleApposition(a, groups, g), a.tokens[g.tokenEnd - 1]?.norm, ctx), clause.tokenEnd);
  if (obj.group && !obj.locative) obj = { group: objectOf(obj.group), locative: false };
  const modifier = cue.pos === 'noun' ? modifierBefore(a, groups, cue) : undefined;
  const found = frameAfter(a, groups, cue, clause.tokenEnd, cue.type);
  const frame = found.patient ? { ...found, patient: objectOf(found.patient) } : found;
  const doer = cue.type === 'opposes' && cue.pos === 'noun' ? (frame.agent ?? modifier) : undefined;
  const answerer = doer && answererOf(a, groups, cue, doer);
  const gerundDoer = cue.type === 'opposes' && cue.pos === 'verb' && !cue.passive ? gerundController(a, groups, cue.tokenStart) : undefined;
  const met = cue.type === 'mediates' && modifier ? goBetweensMetBy(a, groups, cue, modifier) : undefined;
  const relTarget = cue.pos === 'noun' ? relativeTarget(a, groups, cue, ci) : undefined;
  return {
    tokens: a.tokens,
    groups,
    subject,
    frame,
    modifier,
    answer: answerer && doer ? { by: answerer, doer } : undefined,
    receiving,
    metBy: met,
    client: !!subject && cue.pos === 'noun' && cue.type === 'mediates' && usingBetween(a, Math.max(clause.tokenStart, subject.group.tokenEnd), cue),
    possessiveModifier: !!modifier && a.tokens[modifier.tokenEnd]?.kind === 'possessive' && modifier.tokenEnd < cue.tokenStart,
    subjectAgent: cue.passive && !subject ? subjectAgent(a, groups, clause.tokenStart, cue.tokenStart) : undefined,
    compoundAgent: compoundAgent(a, groups, cue),
    controller: cue.type === 'mediates' ? infinitiveController(a, groups, cue, ci, subj?.group) : cue.type === 'opposes' && cue.pos === 'verb' && !cue.passive ? (nounController(a, groups, cue) ?? gerundDoer) : undefined,
    claimed: !!gerundDoer && claimedGerund(a, gerundDoer),
    onlookers: cue.type === 'mediates' ? new Set(groups.filter((g) => g.tokenEnd <= cue.tokenStart && onlookerBetween(a, g.tokenEnd, cue))) : undefined,
    pairAfter: cue.type === 'mediates' ? pairAfter(a, groups, cue) : undefined,
    found: FINDING_CUES.has(cue.phrase) ? foundGuilty(a, groups, cue) : undefined,
    reached: cue.type === 'negotiates' ? reachedBetween(a, groups, cue) : undefined,
    destination: cue.type === 'negotiates' ? journeyDestination(a, groups, cue, (id) => ctx.isState(id)) : undefined,
    issuer: cue.passive && OFFICIAL_ACTS.has(cue.phrase) ? issuerOf(a, groups, ci) : undefined,
    launcher: cue.type === 'opposes' && cue.pos === 'verb' && KINETIC_CUES.has(cue.phrase) ? launcherOf(a, groups, cue, clause.tokenEnd) : undefined,
    actAgent: cue.type === 'opposes' && cue.pos === 'verb' && VERBAL_HOSTILITY.has(cue.phrase) ? agentOfAct(a, groups, cue, ci) : undefined,
    object: obj.group && { group: obj.group, factor: obj.locative ? CONF.venueAsTarget : 1 },
    relTarget: relTarget && roleApposition(a, groups, relTarget),
    objectActor: objectsAct(a, groups, cue),
    aimed: cue.type === 'opposes' && (POSTURE_CUES.has(cue.phrase) || KINETIC_CUES.has(cue.phrase)) ? postureTarget(a, groups, cue, clause.tokenEnd) : undefined,
  };
}

/**
 * Rule `objectRelative`: the actor a clause opening with "which"/"whom" and a subject of its own hangs
 * on ("Hamas, which Israel struck, said …"). Only a clause inserted between commas: one that runs to
 * the sentence's end may stand for the whole event before it ("Russia invaded Ukraine, which the EU
 * sanctioned"). Not an actor after a preposition: it names what the phrase is about ("The sanctions
 * on Iran, which Russia opposed, took effect": Russia opposed the sanctions).
 */
function relativeAntecedent(a: SentenceAnalysis, groups: readonly Group[], ci: number): Group | undefined {
  const clause = a.clauses[ci];
  if (clause.tokenEnd >= a.tokens.length || a.tokens[clause.tokenEnd - 1]?.text !== ',') return undefined;
  const end = objectRelativeEnd(a.tokens, clause, (i) => groups.some((g) => g.tokenStart === i));
  const g = end === undefined ? undefined : groups.find((x) => x.tokenEnd === end && !x.attribution);
  return g && !g.governor ? g : undefined;
}

/** Most tokens between a verb of condemnation and the "by"/"from" naming who did the act it condemns. */
const ACT_WINDOW = 10;
/** Most tokens between the end of a verb's clause and the "from" of a relative clause on its object ("the strikes on Erbil that emanated from Iran"). */
const ACT_RELATIVE_WINDOW = 6;

/**
 * Rule `condemnedAct`: who did the act a verb of condemnation names as its object — the first actor
 * after "by" in the verb's clause ("condemns the four executions by the junta"), or after "from"
 * right after a hostile noun ("attacks from X"), or in a relative clause right on that object ("the
 * missile strikes on Erbil that emanated from Iran").
 * Only with an act between them: a word after the verb that is no preposition ("condemned by X" is passive).
 */
function agentOfAct(a: SentenceAnalysis, groups: readonly Group[], cue: CueMatch, ci: number): Group | undefined {
  const clause = a.clauses[ci];
  const next = a.clauses[ci + 1];
  // "that emanated from": a relative clause, also where its verb does not look like one to the clause splitter.
  const opensRelative = !!next && (next.kind === 'relative' || (next.kind === 'subordinate' && ['that', 'which'].includes(a.tokens[next.tokenStart].norm)));
  const relative = opensRelative && next.tokenStart - cue.tokenEnd <= ACT_WINDOW + ACT_RELATIVE_WINDOW ? next : undefined;
  // "by X" anywhere after the act; "from X" only right after a hostile noun ("rocket attacks from X"): "troops from Syria" came from a place.
  const hostileNounEndsAt = (i: number): boolean => a.cues.some((c) => c.type === 'opposes' && c.pos === 'noun' && c.tokenEnd === i);
  // Rule `claimAuthor`: "dismissed the claim from Berlin", "rejected accusations from X": the author of the words rejected,
  // when those words are the verb's object (over its article and adjectives); "condemned the strike in a statement from X"
  // names where the condemnation was voiced, and X is its author's side, not its target.
  const claimEndsAt = (i: number): boolean =>
    lemmas(a.tokens[i - 1]?.norm ?? '').some((l) => CLAIM_NOUNS.has(l)) && a.tokens.slice(cue.tokenEnd, i - 1).every((t) => t.kind === 'word' && !PREPOSITIONS.has(t.norm));
  const agent = (g: Group): boolean => !g.attribution && g.governorAt !== undefined && (g.governor === 'by' || (g.governor === 'from' && (hostileNounEndsAt(g.governorAt) || claimEndsAt(g.governorAt))));
  // Rule `mannerPhrase`: "condemn in the strongest terms the arrest … by X": the act starts after the phrase of manner.
  const act = afterManner(a.tokens, cue.tokenEnd);
  const inClause = groups.find((g) => g.tokenStart > act && g.tokenStart < clause.tokenEnd && g.tokenStart - act <= ACT_WINDOW && agent(g));
  if (inClause) return actBetween(a.tokens, act, inClause.governorAt!) ? inClause : undefined;
  if (!relative) return undefined;
  const g = groups.find((x) => x.tokenStart >= relative.tokenStart && x.tokenStart < relative.tokenEnd && x.tokenStart - relative.tokenStart <= ACT_RELATIVE_WINDOW);
  return g && g.governor === 'from' && !g.attribution && actBetween(a.tokens, cue.tokenEnd, clause.tokenEnd) ? g : undefined;
}

/** Whether tokens [from, to) name an act: they start with a word that is no preposition, and hold a noun-like word. */
function actBetween(tokens: readonly Token[], from: number, to: number): boolean {
  const first = tokens[from];
  if (!first || first.kind !== 'word' || PREPOSITIONS.has(first.norm) || to <= from) return false;
  return tokens.slice(from, to).some((t) => t.kind === 'word' && !DETERMINERS.has(t.norm) && !PREPOSITIONS.has(t.norm));
}

/**
 * Rule `issuerAgent`: who does an agentless official act — in a relative clause ("the groups, all of
 * which are designated …"), the subject of the clause it hangs on; else the author, in its own voice.
 */
function issuerOf(a: SentenceAnalysis, groups: readonly Group[], ci: number): Side | string | undefined {
  const clause = a.clauses[ci];
  if (clause.kind === 'relative' && clause.parent >= 0) {
    const s = subjectOf(a, groups, clause.parent, clause.tokenStart);
    if (s) return { group: s.group, factor: 1 };
  }
  return a.voice;
}

/** Rule `observedParticiple`: an active -ing verb cue right after a noun phrase, with no comma or preposition before it. */
function participleInObject(a: SentenceAnalysis, cue: CueMatch): boolean {
  if (cue.pos !== 'verb' || cue.passive || !/ing$/.test(a.tokens[cue.tokenStart].norm)) return false;
  const prev = a.tokens[cue.tokenStart - 1];
  // "a resolution at the Organization of American States (OAS) suspending": a bracketed acronym ends the phrase.
  if (prev?.text === ')') return true;
  return !!prev && prev.kind === 'word' && !PREPOSITIONS.has(prev.norm) && !['is', 'are', 'was', 'were', 'be', 'been', 'being', 'and', 'or', 'by'].includes(prev.norm);
}

/**
 * Rule `pairAfter`: the first pair named after a mediation cue, as the parties its phrase goes on
 * to name; not a venue, a source ("according to"), nor the speakers of a report ("…, A and B said").
 */
function pairAfter(a: SentenceAnalysis, groups: readonly Group[], cue: CueMatch): Group | undefined {
  const g = groups.find((x) => x.tokenStart >= cue.tokenEnd && ids(x).length >= 2 && !(x.governor && AGENT_PREPS.includes(x.governor)));
  if (!g || g.attribution || isLocative(g)) return undefined;
  const next = a.tokens[g.tokenEnd];
  return next && next.kind === 'word' && lemmas(next.norm).some((l) => REPORTING_VERBS.includes(l)) ? undefined : g;
}

/**
 * Rule `finding`: the first actor named between a verb of finding and the atrocity it finds, as
 * the subject of the finding's clause ("determined that members of A and B have committed war
 * crimes"); not a place, nor an actor after a preposition other than "of" ("members of A").
 */
function foundGuilty(a: SentenceAnalysis, groups: readonly Group[], cue: CueMatch): Group | undefined {
  const limit = Math.min(a.tokens.length, cue.tokenEnd + FINDING_WINDOW);
  let atrocity = cue.tokenEnd;
  while (atrocity < limit && !ATROCITY_WORDS.has(a.tokens[atrocity].norm)) atrocity++;
  if (atrocity >= limit) return undefined;
  const g = groups.find((x) => x.tokenStart >= cue.tokenEnd && x.tokenEnd <= atrocity && !x.attribution && !isLocative(x));
  return g && (!g.governor || g.governor === 'of') ? g : undefined;
}

/** The group joined to a verb cue by a hyphen without spaces ("Qatar-brokered"). */
function compoundAgent(a: SentenceAnalysis, groups: readonly Group[], cue: CueMatch): Group | undefined {
  if (cue.pos !== 'verb') return undefined;
  const dash = a.tokens[cue.tokenStart - 1];
  const before = a.tokens[cue.tokenStart - 2];
  if (!dash || !before || !HYPHENS.has(dash.text) || dash.start !== before.end || dash.end !== a.tokens[cue.tokenStart].start) return undefined;
  return groups.find((g) => g.tokenEnd === cue.tokenStart - 1 || (g.members.some((m) => m.tokenEnd === cue.tokenStart - 1) && g.tokenStart < cue.tokenStart));
}

/** "The decision by Russia", "plans from Moscow": the actor inside a subject phrase before a passive verb. */
function subjectAgent(a: SentenceAnalysis, groups: readonly Group[], from: number, before: number): Group | undefined {
  const g = [...groups].reverse().find((x) => x.tokenStart >= from && x.tokenEnd <= before && !x.attribution);
  if (!g || !['by', 'of', 'from'].includes(g.governor ?? '')) return undefined;
  // Nothing but the verb's auxiliaries after it: "... by Russia was condemned".
  const rest = a.tokens.slice(g.tokenEnd, before);
  return rest.every((t) => t.kind === 'word' && /^(?:is|are|was|were|been|be|has|have|had|being|also|swiftly|quickly|widely|strongly|sharply|later|immediately)$/.test(t.norm)) ? g : undefined;
}

function negotiates(cue: CueMatch, x: Args): Found[] {
  if (cue.phrase === RECEIVING_VISITS) return receivedVisit(cue, x);
  // Rule `receivedCall` (lexicon/call-receipts.ts): "X received a call from Y": the caller, named as an agent after "from", is the partner.
  if (CALL_RECEIPTS.has(cue.phrase)) return x.subject && x.frame.agent && x.frame.agent !== x.subject.group ? cross(x.subject, { group: x.frame.agent, factor: 1 }, 'verb') : [];
  // "A and B agreed to …": only the coordinated subject, never a partner or a pair named after it.
  if (PAIR_ONLY_CUES.has(cue.phrase)) return x.subject && ids(x.subject.group).length >= 2 ? within(x.subject.group, 'pairInGroup', false, x.subject.factor) : [];
  const pair = x.frame.between ?? x.reached ?? (x.modifier && ids(x.modifier).length >= 2 ? x.modifier : undefined);
  if (pair) return within(pair, 'frame', false);
  // "discussed the corridor with Y": a topic verb's partner comes after "with", never as its object.
  const withPartner = x.frame.patient?.governor === 'with' ? { group: x.frame.patient, factor: 1 } : undefined;
  const named = cue.pos === 'verb' ? (TOPIC_OBJECT_CUES.has(cue.phrase) ? withPartner : x.object) : x.frame.patient && { group: x.frame.patient, factor: 1 };
  // Rule `destinationHost`: "X will travel to Qatar for discussions": the state visited is the partner.
  const partner = named ?? (x.destination && { group: x.destination, factor: 1 });
  // Rule `goBetweenPartner`: "engage with Qatari and Egyptian mediators": the go-betweens are no partner of the talks, nor are co-subjects who meet them one another's.
  if (partner && namedAsGoBetween(x.tokens, partner.group)) return [];
  let own: Side | undefined = x.subject;
  if (cue.pos === 'noun' && x.modifier) own = { group: x.modifier, factor: 1 };
  else if ((cue.pos === 'noun' || cue.passive) && x.frame.agent) own = { group: x.frame.agent, factor: 1 };
  const rule: RuleName = cue.pos === 'verb' ? 'verb' : own === x.subject ? 'subjectNoun' : 'frame';
  if (partner && own) return [...cross(own, partner, rule), ...sizedMeetingPartners(cue, own, partner.group, x.tokens)];
  // Rule `passiveContact`: "Sybiha was contacted by Lavrov", "X was consulted by Y": the agent and the subject.
  if (cue.pos === 'verb' && cue.passive && x.frame.agent && x.subject && x.subject.group !== x.frame.agent) return cross({ group: x.frame.agent, factor: 1 }, x.subject, 'passive');
  // "Russia and Ukraine negotiated", "X and Y agreed a roadmap": the pair is the subject.
  const pairSide = own === x.subject || own?.group === x.modifier ? own : undefined;
  if (!partner && pairSide && ids(pairSide.group).length >= 2 && (cue.mutual || cue.pos === 'verb')) return within(pairSide.group, 'pairInGroup', false, pairSide.factor);
  return [];
}

/** Data: last words of an event's name ("the Antalya Diplomacy Forum", "the Doha Summit"): what a host holds, not whom it receives. */
const EVENT_HEADS: ReadonlySet<string> = new Set(
  'forum summit conference games festival dialogue meeting talks session assembly expo exhibition show championship cup olympics congress convention'.split(' '),
);

/**
 * Rule `hostedVisit`: a host and the visitor named right after the verb ("X hosted Y in Moscow"), or
 * the agent and the subject of the passive ("Y was hosted by X"): they met. Not an actor's belongings
 * ("hosts Hamas's political office").
 */
function hostedVisit(cue: CueMatch, x: Args): Found[] {
  // "hosted the Antalya Diplomacy Forum": an event by its name is no visitor.
  if (x.object && EVENT_HEADS.has(x.tokens[x.object.group.tokenEnd - 1]?.norm ?? '')) return [];
  if (cue.passive) return passiveVisit(x);
  const visitor = visitorAfter(cue, x);
  return x.subject && visitor ? cross(x.subject, visitor, 'verb') : [];
}

/** "Sybiha was hosted by Lavrov": the agent and the visitor named right before the auxiliary, not a relative's antecedent ("…, that was hosted by"). */
function passiveVisit(x: Args): Found[] {
  const visitor = x.subject && ['is', 'are', 'was', 'were'].includes(x.tokens[x.subject.group.tokenEnd]?.norm ?? '') ? x.subject : undefined;
  return x.frame.agent && visitor && visitor.group !== x.frame.agent ? cross({ group: x.frame.agent, factor: 1 }, visitor, 'passive') : [];
}

/** The actor named right after a verb of hosting or receiving, not a possessor ("hosts Hamas's office"). */
function visitorAfter(cue: CueMatch, x: Args): Side | undefined {
  return x.object && x.object.factor === 1 && x.object.group.tokenStart <= cue.tokenEnd + 1 && x.tokens[x.object.group.tokenEnd]?.kind !== 'possessive' ? x.object : undefined;
}

/** Data: nouns of one who visits, after the actor received ("received his Chilean counterpart", "received a Kenyan delegation"). */
const VISITOR_NOUNS: ReadonlySet<string> = new Set(
  'counterpart counterparts delegation delegations envoy envoys minister ministers president leader leaders ambassador officials representatives diplomats visitor visitors guest guests team'.split(' '),
);

/**
 * Rule `receivedVisit`: "X received Y in Lima", "X received his Chilean counterpart", "Y was
 * received by X": a host meets its visitor, as with "hosted" (rule `hostedVisit`). Only a visitor
 * named right after the verb that ends its phrase or is followed by a noun of visiting: never what
 * one receives ("received U.S. weapons", "received Qatari funds", "received support from X").
 */
function receivedVisit(cue: CueMatch, x: Args): Found[] {
  if (cue.passive) return passiveVisit(x);
  // Named: "able to receive him in China" is as often custody of a detainee as a visit.
  const visitor = visitorAfter(cue, x);
  const named = !!visitor && visitor.group.members.some((m) => m.via !== 'pronoun');
  if (!x.subject || !visitor || !named) return [];
  // The phrase ends with the name or a noun of visiting (a group may run on to what it owns: "Turkish drones").
  const last = x.tokens[visitor.group.tokenEnd - 1];
  const after = x.tokens[visitor.group.tokenEnd];
  const head = VISITOR_NOUNS.has(last.norm) || visitor.group.members.some((m) => m.tokenEnd === visitor.group.tokenEnd);
  const ends = !after || after.kind === 'punct' || PREPOSITIONS.has(after.norm) || TIME_WORDS.has(after.norm) || VISITOR_NOUNS.has(after.norm);
  return head && ends ? cross(x.subject, visitor, 'verb') : [];
}

/** "deployed troops near the border with Y", "a military buildup on Y's frontier": hostile to Y only. */
function posture(cue: CueMatch, x: Args): Found[] {
  // Rule `concernedOnlooker`: a military move one is only concerned about states no hostility.
  if (!x.aimed || concernBefore(x.tokens, cue)) return [];
  let own: Side | undefined;
  if (cue.pos === 'verb') own = cue.passive ? x.frame.agent && { group: x.frame.agent, factor: 1 } : x.subject;
  else {
    // "the deployment of Armenian troops": the army's own side.
    const troops = x.frame.patient?.governor === 'of' && MILITARY_NOUNS.has(x.tokens[x.frame.patient.tokenEnd - 1]?.norm ?? '') ? x.frame.patient : undefined;
    const explicit = x.modifier ?? x.frame.agent ?? troops;
    own = explicit ? { group: explicit, factor: 1 } : x.subject;
  }
  if (!own || own.group === x.aimed) return [];
  return cross(own, { group: x.aimed, factor: 1 }, 'posture', cue.pos === 'verb' || own.group !== x.subject?.group ? 1 : CONF.subjectNoun);
}

/** Rules `easedHostility`, `endedHostility`: whether a verb of de-escalation governs the noun cue ("to reduce current tensions"), or it is a background ("the long history of conflict") or what is ended ("the cessation of hostilities"). */
function easedAt(tokens: readonly Token[], cue: CueMatch): boolean {
  for (let p = cue.tokenStart - 1; p >= 0 && p >= cue.tokenStart - 1 - EASING_WINDOW; p--) {
    const t = tokens[p];
    if (t.kind !== 'word') return false;
    if (lemmas(t.norm).some((l) => EASING_VERBS.has(l))) return true;
    if (t.norm === 'of' && BACKGROUND_NOUNS.has(tokens[p - 1]?.norm ?? '')) return true;
    // Rule `endedHostility`: "the cessation of active hostilities", "an end to the fighting".
    if ((t.norm === 'of' || t.norm === 'to') && ENDING_NOUNS.has(tokens[p - 1]?.norm ?? '')) return true;
  }
  return false;
}

/** Most words between a fight verb and the fight it names as its object ("fought a long and bloody war", "an 11-day war"). */
const FIGHT_NOUN_WINDOW = 6;

/** Whether a time adjunct starts at token k ("Monday", "2020", "months", "a third day"). */
function timeAt(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < k + 3 && tokens[j]; j++) {
    const t = tokens[j];
    if (/^\d+$/.test(t.text) || TIME_WORDS.has(t.norm)) return true;
    if (!DETERMINERS.has(t.norm) && !/^(?:first|second|third|fourth|fifth|several|many|few)$/.test(t.norm)) return false;
  }
  return false;
}

/**
 * Rule `mutualFight`: whether the words after a fight verb name nobody fought: the clause ends,
 * "each other" ("fought with each other"), a time ("last week", "for months", "on Monday", "in
 * 2020"), control ("for control of the pass"), an occasion (FIGHT_OCCASIONS: "since April", "over the ridge"), or the fight itself ("a
 * brief war"); adverbs are skipped ("fought fiercely"). Not the words that make or may make the
 * co-subjects one side (ONE_SIDE_AFTER_FIGHT: "fought alongside", "to retake the city", "as allies").
 */
function foughtBetweenSubjects(tokens: readonly Token[], cue: CueMatch): boolean {
  let j = cue.tokenEnd;
  while (tokens[j]?.kind === 'word' && /ly$/.test(tokens[j].norm) && !ONE_SIDE_AFTER_FIGHT.has(tokens[j].norm)) j++;
  const next = tokens[j];
  if (!next || next.kind === 'punct') return true;
  if (reciprocalAt(tokens, j) || (['with', 'against'].includes(next.norm) && reciprocalAt(tokens, j + 1))) return true;
  if (TIME_WORDS.has(next.norm) || FIGHT_OCCASIONS.has(next.norm)) return true;
  if (ONE_SIDE_AFTER_FIGHT.has(next.norm)) return ['for', 'on', 'in'].includes(next.norm) && (timeAt(tokens, j + 1) || (next.norm === 'for' && tokens[j + 1]?.norm === 'control'));
  for (let k = j; k < j + FIGHT_NOUN_WINDOW && tokens[k] && (tokens[k].kind === 'word' || tokens[k].text === '-' || /^\d+$/.test(tokens[k].text)); k++) if (FIGHT_NOUNS.has(tokens[k].norm)) return true;
  return false;
}

/** Rule `jointSubjects`, data: adverbs that make co-subjects act as one side. */
const JOINTLY: ReadonlySet<string> = new Set(['together', 'jointly']);

/**
 * Rule `jointSubjects`: co-subjects said to act together before the hostile cue ("progress A and B
 * have made together in combating the pandemic, fighting climate change", "A and B jointly fought
 * …") are one side, not each other's foes: no mutual opposition between them. Only between the
 * subject and the cue, within the sentence.
 */
function jointlyBefore(tokens: readonly Token[], subject: Group, cue: CueMatch): boolean {
  for (let k = subject.tokenEnd; k < cue.tokenStart; k++) {
    if (!JOINTLY.has(tokens[k].norm)) continue;
    // Review, session 13: "together with Z" names a companion, and an insert the adverb opens ("A and
    // B, together accounting for a third of exports, have been fighting") describes the pair, not the
    // fight: neither makes the two one side. "A and B, together, …" still does.
    if (tokens[k + 1]?.norm === 'with' || (tokens[k - 1]?.text === ',' && tokens[k + 1]?.text !== ',')) continue;
    return true;
  }
  return false;
}

/** Whether "each other" or "one another" is written at token k. */
function reciprocalAt(tokens: readonly Token[], k: number): boolean {
  const [a, b] = [tokens[k]?.norm, tokens[k + 1]?.norm];
  return (a === 'each' && b === 'other') || (a === 'one' && b === 'another');
}

/** Rule `reciprocalObject`: whether "each other" or "one another" is the object right after a verb cue (adverbs skipped: "accused each other", "fired at one another", "bitterly criticised each other"). */
function reciprocalAfter(tokens: readonly Token[], cue: CueMatch): boolean {
  let j = cue.tokenEnd;
  while (tokens[j]?.kind === 'word' && /ly$/.test(tokens[j].norm)) j++;
  return reciprocalAt(tokens, j);
}

function opposes(cue: CueMatch, x: Args): Found[] {
  // Rule `struckDeal`: "the deal struck between A and B", "struck a deal with Y": an agreement is reached, nothing is hit.
  if (struckAgreement(x.tokens, cue)) return [];
  if (POSTURE_CUES.has(cue.phrase)) return posture(cue, x);
  // Rule `suspendedMember`: "suspended Russia as an observer": the member right after the verb,
  // never an actor further on ("suspended talks with Russia" is a negation, negation.ts).
  // "suspended Mahan's permit" suspends a permit, not its holder.
  // Nor the actor as a modifier of what is suspended ("suspended Qatar Airways flights"): the member ends the object.
  const afterMember = x.object && x.tokens[x.object.group.tokenEnd];
  const member = x.object && x.object.factor === 1 && x.object.group.tokenStart <= cue.tokenEnd + 1 && (!afterMember || afterMember.kind === 'punct' || PREPOSITIONS.has(afterMember.norm) || afterMember.norm === 'as');
  if (MEMBERSHIP_CUES.has(cue.phrase) && !member) return [];
  // Rule `mutualFight`: "A and B exchanged fire", "A clashed with B": each side against the other.
  if (MUTUAL_FIGHTING.has(cue.phrase) && cue.pos === 'verb' && !cue.passive) {
    if (x.subject && x.object) return [...cross(x.subject, x.object, 'verb'), ...cross(x.object, x.subject, 'verb')];
    if (x.subject && ids(x.subject.group).length >= 2) return within(x.subject.group, 'mutual', true, x.subject.factor);
    return [];
  }
  if (cue.mutual || MUTUAL_FIGHTING.has(cue.phrase)) {
    // Rule `resolvedDispute` (resolved-dispute.ts): "an agreement resolving the dispute between A and B" closes it.
    if (resolvedDispute(x.tokens, cue)) return [];
    const pair = x.frame.between ?? (x.modifier && ids(x.modifier).length >= 2 ? x.modifier : undefined);
    if (pair) return within(pair, 'mutual', true);
    if (!x.frame.patient && x.subject && ids(x.subject.group).length >= 2 && !easedAt(x.tokens, cue) && !jointlyBefore(x.tokens, x.subject.group, cue)) return within(x.subject.group, 'mutual', true, x.subject.factor);
  }
  // Rule `reciprocalObject`: "A and B accused each other": each against the other.
  if (cue.pos === 'verb' && !cue.passive && !x.object && x.subject && ids(x.subject.group).length >= 2 && reciprocalAfter(x.tokens, cue)) {
    return within(x.subject.group, 'mutual', true, x.subject.factor);
  }
  // Rule `mutualFight`: "A and B have been fighting since April": co-subjects of a fight with nobody fought.
  if (INTRANSITIVE_FIGHTS.has(cue.phrase) && cue.pos === 'verb' && !cue.passive && !x.object && !x.aimed && !x.controller && x.subject && ids(x.subject.group).length >= 2 && foughtBetweenSubjects(x.tokens, cue) && !jointlyBefore(x.tokens, x.subject.group, cue)) {
    return within(x.subject.group, 'mutual', true, x.subject.factor);
  }
  if (FINDING_CUES.has(cue.phrase)) return x.subject && x.found ? cross(x.subject, { group: x.found, factor: 1 }, 'finding') : [];
  if (cue.pos === 'verb') {
    // "The move by Russia was condemned by Ukraine": without a subject actor, the actor of the subject phrase.
    const patient = x.subject ?? (x.subjectAgent && { group: x.subjectAgent, factor: 1 });
    if (cue.passive && !x.frame.agent && patient && x.issuer && OFFICIAL_ACTS.has(cue.phrase)) {
      // Rule `issuerAgent`: "X is designated as a terrorist" in the issuer's own voice: the issuer
      // designates; in a relative clause ("…, all of which are designated …") the sentence's subject does.
      const issuer = x.issuer;
      return typeof issuer === 'string' ? ids(patient.group).map((t): Found => [issuer, t, CONF.passive * patient.factor * patient.group.confidence, 'passive']) : cross(issuer, patient, 'passive');
    }
    if (cue.passive) return x.frame.agent && patient ? cross({ group: x.frame.agent, factor: 1 }, patient, 'passive') : [];
    // Rule `nounController`: "the U.S. commitment to hold Moscow accountable": the noun's owner acts.
    // Rule `gerundController`: "accused X of attacking Y": the claim is the accuser's, not a fact.
    if (x.controller && x.claimed) return [];
    const doer = x.controller ? { group: x.controller, factor: 1 } : x.subject;
    // "intercepted drones launched by X": the launcher, before any place the drones came from.
    const launched = x.launcher && (!x.object || x.object.factor < 1) ? { group: x.launcher, factor: 1 } : undefined;
    // "shelled villages along the border with Ukraine": force aimed across a border.
    const object = launched ?? x.object ?? (x.aimed && { group: x.aimed, factor: CONF.venueAsTarget });
    if (doer && object) return cross(doer, object, 'verb');
    // Rule `condemnedAct`: "condemned the executions by the junta": against whoever did the act.
    return doer && x.actAgent ? cross(doer, { group: x.actAgent, factor: 1 }, 'condemnedAct') : [];
  }
  // "Russia's decision drew condemnation from Ukraine", "Iran's isolation by the West": with an
  // agent named, a possessor before the noun is what the act is aimed at, not its actor.
  const possessor = x.modifier && x.frame.agent && x.possessiveModifier ? x.modifier : undefined;
  const modifier = possessor ? undefined : x.modifier;
  // Rule `objectsAct`: "hold X accountable for the war against Y": the object did the act.
  const actor = modifier ?? x.frame.agent ?? x.objectActor;
  const own: Side | undefined = actor ? { group: actor, factor: 1 } : x.subject;
  if (!own) return [];
  const explicit = own !== x.subject;
  // "Egypt's plan drew criticism from Sudan", "Iran came under pressure from the U.S.".
  // "Iran faces U.S. sanctions", "Turkey is under EU sanctions": a modifier (not a possessor) is the
  // agent too, when nobody else stands between the subject and it ("we support Ukraine faced with Russian aggression").
  const subjectNext = !!x.subject && !!modifier && !x.groups.some((g) => g.tokenStart >= x.subject!.group.tokenEnd && g.tokenEnd <= modifier.tokenStart);
  const receiver = (own.group === x.frame.agent || (own.group === modifier && subjectNext)) && x.subject && x.receiving && own.group !== x.subject.group ? x.subject.group : undefined;
  // Rule `facedAct`: "support for Ukraine faced with Russian aggression": the one facing the act bears it.
  // Rule `sovereigntyOwner` (sovereignty-owner.ts): "support for Ukraine's sovereignty as X's war continues": the war is aimed at the owner.
  const aimedAt = x.frame.patient ?? x.relTarget ?? possessor ?? receiver ?? (explicit ? facedTarget(x.tokens, x.groups, cue, own.group) ?? sovereigntyOwner(x.tokens, x.groups, cue, own.group) : undefined);
  const target: Side | undefined =
    aimedAt
      ? { group: aimedAt, factor: 1 }
      : explicit && x.frame.venue && KINETIC_CUES.has(cue.phrase)
        ? { group: x.frame.venue, factor: CONF.venueAsTarget }
        : undefined;
  if (!target) return [];
  return cross(own, target, explicit ? 'frame' : 'subjectNoun');
}

/** Rule `answeredAct` (answered-act.ts): the one answering a hostile act → whoever did it. */
function answered(x: Args): Found[] {
  return x.answer ? cross({ group: x.answer.by, factor: 1 }, { group: x.answer.doer, factor: 1 }, 'answeredAct') : [];
}

type Mediation = [string, string, number, [string, string] | undefined, RuleName];

/**
 * Rule `placedTruce`: a truce named with the place it is in ("the UN-mediated truce in Yemen", "the
 * ceasefire in Sudan") is that place's, so when the place is no side of the document's conflict or
 * talks, those sides are not its parties. Only a truce: talks "in" a place are held there ("the
 * Qatar-mediated talks in Doha", in the go-between's or a third state's capital), which says
 * nothing of whose they are.
 */
function placedElsewhere(tokens: readonly Token[], groups: readonly Group[], talksAt: number, ctx: DocContext): boolean {
  if (tokens[talksAt + 1]?.norm !== 'in' || !lemmas(tokens[talksAt].norm).some((l) => SETTLEMENT_NOUNS.has(l))) return false;
  const place = groups.find((g) => g.tokenStart === talksAt + 2 && g.governor === 'in');
  const sides = new Set([...(ctx.conflict ?? []), ...(ctx.mediatedSides ?? [])].map((id) => ctx.side(id)));
  return !!place && ids(place).every((id) => !sides.has(ctx.side(id)));
}

/**
 * Mediation cues that name mediation by themselves ("Qatar mediated", "Oman's good offices"): with
 * no parties in the sentence they may stand for the document's talks. The others ("facilitate",
 * "broker", "host", "relay") are mediation only with the talks they bring about ("facilitated
 * talks", "brokered a deal", "hosted a meeting") or the parties they work between: "facilitate
 * humanitarian access" or "facilitate a solution" is no mediation.
 */
const SELF_NAMING_MEDIATION: ReadonlySet<string> = new Set([
  'mediate', 'arbitrate', 'intercede', 'mediation', 'mediator', 'facilitation', 'facilitator', 'intermediary',
  'go-between', 'good offices', 'shuttle diplomacy', 'shuttle',
  // "their leadership in reaching this deal": the cue names the settlement whose parties are mediated.
  ...CREDITED_ACHIEVEMENTS,
]);

/** Negotiation nouns that name an end of hostilities, whose parties are the sides of a conflict. */
const SETTLEMENT_NOUNS: ReadonlySet<string> = new Set(['ceasefire', 'truce']);

/** Most tokens between a mediation verb and the talks it brings about ("facilitated bilateral technical-level talks"). */
const TALKS_AFTER_WINDOW = 6;
/** Most tokens between talks and the participle naming their mediator after them ("talks between A and B in Cairo facilitated by C"). */
const TALKS_BEFORE_WINDOW = 16;
/** Most tokens between a mediation cue and the "between" of its sides ("hosted peace talks between"). */
const BETWEEN_AFTER_CUE = 4;

/** Nouns that stand for talks as the object of a mediation verb ("facilitated earlier rounds", "brokered the peace process"). */
const TALKS_NOUNS: ReadonlySet<string> = new Set(['round', 'rounds', 'process']);

/** Talks a mediation cue is about: the token where they are named, and their cue when they are one. */
interface MediatedTalks {
  at: number;
  cue?: number;
  /** A settlement that ends the conflict (rule `negotiatedSolution`). */
  settles?: boolean;
}

/** Data: nouns of what talks settle on, and adjectives that make them the outcome of talks (general news usage; made-up examples in test/extract/mediation-round12.test.ts). */
const SOLUTION_NOUNS: ReadonlySet<string> = new Set(['settlement', 'solution', 'resolution']);
const NEGOTIATED_ADJECTIVES: ReadonlySet<string> = new Set(['negotiated', 'political', 'diplomatic', 'peaceful']);

/**
 * Rule `negotiatedSolution`: "facilitated a negotiated settlement", "brokered a political
 * solution", "helped broker a peaceful resolution": a solution an adjective says talks produce is
 * a settlement, between the sides of the document's conflict as a truce is (rule
 * `settlementParties`). Not a solution alone ("a technical solution"), nor a UN "resolution".
 */
function negotiatedSolutionAt(tokens: readonly Token[], i: number): boolean {
  if (tokens[i].kind !== 'word' || !SOLUTION_NOUNS.has(tokens[i].norm)) return false;
  for (let j = i - 1; j >= 0 && j >= i - 2; j--) if (NEGOTIATED_ADJECTIVES.has(tokens[j].norm)) return true;
  return false;
}

/**
 * Rule `mediatedTalks`: the talks a mediation cue is about — the object of an active verb
 * ("brokered a new round of talks", "facilitated earlier rounds"), the noun a participle modifies
 * ("the UN-brokered deal", "talks … facilitated by C"), or for a noun cue the talks of its clause
 * ("talks under Egyptian mediation"). Nothing when the cue is about something else.
 */
function mediatedTalks(a: SentenceAnalysis, cue: CueMatch, ci: number): MediatedTalks | undefined {
  const clause = a.clauses[ci];
  const talks: MediatedTalks[] = a.cues.flatMap((c, k) => (c.type === 'negotiates' && c.pos === 'noun' ? [{ at: c.tokenStart, cue: k }] : []));
  a.tokens.forEach((t, i) => {
    if (t.kind === 'word' && TALKS_NOUNS.has(t.norm) && !talks.some((x) => x.at === i)) talks.push({ at: i });
    if (negotiatedSolutionAt(a.tokens, i) && !talks.some((x) => x.at === i)) talks.push({ at: i, settles: true });
  });
  talks.sort((p, q) => p.at - q.at);
  const breaks = (from: number, to: number): boolean => a.tokens.slice(from, to).some((t) => t.kind === 'punct' && !HYPHENS.has(t.text));
  const after = talks.find((x) => x.at >= cue.tokenEnd && x.at - cue.tokenEnd <= TALKS_AFTER_WINDOW && !breaks(cue.tokenEnd, x.at));
  // Rule `relativeTalks` (relative-talks.ts): "the truce between A and B that Egypt brokered": a verb with no talks of its own after it, in a relative clause on talks.
  const relative = cue.pos === 'verb' && !after ? relativeTalksAt(a, clause, talks.map((x) => x.at)) : undefined;
  if (relative !== undefined) return talks.find((x) => x.at === relative);
  if (cue.pos === 'verb' && !cue.passive && !isPastParticiple(a.tokens[cue.tokenStart].norm)) return after;
  if (cue.pos === 'verb') {
    // "UN-brokered deal": the noun right after; "talks … facilitated by C", "talks were hosted by C": the talks before.
    if (after && after.at - cue.tokenEnd <= 2) return after;
    // Rule `parentheticalBroker`: "The deal between A and B, brokered by C, was signed": a participle
    // opening a parenthesis describes the talks of the clause it interrupts.
    const opensParenthesis = cue.tokenStart > 0 && a.tokens[cue.tokenStart - 1].text === ',' && clause.tokenStart >= cue.tokenStart - 1;
    const from = opensParenthesis && ci > 0 ? a.clauses[ci - 1].tokenStart : clause.tokenStart;
    return [...talks].reverse().find((x) => x.at < cue.tokenStart && cue.tokenStart - x.at <= TALKS_BEFORE_WINDOW && x.at >= from);
  }
  const inClause = talks.filter((x) => x.at >= clause.tokenStart && x.at < clause.tokenEnd);
  inClause.sort((p, q) => Math.abs(p.at - cue.tokenStart) - Math.abs(q.at - cue.tokenStart));
  return inClause[0];
}

/**
 * The parties of mediated talks: those of their own cue ("talks between A and B"), else those of
 * the talks the same clause reports ("A met B in Paris for EU-facilitated talks").
 */
function talksPairs(a: SentenceAnalysis, talks: MediatedTalks, byCue: readonly Candidate[][]): [string, string][] {
  const pairsOf = (cs: readonly Candidate[]): [string, string][] => cs.filter((c) => c.type === 'negotiates').map((c): [string, string] => [c.source, c.target]);
  const own = talks.cue === undefined ? [] : pairsOf(byCue[talks.cue]);
  if (own.length) return own;
  const ci = clauseIndexAt(a.clauses, talks.at);
  return pairsOf(byCue.filter((_, k) => clauseIndexAt(a.clauses, a.cues[k].tokenStart) === ci).flat());
}

/**
 * Rule `oneNamedSide`: "hosted talks between South Sudan's government and rebel groups": "between"
 * after the cue names the sides, one by name and the other by a common noun. The named side is a
 * party; the document's pair, which the mediator was given when no side was named, is not (before,
 * the talks were credited to whichever pair the article reported most).
 */
function oneNamedSide(x: Args, cue: CueMatch): Group | undefined {
  return x.groups.find((g) => {
    if ((g.governor !== 'between' && g.governor !== 'among') || (g.governorAt ?? 0) < cue.tokenEnd || g.governorAt! - cue.tokenEnd > BETWEEN_AFTER_CUE) return false;
    // "South Sudan's government and …": the side's phrase goes on over its head nouns (rule possessiveHeadMember).
    const end = possessiveHeadEnd(x.tokens, g.members[g.members.length - 1]) ?? g.tokenEnd;
    return new Set(ids(g)).size === 1 && x.tokens[end]?.norm === 'and' && x.tokens[end + 1]?.kind === 'word' && !x.tokens[end + 1].cap;
  });
}

/**
 * The mediator → each party. Parties are the ones talking: those the cue works between ("mediated
 * between A and B"), or the parties of the talks it brings about ("facilitated talks between A and
 * B"); with talks named but no parties ("mediate these discussions"), or a cue that names mediation
 * by itself, the document's talks. Never another actor the sentence happens to name.
 */
function mediates(cue: CueMatch, x: Args, ctx: DocContext, talks: { linked: boolean; pairs: [string, string][]; settles: boolean; elsewhere: boolean }): Mediation[] {
  let mediator: Side | undefined;
  // "Qatar-brokered talks", "EU-facilitated dialogue": the actor joined to the participle mediates.
  if (cue.pos === 'verb' && x.compoundAgent) mediator = { group: x.compoundAgent, factor: 1 };
  else if (cue.pos === 'verb' && x.controller) mediator = { group: x.controller, factor: 1 };
  else if (cue.pos === 'verb') mediator = cue.passive ? x.frame.agent && { group: x.frame.agent, factor: 1 } : x.subject;
  // Rule `helperOfNoun`: "the truce was reached with the mediation of Egypt": the one named with "of" right after a noun of help is its helper, not a party.
  const helper = cue.pos === 'noun' ? x.groups.find((g) => g.governor === 'of' && g.governorAt === cue.tokenEnd && !g.attribution && helperPhrase(x.tokens, g)) : undefined;
  if (helper) mediator = { group: helper, factor: 1 };
  else if (cue.pos !== 'verb') mediator = x.modifier ? { group: x.modifier, factor: 1 } : x.frame.agent ? { group: x.frame.agent, factor: 1 } : x.subject;
  if (!mediator) return [];
  const mids = new Set(ids(mediator.group));
  let parties: string[] = [];
  let rule: RuleName = 'mediationPair';
  let scale = 1;
  const selfNaming = SELF_NAMING_MEDIATION.has(cue.phrase);
  // Rule `settlementParties`: "the UN-brokered truce": a truce or ceasefire is between the sides of
  // the document's conflict, not between whoever the document reports talking most.
  const docPair = sidesReferredTo(ctx, talks);
  const pairGroup = x.frame.between ?? (selfNaming && x.object && ids(x.object.group).length >= 2 ? x.object.group : undefined);
  const oneSide = pairGroup || talks.pairs.length ? undefined : oneNamedSide(x, cue);
  if (pairGroup) parties = ids(pairGroup);
  else if (talks.pairs.length) parties = [...new Set(talks.pairs.flat())];
  else if (oneSide) parties = ids(oneSide);
  else if (selfNaming && x.frame.patient) parties = ids(x.frame.patient);
  else if ((selfNaming || cue.pos === 'noun') && x.pairAfter && !ids(x.pairAfter).some((id) => mids.has(id))) parties = ids(x.pairAfter);
  // Rule `metGoBetweens` (met-go-betweens.ts): "A met with Qatari mediators": A is a party, and so is the other side of the talks A is reported in.
  else if (x.metBy) {
    parties = withCounterpart(ids(x.metBy.group), mids, ctx, docPair);
    // How far the meeting is a fact: the go-betweens' noun's own clause does not say ("offered to meet with Egyptian mediators").
    scale = x.metBy.factor;
  }
  // Rule `mediationClient`: "we have leveraged facilitation by Qatar": the one drawing on the go-between's help is a party.
  else if (x.client && x.subject && mediator !== x.subject) parties = ids(x.subject.group);
  // Rule `placedTruce`: "the UN-mediated truce in Yemen" is Yemen's, not the document's conflict's.
  else if ((selfNaming || talks.linked) && docPair && !docPair.some((id) => mids.has(id)) && !talks.elsewhere) {
    // "facilitation by Qatar" alone, "efforts to mediate these discussions": the talks the document is about (never the mediator's own).
    parties = [...docPair];
    rule = 'mediationDocPair';
  }
  // A mediator is never a party of its own mediation: named among the parties, it is one of them,
  // not their go-between; nor does it mediate with its own state or leader.
  if (sharesSide((id) => ctx.side(id), mids, parties)) return [];
  const between: [string, string] | undefined = parties.length === 2 ? [parties[0], parties[1]] : undefined;
  const out: Mediation[] = [];
  for (const m of mids) for (const p of parties) out.push([m, p, scale * CONF[rule] * mediator.factor * mediator.group.confidence * factorOf(mediator.group, m), between, rule]);
  return out;
}

/**
 * Rule `metGoBetweens`: the parties of go-betweens one side is reported meeting — that side, and
 * the other end of the first pair it is one end of: the talks last reported in its paragraph, the
 * document's talks, the document's conflict; none of them a pair the go-betweens belong to.
 */
function withCounterpart(met: readonly string[], mids: ReadonlySet<string>, ctx: DocContext, docPair: readonly string[] | undefined): string[] {
  if (met.length !== 1) return [...met];
  const own = ctx.side(met[0]);
  for (const pair of [ctx.recentPair, docPair, ctx.conflict]) {
    if (!pair || pair.length !== 2 || pair.some((id) => mids.has(id) || [...mids].some((m) => ctx.side(m) === ctx.side(id)))) continue;
    const at = pair.findIndex((id) => id === met[0] || ctx.side(id) === own);
    if (at >= 0) return [met[0], pair[1 - at]];
  }
  return [...met];
}

/**
 * Rule `recentPairOfSides`: the sides a mediation sentence that names none works between — the
 * pair of the last negotiation reported earlier in the paragraph when the cue names the talks
 * ("Israel and Hamas negotiated in Doha. Qatar facilitated the talks.": not the pair of another
 * paragraph's talks), else the document's. A truce or ceasefire is between the sides of the document's conflict first (rule
 * `settlementParties`), else between those the paragraph last reports agreeing or talking ("A and
 * B agreed to a ceasefire. The truce was brokered by Egypt.").
 */
function sidesReferredTo(ctx: DocContext, talks: { linked: boolean; settles: boolean }): readonly string[] | undefined {
  // Lifted and filtered as the document's pair is (rule `docPairOfSides`): a government's own envoy in its readout's call is no side.
  const both = (p: readonly [string, string] | undefined): string[] | undefined => {
    const sides = p && ctx.mediatedSidesOf(p);
    return sides?.length === 2 ? sides : undefined;
  };
  // Only talks or a settlement the cue names refer back ("facilitated the talks"); a noun that names mediation by itself ("diplomatic efforts") keeps the document's pair.
  const paragraph = talks.linked ? both(ctx.recentPair) : undefined;
  if (talks.settles) return both(ctx.conflict) ?? paragraph;
  return paragraph ?? ctx.mediatedSides;
}

/** Data: adjectives that count a meeting's participants ("a trilateral meeting"). */
const MEETING_SIZES: ReadonlyMap<string, number> = new Map([
  ['bilateral', 2], ['trilateral', 3], ['tripartite', 3], ['quadrilateral', 4], ['quadripartite', 4],
]);
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([['two', 2], ['three', 3], ['four', 4], ['five', 5]]);

/**
 * Rule `hostParticipant`: how many take part in the meeting named by the noun at token `at`, when
 * the word right before it counts them ("trilateral meeting", "a three-way summit"), else undefined.
 * Only the noun's own modifier: a size word further back belongs to other talks ("after the
 * trilateral talks, X called A and B").
 */
function meetingSize(tokens: readonly Token[], at: number): number | undefined {
  const before = tokens[at - 1];
  if (!before) return undefined;
  const n = MEETING_SIZES.get(before.norm);
  if (n) return n;
  if (['way', 'party', 'nation'].includes(before.norm) && HYPHENS.has(tokens[at - 2]?.text ?? '')) return NUMBER_WORDS.get(tokens[at - 3]?.norm ?? '');
  return undefined;
}

/**
 * Rule `sizedMeeting`: "X held a trilateral meeting with A and B", "X's three-way call with A and
 * B": when the words count the meeting's participants and the holder and its partners are that
 * many, the partners meet each other too (a bilateral meeting adds no pair). A noun cue only: a
 * verb's partners ("X met A and B") are not counted by a size word before it.
 */
function sizedMeetingPartners(cue: CueMatch, own: Side, partners: Group, tokens: readonly Token[]): Found[] {
  const size = cue.pos === 'noun' ? meetingSize(tokens, cue.tokenStart) : undefined;
  const count = new Set([...ids(own.group), ...ids(partners)]).size;
  return size !== undefined && size > 2 && size === count ? within(partners, 'sizedMeeting', false) : [];
}

/** A sentence's mentions by actor, in token order: where each actor is named. */
type MentionIndex = Map<string, Mention[]>;

function indexMentions(a: SentenceAnalysis): MentionIndex {
  const index: MentionIndex = new Map();
  for (const m of a.mentions) {
    const list = index.get(m.actorId);
    if (list) list.push(m);
    else index.set(m.actorId, [m]);
  }
  for (const list of index.values()) list.sort((x, y) => x.tokenStart - y.tokenStart);
  return index;
}

/**
 * Where the sentence names an actor, nearest to the cue (binary search: a long list may name the
 * same actors hundreds of times); an actor the sentence does not name (the document's pair borrowed
 * by a mediation) has the empty span at the sentence start.
 */
function mentionSpan(a: SentenceAnalysis, index: MentionIndex, id: string, near: number): [number, number] {
  const list = index.get(id);
  if (!list?.length) return [a.sentence.start, a.sentence.start];
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].tokenStart < near) lo = mid + 1;
    else hi = mid;
  }
  const best = lo > 0 && Math.abs(list[lo - 1].tokenStart - near) <= Math.abs(list[lo].tokenStart - near) ? list[lo - 1] : list[lo];
  return [best.start, best.end];
}

/** Relations of one sentence. */
export function sentenceRelations(a: SentenceAnalysis, ctx: DocContext): Candidate[] {
  // Rule `yesNoQuestion`: a question whether something happened states nothing.
  if (asksYesNo(a.tokens)) {
    ctx.onDropped?.(a.sentence, undefined);
    return [];
  }
  const groups = sentenceGroups(a, ctx);
  const mentionIndex = indexMentions(a);
  const byCue: Candidate[][] = a.cues.map(() => []);
  // Mediation last: it may mediate the talks the same sentence reports.
  const order = a.cues.map((_, k) => k).sort((p, q) => Number(a.cues[p].type === 'mediates') - Number(a.cues[q].type === 'mediates') || p - q);
  for (const k of order) {
    const cue = a.cues[k];
    const out = byCue[k];
    const ci = clauseIndexAt(a.clauses, cue.tokenStart);
    const clause = a.clauses[ci];
    // A participle hangs on the clause it describes: a demand over that clause covers it too.
    const gi = clause.kind === 'participial' && clause.parent >= 0 ? clause.parent : ci;
    const q = assess(a.tokens, clause, cue.tokenStart, cue.tokenEnd, cue.type, introducingClause(a.tokens, a.clauses, ci), { clause: a.clauses[gi], before: introducingClause(a.tokens, a.clauses, gi) });
    if (q.negated) {
      ctx.onDropped?.(a.sentence, cue);
      continue;
    }
    const x = collectArgs(a, groups, cue, ci, ctx);
    const cueSpan: [number, number] = [a.tokens[cue.tokenStart].start, a.tokens[cue.tokenEnd - 1].end];
    // One look-up per actor and cue: a cue may relate every member of a long list to every other.
    const spanCache = new Map<string, [number, number]>();
    const spanOf = (id: string): [number, number] => {
      let sp = spanCache.get(id);
      if (!sp) spanCache.set(id, (sp = mentionSpan(a, mentionIndex, id, cue.tokenStart)));
      return sp;
    };
    const push = (source: string, target: string, conf: number, rule: RuleName, between?: [string, string], type: RelationType = cue.type): void => {
      if (source === target) return;
      const spans = { cue: cueSpan, source: spanOf(source), target: spanOf(target) };
      out.push({ source, target, type, between, confidence: Math.min(1, conf * q.factor), sentence: a.sentence, cue: cue.phrase, rule: `${type}.${rule}`, spans, marks: marksOf(q) });
    };
    if (cue.type === 'negotiates') for (const [s, t, c, r] of negotiates(cue, x)) push(s, t, c, r);
    else if (cue.type === 'opposes') for (const [s, t, c, r] of [...opposes(cue, x), ...answered(x)]) push(s, t, c, r);
    else {
      const linked = mediatedTalks(a, cue, ci);
      if (VISIT_HOSTS.has(cue.phrase) && !linked) {
        const guests = !cue.passive && x.subject ? hostedPair(a.tokens, groups, x.subject.group, cue.tokenEnd, (id) => ctx.side(id), [ctx.conflict, ctx.recentFoes]) : undefined;
        if (guests && x.subject) {
          // Rule `hostedPair` (hosted-pair.ts): the host mediates, the two it receives meet each other.
          const host = x.subject;
          const pair = ids(guests) as [string, string];
          for (const m of ids(host.group)) for (const p of pair) push(m, p, CONF.mediationPair * host.factor * host.group.confidence * factorOf(host.group, m), 'mediationPair', pair);
          for (const [s, t, c] of within(guests, 'pairInGroup', false)) push(s, t, c, 'pairInGroup', undefined, 'negotiates');
          continue;
        }
        for (const [s, t, c, r] of hostedVisit(cue, x)) push(s, t, c, r, undefined, 'negotiates');
        continue;
      }
      const pairs = linked ? talksPairs(a, linked, byCue) : [];
      const settles = !!linked?.settles || (linked?.cue !== undefined && SETTLEMENT_NOUNS.has(a.cues[linked.cue].phrase));
      const found = mediates(cue, x, ctx, { linked: !!linked, pairs, settles, elsewhere: !!linked && placedElsewhere(a.tokens, groups, linked.at, ctx) });
      const size = linked && EVENT_BOUND_CUES.has(cue.phrase) ? meetingSize(a.tokens, linked.at) : undefined;
      const everyone = new Set(found.flatMap(([s, t]) => [s, t]));
      if (size !== undefined && everyone.size === size) {
        // "a trilateral meeting of A and B hosted by C": the host is the third participant, not a go-between.
        for (const [s, t, c] of found) push(s, t, (c * CONF.hostParticipant) / CONF.mediationPair, 'hostParticipant', undefined, 'negotiates');
      } else for (const [s, t, c, between, r] of found) push(s, t, c, r, between);
    }
  }
  return [...byCue.flat(), ...mediatedThrough(a, byCue.flat(), groups, (id) => ctx.side(id)), ...relayedNews(a, groups), ...designated(a, groups, ctx, byCue), ...roleRelations(a, groups, ctx), ...attributed(a, groups, ctx.attackBefore), ...thirdPartyMediation(a, groups, ctx, byCue.flat())];
}

/**
 * Rule `attribution` (attribution.ts): one who says or alleges that another carried out an attack
 * ("X said the strike was carried out by Y") opposes it. The verb of saying is no cue, so its clause's
 * modality is read as the clause after it: "may have conducted" still attributes.
 */
function attributed(a: SentenceAnalysis, groups: readonly Group[], attackBefore = false): Candidate[] {
  const out: Candidate[] = [];
  for (const r of attributions(a.tokens, a.mentions, groups, attackBefore)) {
    const verb = a.tokens[r.at];
    for (const s of r.speakers) {
      const confidence = Math.min(1, CONF.attribution * s.confidence * r.culprit.confidence);
      out.push({ source: s.actorId, target: r.culprit.actorId, type: 'opposes', confidence, sentence: a.sentence, cue: verb.norm, rule: 'opposes.attribution', spans: { cue: [verb.start, verb.end], source: [s.start, s.end], target: [r.culprit.start, r.culprit.end] }, marks: UNASSESSED });
    }
  }
  return out;
}

/**
 * Rule `oppositionRole` (opposition-roles.ts): one named as another's critic or foe opposes it
 * ("Kremlin critic X", "X, Y's arch foe,"). A description in an apposition or a title is not what
 * its clause asserts, so the clause's negation and modality do not reach it ("denied that Russia
 * tried to kill X, one of Putin's critics"); a role predicated with a copula is the clause's claim,
 * read as a cue's ("rejected claims that it is an enemy of Y", "could be a rival of Y").
 */
function roleRelations(a: SentenceAnalysis, groups: readonly Group[], ctx: DocContext): Candidate[] {
  const out: Candidate[] = [];
  for (const r of oppositionRoles(a.tokens, a.mentions)) {
    let marks = UNASSESSED;
    let factor = 1;
    const role = a.tokens[r.at];
    const cue: [number, number] = [role.start, role.end];
    if (r.form === 'copula' || r.namer !== undefined) {
      const at = r.namer ?? r.at;
      const ci = clauseIndexAt(a.clauses, at);
      const q = assessInClause(a.tokens, a.clauses, ci, at, at + 1, 'opposes');
      if (q.negated) continue;
      marks = marksOf(q);
      factor = q.factor;
      if (r.namer !== undefined) {
        out.push(...namedEnemy(a, groups, ctx, r, ci, { cue, marks, factor }));
        continue;
      }
    }
    const confidence = Math.min(1, CONF.oppositionRole * r.holder.confidence * r.owner.confidence * factor);
    const pairs: [Mention, Mention][] = r.mutual ? [[r.holder, r.owner], [r.owner, r.holder]] : [[r.holder, r.owner]];
    for (const [s, t] of pairs) {
      out.push({ source: s.actorId, target: t.actorId, type: 'opposes', confidence, sentence: a.sentence, cue: role.norm, rule: 'opposes.oppositionRole', spans: { cue, source: [s.start, s.end], target: [t.start, t.end] }, marks });
    }
  }
  return out;
}

/**
 * Rule `oppositionRole`, form `naming`: one who calls another an enemy, foe or rival of its own
 * side ("Zelensky called Putin an enemy of Ukraine") criticises it, as the corpus conventions count
 * name-calling ("called X's admission a 'political maneuver'"): the namer opposes the one named. The
 * enmity named is the namer's claim, not a fact, so it is no relation; nor is calling another a
 * critic, or the enemy of someone else (a third side's view of others).
 */
function namedEnemy(a: SentenceAnalysis, groups: readonly Group[], ctx: DocContext, r: RoleReading, ci: number, read: { cue: [number, number]; marks: CandidateMarks; factor: number }): Candidate[] {
  if (!r.mutual || r.namer === undefined) return [];
  const subject = subjectOf(a, groups, ci, r.namer);
  const ownSide = ctx.side(r.owner.actorId);
  const out: Candidate[] = [];
  for (const s of subject?.group.members ?? []) {
    if (s.actorId === r.holder.actorId || ctx.side(s.actorId) !== ownSide) continue;
    const confidence = Math.min(1, CONF.oppositionRole * s.confidence * r.holder.confidence * read.factor);
    out.push({ source: s.actorId, target: r.holder.actorId, type: 'opposes', confidence, sentence: a.sentence, cue: a.tokens[r.at].norm, rule: 'opposes.oppositionRole', spans: { cue: read.cue, source: [s.start, s.end], target: [r.holder.start, r.holder.end] }, marks: read.marks });
  }
  return out;
}

/**
 * Rule `designationList` (designation-lists.ts): every member of the object list of a sanction or
 * designation act ("OFAC has added A, B, and C to the SDN List", "is designating A, a commander of
 * B, and C") is a target of its issuer: the act's subject, else the author in its own voice ("we").
 */
function designated(a: SentenceAnalysis, groups: readonly Group[], ctx: DocContext, byCue: readonly Candidate[][]): Candidate[] {
  const out: Candidate[] = [];
  for (const d of designationLists(a.tokens, a.mentions, (id) => ctx.isPerson(id))) {
    const ci = clauseIndexAt(a.clauses, d.cueStart);
    const q = assessInClause(a.tokens, a.clauses, ci, d.cueStart, d.cueEnd, 'opposes');
    if (q.negated) {
      ctx.onDropped?.(a.sentence, undefined);
      continue;
    }
    // The act read as a cue already ("sanctioned A", "imposed sanctions on A"): its issuer as the
    // cue's rules read it (a noun's owner, an infinitive's doer); else the act's subject or the author.
    const read = a.cues.flatMap((c, k) => (c.type === 'opposes' && c.tokenStart >= d.cueStart && c.tokenStart < d.listStart ? byCue[k] : []));
    // Rule `gerundController`: "blamed X for sanctioning A, B and C" is only a claim of X's act;
    // "condemned X for sanctioning …" is X's, not the subject's.
    const doer = gerundController(a, groups, d.cueStart);
    if (doer && claimedGerund(a, doer)) continue;
    const subject = read.length ? undefined : (doer ?? subjectOf(a, groups, ci, d.cueStart)?.group);
    const infinitive = a.tokens[d.cueStart - 1]?.norm === 'to';
    const issuers: { id: string; span: [number, number]; confidence: number }[] = read.length
      ? [...new Map(read.map((c) => [c.source, { id: c.source, span: c.spans.source, confidence: c.confidence / CONF.verb }])).values()]
      : infinitive
        ? []
        : subject
          ? subject.members.map((m) => ({ id: m.actorId, span: [m.start, m.end], confidence: m.confidence * subject.confidence }))
          : a.voice
            ? [{ id: a.voice, span: [a.sentence.start, a.sentence.start], confidence: 1 }]
            : [];
    const cue = a.tokens[d.cueStart];
    for (const s of issuers) {
      for (const t of d.targets) {
        if (s.id === t.actorId) continue;
        const confidence = Math.min(1, CONF.verb * s.confidence * t.confidence * q.factor);
        out.push({ source: s.id, target: t.actorId, type: 'opposes', confidence, sentence: a.sentence, cue: d.act, rule: 'opposes.verb', spans: { cue: [cue.start, cue.end], source: s.span, target: [t.start, t.end] }, marks: marksOf(q) });
      }
    }
  }
  return out;
}

/** Prepositions that make their actor the channel of talks: "negotiated through Qatar", "talks via Oman". */
const CHANNEL_PREPS = new Set(['through', 'via']);
/** Most tokens between a negotiation cue and its channel ("talks with Togo via Oman"). */
const CHANNEL_WINDOW = 6;

/** Most tokens between a negotiation cue and its witness ("signed the declaration in Kuala Lumpur today in the presence of X"). */
const WITNESS_WINDOW = 10;
/** Nouns of a witness's part ("in the presence of X", "under the auspices of X", "with the participation of X"). */
const WITNESS_NOUNS: ReadonlySet<string> = new Set(['presence', 'auspices', 'witness']);

/**
 * Rule `witnessMediates`: a group governed by "of" after a noun of witnessing ("in the presence of
 * X", "under the auspices of X") witnesses the talks of its clause: a go-between as the channel is
 * (corpus README, part d conventions: leaders "in the presence of" whom the two met mediate).
 */
function witnessOf(tokens: readonly Token[], g: Group): boolean {
  if (g.governor !== 'of' || g.governorAt === undefined) return false;
  return WITNESS_NOUNS.has(tokens[g.governorAt - 1]?.norm ?? '');
}

/**
 * Rule `witnessedBy`: "We, A and B, as witnessed by C, having met in Kuala Lumpur, …", "A and B
 * signed the accord, witnessed by C": a go-between named with the participle "witnessed by" is a
 * parenthesis on the whole sentence; it witnesses the talks the sentence reports, before or after them.
 */
function witnessedBy(tokens: readonly Token[], g: Group): boolean {
  return g.governor === 'by' && g.governorAt !== undefined && tokens[g.governorAt - 1]?.norm === 'witnessed';
}

/** Data: verbs of learning that a channel may carry ("we learned via Sweden that …", "heard through Oman about …"). */
const LEARNING_VERBS: ReadonlySet<string> = new Set(['learn', 'hear', 'heard', 'learnt']);
/** Most tokens between a verb of learning and its channel or the actor whose news it carries. */
const LEARNING_WINDOW = 16;

/**
 * Rule `relayedNews`: "we learned via Sweden that the DPRK wanted …", "heard about X's offer through
 * Oman": a channel of news between two sides relays between them (corpus README, part d: "a
 * protecting power that relays between two governments mediates"): the channel → the learner and
 * → the first other actor the news is about.
 */
function relayedNews(a: SentenceAnalysis, groups: readonly Group[]): Candidate[] {
  // The channel is a group after "through" or "via": without one no token is looked at.
  if (!groups.some((g) => g.governor !== undefined && CHANNEL_PREPS.has(g.governor))) return [];
  const out: Candidate[] = [];
  a.tokens.forEach((t, i) => {
    if (t.kind !== 'word' || t.cap || !lemmas(t.norm).some((l) => LEARNING_VERBS.has(l))) return;
    const ci = clauseIndexAt(a.clauses, i);
    const learner = subjectOf(a, groups, ci, i)?.group;
    const near = groups.filter((g) => g.tokenStart > i && g.tokenStart - i <= LEARNING_WINDOW && !g.attribution && g !== learner);
    const channel = near.find((g) => g.governor !== undefined && CHANNEL_PREPS.has(g.governor));
    const about = near.find((g) => g !== channel && !(g.governor && CHANNEL_PREPS.has(g.governor)) && !isLocative(g));
    if (!learner || !channel || !about) return;
    const q = assessInClause(a.tokens, a.clauses, ci, i, i + 1, 'mediates');
    if (q.negated) return;
    if (ids(learner).length !== 1 || ids(about).length !== 1) return;
    const parties = [ids(learner)[0], ids(about)[0]];
    if (parties[0] === parties[1]) return;
    const pair: [string, string] = [parties[0], parties[1]];
    const span = (g: Group, id: string): [number, number] => {
      const m = g.members.find((x) => x.actorId === id)!;
      return [m.start, m.end];
    };
    for (const m of channel.members) {
      if (parties.includes(m.actorId)) continue;
      for (const [g, id] of [[learner, parties[0]], [about, parties[1]]] as const) {
        const confidence = CONF.mediationThrough * channel.confidence * m.confidence * g.confidence * q.factor;
        out.push({ source: m.actorId, target: id, type: 'mediates', between: pair, confidence: Math.min(1, confidence), sentence: a.sentence, cue: t.norm, rule: 'mediates.mediationThrough', spans: { cue: [t.start, t.end], source: [m.start, m.end], target: span(g, id) }, marks: marksOf(q) });
      }
    }
  });
  return out;
}

/**
 * Rule `mediates.mediationThrough`: an actor the talks of the same clause go through mediates
 * between their parties (never one of the parties itself).
 */
function mediatedThrough(a: SentenceAnalysis, cands: readonly Candidate[], groups: readonly Group[], side: (id: string) => string): Candidate[] {
  const out: Candidate[] = [];
  for (const g of groups) {
    const witness = witnessOf(a.tokens, g) || helperPhrase(a.tokens, g);
    const parenthesis = witnessedBy(a.tokens, g);
    if (!witness && !parenthesis && (!g.governor || !CHANNEL_PREPS.has(g.governor))) continue;
    const clause = clauseIndexAt(a.clauses, g.tokenStart);
    for (const talk of cands) {
      // Close after the cue, in its clause, no comma between: "negotiated through Qatar", not
      // "met on Monday; the troops moved through Benin" or "met, and then sent aid through Benin".
      const cueAt = a.tokens.findIndex((t) => t.start === talk.spans.cue[0]);
      if (talk.type !== 'negotiates') continue;
      if (!parenthesis) {
        if (clauseIndexAt(a.clauses, cueAt) !== clause && !(witness && frontedHelperComma(a.tokens) !== undefined)) continue;
        const between = a.tokens.slice(cueAt + 1, g.tokenStart);
        // Rule `frontedHelper` (fronted-helper.ts): "Under the auspices of C, A and B agreed …": the phrase before the comma helps the clause after it.
        const fronted = witness && frontedHelperComma(a.tokens);
        const ahead = !!fronted && g.tokenEnd <= fronted && cueAt > fronted && cueAt - fronted <= WITNESS_WINDOW + 4 && !a.tokens.slice(fronted + 1, cueAt).some((t) => t.text === ',');
        if (!ahead && (g.tokenStart <= cueAt || between.length > (witness ? WITNESS_WINDOW : CHANNEL_WINDOW) || between.some((t) => t.text === ','))) continue;
      }
      const mids = g.members.filter((m) => m.actorId !== talk.source && m.actorId !== talk.target);
      if (mids.length !== g.members.length) continue;
      // Rule `helpOfThird`: nor a party's own state ("Lavrov met Rubio at the invitation of the United States").
      if (sharesSide(side, [talk.source, talk.target], mids.map((m) => m.actorId))) continue;
      const pair: [string, string] = [talk.source, talk.target];
      for (const m of mids) {
        for (const [party, span] of [[talk.source, talk.spans.source], [talk.target, talk.spans.target]] as const) {
          if (out.some((c) => c.source === m.actorId && c.target === party)) continue;
          const confidence = (talk.confidence * CONF.mediationThrough * g.confidence * m.confidence) / CONF.verb;
          out.push({ ...talk, source: m.actorId, target: party, type: 'mediates', between: pair, confidence: Math.min(1, confidence), rule: 'mediates.mediationThrough', spans: { cue: talk.spans.cue, source: [m.start, m.end], target: span } });
        }
      }
    }
  }
  return out;
}
