/**
 * "his Greek, Cypriot and French counterparts, Nikos Dendias, Nikos Christodoulides and Jean-Yves
 * Le Drian, respectively": a list of demonyms before a plural office noun, then as many names, pair
 * off in order. Each person learns the state as affiliation (so is never related to it, index.ts),
 * and the demonyms, which only say whose office each holds, are no mentions of the states.
 */
import type { Actor } from '../domain/types';
import type { RoleIndex } from './titles';
import type { Mention, Token } from './types';

/** Plural nouns of office that a list of demonyms may describe ("counterparts", "ministers"). */
const PLURAL_OFFICES = new Set(['counterparts', 'ministers', 'presidents', 'leaders', 'envoys', 'ambassadors', 'premiers', 'chancellors', 'representatives', 'officials', 'diplomats']);
const LIST_WORDS = new Set([',', 'and']);

export interface RespectivelyResult {
  mentions: Mention[];
  learned: Actor[];
}

/** Consecutive mentions from index k joined only by commas and "and"; returns the index after the list. */
function listFrom(ms: readonly Mention[], k: number, tokens: readonly Token[], ok: (m: Mention) => boolean): number {
  let j = k;
  while (j < ms.length && ok(ms[j])) {
    const next = ms[j + 1];
    if (!next || !ok(next)) return j + 1;
    const between = tokens.slice(ms[j].tokenEnd, next.tokenStart);
    if (!between.length || !between.every((t) => LIST_WORDS.has(t.kind === 'word' ? t.norm : t.text))) return j + 1;
    j++;
  }
  return j;
}

export function pairRespectively(mentions: readonly Mention[], tokens: readonly Token[], actors: ReadonlyMap<string, Actor>, roles: RoleIndex): RespectivelyResult {
  const out = [...mentions];
  const learned: Actor[] = [];
  for (let k = 0; k < out.length; k++) {
    if (out[k].via !== 'demonym') continue;
    const dEnd = listFrom(out, k, tokens, (m) => m.via === 'demonym' && actors.get(m.actorId)?.kind === 'state');
    const states = out.slice(k, dEnd);
    const last = states[states.length - 1];
    // The office noun (with title words before it), then a comma, then the names.
    let i = last.tokenEnd;
    while (i < tokens.length && roles.words.has(tokens[i].norm) && !PLURAL_OFFICES.has(tokens[i].norm)) i++;
    if (states.length < 2 || !PLURAL_OFFICES.has(tokens[i]?.norm ?? '') || tokens[i + 1]?.text !== ',') continue;
    const first = out[dEnd];
    if (!first || first.tokenStart !== i + 2) continue;
    const pEnd = listFrom(out, dEnd, tokens, (m) => actors.get(m.actorId)?.kind === 'person' || !!actors.get(m.actorId)?.provisional);
    const people = out.slice(dEnd, pEnd);
    if (people.length !== states.length) continue;
    people.forEach((p, n) => {
      const who = actors.get(p.actorId);
      if (who && !who.affiliation && who.provisional) learned.push({ ...who, kind: 'person', affiliation: states[n].actorId });
    });
    out.splice(k, states.length);
    k = k + people.length - 1;
  }
  return { mentions: out, learned };
}
