/**
 * Data: how statements and news word a sustained effort against a named side rather than one act
 * (issue #12, eighteenth session, branch cues18; dev misses read with `npm run eval -- --diagnose`,
 * stage "cue": both ends in the sentence, no cue). Each entry says where it comes from. Phrases are
 * in base form (cues.ts); a noun phrase carries its preposition, so the noun alone ("a campaign",
 * "the action", "efforts to") is no cue and only the side named after "against" is opposed.
 */
import type { HostileCue } from './news-hostility';

const GUIDE_SANCTION = 'annotation guide: "sanctions … on named bodies … are opposes"';
/** Government statements' wording of measures against a state or regime (State Department and White House releases of dev parts d–m). */
const STATEMENTS = 'dev misses, session 18: statement wording of measures ("will continue to impose costs on X")';
/** The general English preposition of opposition after a noun of effort (Oxford: "against: in opposition to"). */
const AGAINST = 'dev misses, session 18: a noun of effort with "against" ("the campaign against X", "the effort against X"), "against" being opposition itself';

/** Force named as an operation (the guide's "attacks, fights"). */
const OPERATIONS = 'annotation guide: "attacks, fights"; dev misses, session 18 ("to immediately suspend military operations in X", "killed in a U.S. counterterrorism operation")';

/**
 * Rule `opposingEffort`: the phrases. Left out after the dev check (each added more false alarms
 * than relations found): "fight against" (a side's part in a coalition's fight is seldom annotated:
 * "were instrumental in our fight against X"), "(take) action(s) against" (its target is as often a
 * people as a side: "actions against Yemenis"). Not "stand against" (mostly an idea: "stand against
 * terrorism") nor "efforts to" (an aim, not a side).
 */
const OPPOSING_EFFORT_CUES: readonly HostileCue[] = [
  // "we will continue to impose costs on Iran for …", "to impose severe costs on the regime": sanctions announced without the word.
  { phrase: 'impose cost on', pos: 'verb', source: `${GUIDE_SANCTION}; ${STATEMENTS}` },
  // "a 'maximum pressure' campaign against Tehran", "Israel's campaign against Hamas", "an ally in the effort against ISIS".
  { phrase: 'campaign against', pos: 'noun', source: AGAINST },
  { phrase: 'effort against', pos: 'noun', source: AGAINST },
  // "Russia's military operations in Ukraine", "was killed in a U.S. counterterrorism operation": armed force by another name.
  { phrase: 'military operation', pos: 'noun', kinetic: true, source: OPERATIONS },
  { phrase: 'counterterrorism operation', pos: 'noun', kinetic: true, source: OPERATIONS },
  { phrase: 'counter terrorism operation', pos: 'noun', kinetic: true, source: OPERATIONS },
];

/** The entries of one part of speech, for the cue table. */
export const opposingEfforts = (pos: HostileCue['pos']): string[] => OPPOSING_EFFORT_CUES.filter((c) => c.pos === pos).map((c) => c.phrase);

/** The entries that are physical force (cues.ts, KINETIC_CUES: they may take the place they land in as their target). */
export const opposingEffortsKinetic = (): string[] => OPPOSING_EFFORT_CUES.filter((c) => c.kinetic).map((c) => c.phrase);
