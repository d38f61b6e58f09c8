/**
 * Rule `spokespersonOf`: "Putin spokesman accused X", "Erdogan's aide said": the one who speaks for a
 * person is not that person. A spokesperson speaks for the person's government: the act is the state's
 * the person belongs to; one of a person without a state, or a private aide or lawyer, names nobody
 * known (the mention goes).
 */
import type { Actor } from '../domain/types';
import { topState } from './affiliation';
import type { Mention, Token } from './types';

/** Data: nouns of one who speaks for a government's leader ("Putin spokesman", "Biden's press secretary"). */
const SPOKES_NOUNS: ReadonlySet<string> = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen', 'press secretary']);
/** Data: nouns of one who works for a person privately or as counsel: no act of theirs is the person's. */
const AIDE_NOUNS: ReadonlySet<string> = new Set(['aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'bodyguard', 'bodyguards']);

/** The noun right after a mention and its possessive ("Putin spokesman", "Biden's press secretary"), if any. */
function nounAfter(tokens: readonly Token[], m: Mention): string | undefined {
  let i = m.tokenEnd;
  if (tokens[i]?.kind === 'possessive') i++;
  const t = tokens[i];
  if (!t || t.kind !== 'word' || t.cap) return undefined;
  const two = `${t.norm} ${tokens[i + 1]?.norm ?? ''}`;
  return SPOKES_NOUNS.has(two) ? two : t.norm;
}

/** The sentence's mentions with a person's spokesperson read as the person's state, and aides' people dropped. */
export function spokespersonMentions(tokens: readonly Token[], mentions: readonly Mention[], actors: ReadonlyMap<string, Actor>): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const noun = actors.get(m.actorId)?.kind === 'person' ? nounAfter(tokens, m) : undefined;
    if (!noun || (!SPOKES_NOUNS.has(noun) && !AIDE_NOUNS.has(noun))) {
      out.push(m);
      continue;
    }
    const state = SPOKES_NOUNS.has(noun) ? topState(m.actorId, actors) : m.actorId;
    if (state !== m.actorId) out.push({ ...m, actorId: state, possessive: false });
  }
  return out;
}
