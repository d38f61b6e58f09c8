/**
 * Rule `namedRepresentatives` (issue #12, twentieth session, branch args20): "met with Hamas
 * representatives A and B", "spoke with NUG officials A and B": people named right after a body
 * and a plural noun of its people are the ones met as well as the body they speak for, as "Hamas
 * leader A" names A. Mention groups end at the plural noun, so the names after it were read as
 * nobody's object (dev misses of the twentieth session). Only people (one a known person, none a
 * state: discovery may not have typed every name), with no comma or preposition before them (a
 * comma may open a clause: rule `roleApposition` reads those).
 */
import { REPRESENTATIVES, type Group } from './groups';

/** `g` with the people named right after its plural noun of people added (itself when there are none). */
export function withNamedRepresentatives(groups: readonly Group[], g: Group, noun: string | undefined, kind: { isPerson: (id: string) => boolean; isState: (id: string) => boolean }): Group {
  if (!noun || !REPRESENTATIVES.has(noun)) return g;
  const named = groups.find((x) => x.tokenStart === g.tokenEnd && !x.governor && !x.attribution);
  // People: one a person at least, and none a state or a pronoun (a name discovery has not typed may be among them).
  if (!named || !named.members.some((m) => kind.isPerson(m.actorId)) || named.members.some((m) => kind.isState(m.actorId) || m.via === 'pronoun' || m.via === 'demonym')) return g;
  return { ...g, members: [...g.members, ...named.members], tokenEnd: named.tokenEnd };
}
