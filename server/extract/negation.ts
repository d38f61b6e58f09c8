/**
 * Negation, modality and hedging of a cue. Negation ("did not", "refused to", "denied") in the
 * cue's clause before the cue, or a denial governing the clause, drops the relation. Modality: a
 * relation that is only hypothetical or conditional ("would meet", "could end", "if they talk"),
 * obligatory or demanded ("must engage with", "have to pressure", "urged X to negotiate") or
 * intended ("plans to meet", "hopes to mediate") is not reported as a fact: its confidence falls
 * under the storing threshold. Hedges ("apparently", "unclear") lower confidence; hearsay
 * ("reportedly", "is said to", hearsay.ts) is no fact either.
 */
import type { RelationType } from '../domain/types';
import { anyAttemptAt } from './any-attempt';
import { introducingClause } from './clauses';
import { PREPOSITIONS } from './cues';
import { hearsayAt } from './hearsay';
import { lemmas } from './lemma';
import { COMMITMENT_WORDS, COOPERATION_WORDS } from './lexicon/news-contacts';
import { askedObjectAt, finiteAfterModal, presupposedAt } from './object-control';
import { isReleaseAt, releaseVerbAt } from './demanded-release';
import { isMonthMay } from './tokens';
import type { Clause, Token } from './types';
import { isReportedWill } from './reported-will';
import { definiteActAt, mustStopAfter, opensEmbedded } from './presupposed-modal';

/**
 * Rule `liftedMeasure`: lifting a measure undoes it ("before it lifts economic sanctions against X",
 * "relaxed the blockade of Y"): a verb of lifting negates the hostile noun after it, and a negated one
 * keeps the measure ("will not lift sanctions against X": the two negations cancel). Only for
 * opposition (isNegatingVerb). Not "ease": tensions eased between A and B still name A and B's
 * hostility (rule easedHostility).
 */
const LIFTING_VERBS = ['lift', 'relax', 'waive', 'remove', 'roll back', 'unfreeze'];
const LIFTING: ReadonlySet<string> = new Set(LIFTING_VERBS);
/** Most determiners and adjectives between a verb of lifting and the measure it lifts ("lifts all remaining economic sanctions"). */
const LIFTED_WINDOW = 3;

/** Whether the words from `from` to the cue at `start` are only determiners and adjectives: the verb governs the cue's noun. */
function governsNoun(tokens: readonly Token[], from: number, start: number): boolean {
  if (start - from > LIFTED_WINDOW) return false;
  return tokens.slice(from, start).every((t) => t.kind === 'word' && !t.cap && !PREPOSITIONS.has(t.norm) && !['and', 'or', 'but'].includes(t.norm));
}

/** Data: single words that negate what follows them in a clause. */
const NEGATORS = new Set(['not', 'never', 'no', 'neither', 'nor', 'without', 'hardly', 'nobody', 'none']);
/** Data: verbs that negate the act they govern ("refused to negotiate", "ruled out talks"). */
const NEGATING_VERBS = ['refuse', 'decline', 'deny', 'rule out', 'call off', 'break off', 'halt', 'suspend', 'cancel', 'fail', 'abandon', 'reject', 'avoid', 'postpone', 'shun', 'stop', 'ban', 'prohibit', 'forbid', 'renounce', ...LIFTING_VERBS];
/** Data: verbs that deny the clause they introduce. */
const DENIALS = new Set(['deny', 'refute', 'dismiss', 'reject', 'rebut', 'disprove']);
/**
 * Data: verbs and adjectives that make the "that" clause they govern a demand, not a fact: "urged
 * that A and B agree to …", "insisted that", "it is essential that" (the mandative subjunctive).
 */
const DEMANDS = new Set(['urge', 'demand', 'insist', 'ask', 'request', 'recommend', 'propose', 'require', 'essential', 'imperative', 'vital', 'crucial', 'necessary', 'important']);
/** Data: adjectives of reluctance ("hesitant to engage"). */
const RELUCTANT = new Set(['hesitant', 'reluctant', 'unwilling', 'unable']);
/** Data: hedges, one word each: the relation is reported, with doubt. */
const HEDGES = new Set([
  'reportedly', 'allegedly', 'possibly', 'possible', 'perhaps',
  'probably', 'likely', 'potential', 'potentially', 'rumored', 'rumoured', 'unconfirmed', 'apparently',
  'seemingly', 'appears', 'seems', 'speculation', 'unclear', 'uncertain',
  'purportedly', 'supposedly', 'believed',
]);

/** Kinds of non-fact a cue may be put in. */
export type Modality = 'fact' | 'hypothetical' | 'obligation' | 'intention' | 'hearsay';

/**
 * Data (from the annotation guide's list of what is not a relation, CORPUS-FORMAT.md): words that
 * put the act in another world than the real one. One word, or two written with a space (the
 * second word must follow the first).
 */
const MODALS: ReadonlyMap<string, Modality> = new Map<string, Modality>([
  ['would', 'hypothetical'], ['could', 'hypothetical'], ['might', 'hypothetical'], ['may', 'hypothetical'],
  ['if', 'hypothetical'], ['unless', 'hypothetical'], ['whether', 'hypothetical'],
  // A compared act is only imagined: "nothing is better for ISIS than to create a conflict between A and B".
  ['than to', 'hypothetical'],
  ['must', 'obligation'], ['should', 'obligation'], ['ought to', 'obligation'], ['have to', 'obligation'],
  ['has to', 'obligation'], ['need to', 'obligation'], ['needs to', 'obligation'],
  ['urge', 'obligation'], ['urged', 'obligation'], ['urges', 'obligation'], ['demand', 'obligation'],
  ['demanded', 'obligation'], ['demands', 'obligation'], ['call on', 'obligation'], ['called on', 'obligation'],
  ['calls on', 'obligation'], ['called upon', 'obligation'], ['calls upon', 'obligation'],
  ['plan to', 'intention'], ['plans to', 'intention'], ['planned to', 'intention'], ['planning to', 'intention'],
  ['intend to', 'intention'], ['intends to', 'intention'], ['intended to', 'intention'],
  ['hope to', 'intention'], ['hopes to', 'intention'], ['hoped to', 'intention'], ['hoping to', 'intention'],
  ['want to', 'intention'], ['wants to', 'intention'], ['wanted to', 'intention'],
  ['seek to', 'intention'], ['seeks to', 'intention'], ['seeking to', 'intention'],
  ['aim to', 'intention'], ['aims to', 'intention'], ['wish to', 'intention'], ['wishes to', 'intention'],
  ['expected to', 'intention'], ['expects to', 'intention'],
  // An act only announced as coming (news: "an imminent incursion into Syria") has not happened.
  ['imminent', 'intention'], ['impending', 'intention'],
  // Readiness is not the act: "we are prepared to meet", "ready to mediate", "willing to talk".
  ['prepared to', 'intention'], ['ready to', 'intention'], ['willing to', 'intention'], ['eager to', 'intention'],
  // Rule `openToTalks` (issue #12, fourth round): readiness and deliberation named by other words are
  // not the act either: "open to talks with X", "ready for talks", "is considering sanctions on X".
  ['open to', 'intention'], ['ready for', 'intention'], ['prepared for', 'intention'],
  // "I look forward to meeting X", "looks forward to increasing engagement with Y": an act wished for.
  ['forward to', 'intention'],
  ['is considering', 'intention'], ['are considering', 'intention'], ['was considering', 'intention'], ['were considering', 'intention'],
  // Rule `openToTalks`: encouragement is a demand ("encouraged X to talk with Y"), as "urged" is.
  ['encourage', 'obligation'], ['encouraged', 'obligation'], ['encourages', 'obligation'], ['encouraging', 'obligation'],
]);
/** Data: auxiliaries that open a yes/no question ("Did X mediate?", "Is Y still talking to Z?"). */
const QUESTION_OPENERS = new Set(['do', 'does', 'did', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'shall', 'may', 'might', 'must']);
/** Data: words that may come before a question's auxiliary: a conjunction, or a transcript's question label ("Q Did …?"). */
const QUESTION_LEADS = new Set(['and', 'but', 'so', 'or', 'q', 'question']);

/**
 * Rule `yesNoQuestion`: a sentence that asks whether something happened ("Did China have any role in
 * mediating?", a reporter's question in a transcript) states nothing: an auxiliary opens it and a
 * question mark ends it. A question with a question word ("Why did X attack Y?") is left alone: it
 * takes the act for granted.
 */
export function asksYesNo(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.kind !== 'punct');
  const last = [...tokens].reverse().find((t) => t.kind !== 'punct' || !['"', '“', '”', "'", '’', ')'].includes(t.text));
  if (!last || last.text !== '?') return false;
  let i = 0;
  while (i < words.length - 1 && QUESTION_LEADS.has(words[i].norm)) i++;
  return !!words[i] && QUESTION_OPENERS.has(words[i].norm);
}

/** Modal auxiliaries: the only modal words that qualify a cue standing before them. */
const AUXILIARIES = new Set(['would', 'could', 'might', 'may', 'must', 'should']);
/** What a non-fact keeps of its confidence: always under MIN_STORED_CONFIDENCE (0.35), so never stored. */
export const NON_FACT_FACTOR = 0.3;
/** What `hedges` hedges leave of a confidence: the first weighs most, more add doubt, less and less (never below 0.64). */
export const hedgeFactor = (hedges: number): number => (hedges ? 0.8 * Math.pow(0.9, Math.min(3, hedges) - 1) : 1);
/** Data: hedges that are adjectives of a noun ("a possible meeting"): they qualify only the noun they precede. */
const HEDGE_ADJECTIVES = new Set(['possible', 'potential', 'likely', 'probable', 'rumored', 'rumoured', 'unconfirmed', 'speculation']);
/** Punctuation that ends the predicate of a cue. */
const BREAKS = new Set([',', ';', ':', '—', '–', '(', ')', '"', '“', '”']);
/** How far from the cue negation and hedges are looked for (bounded work on long clauses). */
const NEGATION_WINDOW = 10;
const HEDGE_WINDOW = 15;
/** "not only ... but also" is not a negation. */
const NOT_ONLY = /^(?:only|just|least)$/;

export interface Assessment {
  negated: boolean;
  /** Hedge words found, each lowering confidence. */
  hedges: string[];
  /** Whether the act is reported as real, or only as possible, required or intended. */
  modality: Modality;
  /** The word(s) that set the modality. */
  modal?: string;
  /** Multiplier in (0, 1]. */
  factor: number;
}

/** A cue's modality and how many hedges qualify it, as a candidate relation carries them. */
export interface CandidateMarks {
  modality: Modality;
  hedges: number;
}

export const marksOf = (q: Assessment): CandidateMarks => ({ modality: q.modality, hedges: q.hedges.length });
/** The marks of a candidate from a rule that reads no modality or hedge (a description, an attribution). */
export const UNASSESSED: CandidateMarks = Object.freeze({ modality: 'fact', hedges: 0 });

/** First words of the two-word modals ("have" of "have to"): only these need the pair looked up. */
const MODAL_HEADS = new Set([...MODALS.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]));

/** The modal word(s) at token i, if any. */
function modalAt(tokens: readonly Token[], i: number): [string, Modality] | undefined {
  if (isMonthMay(tokens, i)) return undefined;
  const one = tokens[i].norm;
  if (MODAL_HEADS.has(one)) {
    const two = `${one} ${tokens[i + 1]?.norm ?? ''}`;
    const m2 = MODALS.get(two);
    if (m2) return [two, m2];
  }
  // Rule `reportedWill`: "said that he would meet" reports a "will" (reported-will.ts).
  if (one === 'would' && isReportedWill(tokens, i)) return undefined;
  const m1 = MODALS.get(one);
  return m1 ? [one, m1] : undefined;
}

const NEGATING_PARSED = NEGATING_VERBS.map((v) => v.split(' '));

function isNegatingVerb(tokens: readonly Token[], i: number, type: RelationType, start: number): boolean {
  const t = tokens[i];
  const ls = lemmas(t.norm);
  for (const [w, particle] of NEGATING_PARSED) {
    if (!ls.includes(w)) continue;
    if (particle && tokens[i + 1]?.norm !== particle) continue;
    // "rejected" is itself opposition; it negates only talks and mediation.
    if (w === 'reject' && type === 'opposes') continue;
    // Lifting undoes a hostile measure; "lifted the ban on talks" is no negation of talks, and
    // "removed troops and attacked X" none of the attack: only the measure it governs ("lifts economic sanctions").
    if (LIFTING.has(w) && (type !== 'opposes' || !governsNoun(tokens, i + (particle ? 2 : 1), start))) continue;
    return true;
  }
  return false;
}

/**
 * Data: words that, with "for" or "toward(s)", make the noun after them something sought, not had:
 * "the need for a ceasefire", "called for talks", "pushed for a deal", "efforts toward an agreement".
 */
/**
 * Rule `wantedNoun`: a cue noun right after a verb of wanting (over its determiner and adjectives:
 * "France and Germany want dialogue with X", "seeks a deal with Y") is wished for, not had.
 */
const WANTING = new Set(['want', 'seek', 'desire', 'favor', 'favour', 'prefer', 'crave', 'wish']);
/** Most determiners and adjectives between a verb of wanting and its noun ("want a new, lasting deal"). */
const WANTED_WINDOW = 3;

function wantedAt(tokens: readonly Token[], clause: Clause, start: number): [string, Modality] | undefined {
  for (let i = start - 1; i >= clause.tokenStart && i >= start - WANTED_WINDOW - 1; i--) {
    const t = tokens[i];
    if (t.kind !== 'word') return undefined;
    if (lemmas(t.norm).some((l) => WANTING.has(l))) return [t.norm, 'intention'];
    if (t.cap || PREPOSITIONS.has(t.norm)) return undefined;
  }
  return undefined;
}

const SEEKING = new Set(['need', 'call', 'push', 'press', 'appeal', 'hope', 'prospect', 'effort', 'work', 'advocate', 'path', 'road', 'pathway', 'plea', 'demand', 'ask', 'urge', 'pave']);
/** Most tokens between "for" and the noun cue it introduces ("for an immediate and lasting ceasefire"). */
const SOUGHT_WINDOW = 5;

/**
 * Rule `soughtNoun`: a cue noun that is only sought ("called for a ceasefire between A and B",
 * "the need for talks") is an obligation or wish, not an event that took place.
 */
function soughtAt(tokens: readonly Token[], clause: Clause, start: number): [string, Modality] | undefined {
  for (let i = start - 1; i >= clause.tokenStart && i >= start - SOUGHT_WINDOW; i--) {
    const t = tokens[i];
    if (t.kind !== 'word') return undefined;
    if (t.norm !== 'for' && t.norm !== 'toward' && t.norm !== 'towards') continue;
    const head = tokens[i - 1];
    return head && head.kind === 'word' && lemmas(head.norm).some((l) => SEEKING.has(l)) ? [`${head.norm} ${t.norm}`, 'obligation'] : undefined;
  }
  return undefined;
}

/** Rule `triedAct`, data: the forms of trying and wanting whose infinitive is only attempted or wished ("wants to" is in MODALS). */
const TRYING: ReadonlySet<string> = new Set(['try', 'tries', 'tried', 'trying', 'wanting']);
/**
 * Rule `triedAct` (review, session 13): of those, the ones of a wish only. An attempt is a fact for
 * every type but negotiation: "tried to storm Y's positions", "tried to kill Y's leaders" report an
 * attack, "is trying to mediate between A and B" a mediation; only a meeting tried for may not have
 * taken place ("tried to meet with X").
 */
const WISHING: ReadonlySet<string> = new Set(['wanting']);
/** Most words between the "to" of trying and the cue it governs ("trying to work out a meeting"). */
const TRIED_WINDOW = 5;

/**
 * Rule `triedAct`: a cue inside the infinitive of trying or wanting ("is trying to work out a meeting
 * with X", "the DPRK wanting to expel Y") is an intention. Only the infinitive's own words: a
 * preposition before the cue ends them ("tried to protect itself from X's attacks": the attacks are
 * a fact), as a comma does.
 */
function triedAt(tokens: readonly Token[], clause: Clause, start: number, type: RelationType): [string, Modality] | undefined {
  const forms = type === 'negotiates' ? TRYING : WISHING;
  for (let i = start - 1; i > clause.tokenStart && i >= start - TRIED_WINDOW - 1; i--) {
    const t = tokens[i];
    if (t.kind !== 'word') return undefined;
    if (t.norm === 'to') return forms.has(tokens[i - 1]?.norm ?? '') ? [`${tokens[i - 1].norm} to`, 'intention'] : undefined;
    if (PREPOSITIONS.has(t.norm)) return undefined;
  }
  return undefined;
}

/**
 * Rule `riskedHostility`, data: nouns of a risk whose "of" makes the hostile noun after it only
 * possible ("efforts to reduce risks of further conflict between A and B", "the danger of a wider war
 * between A and B"). Not "threat": a threat is itself a hostile act news reports. Dev false alarms, session 13.
 */
const RISK_NOUNS: ReadonlySet<string> = new Set(['risk', 'risks', 'danger', 'dangers', 'spectre', 'specter', 'possibility', 'likelihood', 'fear', 'fears']);
/**
 * Rule `chanceOfAct`, data: nouns of a chance whose "of" makes the act after it, of any type, only
 * possible ("the odds of a deal between A and B are low", "the chances of talks with X", "hopes of a
 * ceasefire between A and B"): the words of English for estimating an outcome, with risk's nouns
 * above for a hostile act.
 */
const CHANCE_NOUNS: ReadonlySet<string> = new Set(['odds', 'chance', 'chances', 'prospect', 'prospects', 'hope', 'hopes', 'possibility', 'likelihood', 'probability']);
const CHANCE_OR_RISK_NOUNS: ReadonlySet<string> = new Set([...CHANCE_NOUNS, ...RISK_NOUNS]);
/**
 * Rule `anyAct`: a cue noun after "any" over lower-case adjectives ("in response to any further
 * aggression by X against Y", "warned against any attack on Y", "any talks with X would …") names
 * an act that may or may not come: hypothetical. Not "any" after a negation, which negation reads.
 */
const ANY_WINDOW = 3;

function anyAt(tokens: readonly Token[], clause: Clause, start: number): [string, Modality] | undefined {
  for (let i = start - 1; i >= clause.tokenStart && i >= start - ANY_WINDOW - 1; i--) {
    const t = tokens[i];
    // "Any further aggression by X …" opening the sentence or a quote is written with a capital.
    if (t.norm === 'any' && (!t.cap || !tokens[i - 1] || tokens[i - 1].kind === 'punct')) return ['any', 'hypothetical'];
    if (t.kind !== 'word' || t.cap) return undefined;
    if (PREPOSITIONS.has(t.norm) || DETERMINERS_OF_ACT.has(t.norm) || ['and', 'or', 'but'].includes(t.norm)) return undefined;
  }
  return undefined;
}
/** Determiners that make the act a definite one ("any of the attacks" is not "any attack"). */
const DETERMINERS_OF_ACT: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'these', 'that', 'those', 'its', 'their', 'his', 'her']);

/** Most determiners and adjectives between "of" and the hostile noun ("the risk of a new and wider war"). */
const RISKED_WINDOW = 4;

/**
 * Rules `riskedHostility` and `chanceOfAct`: a cue right after one of `nouns` and "of", over
 * determiners, lower-case adjectives and a demonym, is hypothetical.
 */
function riskedAt(tokens: readonly Token[], clause: Clause, start: number, nouns: ReadonlySet<string>): [string, Modality] | undefined {
  for (let i = start - 1; i > clause.tokenStart && i >= start - RISKED_WINDOW - 1; i--) {
    const t = tokens[i];
    // A capitalised word only as the noun's own modifier right before it ("the risk of Xian strikes on Y").
    if (t.kind !== 'word' || (t.cap && i !== start - 1)) return undefined;
    if (t.norm === 'of') return nouns.has(tokens[i - 1]?.norm ?? '') ? [`${tokens[i - 1].norm} of`, 'hypothetical'] : undefined;
    if (PREPOSITIONS.has(t.norm) || ['and', 'or', 'but'].includes(t.norm)) return undefined;
  }
  return undefined;
}

/**
 * Rule `pursuedNoun`, data: nouns whose "of" makes the cue noun after it a goal, not an event ("the
 * importance of a peace agreement between A and B", "the pursuit of a deal", "prospects for" is
 * rule soughtNoun's); and verbs of furthering whose infinitive or gerund governs it ("efforts to
 * advance peace talks between A and B", "Advancing a Maritime Agreement Between A and B"). The past
 * tense is left out: "advanced the talks" may report talks held. Dev false alarms, session 13.
 */
const GOAL_NOUNS: ReadonlySet<string> = new Set(['importance', 'pursuit', 'goal', 'aim', 'objective', 'promotion', 'necessity', 'advancement']);
const FURTHERING_VERBS: ReadonlySet<string> = new Set(['advance', 'promote', 'pursue', 'further', 'foster']);
/** Most determiners and adjectives between the goal's word and the cue noun ("the importance of a durable and comprehensive peace"). */
const PURSUED_WINDOW = 4;

/** Whether token i is the infinitive ("to advance") or the gerund ("advancing") of a verb of furthering. */
function furthersAt(tokens: readonly Token[], i: number): boolean {
  const n = tokens[i].norm;
  if (/ing$/.test(n)) return lemmas(n).some((l) => FURTHERING_VERBS.has(l));
  return FURTHERING_VERBS.has(n) && tokens[i - 1]?.norm === 'to';
}

function pursuedAt(tokens: readonly Token[], clause: Clause, start: number): [string, Modality] | undefined {
  // A heading in title case capitalises the words of the phrase too ("Advancing A Maritime Agreement").
  const titleCase = tokens[start].cap;
  for (let i = start - 1; i >= clause.tokenStart && i >= start - PURSUED_WINDOW - 1; i--) {
    const t = tokens[i];
    if (t.kind !== 'word') return undefined;
    if (t.norm === 'of') {
      const head = tokens[i - 1];
      return head && head.kind === 'word' && GOAL_NOUNS.has(head.norm) ? [`${head.norm} of`, 'intention'] : undefined;
    }
    if (furthersAt(tokens, i)) return [t.norm, 'intention'];
    if ((t.cap && !titleCase) || PREPOSITIONS.has(t.norm) || ['and', 'or', 'but'].includes(t.norm)) return undefined;
  }
  return undefined;
}

/**
 * Data: nouns of asking whose infinitive is only asked for ("its requests to meet X were denied", "a
 * bid to talk"). Not "effort" or "attempt", nor a go-between's "offer" or "proposal": news credits
 * those ("efforts to mediate between A and B", "backed Qatar's offer to facilitate a dialogue").
 */
export const REQUEST_NOUNS: ReadonlySet<string> = new Set(['request', 'bid', 'invitation', 'appeal', 'plea', 'application', 'petition']);

/**
 * Rule `requestedAct`: a cue in an infinitive right after a noun of asking ("requests to meet X", "a
 * bid to talk") is asked for, not done: an intention.
 */
function requestedAt(tokens: readonly Token[], start: number): [string, Modality] | undefined {
  const to = tokens[start - 1];
  const noun = tokens[start - 2];
  // The noun, not the verb: "offered to mediate" is an act of mediation the guide counts.
  if (to?.norm !== 'to' || !noun || noun.kind !== 'word' || /(?:ed|ing)$/.test(noun.norm)) return undefined;
  return lemmas(noun.norm).some((l) => REQUEST_NOUNS.has(l)) ? [`${noun.norm} to`, 'intention'] : undefined;
}

/**
 * Rule `plottedAct`: nouns of a plot whose infinitive is only planned ("an alleged plot to oust
 * President X", "foiled a plot to attack Y", "a scheme to kill Z"): the act was not done, and the
 * clause's subject who uncovers or foils it is not the plotter. Dev false alarm, session 13.
 */
const PLOT_NOUNS: ReadonlySet<string> = new Set(['plot', 'conspiracy', 'scheme', 'ploy']);

/** Rule `plottedAct`: a cue in an infinitive right after a noun of a plot ("a plot to oust X") is an intention. */
function plottedAt(tokens: readonly Token[], start: number): [string, Modality] | undefined {
  const noun = tokens[start - 2];
  if (tokens[start - 1]?.norm !== 'to' || !noun || noun.kind !== 'word') return undefined;
  // Review, session 13: a plot its owner names ("a Ukrainian plot to kill X", "Y's plot to attack Z")
  // is the owner's hostile act, which the noun's modifier gives as the source, whoever foiled it.
  const owner = tokens[start - 3];
  if (owner && (owner.kind === 'possessive' || (owner.kind === 'word' && owner.cap && !noun.cap))) return undefined;
  return lemmas(noun.norm).some((l) => PLOT_NOUNS.has(l)) && !/ed$/.test(noun.norm) ? [`${noun.norm} to`, 'intention'] : undefined;
}

/** Most tokens of the owner named with "of" between a noun and its infinitive ("the plan of the United States and its partners to"). */
const OWNER_WINDOW = 8;

/**
 * Rule `nounOfController`'s modality: "the plan of X to attack Y" is as much an intention as "X's
 * plan to attack Y": the noun the infinitive hangs on, past the owner named with "of", is read as if
 * it stood right before "to" (`modalAt`, `requestedAt`).
 */
function ownedNounModal(tokens: readonly Token[], clause: Clause, start: number): [string, Modality] | undefined {
  if (tokens[start - 1]?.norm !== 'to') return undefined;
  for (let k = start - 2; k > clause.tokenStart && start - 2 - k < OWNER_WINDOW; k--) {
    const t = tokens[k];
    if (t.kind === 'punct' && t.text !== '.' && t.text !== '-') return undefined;
    if (t.norm !== 'of') continue;
    const noun = tokens[k - 1];
    if (!noun || noun.kind !== 'word' || noun.cap) return undefined;
    const m = MODALS.get(`${noun.norm} to`);
    if (m) return [`${noun.norm} to`, m];
    return lemmas(noun.norm).some((l) => REQUEST_NOUNS.has(l)) ? [`${noun.norm} to`, 'intention'] : undefined;
  }
  return undefined;
}

/**
 * Rule `committedCooperation`: a cooperation verb or noun ("work with", "partner with", "coordination
 * with") in an infinitive, gerund or noun phrase with a word of commitment, readiness or importance shortly before it in its clause
 * ("committed to working with X", "the commitment of the United States to work with Y", "committed,
 * Mr. President, to working with you", "the importance of working with Z") is promised, not
 * reported: an intention. Other cues keep their reading there ("committed to holding X accountable").
 */
/** Most tokens between a word of commitment and the "to"/"of" of the cooperation it promises. */
const COMMITMENT_WINDOW = 12;

function committedAt(tokens: readonly Token[], start: number): [string, Modality] | undefined {
  if (!lemmas(tokens[start].norm).some((l) => COOPERATION_WORDS.has(l))) return undefined;
  // The cue's own modifiers before it ("commitment to close trilateral coordination with").
  let at = start - 1;
  while (at > 0 && start - at <= 2 && tokens[at].kind === 'word' && !tokens[at].cap && !PREPOSITIONS.has(tokens[at].norm)) at--;
  const link = tokens[at]?.norm;
  if (link !== 'to' && link !== 'of') return undefined;
  // Over commas too: "committed, Mr. President, to working with you, to working with Y".
  for (let k = at - 1; k >= 0 && at - 1 - k <= COMMITMENT_WINDOW; k--) {
    const t = tokens[k];
    if (t.text === ';') return undefined;
    if (t.kind === 'word' && lemmas(t.norm).some((l) => COMMITMENT_WORDS.has(l))) return [`${t.norm} ${link}`, 'intention'];
  }
  return undefined;
}

/** Rule `committedContact`, data: verbs of keeping a contact going ("a commitment to maintain a strategic dialogue with X"). */
const KEEPING_VERBS: ReadonlySet<string> = new Set(['maintain', 'sustain', 'keep', 'deepen', 'strengthen', 'expand', 'build']);
/** Review, session 13: words that report the contact kept as already going on ("to maintain the ongoing dialogue with X"): no mere promise. */
const ONGOING: ReadonlySet<string> = new Set(['ongoing', 'existing', 'current', 'continuing', 'regular']);
/** Most determiners and adjectives between the verb of keeping and the cue noun ("maintain a close and strategic dialogue"). */
const KEPT_WINDOW = 3;

/**
 * Rule `committedContact`: a cue noun governed by the infinitive of a verb of keeping under a word
 * of commitment ("affirmed the commitment to maintain a strategic dialogue with X", "committed to
 * deepen its dialogue with Y") is promised, as a commitment to work with someone is (rule
 * committedCooperation): an intention. Only the infinitive ("to maintain"), and the commitment word
 * right before its "to". Dev false alarm, session 13.
 */
function committedContactAt(tokens: readonly Token[], start: number): [string, Modality] | undefined {
  for (let i = start - 1; i > 1 && start - i <= KEPT_WINDOW + 1; i--) {
    const t = tokens[i];
    if (t.kind !== 'word' || t.cap || ONGOING.has(t.norm) || (PREPOSITIONS.has(t.norm) && t.norm !== 'to')) return undefined;
    if (!KEEPING_VERBS.has(t.norm)) continue;
    const commitment = tokens[i - 2];
    if (tokens[i - 1].norm !== 'to' || commitment.kind !== 'word' || !lemmas(commitment.norm).some((l) => COMMITMENT_WORDS.has(l))) return undefined;
    return [`${commitment.norm} to ${t.norm}`, 'intention'];
  }
  return undefined;
}

/** Data: verbs of stopping an act ("to cease its attacks", "to end the blockade"). */
const CESSATION = new Set(['stop', 'cease', 'end', 'halt', 'discontinue']);
/** Most determiners and adjectives between a verb of stopping and the hostile noun or gerund ("to cease its provocative military"). */
const CESSATION_WINDOW = 4;

/**
 * Rule `demandedCessation`: the verb of stopping in an infinitive right before a hostile cue ("to
 * cease its pressure campaign against Y", "to stop attacking Y"), over determiners and adjectives;
 * its index, or undefined. Demanded, it says the act goes on (assess); not demanded, the act stopped.
 */
function cessationAt(tokens: readonly Token[], clause: Clause, start: number): number | undefined {
  for (let i = start - 1; i > clause.tokenStart && i >= start - CESSATION_WINDOW - 1; i--) {
    const t = tokens[i];
    if (t.kind !== 'word' || t.cap || PREPOSITIONS.has(t.norm)) return undefined;
    if (lemmas(t.norm).some((l) => CESSATION.has(l))) return tokens[i - 1]?.norm === 'to' ? i : undefined;
  }
  return undefined;
}

/** Most tokens between a demand word and the "that" of its clause ("urged today that", "is essential that"). */
const DEMAND_WINDOW = 3;

/**
 * Rule `demandedClause`: a cue in a "that" clause governed by a demand ("urged that the two sides
 * agree to a ceasefire") is an obligation — except a participle right after the clause's subject,
 * which describes it ("that A and B meeting in Pretoria next week agree …": the meeting is arranged).
 */
function demandedAt(tokens: readonly Token[], clause: Clause, start: number, before: Clause | undefined, own: Clause): [string, Modality] | undefined {
  if (!before || clause.kind === 'hard' || tokens[clause.tokenStart]?.norm !== 'that') return undefined;
  let demand: string | undefined;
  for (let i = Math.max(before.tokenStart, before.tokenEnd - DEMAND_WINDOW); i < before.tokenEnd; i++) {
    if (tokens[i].kind === 'word' && lemmas(tokens[i].norm).some((l) => DEMANDS.has(l))) demand = tokens[i].norm;
  }
  if (!demand) return undefined;
  // "A and B meeting", "the authorities meeting", "A and B, meeting": not "to end the fighting".
  const prev = tokens[start - 1];
  const afterName = !!prev && prev.kind === 'word' && (prev.cap || (/s$/.test(prev.norm) && !PREPOSITIONS.has(prev.norm)));
  const opensParticiple = own !== clause && own.kind === 'participial' && start <= own.tokenStart + 1;
  const describesSubject = /ing$/.test(tokens[start].norm) && (afterName || opensParticiple) && start - clause.tokenStart <= SUBJECT_WINDOW;
  return describesSubject ? undefined : [`${demand} that`, 'obligation'];
}
/** Most tokens from "that" to a participle still describing the clause's subject. */
const SUBJECT_WINDOW = 16;

/** `assess` of tokens start..end in clause `ci` of a sentence, read with the clause that introduces it. */
export function assessInClause(tokens: readonly Token[], clauses: readonly Clause[], ci: number, start: number, end: number, type: RelationType): Assessment {
  return assess(tokens, clauses[ci], start, end, type, introducingClause(tokens, clauses, ci));
}

/**
 * How a cue at tokens [start, end) of `clause` is qualified. `before` is the clause that
 * introduced this one (a denial there — "denied that ..." — negates it too).
 */
export function assess(tokens: readonly Token[], clause: Clause, start: number, end: number, type: RelationType, before?: Clause, governing?: { clause: Clause; before?: Clause }): Assessment {
  // Negations cancel in pairs: "has not stopped attacking" is an attack.
  let negations = 0;
  let neither = false;
  const ceased = type === 'opposes' ? cessationAt(tokens, clause, start) : undefined;
  for (let i = Math.max(clause.tokenStart, start - NEGATION_WINDOW); i < start; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || i === ceased) continue;
    // Rule `neitherNor`: "neither A nor B have made efforts" is one negation, not two that cancel.
    if (t.norm === 'nor' && neither) continue;
    if (t.norm === 'neither') neither = true;
    if (NEGATORS.has(t.norm) && !NOT_ONLY.test(tokens[i + 1]?.norm ?? '')) negations++;
    else if (RELUCTANT.has(t.norm) || isNegatingVerb(tokens, i, type, start)) negations++;
  }
  let negated = negations % 2 === 1;
  if (before && clause.kind !== 'hard' && tokens[clause.tokenStart]?.norm === 'that') {
    // A denial governing the clause: "denied that", "rejected claims that", "dismissed reports that".
    for (let i = Math.max(before.tokenStart, before.tokenEnd - 3); i < before.tokenEnd; i++) {
      if (tokens[i].kind === 'word' && lemmas(tokens[i].norm).some((l) => DENIALS.has(l))) {
        negated = !negated;
        break;
      }
    }
  }
  const hedges: string[] = [];
  let modal: [string, Modality] | undefined = (type === 'negotiates' ? committedAt(tokens, start) ?? committedContactAt(tokens, start) : undefined) ?? soughtAt(tokens, clause, start) ?? (type === 'negotiates' ? pursuedAt(tokens, clause, start) : undefined) ?? triedAt(tokens, clause, start, type) ?? riskedAt(tokens, clause, start, type === 'opposes' ? CHANCE_OR_RISK_NOUNS : CHANCE_NOUNS) ?? requestedAt(tokens, start) ?? plottedAt(tokens, start) ?? ownedNounModal(tokens, clause, start) ?? wantedAt(tokens, clause, start) ?? anyAt(tokens, clause, start) ?? anyAttemptAt(tokens, clause, start) ?? demandedAt(tokens, governing?.clause ?? clause, start, governing ? governing.before : before, clause) ?? askedObjectAt(tokens, clause, start);
  // After the cue, its own predicate only: "talks could resume", not "..., it could lead to".
  let after = end;
  // Rule `embeddedModal` (presupposed-modal.ts): "an agreement on how trade would work": the cue's predicate ends at the wh-word.
  while (after < clause.tokenEnd && after < end + HEDGE_WINDOW && !BREAKS.has(tokens[after].text) && !opensEmbedded(tokens[after])) after++;
  // The clause's first words ("if", "whether") and a window around the cue.
  const positions = [clause.tokenStart, clause.tokenStart + 1];
  for (let i = Math.max(clause.tokenStart + 2, start - HEDGE_WINDOW); i < after; i++) positions.push(i);
  for (const i of positions) {
    if (i >= clause.tokenEnd || (i >= start && i < end) || (i >= after && i > clause.tokenStart + 1)) continue;
    const n = tokens[i].norm;
    // After the cue only an auxiliary ("talks could resume"); "rejected X's plan to ..." is not the cue's modality.
    const m = modalAt(tokens, i);
    // Rule `coordinatedFinite` (object-control.ts): "urged X to reconsider and spoke with Y": the modal governs the first predicate only.
    if (m && (i < start || AUXILIARIES.has(m[0])) && !(i < start && finiteAfterModal(tokens, i, start))) modal ??= m;
    if (!HEDGES.has(n) || hedges.includes(n)) continue;
    // "as soon as possible", "as quickly as possible": a phrase of haste, no doubt (rule `presupposedAct`'s "return as soon as possible to talks").
    if (n === 'possible' && tokens[i - 1]?.norm === 'as') continue;
    // "a potential shift in tensions": the adjective qualifies another noun, not the cue.
    if (HEDGE_ADJECTIVES.has(n) && i < start && tokens.slice(i + 1, start).some((t) => PREPOSITIONS.has(t.norm) && t.norm !== 'to')) continue;
    hedges.push(n);
  }
  // Rule `hearsayReport`: an act passed on from unnamed others is no fact (hearsay.ts).
  if (!modal) {
    const heard = hearsayAt(tokens, clause, start, hedges, before);
    if (heard) modal = [heard, 'hearsay'];
  }
  // Rule `presupposedAct` (object-control.ts): "urged X to continue talks with Y", "would continue to work with Y": the act goes on, whatever is asked or meant.
  // Not an act wished for ("look forward to continuing to work with X", rule `wishedAct`): the wish is the news.
  if (modal && modal[1] !== 'hearsay' && modal[0] !== 'forward to' && presupposedAt(tokens, clause, start, type)) modal = undefined;
  // Rule `mustStop` (presupposed-modal.ts): "the fighting between A and B must stop": the act goes on.
  if (modal?.[1] === 'obligation' && type === 'opposes' && mustStopAfter(tokens, end, after)) modal = undefined;
  // Rule `definiteAct` (presupposed-modal.ts): "encouraged dialogue such as the recent meeting between A and B", "seeks to hide its war against Y": the act is there.
  // Not under a verb of stopping, whose demand rule demandedCessation reads ("called on X to cease its campaign against Y").
  if (modal && modal[1] !== 'hearsay' && ceased === undefined && definiteActAt(tokens, start, type === 'opposes')) modal = undefined;
  const hedged = hedgeFactor(hedges.length);
  // Rule `demandedCessation`: "called on X to cease its pressure campaign against Y": what X is asked to stop, X is doing.
  if (ceased !== undefined && modal?.[1] === 'obligation') modal = undefined;
  else if (ceased !== undefined && !modal) negated = !negated;
  // Rule `demandedRelease` (demanded-release.ts): "called on X to release Y": X holds Y now; a release not demanded states no detention.
  if (type === 'opposes' && isReleaseAt(tokens, start)) {
    if (modal?.[1] === 'obligation' && releaseVerbAt(tokens, start)) modal = undefined;
    else negated = true;
  }
  const modality = modal?.[1] ?? 'fact';
  const factor = modality === 'fact' ? hedged : hedged * NON_FACT_FACTOR;
  return { negated, hedges, modality, ...(modal ? { modal: modal[0] } : {}), factor };
}
