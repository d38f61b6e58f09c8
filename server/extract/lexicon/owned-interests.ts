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
export const OWNED_INTEREST_NOUNS: ReadonlySet<string> = new Set(
  (
    'company companies firm firms business businesses corporation corporations security democracy institutions rights'
  ).split(' '),
);

/** Most lower-case words between the owner and the noun ("U.S. national security", "Nicaragua’s fragile democracy"). */
export const OWNED_INTEREST_MODIFIERS_MAX = 2;
