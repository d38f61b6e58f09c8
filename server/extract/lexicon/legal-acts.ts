/**
 * Data: how domestic-politics news words the acts of courts, prosecutors, legislatures and
 * protesters against a named side (issue #12, twentieth session, branch opp20; dev misses read with
 * `npm run eval -- --diagnose`, made-up probes of general English usage). The annotation guide counts
 * them as opposes (test/fixtures/corpus/README.md, part d conventions: "a court's order, a suspension
 * of a member or observer, and a legal case against a state are opposes"; "pending criminal charges
 * against a named leader"). Each entry says where it comes from. Phrases are in base form (cues.ts);
 * a noun phrase carries its preposition, so only the side named after it is opposed.
 */
import type { HostileCue } from './news-hostility';

const GUIDE_INSTITUTION = 'corpus README, part d conventions: "a court\'s order … and a legal case against a state are opposes", "pending criminal charges against a named leader"';
/** CAMEO codes 172–173 (prosecute, sentence, sue) are hostile; these are their siblings the dictionary leaves out of its blocks. */
const CAMEO_LEGAL = 'CAMEO 17x "coerce" (prosecute, sentence, sue are in lexicon/cameo-verbs.ts)';
const DEV_20 = 'dev misses, session 20';
/** The guide's "rejects … expels": CAMEO 12 "reject" counts obstruction of another's proposal (obstruct, veto, overrule). */
const CAMEO_OBSTRUCT = 'annotation guide: "rejects"; CAMEO 12 "reject" (obstruct, veto, overrule), "block" read only through its object';
/** The guide's "condemns … opposes": a crowd's or a party's action against a side. */
const PROTEST = 'annotation guide: "condemns"; CAMEO 14 "protest" (demonstrate or rally against a side)';

/**
 * Rule `legalActs`: the phrases. Left out after made-up probes: "dismiss", "fire", "sack" a person
 * (removing one's own official is no opposition: lexicon/news-hostility.ts, `wordsOnly`), "take to
 * court" (the object stands inside the phrase), "strip" (a dev false alarm read the verb in a name,
 * "the Gaza Strip"), "investigate" as a verb (its object is mostly an
 * event whose victim it would oppose: "investigate the death of X"), "overturn" (a ruling, not a side).
 */
const LEGAL_ACT_CUES: readonly HostileCue[] = [
  // "a court convicted X of fraud", "X was convicted by a military tribunal": active or with its agent only (CAMEO left it out as mostly agentless).
  { phrase: 'convict', pos: 'verb', source: `${GUIDE_INSTITUTION}; ${CAMEO_LEGAL}` },
  // "prosecutors charged X with treason", "X was charged by the state": the verb; "charged that …" is an accusation, CAMEO 112.
  { phrase: 'charge', pos: 'verb', source: `${GUIDE_INSTITUTION}; ${CAMEO_LEGAL}; ${DEV_20} ("charging that the United States …")` },
  // "the electoral commission disqualified X": barring a side from office.
  { phrase: 'disqualify', pos: 'verb', source: `${GUIDE_INSTITUTION}; CAMEO 172 "ban"` },
  // "the Supreme Court ruled against X", "a ruling against X", "a verdict against X".
  { phrase: 'rule against', pos: 'verb', source: GUIDE_INSTITUTION },
  { phrase: 'ruling against', pos: 'noun', source: GUIDE_INSTITUTION },
  { phrase: 'verdict against', pos: 'noun', source: GUIDE_INSTITUTION },
  { phrase: 'judgment against', pos: 'noun', source: GUIDE_INSTITUTION },
  { phrase: 'judgement against', pos: 'noun', source: GUIDE_INSTITUTION },
  // "the conviction of X", "the government's criminal prosecution of X" (dev miss: a prosecution "of" a named former president).
  { phrase: 'conviction', pos: 'noun', source: `${GUIDE_INSTITUTION}; ${CAMEO_LEGAL}` },
  { phrase: 'prosecution', pos: 'noun', source: `${GUIDE_INSTITUTION}; ${CAMEO_LEGAL}; ${DEV_20}` },
  // "filed a no-confidence motion against X", "a vote of no confidence in X": a legislature's act against a government or its head.
  { phrase: 'no-confidence motion against', pos: 'noun', source: `${GUIDE_INSTITUTION}; ${DEV_20}` },
  { phrase: 'motion of no confidence against', pos: 'noun', source: `${GUIDE_INSTITUTION}; ${DEV_20}` },
  { phrase: 'no-confidence vote against', pos: 'noun', source: `${GUIDE_INSTITUTION}; ${DEV_20}` },
  { phrase: 'vote of no confidence in', pos: 'noun', source: `${GUIDE_INSTITUTION}; ${DEV_20}` },
  // "protesters rallied against X", "the party staged protests against X".
  { phrase: 'protest against', pos: 'verb', source: PROTEST },
  { phrase: 'rally against', pos: 'verb', source: PROTEST },
  { phrase: 'demonstrate against', pos: 'verb', source: PROTEST },
  { phrase: 'march against', pos: 'verb', source: PROTEST },
  { phrase: 'protest against', pos: 'noun', source: PROTEST },
  { phrase: 'protests against', pos: 'noun', source: PROTEST },
  { phrase: 'rally against', pos: 'noun', source: PROTEST },
  { phrase: 'demonstration against', pos: 'noun', source: PROTEST },
  { phrase: 'demonstrations against', pos: 'noun', source: PROTEST },
  // Rule `blockedProposal`: "the Senate leader blocked a vote proposed by X", "vetoed X's bill": the
  // object is a proposal or an act, whose author is the one opposed (rule condemnedAct); verbal, so a
  // thing blocked that no one owns ("blocked the road") opposes no one.
  { phrase: 'block', pos: 'verb', verbal: true, source: `${CAMEO_OBSTRUCT}; ${DEV_20} ("blocked a swift vote proposed by Senate Democrats")` },
  { phrase: 'veto', pos: 'verb', verbal: true, source: CAMEO_OBSTRUCT },
];

/** The entries of one part of speech, for the cue table. */
export const legalActs = (pos: HostileCue['pos']): string[] => LEGAL_ACT_CUES.filter((c) => c.pos === pos).map((c) => c.phrase);

/** The entries whose object may be a proposal or an act, whose author is opposed (cues.ts, VERBAL_HOSTILITY). */
export const legalActsVerbal = (): string[] => LEGAL_ACT_CUES.filter((c) => c.verbal).map((c) => c.phrase);
