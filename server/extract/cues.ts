/**
 * Data: the words that signal each relation type, and the small closed word classes the rules
 * read (prepositions, reporting verbs...). Phrases are written in base form (lemmas); inflected
 * forms are matched through lemma.ts. Multi-word phrases match with up to two modifiers inside
 * ("hold high-level conversations" matches "hold conversations").
 */
import type { RelationType } from '../domain/types';

export interface CueGroup {
  /** Act on an object: the subject is the source ("X rejected Y"). */
  verbs: readonly string[];
  /** Events and states: arguments come from prepositions ("talks with Y", "strike on Y"). */
  nouns: readonly string[];
  /** Nouns describing two parties alike ("tensions between X and Y"): both directions. */
  mutual?: readonly string[];
  /** Mediation cues specific enough to borrow the document's negotiating pair. */
  strong?: readonly string[];
}

export const CUE_TABLE: Readonly<Record<RelationType, CueGroup>> = {
  negotiates: {
    verbs: [
      'negotiate', 'meet', 'meet with', 'talk with', 'talk to', 'engage with', 'sit down with',
      'confer with', 'reconcile with',
    ],
    nouns: [
      'negotiation', 'talks', 'dialogue', 'conversation', 'discussion', 'consultation', 'meeting',
      'summit', 'envoy to', 'deal', 'agreement', 'accord', 'roadmap', 'negotiating table',
      'contacts', 'back channel', 'diplomatic channel', 'rapprochement', 'ceasefire', 'truce',
      'peace deal', 'peace talks',
    ],
    // Every negotiation noun describes both sides alike.
    mutual: [
      'negotiation', 'talks', 'dialogue', 'conversation', 'discussion', 'consultation', 'meeting',
      'summit', 'deal', 'agreement', 'accord', 'roadmap', 'contacts', 'back channel',
      'diplomatic channel', 'rapprochement', 'ceasefire', 'truce', 'peace deal', 'peace talks',
    ],
  },
  mediates: {
    verbs: ['mediate', 'broker', 'facilitate', 'host', 'convene', 'arbitrate', 'intercede'],
    nouns: [
      'mediation', 'mediator', 'facilitation', 'facilitator', 'intermediary', 'go-between',
      'broker', 'good offices', 'shuttle diplomacy', 'diplomatic push', 'diplomatic initiative',
      'diplomatic effort', 'peace initiative', 'host',
    ],
    strong: [
      'mediate', 'broker', 'facilitate', 'arbitrate', 'intercede', 'mediation', 'mediator',
      'facilitation', 'facilitator', 'intermediary', 'go-between', 'good offices', 'shuttle diplomacy',
    ],
  },
  opposes: {
    verbs: [
      'oppose', 'reject', 'condemn', 'denounce', 'criticize', 'criticise', 'attack', 'strike',
      'bomb', 'shell', 'invade', 'intercept', 'shoot down', 'downed', 'sanction', 'threaten',
      'warn', 'target', 'accuse', 'blame', 'retaliate against', 'punish', 'blockade', 'besiege',
      'pressure', 'coerce', 'deter', 'isolate', 'confront', 'fight', 'clash with', 'harass',
      'seize', 'expel', 'boycott', 'veto', 'fire at', 'fire on',
    ],
    nouns: [
      'opposition', 'rejection', 'condemnation', 'criticism', 'attack', 'strike', 'airstrike',
      'air strike', 'bombing', 'shelling', 'invasion', 'interception', 'shoot-down', 'shootdown',
      'downing', 'sanction', 'threat', 'war plans', 'war', 'skepticism', 'scepticism', 'hostility',
      'pressure', 'isolation', 'deterrent', 'deterrence', 'military action', 'military strike',
      'aggression', 'crackdown', 'blockade', 'curb', 'offensive', 'retaliation', 'embargo',
      'ultimatum', 'provocation', 'tensions', 'tension', 'rivalry', 'rivals', 'rival', 'conflict',
      'hostilities', 'standoff', 'stand-off', 'impasse', 'dispute', 'confrontation', 'feud',
      'clashes', 'enmity', 'animosity', 'adversary', 'adversaries',
    ],
    mutual: [
      'war', 'tensions', 'tension', 'rivalry', 'rivals', 'rival', 'conflict', 'hostilities',
      'standoff', 'stand-off', 'impasse', 'dispute', 'confrontation', 'feud', 'clashes', 'enmity',
      'animosity', 'adversary', 'adversaries',
    ],
  },
};

/** Cues that count only next to a negotiation noun: one hosts talks, not just anything. */
export const EVENT_BOUND_CUES: ReadonlySet<string> = new Set(['host', 'convene']);

/** Prepositions that introduce the party acted on or talked with, per relation type. */
export const PATIENT_PREPS: Readonly<Record<RelationType, readonly string[]>> = {
  negotiates: ['with', 'to', 'between', 'among'],
  mediates: ['between', 'among', 'with'],
  opposes: ['on', 'against', 'of', 'to', 'toward', 'towards', 'at', 'with', 'between', 'upon'],
};

/** Prepositions that introduce the actor of a noun cue ("facilitation by X", "mediators from X"). */
export const AGENT_PREPS: readonly string[] = ['by', 'from'];

/** Compound participles whose left part is the agent: "U.S.-led", "Qatar-brokered". */
export const AGENT_PARTICIPLES: readonly string[] = ['led', 'backed', 'brokered', 'sponsored', 'imposed', 'mediated', 'hosted', 'driven', 'supported', 'launched', 'carried', 'conducted'];

/** Verbs of saying: their subject is a speaker, not a party; they open a complement clause. */
export const REPORTING_VERBS: readonly string[] = [
  'say', 'state', 'tell', 'add', 'note', 'confirm', 'announce', 'declare', 'insist', 'claim',
  'write', 'tweet', 'report', 'suggest', 'indicate', 'acknowledge', 'reply', 'respond', 'stress',
  'argue', 'explain', 'remark', 'assert', 'reveal', 'disclose', 'observe', 'recall',
];

/** Verbs whose subject comments on an event rather than taking part ("X welcomed talks with Y"). */
export const OBSERVER_VERBS: readonly string[] = [
  'welcome', 'praise', 'hail', 'applaud', 'question', 'doubt', 'follow', 'monitor', 'watch',
  'cover', 'expect', 'await', 'urge', 'support', 'back', 'endorse', 'predict', 'analyze',
  'analyse', 'discuss', 'describe', 'call for',
];

export const PREPOSITIONS: ReadonlySet<string> = new Set(
  (
    'in on at by with from to of for against toward towards into onto over under between among amid ' +
    'amongst about after before during without within across through throughout near beside beyond ' +
    'via per upon unlike like despite than behind inside outside around along regarding concerning ' +
    'involving following according'
  ).split(' '),
);

/** Prepositions of place: a party there is a venue, not a participant ("talks in Oman"). */
export const LOCATIVE_PREPS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'inside', 'within', 'throughout', 'across', 'outside']);

export const DETERMINERS: ReadonlySet<string> = new Set(
  'the a an this that these those its their his her our my your some any both all two several each every either no'.split(' '),
);
