/**
 * A state's political opposition: "Haiti's opposition", "the Georgian opposition", "Ghanaian
 * opposition parties" name the parties and figures against that state's government, an actor of
 * their own (the annotation guide, test/fixtures/corpus/README.md, gives it one: "Haitian
 * opposition", "Georgian opposition"), never the state whose name qualifies it; read as the state,
 * "Haiti's opposition accused the president" made the state oppose its own president. Later "the
 * opposition" in the same document is that body when it is the only one named.
 */
import { normalizeName } from '../domain/names';
import { slugify } from '../domain/slug';
import type { Actor } from '../domain/types';
import { DEMONYMS } from './demonyms';
import type { Mention, Token } from './types';

/** The noun of a state's opposition. */
const OPPOSITION = 'opposition';

/**
 * Data: words after "opposition" that make it a stance, not a body ("opposition to the plan",
 * "opposition against X", "Ghana's opposition over the deal"), or a role before a person's name
 * ("opposition leader X": the person acts, rule describedNames).
 */
const STANCE_OR_ROLE_NEXT: ReadonlySet<string> = new Set(['to', 'against', 'toward', 'towards', 'over', 'from', 'leader', 'figure', 'politician', 'candidate', 'lawmaker', 'activist', 'spokesman', 'spokeswoman', 'spokesperson', 'chief', 'head']);

/** Data: plural nouns of the opposition's people that the body's name takes in ("Ghanaian opposition parties", "opposition figures"). */
const OPPOSITION_PEOPLE: ReadonlySet<string> = new Set(['parties', 'figures', 'groups', 'leaders', 'lawmakers', 'politicians', 'members', 'activists', 'supporters', 'coalition', 'bloc', 'alliance']);

/** The state's demonym ("Haiti" → "Haitian"), the first one DEMONYMS lists for it. */
const DEMONYM_OF: ReadonlyMap<string, string> = (() => {
  const out = new Map<string, string>();
  for (const [demonym, state] of Object.entries(DEMONYMS)) if (!out.has(state)) out.set(state, demonym);
  return out;
})();

/** Data: nouns of one body that stand between "opposition" and the body's name ("opposition group X", "opposition party X"). */
const NAMED_BODY_NOUNS: ReadonlySet<string> = new Set(['group', 'party', 'movement', 'coalition', 'alliance', 'bloc', 'front', 'platform', 'council']);

/**
 * Whether a name follows the opposition's phrase, which then only describes it: "Syrian opposition
 * group Ahrar al-Sharqiya" (a noun before a name), "the Venezuelan opposition, the Unitary Platform,"
 * (an apposition): the name is the actor.
 */
function namedAfter(tokens: readonly Token[], end: number): boolean {
  let j = end;
  if (tokens[j]?.kind === 'word' && !tokens[j].cap && NAMED_BODY_NOUNS.has(tokens[j].norm)) j++;
  if (tokens[j]?.text === ',' || tokens[j]?.text === '(') j++;
  if (tokens[j]?.norm === 'the') j++;
  return j > end && !!tokens[j]?.cap && tokens[j].kind === 'word';
}

export interface OppositionResult {
  mentions: Mention[];
  /** Oppositions named here for the first time. */
  learned: Actor[];
}

const isOppositionNoun = (t: Token | undefined): boolean => !!t && t.kind === 'word' && !t.cap && t.norm === OPPOSITION;

/** The opposition body of a state: "Haiti's opposition" → "Haitian opposition" (the state's demonym, else its name). */
function oppositionActor(stateName: string, written: string): Actor {
  const canonical = normalizeName(`${DEMONYM_OF.get(stateName) ?? stateName} ${OPPOSITION}`);
  const alias = normalizeName(written);
  return { id: slugify(canonical), name: canonical, kind: 'organization', aliases: alias !== canonical ? [alias] : [], provisional: true };
}

/**
 * Rule `stateOpposition`: one sentence's mentions with each state's opposition it names as one
 * mention of that body ("Haiti's opposition", "the Georgian opposition", "Ghanaian opposition
 * parties"), and the bare "the opposition" as the document's one opposition (`known`: those named
 * so far, by id; the caller keeps it across sentences). Not a stance ("Ghana's opposition to the
 * plan") nor a role before a name ("opposition leader X"); no affiliation to the state, whose
 * government it opposes (filter ownSide would drop that relation).
 */
export function oppositionMentions(mentions: readonly Mention[], tokens: readonly Token[], text: string, actors: ReadonlyMap<string, Actor>, known: ReadonlyMap<string, Actor>): OppositionResult {
  let out = [...mentions];
  const learned: Actor[] = [];
  const replace = (a: number, b: number, actor: Actor, confidence: number): void => {
    out = out.filter((m) => m.tokenEnd <= a || m.tokenStart >= b);
    const start = tokens[a].start;
    const end = tokens[b - 1].end;
    out.push({ actorId: actor.id, start, end, text: text.slice(start, end), tokenStart: a, tokenEnd: b, via: 'discovered', possessive: tokens[b]?.kind === 'possessive', confidence });
  };
  for (let i = 1; i < tokens.length; i++) {
    if (!isOppositionNoun(tokens[i])) continue;
    const next = tokens[i + 1];
    if (next?.kind === 'word' && STANCE_OR_ROLE_NEXT.has(next.norm)) continue;
    const end = next?.kind === 'word' && OPPOSITION_PEOPLE.has(next.norm) ? i + 2 : i + 1;
    if (namedAfter(tokens, end)) continue;
    // "Haiti's opposition" (the state, then its possessive) or "the Haitian opposition" (the demonym right before).
    const owner = tokens[i - 1]?.kind === 'possessive' ? i - 1 : i;
    const state = out.find((m) => m.tokenEnd === owner && actors.get(m.actorId)?.kind === 'state');
    // A demonym mention may have been dropped as attributive: the word itself says the state.
    const demonym = tokens[i - 1]?.kind === 'word' && tokens[i - 1].cap ? DEMONYMS[tokens[i - 1].text] : undefined;
    const stateName = state ? actors.get(state.actorId)?.name : demonym;
    const from = state ? state.tokenStart : i - 1;
    if (stateName) {
      const actor = oppositionActor(stateName, text.slice(tokens[from].start, tokens[end - 1].end));
      learned.push(actor);
      replace(from, end, actor, 0.8);
      continue;
    }
    // "the opposition": the one opposition the document has named.
    if (tokens[i - 1]?.norm !== 'the' || out.some((m) => m.tokenStart <= i && m.tokenEnd > i)) continue;
    const named = [...new Map([...known.values(), ...learned].map((r) => [r.id, r])).values()];
    if (named.length === 1) replace(i - 1, end, named[0], 0.7);
  }
  return { mentions: out.sort((a, b) => a.tokenStart - b.tokenStart), learned };
}
