/**
 * Rule `bodyBeforeMembers` (server/domain/extraction-rules.ts, READING_RULES): "We, the G7 foreign
 * ministers of A, B and C, condemn …", "the NATO defence ministers of A and B agreed …": a body's
 * name before the group noun only says which forum the people meet in; the states after "of" are who
 * they are (rule `pronounApposition`), so they, not the forum, are the clause's subject. Only a
 * body's name inside the group noun's phrase, with the "of" group right after the noun.
 */
import { HEAD_NOUNS, type Group } from './groups';
import type { Token } from './types';

/** Words that join the forum to others rather than name its people ("NATO and the ministers of …"). */
const JOINERS: ReadonlySet<string> = new Set(['and', 'or', 'as', 'with', 'plus']);

/**
 * The "of" members whose group noun's phrase holds `g` (a forum's name), or undefined. A joint
 * text's "We," read as its authors (the forum) is set aside the same way: "We, the G7 foreign
 * ministers of A and B" says who "we" are (rule `pronounApposition`).
 */
export function membersAfterBody(tokens: readonly Token[], groups: readonly Group[], g: Group, isMembers: (x: Group) => boolean): Group | undefined {
  if (tokens[g.tokenStart]?.norm === 'we' && g.tokenEnd === g.tokenStart + 1 && tokens[g.tokenEnd]?.text === ',') {
    const next = groups.find((y) => y.tokenStart > g.tokenEnd);
    if (!next) return undefined;
    return next.governor === 'of' && isMembers(next) ? next : membersAfterName(tokens, groups, next, isMembers);
  }
  return membersAfterName(tokens, groups, g, isMembers);
}

function membersAfterName(tokens: readonly Token[], groups: readonly Group[], g: Group, isMembers: (x: Group) => boolean): Group | undefined {
  if (g.governor || g.members.length !== 1 || g.members[0].possessive) return undefined;
  const x = groups.find((y) => y.tokenStart > g.tokenEnd);
  if (!x || x.governor !== 'of' || x.governorAt === undefined || x.governorAt < g.tokenEnd) return undefined;
  // A forum's name read with its group noun ("G7 Foreign Ministers", named so by a title) ends on the noun itself.
  if (x.governorAt === g.tokenEnd && !HEAD_NOUNS.has(tokens[g.tokenEnd - 1]?.norm ?? '')) return undefined;
  // Only the group noun and its modifiers between the name and "of" ("G7 foreign ministers of").
  const between = tokens.slice(g.tokenEnd, x.governorAt);
  if (!between.every((t) => t.kind === 'word' && !JOINERS.has(t.norm))) return undefined;
  return isMembers(x) ? x : undefined;
}
