/**
 * Data: nouns of what an actor has that is not the actor acted upon (rule `ownedInterest`): its
 * companies, its security, its democracy, institutions and rights. A hostile act aimed at them
 * ("harming U.S. companies", "a threat to U.S. national security", "repressing X’s democracy and
 * Xians’ human rights") is no act against the state in the corpus's gold (test/fixtures/corpus:
 * parts d and g mark these as false alarms, written before any rule read them). Not listed: what is struck or guarded for a state and stands for it — its people, forces,
 * interests, bases, territory and sovereignty (groups.ts, HELD_THINGS; "violated Ukraine’s
 * territorial integrity" opposes Ukraine) — nor its economy, which the annotation conventions of
 * part c count ("destroy and obliterate the Economy of X" opposes X), nor its efforts and policies,
 * which are acts whose doer one opposes by condemning them (rule `condemnedAct`: "condemned X’s
 * efforts to annex Y").
 */

/** Head nouns, singular and plural, each a lower-case word of the text. */
const OWNED_INTEREST_NOUNS: ReadonlySet<string> = new Set(
  (
    'company companies firm firms business businesses corporation corporations security democracy institutions rights'
  ).split(' '),
);

/**
 * Data: nouns of those against an actor ("threatened the enemies of X", "attacked X's critics",
 * "targeted X's killers"): an act aimed at them is aimed away from X, as at what X owns. Kept out of
 * spokesperson.ts's KIN_NOUNS, which drops the owner from the sentence altogether: "Y, X's arch foe,
 * …" and "Z, one of X's leading critics" still name X for the clause's other readings (on `dev` that
 * drop lost three right relations).
 */
export const ADVERSARY_NOUNS: ReadonlySet<string> = new Set(
  'enemy enemies foe foes adversary adversaries opponent opponents critic critics rival rivals killer killers attacker attackers assassin assassins'.split(' '),
);

/** Whether a head noun names what an actor owns or those against it: no act on it is aimed at the actor. */
export const isOwnedNotOwner = (norm: string): boolean => OWNED_INTEREST_NOUNS.has(norm) || ADVERSARY_NOUNS.has(norm);

/** Most lower-case words between the owner and the noun ("U.S. national security", "Nicaragua’s fragile democracy"). */
export const OWNED_INTEREST_MODIFIERS_MAX = 2;
