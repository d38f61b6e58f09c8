/**
 * Regimes and juntas: "the Maduro regime", "the Ortega-Murillo regime", "Burma's military regime",
 * "the military junta in Myanmar" name a ruling body of their own (the annotation guide,
 * test/fixtures/corpus/README.md, gives each its own actor: it executes, detains and is sanctioned
 * as such), not the leader whose name qualifies it nor the state whose people it rules. Later "the
 * regime", "the junta" in the same document is that body when it is the only one named.
 */
import { normalizeName } from '../domain/names';
import { slugify } from '../domain/slug';
import type { Actor } from '../domain/types';
import { topState } from './affiliation';
import { DETERMINERS } from './cues';
import type { Mention, Token } from './types';
import { withSpanMention } from './span-mention';

/** Data: nouns for a ruling body that is not the state's lawful government. */
const REGIME_NOUNS: ReadonlySet<string> = new Set(['regime', 'junta']);
/** Data: words between the name and the noun that say what kind of regime it is. */
const REGIME_QUALIFIERS: ReadonlySet<string> = new Set(['military', 'ruling']);
/** Most capitalised words of the name qualifying a regime ("Ortega-Murillo", "Burma"). */
const MAX_NAME_WORDS = 3;

export interface RegimeResult {
  mentions: Mention[];
  /** Regime bodies named here for the first time. */
  learned: Actor[];
}

const isQualifier = (t: Token | undefined): boolean => !!t && t.kind === 'word' && REGIME_QUALIFIERS.has(t.norm);
const isRegimeNoun = (t: Token | undefined): boolean => !!t && t.kind === 'word' && REGIME_NOUNS.has(t.norm);

/** Words by which a text reports that the armed forces took power (rule `coupMilitary`). */
export const COUP = /\b(?:coup|junta|seized power|seizure of power|military takeover|overthrew|overthrown)\b/i;

/**
 * Rule `coupMilitary`: in a text that reports a coup, "the military" is the body that took power, a
 * ruling body of its own as a junta is ("Myanmar's military seized power", "the military detained
 * X"): "military" heads the phrase (a verb, a possessive or punctuation after it, not a noun:
 * "the military takeover", "military officials").
 */
function isCoupMilitary(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t.kind !== 'word' || t.cap || t.norm !== 'military') return false;
  const next = tokens[i + 1];
  return !next || next.kind !== 'word' || next.cap || !/^[a-z]/.test(next.text) || isHeadEnd(next);
}

/** A word that cannot continue a noun phrase after "military": a past verb form or a function word ("seized", "has", "in", "and"). */
function isHeadEnd(t: Token): boolean {
  return /ed$/.test(t.norm) || FUNCTION_WORDS.has(t.norm);
}
const FUNCTION_WORDS: ReadonlySet<string> = new Set(['has', 'had', 'have', 'is', 'was', 'were', 'will', 'would', 'said', 'says', 'in', 'on', 'and', 'to', 'of', 'after', 'since', 'also', 'then', 'later', 'which', 'that', 'who', 'must', 'should', 'could', 'may', 'can']);

/** Start of the capitalised name (hyphen-joined parts included) ending at token `end` (exclusive), or `end`. */
function nameStart(tokens: readonly Token[], end: number): number {
  let s = end;
  let words = 0;
  while (s > 0 && words < MAX_NAME_WORDS) {
    const t = tokens[s - 1];
    if (t.kind === 'word' && t.cap && !isQualifier(t) && !isRegimeNoun(t) && !DETERMINERS.has(t.norm)) {
      s--;
      words++;
      continue;
    }
    // "Ortega-Murillo": a hyphen written between two capitalised parts.
    const before = tokens[s - 2];
    if (s < end && t.text === '-' && before?.kind === 'word' && before.cap && before.end === t.start && t.end === tokens[s].start) {
      s--;
      continue;
    }
    break;
  }
  return s;
}

/**
 * Whether the name [a, b) may qualify a regime: each mention in it is a state (or its demonym), a
 * person or a name discovery guessed (its kind is a guess). A known body's own name ("the Taliban
 * regime") is that body already.
 */
function qualifiesRegime(a: number, b: number, mentions: readonly Mention[], actors: ReadonlyMap<string, Actor>): boolean {
  const qualifier = (m: Mention): boolean => m.via === 'discovered' || ['state', 'person'].includes(actors.get(m.actorId)?.kind ?? 'person');
  return mentions.every((m) => m.tokenEnd <= a || m.tokenStart >= b || (m.tokenStart >= a && qualifier(m)));
}

/** The regime body of a name and its phrase: "Burma’s military regime" → "Burma military regime". */
function regimeActor(name: string, rest: string, written: string, state: string | undefined): Actor {
  const canonical = normalizeName(`${name} ${rest}`);
  const alias = normalizeName(written);
  return {
    id: slugify(canonical),
    name: canonical,
    kind: /\b(?:military|junta)\b/i.test(rest) ? 'military' : 'organization',
    aliases: alias !== canonical ? [alias] : [],
    provisional: true,
    ...(state ? { affiliation: state } : {}),
  };
}

/**
 * Rule `regimeName`: one sentence's mentions with each regime it names as one mention of the
 * regime's own body, and the bare "the regime" / "the junta" as the document's one regime
 * (`known`: the regimes named so far, by id; the caller keeps it across sentences; `coup`: whether
 * the document reports a coup, rule `coupMilitary`, tested once per document with COUP).
 */
export function regimeMentions(mentions: readonly Mention[], tokens: readonly Token[], text: string, actors: ReadonlyMap<string, Actor>, known: ReadonlyMap<string, Actor>, coup = false): RegimeResult {
  let out = [...mentions];
  const learned: Actor[] = [];
  const replace = (a: number, b: number, actor: Actor, confidence: number): void => {
    out = withSpanMention(out, tokens, text, a, b, actor.id, confidence);
  };
  const stateOf = (a: number, b: number): string | undefined => {
    for (const m of out) {
      if (m.tokenStart < a || m.tokenEnd > b) continue;
      const state = topState(m.actorId, actors);
      if (actors.get(state)?.kind === 'state') return state;
    }
    return undefined;
  };
  for (let i = 1; i < tokens.length; i++) {
    if (!(isRegimeNoun(tokens[i]) || (coup && isCoupMilitary(tokens, i))) || tokens[i].cap) continue;
    let j = i;
    while (j > 0 && isQualifier(tokens[j - 1])) j--;
    const owner = tokens[j - 1]?.kind === 'possessive' ? j - 1 : j;
    const s = nameStart(tokens, owner);
    const rest = text.slice(tokens[j]?.start ?? tokens[i].start, tokens[i].end);
    if (s < owner && qualifiesRegime(s, owner, out, actors)) {
      // "the Maduro regime", "Burma's military regime".
      const name = text.slice(tokens[s].start, tokens[owner - 1].end);
      const actor = regimeActor(name, rest, text.slice(tokens[s].start, tokens[i].end), stateOf(s, owner));
      learned.push(actor);
      replace(s, i + 1, actor, 0.8);
      continue;
    }
    if (s < owner || tokens[j - 1]?.norm !== 'the') continue;
    // "the military junta in Myanmar": the state after "in"/"of".
    const after = tokens[i + 1];
    const place = (after?.norm === 'in' || after?.norm === 'of') && out.find((m) => m.tokenStart === i + 2 && actors.get(m.actorId)?.kind === 'state');
    if (place) {
      const actor = regimeActor(text.slice(place.start, place.end), rest, text.slice(tokens[j].start, place.end), place.actorId);
      learned.push(actor);
      replace(j, place.tokenEnd, actor, 0.8);
      continue;
    }
    // "the regime", "the junta": the one regime the document has named.
    const named = [...new Map([...known.values(), ...learned].map((r) => [r.id, r])).values()];
    if (named.length === 1) replace(j, i + 1, named[0], 0.7);
  }
  return { mentions: out.sort((a, b) => a.tokenStart - b.tokenStart), learned };
}
