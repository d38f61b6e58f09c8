/**
 * Data: words of the ways English news, statements and transcripts report a third side's part in
 * talks between others (issue #12, branch med8). Source of every entry: general English usage,
 * written from made-up examples (test/extract/mediation-constructions.test.ts), not from any corpus
 * sentence. The rules that read them are named in server/domain/extraction-rules.ts.
 */

/**
 * Rule `helpOfThird`: nouns of a third side's help after which "of X" names the go-between of the
 * talks or deal of the clause ("reached a deal with the help of X", "through the mediation of X",
 * "met at the invitation of X", "under the aegis of X", "through the good offices of X").
 */
export const HELP_NOUNS: ReadonlySet<string> = new Set([
  'help', 'assistance', 'mediation', 'facilitation', 'invitation', 'aegis', 'offices', 'sponsorship', 'intercession',
]);

/**
 * Rule `helpOfThird`, with the helper as an adjective or a name before the noun: prepositions that
 * govern "under Egyptian auspices", "with Qatari help", "through Omani good offices".
 */
export const HELP_PREPS: ReadonlySet<string> = new Set(['under', 'with', 'through']);
/** Nouns of that form: the help nouns, and "auspices" (which needs "of" otherwise: rule `witnessMediates`). */
export const HELD_UNDER_NOUNS: ReadonlySet<string> = new Set([...HELP_NOUNS, 'auspices']);

/**
 * Rule `sponsoredTalks`: "talks sponsored by X", "X-sponsored talks": a sponsor of talks between
 * others mediates them; only next to a talks noun (cues.ts, EVENT_BOUND_CUES), so "sponsored a
 * resolution" is nothing.
 */
export const SPONSOR_VERBS: readonly string[] = ['sponsor', 'co-sponsor', 'cosponsor'];

/**
 * Rule `chairedTalks` (twenty-first session, branch mediate21; same source: general usage, made-up
 * examples in test/extract/mediation-round21.test.ts): verbs of presiding over talks between others
 * ("talks between A and B, chaired by C", "a meeting co-chaired by C and D"): the chair of talks
 * between two others is their go-between, as their host is; only next to a talks noun (cues.ts,
 * EVENT_BOUND_CUES), so "chaired the committee" is nothing.
 */
export const CHAIRING_VERBS: readonly string[] = ['chair', 'co-chair', 'cochair', 'preside over'];

/**
 * Rule `carriedMessages`: verbs of carrying messages between two sides ("carried messages between
 * A and B"), beside "relay" and "pass messages" of cues.ts.
 */
export const COURIER_VERBS: readonly string[] = [
  'carry messages', 'convey messages', 'deliver messages', 'transmit messages', 'pass on messages', 'ferry messages',
];

/**
 * Rule `settlementBroker`: verbs by which a third side brings about a settlement or talks between
 * two others ("Egypt negotiated a truce between A and B", "helped secure a ceasefire between A and
 * B", "arranged talks between A and B"). Not the parties' own verbs of reaching or signing ("reach",
 * "sign", "conclude"): a subject named with those is a party.
 */
export const BROKERING_VERBS: ReadonlySet<string> = new Set([
  'negotiate', 'secure', 'arrange', 'clinch', 'engineer', 'forge', 'help', 'achieve', 'obtain', 'win', 'deliver',
  // Leading talks between others: "Egypt led / chaired / spearheaded talks between A and B".
  'lead', 'chair', 'spearhead', 'oversee', 'moderate',
  // Rule `pursuedSettlement` (twenty-first session, branch mediate21; made-up examples in
  // test/extract/mediation-round21.test.ts): a third side's pursuit of a settlement between others
  // ("Norway pursued a peace agreement between A and B") is its work between them.
  'pursue',
]);

/**
 * Rule `pursuedSettlement`: nouns of pursuing that, with "of", stand for the verb ("the pursuit of a
 * peace agreement between A and B"); general English usage, the noun of "pursue".
 */
export const PURSUIT_NOUNS: ReadonlySet<string> = new Set(['pursuit']);

/**
 * Rule `effortOwner`: the words that link a noun of a side's own effort (CREDIT_NOUNS,
 * lexicon/credited-achievements.ts) to the brokering verb it leads to ("Qatar's assistance in
 * helping to secure a truce between A and B"), besides a verb of HELPING_VERBS.
 */
export const EFFORT_LINKS: ReadonlySet<string> = new Set(['in', 'to', 'for', 'with']);

/**
 * Rule `acceptedProposal`: verbs of accepting a proposal ("A and B accepted X's proposal"), and the
 * nouns of what a third side proposes; the participles that name its author after it ("a plan put
 * forward by X", "a framework proposed by X").
 */
// A party's verbs only: supporters "endorse" or "approve" a plan they are no party to ("the US and the UK endorsed Egypt's plan").
export const ACCEPTING_VERBS: ReadonlySet<string> = new Set(['accept', 'agree']);
/**
 * Rule `sidesBackProposal` (twenty-first session, branch mediate21; general usage, made-up examples in
 * test/extract/mediation-round21.test.ts; the corpus guide, part d: "a proposal of a ceasefire that
 * both sides supported is the proposer mediating"): verbs and nouns of backing a proposal, read as
 * accepting it only when the two who back it are the two sides of the document's talks or of a
 * hostility it reports (backers of a plan they are no party to are not: "the US and the UK endorsed
 * Egypt's plan").
 */
export const BACKING_VERBS: ReadonlySet<string> = new Set(['support', 'back', 'endorse', 'embrace']);
export const PROPOSAL_NOUNS: ReadonlySet<string> = new Set(['proposal', 'proposals', 'plan', 'framework', 'initiative', 'formula', 'blueprint', 'roadmap', 'terms']);
export const AUTHORING_PARTICIPLES: ReadonlySet<string> = new Set(['proposed', 'put', 'forward', 'drafted', 'presented', 'offered', 'submitted', 'tabled', 'drawn', 'up']);

/**
 * Rule `invitedPair`: "X invited A and B to talks": nouns of the meeting two others are invited to
 * (beside the negotiation nouns of cues.ts).
 */
export const INVITING_VERBS: ReadonlySet<string> = new Set(['invite']);
/** Words that may stand between the invited pair and the talks noun ("to Cairo for talks", "to a new round of talks"). */
export const INVITED_PREPS: ReadonlySet<string> = new Set(['to', 'for']);

/**
 * Rule `helpedPair`: "X helped A and B restore ties / reach a deal": verbs of settling that two
 * sides do with a third side's help.
 */
export const HELPING_VERBS: ReadonlySet<string> = new Set(['help', 'assist']);
export const SETTLING_VERBS: ReadonlySet<string> = new Set([
  'reach', 'restore', 'resolve', 'settle', 'negotiate', 'agree', 'end', 'normalize', 'normalise', 'reconcile', 'bridge', 'overcome', 'sign', 'conclude', 'resume', 'mend',
]);

/**
 * Rule `mediatorApposition`: nouns of a go-between right before the names they describe ("Mediators
 * Egypt and Qatar said …", "the mediators, Egypt and Qatar, said …").
 */
export const MEDIATOR_NOUNS: ReadonlySet<string> = new Set(['mediator', 'intermediary', 'facilitator', 'go-between', 'broker']);

/**
 * Rule `broughtTogether`: "X brought A and B together", "brought together A and B", "brought A and B
 * to the (negotiating) table".
 */
export const BRINGING_VERBS: ReadonlySet<string> = new Set(['bring']);
export const TABLE_WORDS: ReadonlySet<string> = new Set(['together', 'table']);

/**
 * Rule `hostedPair` (twelfth session, branch med12; same source: general usage, made-up examples in
 * test/extract/mediation-round12.test.ts): plural nouns of the people two sides send to a meeting a
 * host receives together ("hosted the A and B delegations", "hosted A and B negotiators").
 */
export const SENT_PEOPLE: ReadonlySet<string> = new Set(['delegations', 'negotiators', 'representatives', 'envoys', 'teams', 'ministers', 'leaders', 'officials', 'counterparts', 'diplomats']);

/**
 * Rule `endingWarBetween` (ending-war.ts): verbs of ending a war between others ("X helped end the
 * war between A and B", "efforts by X to resolve the conflict between A and B"), and the nouns of
 * the war ended. Source: general English usage, made-up examples in test/extract/mediation-round14.test.ts.
 */
export const ENDING_VERBS: ReadonlySet<string> = new Set(['end', 'stop', 'halt', 'resolve', 'settle', 'defuse']);
export const WAR_NOUNS: ReadonlySet<string> = new Set(['war', 'conflict', 'fighting', 'hostilities', 'violence', 'clashes', 'dispute', 'standoff', 'crisis']);
