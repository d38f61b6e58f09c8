/**
 * Data: the words of rule `attribution` (server/extract/attribution.ts): verbs that report a claim,
 * adjectives of certainty, nouns of an attack, verbs of carrying one out and nouns of authorship.
 * Chosen by hand for the annotation guide's convention that a named speaker who attributes an attack
 * to an actor opposes it (test/fixtures/corpus/README.md, conventions of part c: "attributed the
 * bombing to Houthi rebels"), in the forms news uses: the verbs of saying are "say" and "state" of
 * the cue table's REPORTING_VERBS (cues.ts) with the verbs of a finding or an allegation ("alleged",
 * "concluded", "assessed", "believes", "determined"; not "claim", which a party uses of its own
 * acts), the verbs of carrying out are the members of WordNet 3.0 synsets carry_out.v.01 (carry
 * out, execute), perpetrate.v.01 (perpetrate, commit), stage.v.01 (stage, mount), orchestrate.v.02,
 * conduct.v.01 (conduct) and launch.v.01 (Princeton University, WordNet 3.0 licence), and the attack nouns are the cue table's kinetic nouns
 * with the cyber and covert ones news attributes ("hack", "poisoning", "assassination").
 */

/** Data: verbs of saying, alleging and concluding that open the attributing clause. */
export const SAYING: ReadonlySet<string> = new Set(['said', 'says', 'say', 'stated', 'states', 'alleged', 'alleges', 'allege', 'concluded', 'concludes', 'assessed', 'assesses', 'believe', 'believes', 'believed', 'determined']);
/** Data: adjectives of certainty before "that" ("we are confident that …"). */
export const CERTAIN: ReadonlySet<string> = new Set(['confident', 'certain', 'convinced', 'sure']);
/** Words between the speaker and the verb: auxiliaries and adverbs ("have both alleged", "has repeatedly said"). */
export const BEFORE_VERB: ReadonlySet<string> = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'am', 'both', 'also', 'all', 'now', 'repeatedly', 'previously', 'publicly', 'again', 'further', 'earlier', 'later', 'each']);
/** Data: nouns of an attack whose author is named ("conducted this attack", "the hack … carried out by"). */
export const ATTACK_NOUNS: ReadonlySet<string> = new Set(['attack', 'attacks', 'strike', 'strikes', 'airstrike', 'airstrikes', 'bombing', 'bombings', 'cyberattack', 'cyberattacks', 'hack', 'hacks', 'hacking', 'assault', 'raid', 'raids', 'shooting', 'assassination', 'explosion', 'blast', 'poisoning', 'killing', 'killings', 'massacre', 'ambush', 'incursion']);
/** Data: verbs of carrying an attack out, active ("Y conducted this attack") or with "by" ("carried out by Y"). */
export const PERPETRATING: ReadonlySet<string> = new Set(['conducted', 'carried', 'launched', 'perpetrated', 'orchestrated', 'staged', 'committed', 'executed', 'mounted']);
/** Data: nouns that make their possessor or demonym the author of what the clause names ("Y's doing", "Yian involvement"). */
export const AUTHORSHIP: ReadonlySet<string> = new Set(['doing', 'involvement', 'handiwork']);
