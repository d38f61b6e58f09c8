/**
 * Data: how news reports state one actor acting against another, beyond the verbs of official
 * statements in cues.ts. Each entry says where it comes from: the annotation guide's list of what
 * `opposes` covers (test/fixtures/corpus/README.md: "condemns, accuses, sanctions, threatens,
 * attacks, fights, rejects, expels"; "sanctions and visa restrictions on named bodies … are
 * opposes"), or the news verbs issue #12 names from the Wikinews articles of the corpus' part c
 * (killings in a strike, bans, arrest warrants, terrorist designations), which read as force or
 * coercion against the one named after them in any report. Phrases are in base form (cues.ts).
 */
import type { Token } from '../types';
import { NAMING_CUE_VERBS, NAMING_DESIGNATIONS } from './naming-verbs';

export interface HostileCue {
  phrase: string;
  pos: 'verb' | 'noun';
  /** Physical force: may take the place it lands in as its target (cues.ts, KINETIC_CUES). */
  kinetic?: true;
  /** Words against words or acts: the object may be an act, whose doer is opposed (cues.ts, VERBAL_HOSTILITY, rule condemnedAct). */
  verbal?: true;
  /**
   * Hostile only toward words or acts, never toward a person named as the bare object: "dismissed
   * the claim from X", "dismissed X's accusations" reject them, but "Putin dismissed his defence
   * minister" removes an official from office (review of session 12, made-up probes).
   */
  wordsOnly?: true;
  source: string;
}

const GUIDE_FORCE = 'annotation guide: "attacks, fights" (force against the one named)';
const GUIDE_SANCTION = 'annotation guide: "sanctions and visa restrictions on named bodies … are opposes"';
const ISSUE_12 = 'issue #12: news verbs of hostility (killings, bans, arrest warrants, designations)';
const PART_D = 'issue #12, corpus part d ("What extraction missed"): hostility worded as designations, sanctions, executions, institutions acting and fighting';
const GUIDE_FIGHTING = 'corpus README conventions: "fighting between two forces is opposes both ways"; part d: "exchanged artillery fire is opposes both ways"';
const GUIDE_ACCOUNTABLE = 'corpus README, part d conventions: a commitment "to continue to hold Moscow … accountable" states an ongoing opposes';
const GUIDE_INSTITUTION = 'corpus README, part d conventions: "a court\'s order, a suspension of a member or observer, and a legal case against a state are opposes"';
const FINDINGS = 'issue #12: official determinations of atrocities ("the Secretary determined that X committed genocide"), the finding State Department sanctions and accountability measures rest on';

const SESSION_12 = 'dev misses, session 12';

const GUIDE_EXCHANGE = 'annotation guide: "accuses, threatens"; corpus README conventions: "fighting between two forces is opposes both ways", read for words traded as for fire';

/** The words news says two sides trade or exchange against each other ("traded accusations", "exchanged threats with"). */
const TRADED_WORDS = ['accusations', 'insults', 'barbs', 'threats', 'blame', 'recriminations', 'charges', 'jibes', 'warnings'];
const VERBAL_EXCHANGES: readonly string[] = TRADED_WORDS.flatMap((w) => ['trade', 'exchange'].flatMap((v) => [`${v} ${w}`, `${v} ${w} with`]));

const NEWS_HOSTILE_CUES: readonly HostileCue[] = [
  // "X killed Y in an airstrike", "Y was assassinated by X".
  { phrase: 'kill', pos: 'verb', kinetic: true, source: `${GUIDE_FORCE}; ${ISSUE_12}` },
  { phrase: 'assassinate', pos: 'verb', kinetic: true, source: `${GUIDE_FORCE}; ${ISSUE_12}` },
  { phrase: 'killing', pos: 'noun', kinetic: true, source: `${GUIDE_FORCE}; ${ISSUE_12}` },
  { phrase: 'assassination', pos: 'noun', kinetic: true, source: `${GUIDE_FORCE}; ${ISSUE_12}` },
  // "a U.S.-led coalition ousted Saddam Hussein": removing a ruler by force.
  { phrase: 'oust', pos: 'verb', source: GUIDE_FORCE },
  { phrase: 'overthrow', pos: 'verb', source: GUIDE_FORCE },
  { phrase: 'topple', pos: 'verb', source: GUIDE_FORCE },
  { phrase: 'depose', pos: 'verb', source: GUIDE_FORCE },
  // "Germany banned the airline from its airspace", "imposed a ban on X".
  { phrase: 'ban', pos: 'verb', source: `${GUIDE_SANCTION}; ${ISSUE_12}` },
  { phrase: 'ban', pos: 'noun', source: `${GUIDE_SANCTION}; ${ISSUE_12}` },
  { phrase: 'travel ban', pos: 'noun', source: GUIDE_SANCTION },
  // "imposed visa restrictions on officials of X", "an asset freeze on X": the guide's own words,
  // and the measures State Department statements announce beside sanctions (issue #12, third round).
  { phrase: 'visa restriction', pos: 'noun', source: GUIDE_SANCTION },
  { phrase: 'visa ban', pos: 'noun', source: GUIDE_SANCTION },
  { phrase: 'asset freeze', pos: 'noun', source: GUIDE_SANCTION },
  // "Iran issued an arrest warrant for X": the cue's own preposition introduces whom it is against.
  { phrase: 'issue warrant for', pos: 'verb', source: ISSUE_12 },
  { phrase: 'issue a warrant for', pos: 'verb', source: ISSUE_12 },
  { phrase: 'issue an arrest warrant for', pos: 'verb', source: ISSUE_12 },
  // "designated X as a terrorist organization", "labelled X a terrorist": only with the label
  // (DESIGNATION_CUES below); designation is the listing the State Department's sanctions follow.
  { phrase: 'designate', pos: 'verb', source: `${GUIDE_SANCTION}; ${ISSUE_12}` },
  ...NAMING_DESIGNATIONS.map((phrase): HostileCue => ({ phrase, pos: 'verb', source: ISSUE_12 })),
  // Rule `namingVerbs`: the other verbs of naming, only with a hostile label as their predicate
  // ("dubbed X a terrorist", "described X as a terrorist state"; NAMING_CUES below). General English usage.
  ...NAMING_CUE_VERBS.map((phrase): HostileCue => ({ phrase, pos: 'verb', source: ISSUE_12 })),
  // Rule `sanctionWords`: the other words of news and statements for a sanction or a prosecution
  // ("the Treasury blacklisted X", "a court indicted Y"), and a regime's executions of named people
  // (part d conventions: "executions or detention of named people by a regime are opposes").
  { phrase: 'blacklist', pos: 'verb', source: `${GUIDE_SANCTION}; ${PART_D}` },
  { phrase: 'indict', pos: 'verb', source: PART_D },
  { phrase: 'indictment', pos: 'noun', source: PART_D },
  { phrase: 'detention', pos: 'noun', source: PART_D },
  { phrase: 'arrest', pos: 'verb', source: PART_D },
  { phrase: 'arrest', pos: 'noun', source: PART_D },
  { phrase: 'execute', pos: 'verb', kinetic: true, source: `${GUIDE_FORCE}; ${PART_D}` },
  { phrase: 'execution', pos: 'noun', kinetic: true, source: `${GUIDE_FORCE}; ${PART_D}` },
  // Rule `sanctionWords`: news verbs of bombardment ("jets pounded Hamas positions", "drones hit
  // Ukrainian facilities", "a missile barrage on Kyiv"): force against the one named after them.
  { phrase: 'pound', pos: 'verb', kinetic: true, source: `${GUIDE_FORCE}; ${PART_D}` },
  { phrase: 'hit', pos: 'verb', kinetic: true, source: `${GUIDE_FORCE}; ${PART_D}` },
  { phrase: 'barrage', pos: 'noun', kinetic: true, source: `${GUIDE_FORCE}; ${PART_D}` },
  // Rule `mutualFight`: fighting worded as an exchange ("A and B exchanged artillery fire", "A traded
  // fire with B", "an exchange of fire between A and B"): both sides act (MUTUAL_FIGHTING below).
  { phrase: 'exchange fire', pos: 'verb', kinetic: true, source: GUIDE_FIGHTING },
  { phrase: 'exchange fire with', pos: 'verb', kinetic: true, source: GUIDE_FIGHTING },
  { phrase: 'exchange gunfire', pos: 'verb', kinetic: true, source: GUIDE_FIGHTING },
  { phrase: 'exchange gunfire with', pos: 'verb', kinetic: true, source: GUIDE_FIGHTING },
  { phrase: 'exchange shots', pos: 'verb', kinetic: true, source: GUIDE_FIGHTING },
  { phrase: 'exchange shots with', pos: 'verb', kinetic: true, source: GUIDE_FIGHTING },
  { phrase: 'trade fire', pos: 'verb', kinetic: true, source: GUIDE_FIGHTING },
  { phrase: 'trade fire with', pos: 'verb', kinetic: true, source: GUIDE_FIGHTING },
  { phrase: 'exchange of fire', pos: 'noun', kinetic: true, source: GUIDE_FIGHTING },
  // Rule `mutualFight`: words traded as blows are ("A and B traded accusations", "A exchanged threats with B"):
  // each accuses or threatens the other, as the guide's "accuses, threatens".
  ...VERBAL_EXCHANGES.map((phrase): HostileCue => ({ phrase, pos: 'verb', source: GUIDE_EXCHANGE })),
  { phrase: 'firefight', pos: 'noun', kinetic: true, source: GUIDE_FIGHTING },
  // Rule `mutualFight`: "reports of escalation between A and B forces" (part d conventions: fighting,
  // opposes both ways); mutual, so only with both sides named (MUTUAL_FIGHTING).
  { phrase: 'escalation', pos: 'noun', source: GUIDE_FIGHTING },
  // Rule `sanctionWords`: a legal case against an actor ("Ukraine's case against Russia", "filed a
  // lawsuit against X", "pending charges against Y"): part d conventions, "a legal case against a
  // state" and "pending criminal charges against a named leader" are opposes.
  { phrase: 'case against', pos: 'noun', source: GUIDE_INSTITUTION },
  { phrase: 'lawsuit against', pos: 'noun', source: GUIDE_INSTITUTION },
  { phrase: 'charges against', pos: 'noun', source: GUIDE_INSTITUTION },
  { phrase: 'complaint against', pos: 'noun', source: GUIDE_INSTITUTION },
  // Rule `heldAccountable`: "hold X accountable", "held Y responsible for the attack": blame and
  // its consequences, only with the word of account after the object (ACCOUNT_WORDS below).
  { phrase: 'hold', pos: 'verb', source: GUIDE_ACCOUNTABLE },
  // Rule `suspendedMember`: an institution suspending or expelling a member ("suspended X as an
  // observer", "voted to suspend X from the council"): only with the actor right after the verb.
  { phrase: 'suspend', pos: 'verb', source: GUIDE_INSTITUTION },
  // "we have determined that members of X committed war crimes": a formal finding of atrocities
  // against the one found guilty, only with the crime named (FINDING_CUES below).
  { phrase: 'determine', pos: 'verb', source: FINDINGS },
  { phrase: 'conclude', pos: 'verb', source: FINDINGS },
  { phrase: 'find', pos: 'verb', source: FINDINGS },
  // Dev misses, session 12 (economic measures against a named state, as sanctions and embargoes are):
  // "an Executive Order imposing tariffs on X", "would face tariffs".
  { phrase: 'tariff', pos: 'noun', source: `${GUIDE_SANCTION}; ${SESSION_12}: tariffs laid on a named state` },
  // Dev misses, session 12 (legislative and judicial action against a named person): "voted to proceed
  // with the impeachment trial of X", "issued a subpoena for documents from Y".
  { phrase: 'impeach', pos: 'verb', source: `${GUIDE_INSTITUTION}; ${SESSION_12}: impeachment` },
  { phrase: 'impeachment', pos: 'noun', source: `${GUIDE_INSTITUTION}; ${SESSION_12}: impeachment` },
  { phrase: 'subpoena', pos: 'verb', source: `${GUIDE_INSTITUTION}; ${SESSION_12}: subpoenas` },
  // Dev misses, session 12 (rejection and displeasure worded by other verbs, CAMEO 11x "disapprove"):
  // "dismissed the claim from X as groundless", "laments the failure of X's leaders", "expressed anger
  // about X's statement": the object is a claim or an act, whose author is the one opposed.
  { phrase: 'dismiss', pos: 'verb', verbal: true, wordsOnly: true, source: `annotation guide: "rejects"; ${SESSION_12}: rejection worded as dismissal` },
  { phrase: 'lament', pos: 'verb', verbal: true, source: `annotation guide: "condemns"; ${SESSION_12}: criticism worded as regret` },
  { phrase: 'express anger at', pos: 'verb', verbal: true, source: `annotation guide: "condemns"; ${SESSION_12}: displeasure voiced` },
  { phrase: 'express anger over', pos: 'verb', verbal: true, source: `annotation guide: "condemns"; ${SESSION_12}: displeasure voiced` },
  { phrase: 'express anger about', pos: 'verb', verbal: true, source: `annotation guide: "condemns"; ${SESSION_12}: displeasure voiced` },
  { phrase: 'express outrage at', pos: 'verb', verbal: true, source: `annotation guide: "condemns"; ${SESSION_12}: displeasure voiced` },
  { phrase: 'express outrage over', pos: 'verb', verbal: true, source: `annotation guide: "condemns"; ${SESSION_12}: displeasure voiced` },
];

/** The entries of one part of speech, for the cue table. */
export const newsHostile = (pos: HostileCue['pos']): string[] => NEWS_HOSTILE_CUES.filter((c) => c.pos === pos).map((c) => c.phrase);

/**
 * Rule `claimAuthor`: nouns of words said against someone, whose author "from" names after them
 * ("dismissed the claim from Berlin as groundless", "rejected accusations from X"): a verb of
 * rejection or condemnation over them opposes that author (dev misses, session 12).
 */
export const CLAIM_NOUNS: ReadonlySet<string> = new Set(['claim', 'accusation', 'allegation', 'assertion', 'charge', 'statement']);

/** The entries whose object may be an act (rule condemnedAct). */
export const newsVerbal = (): string[] => NEWS_HOSTILE_CUES.filter((c) => c.verbal).map((c) => c.phrase);

/** The entries hostile only toward words or acts (HostileCue.wordsOnly): a bare actor as their object is no target. */
export const WORDS_ONLY_CUES: ReadonlySet<string> = new Set(NEWS_HOSTILE_CUES.filter((c) => c.wordsOnly).map((c) => c.phrase));

/** The entries that are physical force. */
export const newsKinetic = (): string[] => NEWS_HOSTILE_CUES.filter((c) => c.kinetic).map((c) => c.phrase);

/** Verbs of naming that oppose only when the name is a hostile label ("designated X as a terrorist group"). */
export const DESIGNATION_CUES: ReadonlySet<string> = new Set(['designate', ...NAMING_DESIGNATIONS]);

/** Rule `namingVerbs`: verbs of naming that oppose only when their predicate is a hostile label ("dubbed X a terrorist"); "call" too, which is otherwise a contact. */
export const NAMING_CUES: ReadonlySet<string> = new Set(NAMING_CUE_VERBS);

/** Words of a hostile label after a designation verb. */
const HOSTILE_LABELS: ReadonlySet<string> = new Set(['terrorist', 'terrorists', 'terror', 'terrorism', 'sponsor']);
/** Words of terror that make a "sponsor" a hostile label ("a state sponsor of terrorism"). */
const TERROR_WORDS: ReadonlySet<string> = new Set(['terror', 'terrorism', 'terrorist', 'terrorists']);
/** Prefixes before a hyphen that turn a label into its opposite ("a counter-terrorism partner", "anti-terror laws"). */
const AGAINST_PREFIXES: ReadonlySet<string> = new Set(['counter', 'anti']);

/**
 * Whether token `i` is a word of a hostile label: "terrorist", "terror(ism)" but not after
 * "counter-"/"anti-", and "sponsor" only of terror ("a state sponsor of terrorism"; "a sponsor of
 * the talks" is none).
 */
export function hostileLabelAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !HOSTILE_LABELS.has(t.norm)) return false;
  if (t.norm === 'sponsor') return tokens[i + 1]?.norm === 'of' && TERROR_WORDS.has(tokens[i + 2]?.norm ?? '');
  return !(['-', '‐', '‑'].includes(tokens[i - 1]?.text ?? '') && AGAINST_PREFIXES.has(tokens[i - 2]?.norm ?? ''));
}

/** Whether a hostile label is among the `window` tokens from `from`. */
export const hostileLabelWithin = (tokens: readonly Token[], from: number, window: number): boolean => {
  for (let i = from; i < tokens.length && i < from + window; i++) if (hostileLabelAt(tokens, i)) return true;
  return false;
};

/** Most tokens between a designation verb and its label ("designated the Revolutionary Guards as a terrorist"). */
export const LABEL_WINDOW = 10;

/**
 * Rule `mutualFight`: fighting cues whose two sides both act, each against the other: the pair of the
 * subject ("A and B exchanged fire") or the subject and the partner after "with" ("A clashed with B").
 */
export const MUTUAL_FIGHTING: ReadonlySet<string> = new Set([
  'exchange fire', 'exchange fire with', 'exchange gunfire', 'exchange gunfire with', 'exchange shots', 'exchange shots with',
  'trade fire', 'trade fire with', 'exchange of fire', 'firefight', 'clash with', 'escalation',
  ...VERBAL_EXCHANGES,
]);

/**
 * Rule `mutualFight`: fight verbs fought between their co-subjects when nobody is named as fought
 * ("A and B have been fighting since April", "A and B battled for the ridge", "A and B fought a
 * brief war"), as the annotation guide reads "fights" (corpus README: "fighting between two
 * forces is opposes both ways"). Verbs of CAMEO's root 19 "fight" (lexicon/cameo-verbs.ts) that
 * news writes without an object.
 */
export const INTRANSITIVE_FIGHTS: ReadonlySet<string> = new Set(['fight', 'battle', 'skirmish']);

/** What a fight is fought as, when it stands as the verb's object ("fought a war", "fought two battles"). */
export const FIGHT_NOUNS: ReadonlySet<string> = new Set(['war', 'wars', 'battle', 'battles', 'skirmish', 'skirmishes', 'conflict', 'duel']);

/** Words after a fight verb that make its co-subjects one side, or may ("fought alongside", "together against X", "with rifles", "to retake the city", "as allies", "for independence"), unless a time or "each other" follows. */
export const ONE_SIDE_AFTER_FIGHT: ReadonlySet<string> = new Set(['alongside', 'together', 'jointly', 'side', 'against', 'with', 'beside', 'to', 'as', 'under', 'behind', 'for', 'on', 'in']);

/**
 * Words after a fight verb that tell when, where or over what the fight was ("fought over the
 * ridge", "since April", "through the night", "along the border"), leaving the co-subjects as its
 * two sides. "for", "on" and "in" are so only before a time ("for months", "on Monday", "in 2020"):
 * "fought for independence", "fought on the same side", "fought in both world wars" may be allies.
 */
export const FIGHT_OCCASIONS: ReadonlySet<string> = new Set(['over', 'since', 'until', 'till', 'during', 'through', 'throughout', 'near', 'along', 'around', 'across', 'after', 'amid', 'while', 'when']);

/** Rule `heldAccountable`: verbs that oppose only with a word of account after their object ("hold X accountable"). */
export const ACCOUNT_CUES: ReadonlySet<string> = new Set(['hold']);

/** Words of account after the object of ACCOUNT_CUES, and between an object and the act it answers for (relations.ts rule `objectsAct`: "held X responsible for the war"). */
export const ACCOUNT_WORDS: ReadonlySet<string> = new Set(['accountable', 'responsible', 'liable', 'culpable']);

/** Most tokens between "hold" and its word of account ("hold Moscow and its supporters, including the regime in Belarus, accountable"). */
export const ACCOUNT_WINDOW = 16;

/** Rule `suspendedMember`: verbs that oppose only an actor right after them ("suspended Russia", not "suspended talks with Russia"). */
export const MEMBERSHIP_CUES: ReadonlySet<string> = new Set(['suspend']);

/**
 * Rule `issuerAgent`: acts only a government does, announced in the passive by the one who does them
 * ("X and Y are designated as Specially Designated Global Terrorists", "Z was sanctioned today"): in
 * the issuer's own voice, the issuer is their agent (corpus README, part d conventions: "a passive
 * designation in a statement issued by the designating official has that official as agent").
 */
export const OFFICIAL_ACTS: ReadonlySet<string> = new Set(['designate', 'sanction', 'blacklist']);

/** Verbs of a formal finding that oppose only when an atrocity is what is found ("determined that X committed genocide"). */
export const FINDING_CUES: ReadonlySet<string> = new Set(['determine', 'conclude', 'find']);

/** Words naming an atrocity after a finding verb (the crimes of international law a determination names). */
export const ATROCITY_WORDS: ReadonlySet<string> = new Set(['crimes', 'genocide', 'cleansing', 'atrocities']);

/** Most tokens between a finding verb and the atrocity ("determined that members of A and B have committed war crimes"). */
export const FINDING_WINDOW = 16;
