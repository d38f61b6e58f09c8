/**
 * Rule `hostedPair`: "Qatar hosted the Israeli and Hamas delegations", "Egypt hosted Israeli and
 * Hamas officials for talks": a host that receives two sides' people together brings them
 * to meet — it is their go-between, and they meet each other, not each the host alone (rule
 * `hostedVisit` reads a single visitor, "Lavrov hosted Sybiha", as a meeting of host and visitor).
 * Only two sides the document reports as foes: a summit's or a dinner's guests are no pair to mediate.
 */
import { ids, type Group } from './groups';
import { SENT_PEOPLE } from './lexicon/mediation-constructions';
import { sharesSide } from './sides';
import type { Token } from './types';

/** The visitors named as sent people right after the verb: "the A and B delegations", "A and B negotiators". */
function sentPeople(tokens: readonly Token[], groups: readonly Group[], verbEnd: number): Group | undefined {
  const g = groups.find((x) => x.tokenStart >= verbEnd);
  if (!g || g.members.length !== 2 || g.tokenStart > verbEnd + 1) return undefined;
  const lastMember = Math.max(...g.members.map((m) => m.tokenEnd));
  return SENT_PEOPLE.has(tokens[lastMember]?.norm ?? '') ? g : undefined;
}

/**
 * The two sides a host brings together, with the group naming them, or undefined: exactly two
 * sides named as sent people, neither the host's own (a host receiving its ally and its own
 * minister is no go-between), and foes the document reports (`foes`: the sides of its conflict or of
 * the paragraph's last hostility). A host receiving two friendly or unrelated sides at a summit or a
 * dinner ("Russia hosted the Chinese and Indian leaders") holds meetings, it mediates nothing.
 */
export function hostedPair(tokens: readonly Token[], groups: readonly Group[], host: Group, verbEnd: number, side: (id: string) => string, foes: readonly (readonly [string, string] | undefined)[]): Group | undefined {
  const visitors = sentPeople(tokens, groups, verbEnd);
  const sides = visitors && [...new Set(ids(visitors).map(side))];
  if (!visitors || sides?.length !== 2) return undefined;
  const opposed = foes.some((p) => !!p && p.map(side).every((s) => sides.includes(s)) && side(p[0]) !== side(p[1]));
  return !opposed || sharesSide(side, ids(host), ids(visitors)) ? undefined : visitors;
}
