/**
 * Data: words that refer back to an actor of a kind without naming it (rule `kindAnaphor`,
 * kind-anaphors.ts): the pronoun "it" and the definite role nouns news uses for a state ("the
 * country"), an organisation ("the group", "the alliance") or an armed force ("the army").
 * Source: the English personal pronoun "it" and the generic head nouns of the actor kinds of
 * domain/types.ts (ACTOR_KINDS) as English dictionaries define them (a state: country, nation,
 * kingdom, republic, emirate; an organisation: group, organisation, movement, alliance, bloc,
 * coalition, faction, militia; a military body: army, military, armed forces), with the
 * adjectives that only say which kind of group it is (Wikipedia, "List of designated terrorist
 * groups": "militant", "rebel", "armed", "jihadist", "Islamist", "insurgent", "separatist",
 * "terrorist", "extremist", "paramilitary"). Not written from the corpus' articles.
 */
import type { ActorKind } from '../../domain/types';

const NON_PERSON: readonly ActorKind[] = ['state', 'organization', 'military'];

/** Head noun (after "the") → the kinds of actor it may refer back to. */
export const KIND_NOUNS: ReadonlyMap<string, readonly ActorKind[]> = new Map<string, readonly ActorKind[]>([
  ['country', ['state']],
  ['nation', ['state']],
  ['kingdom', ['state']],
  ['republic', ['state']],
  ['emirate', ['state']],
  ['group', ['organization']],
  ['organisation', ['organization']],
  ['organization', ['organization']],
  ['movement', ['organization']],
  ['alliance', ['organization']],
  ['bloc', ['organization']],
  ['coalition', ['organization']],
  ['faction', ['organization']],
  ['militia', ['organization', 'military']],
  ['army', ['military']],
  ['military', ['military']],
]);

/** Adjectives allowed between "the" and the head noun: they only say which kind of group it is ("the militant group"). */
export const KIND_ADJECTIVES: ReadonlySet<string> = new Set([
  'militant', 'rebel', 'armed', 'jihadist', 'islamist', 'insurgent', 'separatist', 'terrorist', 'extremist', 'paramilitary',
]);

/** Pronouns that refer back to one actor that is no person. */
export const KIND_PRONOUNS: ReadonlyMap<string, readonly ActorKind[]> = new Map([['it', NON_PERSON]]);

/**
 * Verbs after which "it" is no actor but a placeholder or a thing ("it is clear that", "it seems",
 * "it took three days"): the pronoun is read only before another verb.
 */
export const PLACEHOLDER_VERBS: ReadonlySet<string> = new Set([
  'is', 'was', 'be', 'been', 'being', 'are', 'were', "'s", 'seems', 'seemed', 'appears', 'appeared', 'remains', 'remained', 'becomes', 'became', 'means', 'meant', 'takes', 'took', 'makes', 'made', 'comes', 'came', 'follows', 'followed', 'happened', 'happens', 'included', 'includes',
]);
