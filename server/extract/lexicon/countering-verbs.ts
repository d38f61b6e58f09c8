/**
 * Data: verbs of countering a side — working against it, or wearing down its forces and means —
 * that statements and news use where they do not say "attack" or "fight" (issue #12, eighteenth
 * session, branch cues18; dev misses read with `npm run eval -- --diagnose`, stage "cue"). Each
 * entry says where it comes from. The object must be a side or what it owns ("counter Russia’s
 * harmful activities", "degrade Russia’s ability to …"): the verbs alone take ideas and policies
 * as often ("counter illicit finance"), which name no side and so oppose no one.
 */
import type { HostileCue } from './news-hostility';

/** Dictionary sense (Merriam-Webster, "counter", verb: "to act in opposition to"). */
const COUNTER = 'dictionary: "counter" (verb), to act in opposition to; dev misses, session 18 ("efforts to counter Russia’s harmful activities")';
/**
 * The verbs of wearing down an enemy in US military and counterterrorism statements ("disrupt,
 * degrade, dismantle and defeat", the goals the White House gave against ISIL in 2014), of which
 * "disrupt" is CAMEO's already (lexicon/cameo-verbs.ts) and "defeat" a CAMEO fight verb.
 */
const WEAR_DOWN = 'US counterterrorism statements: "degrade and defeat" an enemy; dev misses, session 18 ("to further degrade Russia’s ability to use the international financial system")';
/** "to eliminate the threat", "neutralized all incoming threats": force that ends a side's means. */
const END_MEANS = 'US military statements: "eliminate", "neutralize" a threat or a force; dev misses, session 18';

/**
 * Rule `counteringVerb`: the verbs. "Counter" before "to" is an adverb ("runs counter to X's
 * goals": cues.ts, CANCELLING_NEXT). Left out after the dev check: "dismantle" (mostly policies
 * and institutions, "dismantling X's restrictive immigration policies", whose author it does not oppose).
 */
const COUNTERING_CUES: readonly HostileCue[] = [
  { phrase: 'counter', pos: 'verb', source: COUNTER },
  { phrase: 'degrade', pos: 'verb', source: WEAR_DOWN },
  { phrase: 'eliminate', pos: 'verb', source: END_MEANS },
  { phrase: 'neutralize', pos: 'verb', source: END_MEANS },
  { phrase: 'neutralise', pos: 'verb', source: END_MEANS },
];

/** The verbs, for the cue table. */
export const counteringVerbs = (): string[] => COUNTERING_CUES.map((c) => c.phrase);
