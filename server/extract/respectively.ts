/**
 * "his Greek, Cypriot and French counterparts, Nikos Dendias, Nikos Christodoulides and Jean-Yves
 * Le Drian, respectively": a list of demonyms before a plural office noun, then as many names, pair
 * off in order. Each person learns the state as affiliation (so is never related to it, index.ts),
 * and the demonyms, which only say whose office each holds, are no mentions of the states.
 *
 * Rule `titledCounterparts` (server/domain/extraction-rules.ts READING_RULES): the same list with a
 * state's name used as an adjective ("his Japanese and Republic of Korea (ROK) counterparts"), a
 * bracketed acronym after it, and each name followed by its own office's "of" phrase ("A of the
 * National Security Secretariat of Japan and B of the ROK"): the writer still pairs the offices off
 * in order, and the states still only say whose office each holds. Before it such a list kept the
 * states as the partners of the talks and lost the second name.
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

/** Most tokens of the "of" phrase a listed name's office may follow it with ("of the National Security Secretariat of Japan"). */
const MAX_OFFICE_TAIL = 10;

/** Whether tokens between two listed mentions only join them: commas and "and". */
const joinsList = (between: readonly Token[]): boolean => between.length > 0 && between.every((t) => LIST_WORDS.has(t.kind === 'word' ? t.norm : t.text));

/** Rule `titledCounterparts`: a bracketed acronym right after a listed state ("Republic of Korea (ROK)") is that state again. */
const bracketedSame = (tokens: readonly Token[], a: Mention, b: Mention): boolean => a.actorId === b.actorId && tokens[a.tokenEnd]?.text === '(' && b.tokenStart === a.tokenEnd + 1 && tokens[b.tokenEnd]?.text === ')';

const isJoint = (t: Token | undefined): boolean => !!t && LIST_WORDS.has(t.kind === 'word' ? t.norm : t.text);

/**
 * Rule `titledCounterparts`: the end of a listed name's office phrase ("of the Secretariat of
 * Japan"): the index of the list's joint after it (a comma or "and"), or undefined when the name
 * is followed by no "of" phrase or no joint comes soon after.
 */
function officeTailEnd(tokens: readonly Token[], from: number): number | undefined {
  if (tokens[from]?.norm !== 'of') return undefined;
  for (let i = from + 1; i < tokens.length && i <= from + MAX_OFFICE_TAIL; i++) {
    if (tokens[i].text === ';' || tokens[i].text === '.') return undefined;
    if (isJoint(tokens[i])) return i;
  }
  return undefined;
}

/** The end of the last listed name's office phrase: the sentence's end or a stop within reach ("… and B of the ROK."). */
function lastTailEnd(tokens: readonly Token[], from: number): number | undefined {
  if (tokens[from]?.norm !== 'of') return undefined;
  for (let i = from + 1; i <= tokens.length && i <= from + MAX_OFFICE_TAIL; i++) {
    if (i === tokens.length || ['.', ';', ','].includes(tokens[i].text)) return i;
    if (isJoint(tokens[i])) return undefined;
  }
  return undefined;
}

/**
 * Consecutive mentions from index k joined only by commas and "and" (and, with `tails`, by each
 * one's office phrase: rule `titledCounterparts`); returns the mentions of the list and the index
 * after it (mentions inside an office phrase or a bracketed acronym are skipped, not listed).
 */
function listFrom(ms: readonly Mention[], k: number, tokens: readonly Token[], ok: (m: Mention) => boolean, tails = false): { list: Mention[]; end: number } {
  const list: Mention[] = [];
  let j = k;
  while (j < ms.length && ok(ms[j])) {
    const cur = ms[j];
    list.push(cur);
    let n = j + 1;
    while (ms[n] && bracketedSame(tokens, cur, ms[n])) n++;
    // The office phrase after a name ("of the Secretariat of Japan"): the next listed name starts after its joint.
    const tail = tails ? officeTailEnd(tokens, cur.tokenEnd) : undefined;
    let from = cur.tokenEnd;
    if (tail !== undefined) {
      while (ms[n] && ms[n].tokenStart < tail) n++;
      from = tail;
    }
    const next = ms[n];
    if (!next || !ok(next)) return { list, end: n };
    if (!joinsList(tokens.slice(from, next.tokenStart))) return { list, end: n };
    j = n;
  }
  return { list, end: j };
}

export function pairRespectively(mentions: readonly Mention[], tokens: readonly Token[], text: string, actors: ReadonlyMap<string, Actor>, roles: RoleIndex): RespectivelyResult {
  const out = [...mentions];
  const learned: Actor[] = [];
  for (let k = 0; k < out.length; k++) {
    const isState = (m: Mention): boolean => actors.get(m.actorId)?.kind === 'state' && (m.via === 'demonym' || m.via === 'name' || m.via === 'alias');
    if (!isState(out[k]) || (out[k].via !== 'demonym' && out[k + 1]?.via !== 'demonym' && !tokens.slice(out[k].tokenEnd, out[k].tokenEnd + 6).some((t) => PLURAL_OFFICES.has(t.norm)))) continue;
    const { list: states, end: dEnd } = listFrom(out, k, tokens, isState);
    // Rule `titledCounterparts`: a state's name written as an adjective needs a demonym in the list ("Japanese and Republic of Korea counterparts"), as a lone name is more often the partner itself.
    if (!states.some((m) => m.via === 'demonym')) continue;
    const last = states[states.length - 1];
    // The office noun (with title words before it), then a comma, then the names.
    let i = last.tokenEnd;
    if (tokens[i]?.text === '(' && tokens[i + 2]?.text === ')') i += 3;
    while (i < tokens.length && roles.words.has(tokens[i].norm) && !PLURAL_OFFICES.has(tokens[i].norm)) i++;
    if (states.length < 2 || !PLURAL_OFFICES.has(tokens[i]?.norm ?? '') || tokens[i + 1]?.text !== ',') continue;
    const first = out[dEnd];
    if (!first || first.tokenStart !== i + 2) continue;
    const isPerson = (m: Mention): boolean => actors.get(m.actorId)?.kind === 'person' || !!actors.get(m.actorId)?.provisional;
    const { list: people } = listFrom(out, dEnd, tokens, isPerson, true);
    if (people.length !== states.length) continue;
    people.forEach((p, n) => {
      const who = actors.get(p.actorId);
      if (who && !who.affiliation && who.provisional) learned.push({ ...who, kind: 'person', affiliation: states[n].actorId });
    });
    // Rule `titledCounterparts`: each name reads on over its office phrase, whose own mentions only say where the office is (rule titleNameOfBody), so the names make one list.
    const listed = new Set(people);
    const spans = people.map((p, n) => {
      const tail = n + 1 < people.length ? officeTailEnd(tokens, p.tokenEnd) : lastTailEnd(tokens, p.tokenEnd);
      return tail === undefined ? p : { ...p, end: tokens[tail - 1].end, tokenEnd: tail, text: text.slice(p.start, tokens[tail - 1].end) };
    });
    const listEnd = spans[spans.length - 1].tokenEnd;
    const inside = out.slice(dEnd).filter((m) => !listed.has(m) && m.tokenStart < listEnd);
    const rest = out.slice(dEnd).filter((m) => !listed.has(m) && !inside.includes(m));
    out.splice(k, out.length - k, ...spans, ...rest);
    k = k + people.length - 1;
  }
  return { mentions: out, learned };
}
