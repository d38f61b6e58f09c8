/**
 * Data: the words that signal each relation type, and the small closed word classes the rules
 * read (prepositions, reporting verbs...). Phrases are written in base form (lemmas); inflected
 * forms are matched through lemma.ts. Multi-word phrases match with up to two modifiers inside
 * ("hold high-level conversations" matches "hold conversations").
 */
import { MONTHS, WEEKDAYS } from './lexicon/calendar';
import type { RelationType } from '../domain/types';
import { CREDITED_ACHIEVEMENTS } from './lexicon/credited-achievements';
import { JOINT_TEXT_NOUNS, NEWS_CONTACT_NOUNS, NEWS_CONTACT_VERBS } from './lexicon/news-contacts';
import { newsHostile, newsKinetic, newsVerbal } from './lexicon/news-hostility';
import { NAMING_ONLOOKERS } from './lexicon/naming-verbs';
import { TOPIC_VERBS } from './lexicon/topic-verbs';
import { cameoKinetic, cameoNouns, cameoVerbal, cameoVerbs } from './lexicon/cameo-verbs';
import { cameoConsultVerbs } from './lexicon/cameo-consult';
import { cameoPhrases } from './lexicon/cameo-phrases';
import { CHAIRING_VERBS, COURIER_VERBS, SPONSOR_VERBS } from './lexicon/mediation-constructions';
import { opposingEfforts, opposingEffortsKinetic } from './lexicon/opposing-efforts';
import { RELEASE_VERBS } from './lexicon/release-verbs';
import { CALL_RECEIPT_VERBS } from './lexicon/call-receipts';
import { counteringVerbs } from './lexicon/countering-verbs';
import { legalActs, legalActsVerbal } from './lexicon/legal-acts';

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

/**
 * "Egypt played a critical role in the talks", "who played an important role in this diplomacy":
 * a part in talks between others is mediation, only with the talks named after it (a go-between's
 * credit in news and statements; never a party's: relations.ts drops a mediator among the parties).
 * Written with the article, which cue phrases match word for word ("a key role", "an important role").
 */
const PLAYED_ROLE = ['play a role in', 'play an role in'];

/** Rule `receivedVisit`: the verb of receiving a visitor ("X received Y in Lima"), a negotiation cue read only with the visitor right after it. */
export const RECEIVING_VISITS = 'receive';

/**
 * News idioms of harsh criticism (CAMEO 111 "criticize or denounce"; dictionary senses of "lash out
 * at", "rail against", "take aim at", "blast": to criticise harshly), cues of their own and, as
 * condemnations, verbs whose object may be an act (`VERBAL_HOSTILITY`). Not "round on": the noun
 * "round" ("a round on Cyprus") is too common in talks news for a two-word verb cue.
 */
const CRITICISM_IDIOMS: readonly string[] = ['lash out at', 'rail against', 'take aim at', 'blast'];

export const CUE_TABLE: Readonly<Record<RelationType, CueGroup>> = {
  negotiates: {
    verbs: [
      'negotiate', 'meet', 'meet with', 'talk with', 'talk to', 'engage with', 'sit down with',
      'confer with', 'reconcile with', 'speak with',
      RECEIVING_VISITS,
      // Readouts of official contacts (CORPUS-FORMAT.md: "calls, consultations" are negotiation).
      'consult', 'consult with', 'hold consultations with', 'call', 'phone', 'telephone', 'speak by phone with',
      // "X and Y discussed …", "X discussed … with Y" (never "X discussed Y": see TOPIC_OBJECT_CUES).
      'discuss', 'discuss with',
      // News forms of a call (lexicon/news-contacts.ts).
      ...NEWS_CONTACT_VERBS,
      // "A and B agreed to / on …": reaching an agreement (corpus README); a pair only (PAIR_ONLY_CUES).
      'agree to', 'agree on', 'agree upon',
      // Rule `struckDeal`: "struck a deal with Y" reaches an agreement with Y.
      'strike a deal with', 'strike an agreement with',
      // Rule `cameoConsult`: CAMEO's verbs of consultation (lexicon/cameo-consult.ts), those not listed above.
      ...cameoConsultVerbs(),
      // Rule `receivedCall`: "X received a call from Y" (lexicon/call-receipts.ts).
      ...CALL_RECEIPT_VERBS,
    ],
    nouns: [
      'negotiation', 'talks', 'dialogue', 'conversation', 'discussion', 'consultation', 'meeting',
      'summit', 'envoy to', 'deal', 'agreement', 'accord', 'roadmap', 'negotiating table',
      'contacts', 'back channel', 'diplomatic channel', 'rapprochement', 'ceasefire', 'truce',
      'peace deal', 'peace talks', 'phone call', 'video call',
      // "held calls with Y", readout titles "Secretary X's Call with Y" (calls are negotiation,
      // corpus README); "calls for", "call on", "call to" are demands (CANCELLING_NEXT).
      'call',
      // "the peace process between A and B": their talks by another name.
      'peace process',
      // Rule `engagementNoun`: "her subsequent engagements with Presidents A and B", "officials'
      // engagement with the Taliban": the noun of the verb "engage with", already a cue.
      'engagement',
      // Standing contacts ("close coordination with Y") and joint texts ("issued a joint statement"): lexicon/news-contacts.ts.
      ...NEWS_CONTACT_NOUNS, ...JOINT_TEXT_NOUNS,
    ],
    // Every negotiation noun describes both sides alike.
    mutual: [
      'negotiation', 'talks', 'dialogue', 'conversation', 'discussion', 'consultation', 'meeting',
      'summit', 'deal', 'agreement', 'accord', 'roadmap', 'contacts', 'back channel',
      'diplomatic channel', 'rapprochement', 'ceasefire', 'truce', 'peace deal', 'peace talks',
      'phone call', 'video call', 'call', 'peace process', ...NEWS_CONTACT_NOUNS, ...JOINT_TEXT_NOUNS,
    ],
  },
  mediates: {
    // "relays messages between, or shuttles between parties" (CORPUS-FORMAT.md annotation guide);
    // a third party that puts forward terms for talks between others mediates them.
    verbs: [
      'mediate', 'broker', 'facilitate', 'host', 'convene', 'arbitrate', 'intercede', 'relay', 'shuttle', 'put forward', 'pass messages',
      // Rule `proposedSettlement`: "Egypt proposed a ceasefire between A and B" (EVENT_BOUND_CUES: only with the talks it proposes).
      'propose',
      ...PLAYED_ROLE,
      // "thanked X for their leadership in reaching this deal" (only so credited: lexicon/credited-achievements.ts).
      ...CREDITED_ACHIEVEMENTS,
      // Rules `sponsoredTalks`, `carriedMessages` (lexicon/mediation-constructions.ts).
      ...SPONSOR_VERBS, ...COURIER_VERBS,
      // Rule `chairedTalks` (lexicon/mediation-constructions.ts).
      ...CHAIRING_VERBS,
    ],
    nouns: [
      'mediation', 'mediator', 'facilitation', 'facilitator', 'intermediary', 'go-between',
      'broker', 'good offices', 'shuttle diplomacy', 'diplomatic push', 'diplomatic initiative',
      'diplomatic effort', 'peace initiative', 'host',
      // Rule `proposedSettlement`: "the U.S. proposal of a 72-hour ceasefire" (corpus README, part d conventions).
      'proposal',
    ],
    strong: [
      'mediate', 'broker', 'facilitate', 'arbitrate', 'intercede', 'mediation', 'mediator',
      'facilitation', 'facilitator', 'intermediary', 'go-between', 'good offices', 'shuttle diplomacy',
      ...CREDITED_ACHIEVEMENTS,
    ],
  },
  opposes: {
    // A Set: the CAMEO verbs repeat some of the verbs listed before them.
    verbs: [...new Set([
      'oppose', 'reject', 'condemn', 'denounce', 'criticize', 'criticise', 'attack', 'strike',
      'bomb', 'shell', 'invade', 'intercept', 'shoot down', 'downed', 'sanction', 'threaten',
      'warn', 'target', 'accuse', 'blame', 'retaliate against', 'punish', 'blockade', 'besiege',
      'pressure', 'coerce', 'deter', 'isolate', 'confront', 'fight', 'clash with', 'harass',
      'seize', 'expel', 'boycott', 'veto', 'fire at', 'fire on', 'summon', 'repel', 'fire into',
      'fire toward', 'fire towards', 'launch at', 'launch against', 'launch toward', 'launch towards',
      'bombard', 'raid', 'storm', 'assault', 'ambush', 'occupy', 'annex', 'capture', 'detain',
      'violate', 'encroach on', 'cross into', 'rebuke', 'censure', 'decry', 'deplore', 'slam',
      'lambast', 'castigate', 'provoke', 'intimidate', 'sever ties with', 'cut ties with',
      'scold', 'reprimand', 'chastise', 'admonish', 'berate', 'vilify',
      ...CRITICISM_IDIOMS,
      // Military posture: counted only with troops named and a border or target after (see POSTURE_CUES).
      'deploy', 'mass', 'amass', 'station', 'mobilize', 'mobilise', 'build up', 'concentrate',
      'send', 'move', 'position', 'gather',
      // News verbs of force and coercion (each entry's source in lexicon/news-hostility.ts).
      ...newsHostile('verb'),
      // Rule `cameoVerbs`: the hostile verbs of the CAMEO verb dictionary (lexicon/cameo-verbs.ts), those not listed above.
      ...cameoVerbs(),
      // Rule `cameoPhrases`: CAMEO's verbs that are hostile with a given object (lexicon/cameo-phrases.ts).
      ...cameoPhrases(),
      // Rule `opposingEffort`: measures and efforts against a named side (lexicon/opposing-efforts.ts).
      ...opposingEfforts('verb'),
      // Rule `counteringVerb`: verbs of countering a side or wearing down its means (lexicon/countering-verbs.ts).
      ...counteringVerbs(),
      // Rule `demandedRelease`: a release demanded says the one asked holds captives (lexicon/release-verbs.ts; negation.ts drops any other).
      ...RELEASE_VERBS,
      // Rule `legalActs`: acts of courts, prosecutors, legislatures and protesters against a side (lexicon/legal-acts.ts).
      ...legalActs('verb'),
    ])],
    // A Set, as the verbs: the news and CAMEO nouns repeat some of the nouns listed before them.
    nouns: [...new Set([
      'opposition', 'rejection', 'condemnation', 'criticism', 'attack', 'strike', 'airstrike',
      'air strike', 'bombing', 'shelling', 'invasion', 'interception', 'shoot-down', 'shootdown',
      'downing', 'sanction', 'threat', 'war plans', 'war', 'skepticism', 'scepticism', 'hostility',
      'pressure', 'isolation', 'deterrent', 'deterrence', 'military action', 'military strike',
      'aggression', 'crackdown', 'blockade', 'curb', 'offensive', 'retaliation', 'embargo',
      'ultimatum', 'provocation', 'tensions', 'tension', 'rivalry', 'rivals', 'rival', 'conflict',
      'hostilities', 'standoff', 'stand-off', 'impasse', 'dispute', 'confrontation', 'feud',
      'clashes', 'enmity', 'animosity', 'adversary', 'adversaries', 'clash', 'skirmishes',
      'skirmish', 'incursion', 'occupation', 'annexation', 'raid', 'bombardment', 'violation',
      'expulsion', 'seizure', 'encroachment', 'buildup', 'build-up', 'military buildup',
      'troop buildup', 'massing', 'deployment', 'mobilization', 'mobilisation', 'fighting', 'assault',
      ...newsHostile('noun'),
      // Rule `cameoVerbs`: nouns of the CAMEO dictionary's hostile verbs (lexicon/cameo-verbs.ts).
      ...cameoNouns(),
      // Rule `opposingEffort` (lexicon/opposing-efforts.ts).
      ...opposingEfforts('noun'),
      // Rule `legalActs` (lexicon/legal-acts.ts).
      ...legalActs('noun'),
    ])],
    mutual: [
      'war', 'tensions', 'tension', 'rivalry', 'rivals', 'rival', 'conflict', 'hostilities',
      'standoff', 'stand-off', 'impasse', 'dispute', 'confrontation', 'feud', 'clashes', 'enmity',
      'animosity', 'adversary', 'adversaries', 'clash', 'skirmishes', 'skirmish', 'fighting',
    ],
  },
};

/**
 * Opposition cues that are physical force: only these may take a place as their target ("struck
 * targets in Iran" hits Iran; "condemned the decision in Geneva" does not oppose Switzerland).
 */
export const KINETIC_CUES: ReadonlySet<string> = new Set([
  'attack', 'strike', 'bomb', 'shell', 'invade', 'intercept', 'shoot down', 'downed', 'target',
  'besiege', 'fight', 'harass', 'fire at', 'fire on', 'fire into', 'fire toward', 'fire towards', 'blockade', 'repel', 'bombard',
  'launch at', 'launch against', 'launch toward', 'launch towards',
  'raid', 'storm', 'assault', 'ambush', 'occupy', 'cross into', 'airstrike', 'air strike',
  'bombing', 'shelling', 'invasion', 'interception', 'shoot-down', 'shootdown', 'downing', 'war',
  'military action', 'military strike', 'aggression', 'offensive', 'clashes', 'clash',
  'hostilities', 'skirmishes', 'skirmish', 'incursion', 'occupation', 'bombardment', 'fighting',
  ...newsKinetic(),
  ...cameoKinetic(),
  ...opposingEffortsKinetic(),
]);

/**
 * Rule `condemnedAct`: verbs of condemnation, criticism and rejection (CAMEO codes 11x, and the
 * guide's "condemns", "rejects"): their object may be an act, whose doer is the one opposed.
 */
export const VERBAL_HOSTILITY: ReadonlySet<string> = new Set([
  'oppose', 'reject', 'condemn', 'denounce', 'criticize', 'criticise', 'deplore', 'decry', 'slam', 'lambast', 'protest',
  ...CRITICISM_IDIOMS,
  ...cameoVerbal(),
  // News verbs of rejection and displeasure (lexicon/news-hostility.ts, dev misses of session 12).
  ...newsVerbal(),
  // Rule `blockedProposal`: blocking or vetoing another's proposal (lexicon/legal-acts.ts).
  ...legalActsVerbal(),
]);

/**
 * Military posture ("deployed troops near the border with Y", "massed forces on Y's frontier"):
 * hostile only towards the side of a border, or an actor after "against"/"near"/"toward". The
 * verbs count only with a military noun next to them ("sent troops", "Russian troops massed").
 */
export const POSTURE_CUES: ReadonlySet<string> = new Set([
  'deploy', 'mass', 'amass', 'station', 'mobilize', 'mobilise', 'build up', 'concentrate', 'send',
  'move', 'position', 'gather', 'buildup', 'build-up', 'military buildup', 'troop buildup',
  'massing', 'deployment', 'mobilization', 'mobilisation',
]);

/** Nouns of armed force that make a verb of moving a military move ("deployed troops"). */
export const MILITARY_NOUNS: ReadonlySet<string> = new Set(
  (
    'troops troop forces force soldiers units battalions brigades divisions tanks armour armor ' +
    'artillery warships ships vessels navy jets aircraft bombers drones missiles weapons military ' +
    'army reservists paratroopers marines fleet carrier carriers'
  ).split(' '),
);

/** Nouns of a border: the actor on its other side is the one a military move is aimed at. */
export const BORDER_NOUNS: ReadonlySet<string> = new Set('border borders frontier frontiers boundary boundaries doorstep flank'.split(' '));

/** Prepositions that aim a military move at an actor ("massed troops near Ukraine"). */
export const POSTURE_PREPS: readonly string[] = ['against', 'near', 'along', 'toward', 'towards'];

/**
 * Words that, right after a cue verb, make it another verb: "called on X to", "called for talks"
 * are demands, not calls; "put forward" counts, "relayed" needs messages or "between".
 */
/** Words that, right after a cue noun, make it part of another noun: "war crimes" are no war between anyone. */
export const NOUN_COMPOUNDS: Readonly<Record<string, readonly string[]>> = {
  war: ['crimes', 'crime', 'criminal', 'criminals'],
};

export const CANCELLING_NEXT: Readonly<Record<string, readonly string[]>> = {
  call: ['on', 'upon', 'for', 'off', 'out', 'in', 'up', 'back', 'it', 'this', 'that', 'them', 'to'],
  phone: ['in'],
  relay: ['to'],
  // Rule `counteringVerb`: "runs counter to X's goals" is an adverb, no act.
  counter: ['to'],
};

/**
 * Verbs whose object is a topic, not a partner ("discussed Ukraine's security"): they relate only a
 * coordinated subject ("X and Y discussed …") or a partner after "with".
 */
export const TOPIC_OBJECT_CUES: ReadonlySet<string> = new Set(['discuss']);

/**
 * Negotiation verbs that relate only a coordinated subject ("A and B agreed to …"): one side
 * alone agrees to demands, bids or plans ("Turkey agreed to Sweden's NATO bid"), which is no talk.
 */
export const PAIR_ONLY_CUES: ReadonlySet<string> = new Set(['agree to', 'agree on', 'agree upon']);

/**
 * Rule `jobFacilitator`: mediation nouns that are also a job in a network ("a facilitator and
 * operational planner", "a key operative and facilitator for the group", "financial facilitators"):
 * they count only as a go-between's part — not listed beside another job, and with "for"/"of" only
 * when talks follow ("the facilitator of the peace talks").
 */
export const JOB_CUES: ReadonlySet<string> = new Set(['facilitator']);

/**
 * Rule `easedHostility`: verbs of de-escalation. A mutual hostile noun they govern ("took steps to
 * reduce tensions", "agreed to ease tensions") is no relation of their subject: the de-escalation
 * language the corpus README's part d lists among what is not stored. Its parties still count when
 * the noun names them ("to ease tensions between A and B"). Resolving or settling disputes is easing them too.
 */
export const EASING_VERBS: ReadonlySet<string> = new Set(['reduce', 'ease', 'resolve', 'settle', 'defuse', 'de-escalate', 'deescalate', 'lower', 'calm', 'lessen', 'diffuse', 'cool', 'alleviate', 'decrease']);

/**
 * Rule `easedHostility`: nouns of a background ("acknowledging the long history of conflict in the
 * region", "after decades of rivalry"): a mutual hostile noun after them and "of" describes a past
 * the sentence's subjects share, not their relation reported; only a pair named with the noun counts.
 */
export const BACKGROUND_NOUNS: ReadonlySet<string> = new Set(['history', 'legacy', 'decades', 'years', 'cycle', 'cycles']);

/**
 * Rule `endedHostility`: nouns of an end ("the cessation of hostilities", "an end to the fighting", "a
 * halt to attacks"): the hostile noun after them and "of"/"to" is what is ended, no relation reported.
 */
export const ENDING_NOUNS: ReadonlySet<string> = new Set(['cessation', 'end', 'halt', 'termination', 'ending', 'stop']);

/** Most words between an easing verb and the noun it governs ("reduce the current tensions"). */
export const EASING_WINDOW = 3;

/**
 * Rule `hostedVisit`: host verbs that, with a visitor named right after them instead of talks ("Lavrov
 * hosted Sybiha in Moscow", "Sybiha was hosted by Lavrov"), report a meeting of host and visitor:
 * negotiation, not mediation (the brief of issue #12 lists "was hosted by" among contact verbs).
 */
export const VISIT_HOSTS: ReadonlySet<string> = new Set(['host']);

/** Cues that count only next to a negotiation noun: one hosts talks, not just anything. */
export const EVENT_BOUND_CUES: ReadonlySet<string> = new Set(['host', 'convene', 'propose', 'proposal',
  // Rule `sponsoredTalks`: one sponsors talks, or a resolution.
  ...SPONSOR_VERBS,
  // Rule `chairedTalks`: one chairs talks, or a committee.
  ...CHAIRING_VERBS]);

/** Prepositions that introduce the party acted on or talked with, per relation type. */
export const PATIENT_PREPS: Readonly<Record<RelationType, readonly string[]>> = {
  negotiates: ['with', 'to', 'between', 'among'],
  mediates: ['between', 'among', 'with'],
  opposes: ['on', 'against', 'of', 'to', 'toward', 'towards', 'at', 'with', 'between', 'upon', 'into'],
};

/** Prepositions that introduce the actor of a noun cue ("facilitation by X", "mediators from X"). */
export const AGENT_PREPS: readonly string[] = ['by', 'from'];

/**
 * Participles whose agent is the agent of the noun they follow or modify: "U.S.-led isolation",
 * "sanctions imposed by X". Not "brokered", "hosted", "backed": those name a third party.
 */
export const AGENT_PARTICIPLES: readonly string[] = ['led', 'imposed', 'driven', 'launched', 'carried', 'conducted', 'ordered', 'waged'];

/** Verbs of saying: their subject is a speaker, not a party; they open a complement clause. */
export const REPORTING_VERBS: readonly string[] = [
  'say', 'state', 'tell', 'add', 'note', 'confirm', 'announce', 'declare', 'insist', 'claim',
  'write', 'tweet', 'report', 'suggest', 'indicate', 'acknowledge', 'reply', 'respond', 'stress',
  'argue', 'explain', 'remark', 'assert', 'reveal', 'disclose', 'observe', 'recall',
];

/** Verb cues whose subject is also the actor of the noun they govern ("threatened strikes on X"). */
export const INTENT_CUES: ReadonlySet<string> = new Set(['threaten', 'warn']);

/** Verbs whose subject is at the receiving end of the noun after them ("X drew criticism from Y"). */
export const RECEIVING_VERBS: readonly string[] = [
  'draw', 'face', 'receive', 'attract', 'incur', 'endure', 'suffer', 'come under', 'meet with', 'provoke', 'spark', 'trigger',
  // "Turkey is already under EU sanctions", "Iran, under pressure from the U.S., …".
  'under',
  // Rule `receivingSubject`: "X has been the subject of U.S. sanctions since 2011", "X is subject to EU
  // sanctions", "the target of Russian strikes": the subject receives the measure (issue #12, part c news forms).
  'subject of', 'subject to', 'target of',
  // "X was hit with new sanctions by Y", "X was slapped with tariffs": news passives of a measure laid on the subject.
  'hit with', 'slap with', 'target with',
  // Rule `selfDefence`: "Israel defended itself against rocket attacks from Hamas", "Ukraine is defending
  // itself against the invasion by Russia": who defends itself is at the receiving end of the attack
  // (not who defends another: "A defended B against attacks by C").
  'defend itself', 'defend themselves', 'defend ourselves', 'defend himself', 'defend herself',
  // Rule `killedInAttack`: "X was killed in a U.S. airstrike", "X died in a raid by Y": who is killed,
  // wounded or dies in an attack is its target (not the place it happened in).
  'kill in', 'wound in', 'injure in', 'die in',
];

/**
 * Rule `concernedOnlooker`: words of concern. One concerned by an event ("is gravely concerned by
 * reported killings", "expressed concern about troop movements") comments on it, taking no part;
 * and a military move one is only concerned about is no hostility stated (corpus README, part d
 * conventions: "expressed concern about Serbian military mobilizations" is not opposes).
 */
export const CONCERN_WORDS: ReadonlySet<string> = new Set(['concern', 'concerns', 'concerned', 'alarm', 'alarmed', 'worried', 'troubled', 'dismayed', 'disturbed']);

/** Most tokens between a word of concern and the cue it is about ("concern about the recent large-scale Serbian military mobilizations"). */
export const CONCERN_WINDOW = 8;

/** Verbs whose subject comments on an event rather than taking part ("X welcomed talks with Y"). */
/**
 * Data: verbs by which a party draws on a go-between's help (rule `mediationClient`: "we have
 * leveraged facilitation by Qatar", "Ukraine relied on Turkish mediation"): the subject is a party
 * of the mediation, not an onlooker. Asking for it ("sought", "requested") is no mediation yet.
 */
export const USING_VERBS: readonly string[] = [
  'leverage', 'use', 'rely on', 'draw on', 'depend on', 'benefit from', 'accept', 'enlist', 'turn to',
];

export const OBSERVER_VERBS: readonly string[] = [
  'welcome', 'praise', 'hail', 'applaud', 'question', 'doubt', 'follow', 'monitor', 'watch',
  'cover', 'expect', 'await', 'urge', 'support', 'back', 'endorse', 'predict', 'analyze',
  'analyse', 'discuss', 'call for',
  // Rule `topicOnlooker`: "A and B spoke about the conflict in X" (lexicon/topic-verbs.ts).
  ...TOPIC_VERBS,
  // Rule `namingOnlooker`: one who names or characterises a conflict ("dubbed the conflict …", "characterized the conflict as …") is no party to it.
  ...NAMING_ONLOOKERS,
  // One who ends a conflict or an isolation is not its party: "a pipeline ending the isolation of Cyprus".
  'end',
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

/** Words that describe a place inside a locative phrase ("in the Ukrainian capital Kyiv", "in central Kyiv"). */
export const PLACE_WORDS: ReadonlySet<string> = new Set(
  (
    'capital city town port village region province district enclave outskirts suburb suburbs resort ' +
    'headquarters central northern southern eastern western northeastern northwestern southeastern ' +
    'southwestern neighbouring neighboring nearby occupied besieged coastal seaside war torn'
  ).split(' '),
);

/** Words of a time adjunct ("on Sunday", "last week", "earlier this month"). */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  ...WEEKDAYS,
  ...MONTHS,
  ...(
    'today yesterday tomorrow tonight week weekend ' +
    'month year morning afternoon evening night day days weeks months last next this earlier later ' +
    'again also briefly separately privately directly first then now recently'
  ).split(' '),
]);

/**
 * Nouns of travel: a place after their preposition is a destination, not a party ("talks during a
 * visit to Kyiv", "on a trip to Doha").
 */
export const MOTION_NOUNS: ReadonlySet<string> = new Set(
  'visit trip journey tour travel flight voyage return arrival way stopover stop pilgrimage'.split(' '),
);

/** The forms of "be", as before a passive participle ("is designated", "were brought together"). */
export const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** Possessive pronouns of a third party ("X and its partners", "Iran and its rival"): they refer to a name before them. */
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her']);
/** Possessive pronouns of any person, the speaker's and the addressee's too ("our", "your"). */
export const ALL_POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set([...POSSESSIVE_PRONOUNS, 'our', 'my', 'your']);
export const DETERMINERS: ReadonlySet<string> = new Set(
  'the a an this that these those its their his her our my your some any both all two several each every either no'.split(' '),
);

/**
 * Function words a Title Case heading capitalises ("Talks With Army Chief X", "Minister X Before
 * Their Meeting"): prepositions, determiners, "and". Never a word of a name or of an office.
 */
export const isFunctionWord = (norm: string): boolean => PREPOSITIONS.has(norm) || DETERMINERS.has(norm) || norm === 'and';
