/**
 * Rule `peopleBefore` (server/domain/extraction-rules.ts READING_RULES): "the two leaders", "both
 * presidents", "the two ministers" right after a sentence that named exactly two people of two
 * sides ("… said French President A and U.S. President B agree on … . The two leaders spoke by phone")
 * stand for those two people: the nearest antecedent of a noun of people is people, as a reader takes
 * it. Before this rule such a pair fell to the document's pair of states when the paragraph reported
 * no talks yet. Nouns of sides or states ("both sides", "the two countries") keep their readings.
 */
import type { Mention } from './types';

/** Plural nouns of people in office that a pair anaphor may end with. */
const PEOPLE_PAIR_NOUNS: ReadonlySet<string> = new Set(['leaders', 'presidents', 'ministers', 'premiers', 'chancellors', 'counterparts']);

/** Whether a pair anaphor ending with `noun` stands for people. */
export const isPeoplePairNoun = (noun: string): boolean => PEOPLE_PAIR_NOUNS.has(noun);

/** The two people a sentence names by name, when they are exactly two and of two sides; else undefined. */
export function twoPeopleNamed(mentions: readonly Mention[], isPerson: (id: string) => boolean, side: (id: string) => string): [string, string] | undefined {
  const people = [...new Set(mentions.filter((m) => m.via !== 'pronoun' && isPerson(m.actorId)).map((m) => m.actorId))];
  return people.length === 2 && side(people[0]) !== side(people[1]) ? [people[0], people[1]] : undefined;
}
