/**
 * Rule `namedHolder`: "the President of the United States" in a document that names the holder of
 * that office ("President Donald J. Trump of the United States … as witnessed by the President of
 * the United States") is that person, not the state: the document has said who holds the office.
 * Only when exactly one person the document names holds an office of that head for that state.
 */
import { topState } from './affiliation';
import type { SentenceAnalysis } from './analyze';
import type { RoleIndex } from './titles';
import type { Actor } from '../domain/types';
import type { Mention } from './types';

/** Most title words before "of" ("the Deputy Prime Minister of"). */
const TITLE_MAX = 4;

/** The title written right before "of" and a state's mention ("the Prime Minister of X" → "prime minister"), ending in a head. */
function titleBefore(s: SentenceAnalysis, m: Mention, roles: RoleIndex): string | undefined {
  // The title is inside the mention ("President of Ghana", read as the state) or written before it.
  const inside = s.tokens.slice(m.tokenStart, m.tokenEnd).findIndex((t) => t.norm === 'of');
  let of = inside > 0 ? m.tokenStart + inside : m.tokenStart - 1;
  if (inside <= 0 && s.tokens[of]?.norm === 'the') of--;
  if (s.tokens[of]?.norm !== 'of' || !roles.heads.has(s.tokens[of - 1]?.norm ?? '')) return undefined;
  let p = of - 1;
  while (p - 1 >= 0 && of - p < TITLE_MAX && s.tokens[p - 1].cap && roles.words.has(s.tokens[p - 1].norm)) p--;
  return s.tokens.slice(p, of).every((t) => t.cap) ? titleKey(s.tokens.slice(p, of).map((t) => t.norm), roles) : undefined;
}

/** The title words of a title or role, in order ("Russian President" → "president"). */
const titleKey = (words: readonly string[], roles: RoleIndex): string => words.filter((w) => roles.words.has(w)).join(' ');

/** The mentions of unnamed office-holders re-pointed at the one person the document names in that office. */
export function resolveNamedHolders(sentences: readonly SentenceAnalysis[], actors: ReadonlyMap<string, Actor>, roles: RoleIndex): void {
  const holders = new Map<string, Set<string>>();
  for (const s of sentences) {
    for (const m of s.mentions) {
      const a = actors.get(m.actorId);
      if (!a || a.kind !== 'person' || !a.role || m.via === 'pronoun') continue;
      const state = topState(a.id, actors);
      if (state === a.id) continue;
      const key = `${titleKey(a.role.toLowerCase().split(/\s+/), roles)}|${state}`;
      holders.set(key, new Set([...(holders.get(key) ?? []), a.id]));
    }
  }
  if (!holders.size) return;
  for (const s of sentences) {
    s.mentions = s.mentions.map((m) => {
      if (actors.get(m.actorId)?.kind !== 'state') return m;
      const title = titleBefore(s, m, roles);
      const people = title ? holders.get(`${title}|${m.actorId}`) : undefined;
      return people?.size === 1 ? { ...m, actorId: [...people][0], via: 'title' } : m;
    });
  }
}
