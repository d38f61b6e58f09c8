/**
 * Control and presupposition around an infinitive (issue #12, seventeenth session, branch control17):
 * who does an act one side asks another to do, whether asking makes it no fact, and which acts an
 * infinitive's verb takes for granted whatever the demand or intention around it.
 *
 * - Rule `objectControl`: "France urged Turkey to continue talks with Egypt", "called on A and B to
 *   re-engage in negotiations", "asked Qatar to stop attacks on Y": the doer of a cue inside the
 *   infinitive is the object of the verb of asking, not its subject.
 * - Rule `askedObject`: "asked Qatar to mediate", "pressed X to meet Y": a verb of asking with an
 *   object and an infinitive makes the infinitive a demand, as "urged X to" is (negation.ts MODALS).
 * - Rule `presupposedAct`: "to continue negotiations with", "continue to work with", "re-engage in
 *   talks", "return to discussions", "resume talks", "further talks": the act is going on or took
 *   place before, whatever is demanded, hoped or intended of it (the corpus README: "re-engage in
 *   negotiations" and "encouraged further direct talks" state past talks, "will continue to work
 *   with" an ongoing contact).
 * - Rule `coordinatedFinite`: "urged the embassy to reconsider and spoke with X": a past-tense verb
 *   after "and" is a second predicate of the subject, outside the demand or intention before it.
 */
import type { SentenceAnalysis } from './analyze';
import { DETERMINERS, PREPOSITIONS } from './cues';
import type { Group } from './groups';
import { lemmas } from './lemma';
import type { Modality } from './negation';
import type { RelationType } from '../domain/types';
import type { Clause, CueMatch, Token } from './types';

/**
 * Data: verbs whose object does the infinitive after it ("urged X to", "asked X to", "pressed X
 * to"); "call" and "appeal" only with their particle ("called on X to", "appealed to X to").
 */
const CONTROL_VERBS: ReadonlySet<string> = new Set(['urge', 'ask', 'press', 'push', 'pressure', 'implore', 'exhort', 'encourage', 'request', 'invite', 'tell', 'instruct', 'order', 'persuade', 'convince', 'challenge', 'beg', 'direct', 'authorize', 'authorise', 'help']);
/** Particles after which the object follows ("called on X to", "called upon X to", "appealed to X to"). */
const PARTICLE_VERBS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['call', new Set(['on', 'upon'])],
  ['appeal', new Set(['to'])],
]);
/**
 * Data: verbs of asking whose infinitive is not yet done: a demand (rule `askedObject`). "urge",
 * "encourage", "call on" are modals of their own in negation.ts; "persuade", "convince",
 * "authorize" and the verbs of command ("order", "direct", "instruct") are left out: a persuaded,
 * authorised or commanded side has often acted ("ordered his forces to invade Y" reports the invasion).
 */
const ASKING: ReadonlySet<string> = new Set(['ask', 'press', 'push', 'pressure', 'implore', 'exhort', 'request', 'invite', 'tell', 'challenge', 'beg']);

/** Most tokens from the infinitive's "to" to the cue ("to return as soon as possible to substantive discussions"). */
const INFINITIVE_WINDOW = 9;
/** Punctuation that closes an infinitive. */
const BREAKS: ReadonlySet<string> = new Set([',', ';', ':', '(', ')', '—', '–', '"', '“', '”']);
/** Words that open another clause inside the window: the cue is not the infinitive's. */
const CLAUSE_WORDS: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom', 'whose', 'while', 'because', 'if', 'when', 'where', 'and', 'but', 'or']);

/** An adverb of manner ("immediately", "unconditionally"): a lower-case word in -ly. */
const isLyAdverb = (t: Token | undefined): boolean => !!t && t.kind === 'word' && !t.cap && /^[a-z]{2,}ly$/.test(t.norm);

/**
 * Rule `coordinatedAdverbs`: "and", "or" or a comma between two adverbs in -ly ("to immediately and
 * unconditionally release X", "to fully, swiftly resume talks") joins them inside the infinitive; it
 * opens no other clause.
 */
const joinsAdverbs = (tokens: readonly Token[], i: number): boolean =>
  (['and', 'or'].includes(tokens[i].norm) || tokens[i].text === ',') && isLyAdverb(tokens[i - 1]) && isLyAdverb(tokens[i + 1]);

/**
 * The indexes of each "to" that may open the infinitive holding the cue at `start`, nearest first:
 * without part-of-speech tags "to substantive discussions" (a preposition) and "to continue
 * negotiations" (an infinitive) look alike, so the callers keep the one an object and a verb of
 * asking stand before.
 */
function infinitiveTos(tokens: readonly Token[], clause: Clause, start: number, noun: boolean): number[] {
  const found: number[] = [];
  const from = Math.max(clause.tokenStart, start - INFINITIVE_WINDOW);
  for (let i = start - 1; i >= from; i--) {
    const t = tokens[i];
    if (joinsAdverbs(tokens, i)) continue;
    if (BREAKS.has(t.text) || CLAUSE_WORDS.has(t.norm)) break;
    // "to talks": a noun cue right after "to" is the object of a verb's preposition ("return to talks"), no infinitive.
    if (t.norm !== 'to' || (noun && i + 1 === start)) continue;
    const verb = tokens[i + 1];
    // "to" before a lower-case word that is no article: maybe the infinitive's verb ("to continue", "to re-engage").
    if (verb && verb.kind === 'word' && !verb.cap && !DETERMINERS.has(verb.norm) && !PREPOSITIONS.has(verb.norm)) found.push(i);
  }
  return found;
}

/** The verb of asking whose object ends right before `objectStart` (its lead), with its particle; or undefined. */
function askingVerbBefore(tokens: readonly Token[], objectStart: number): { at: number; lemma: string } | undefined {
  let v = objectStart - 1;
  if (DETERMINERS.has(tokens[v]?.norm ?? '')) v--;
  const word = tokens[v];
  if (!word || word.kind !== 'word' || word.cap) return undefined;
  const direct = lemmas(word.norm).find((l) => CONTROL_VERBS.has(l));
  if (direct) return { at: v, lemma: direct };
  const head = tokens[v - 1];
  if (!head || head.kind !== 'word') return undefined;
  for (const l of lemmas(head.norm)) {
    if (PARTICLE_VERBS.get(l)?.has(word.norm)) return { at: v - 1, lemma: l };
  }
  return undefined;
}

/**
 * Rule `objectControl`: the group that is the object of a verb of asking right before the "to" of
 * the infinitive holding the cue ("urged Foreign Secretary Roe to continue negotiations with X":
 * Roe), or undefined. The group must end at the "to" and be governed by no preposition but the
 * verb's own particle ("called on A and B to …").
 */
export function objectController(a: SentenceAnalysis, groups: readonly Group[], cue: CueMatch, clause: Clause): Group | undefined {
  for (const to of infinitiveTos(a.tokens, clause, cue.tokenStart, cue.pos === 'noun')) {
    const g = [...groups].reverse().find((x) => x.tokenEnd === to && x.tokenStart >= clause.tokenStart && !x.attribution);
    if (!g) continue;
    const verb = askingVerbBefore(a.tokens, g.tokenStart);
    if (verb && (!g.governor || PARTICLE_VERBS.get(verb.lemma)?.has(g.governor))) return g;
  }
  return undefined;
}

/**
 * Rule `askedObject`: a cue inside the infinitive after a verb of asking and its object ("asked
 * Qatar to mediate", "pressed Turkey to meet Y") is a demand; the verb's word, or undefined. The
 * object is any run of words that are not clause breaks (a name, "the embassy", "both sides").
 */
export function askedObjectAt(tokens: readonly Token[], clause: Clause, start: number): [string, Modality] | undefined {
  // The cue's part of speech is not known here: a "to" right before it may be the infinitive's ("asked Qatar to mediate").
  for (const to of infinitiveTos(tokens, clause, start, false)) {
    for (let i = to - 1; i >= clause.tokenStart && i >= to - 8; i--) {
      const t = tokens[i];
      if (BREAKS.has(t.text)) break;
      if (t.kind !== 'word' || t.cap) continue;
      if (lemmas(t.norm).some((l) => ASKING.has(l))) {
        if (i < to - 1) return [t.norm, 'obligation'];
        break;
      }
    }
  }
  return undefined;
}

/** Data: verbs that take for granted the act they govern is going on or took place ("continue", "resume", "re-engage"). */
const CONTINUING: ReadonlySet<string> = new Set(['continue', 'resume', 'reengage', 're-engage', 'remain', 'stay']);
/** "return to talks", "go back to the negotiating table": a verb of coming back, with "to" before the act. */
const RETURNING: ReadonlySet<string> = new Set(['return']);
/** Words of a stance between a verb of continuing and the cue: "remain committed to working with X" continues the commitment, not the work. */
const STANCES: ReadonlySet<string> = new Set(['committed', 'ready', 'prepared', 'willing', 'eager', 'determined', 'dedicated', 'open', 'keen', 'able', 'unable', 'hopeful']);
/** Most tokens between the verb of continuing and the cue ("continue good faith negotiations with"). */
const PRESUPPOSED_WINDOW = 4;
/** Words that may stand between "return" and its "to" ("return as soon as possible to"). */
const RETURN_FILLERS: ReadonlySet<string> = new Set(['as', 'soon', 'possible', 'quickly', 'promptly', 'swiftly', 'immediately', 'urgently', 'back', 'again', 'now']);

/**
 * Whether the cue at `start` is taken for granted by a verb of continuing right before it (rule
 * `presupposedAct`): "continue negotiations", "continue to work with", "re-engage in negotiations",
 * "remain in close touch", "return … to discussions", or, for talks and mediation only, "further
 * talks". Only lower-case words (determiners, adjectives, "to", "in", "engaged") between them.
 */
export function presupposedAt(tokens: readonly Token[], clause: Clause, start: number, type: RelationType): string | undefined {
  const from = Math.max(clause.tokenStart, start - PRESUPPOSED_WINDOW - 1);
  for (let i = start - 1; i >= from; i--) {
    const t = tokens[i];
    // "re-engage" written with a hyphen token between its parts.
    if (t.text === '-' && tokens[i - 1]?.norm === 're' && lemmas(tokens[i + 1]?.norm ?? '').includes('engage')) return 're-engage';
    if (t.kind !== 'word' || t.cap) break;
    if (i < start - 1 && PREPOSITIONS.has(t.norm) && t.norm !== 'to' && t.norm !== 'in') break;
    const ls = lemmas(t.norm);
    // "continued dialogue", "continuing consultations": an adjective, no verb of continuing ("a commitment to continued engagement" is no act).
    const attributive = /(?:ed|ing)$/.test(t.norm) && tokens[i + 1]?.norm !== 'to' && !/ing$/.test(tokens[i + 1]?.norm ?? '');
    if (!attributive && ls.some((l) => CONTINUING.has(l))) return tokens.slice(i + 1, start).some((w) => STANCES.has(w.norm)) ? undefined : t.norm;
    if (t.norm === 're' && tokens[i + 1]?.text === '-' && lemmas(tokens[i + 2]?.norm ?? '').includes('engage')) return 're-engage';
    // "any further talks" may never come (rule anyAct): only further talks named as such are taken for granted.
    if (t.norm === 'further' && type !== 'opposes' && tokens[i - 1]?.norm !== 'any' && onlyModifiers(tokens, i + 1, start)) return 'further';
  }
  if (type === 'opposes') return undefined;
  // "return as soon as possible to substantive discussions": "return", fillers, "to", adjectives, the cue.
  let i = start - 1;
  while (i > clause.tokenStart && i >= start - 3 && tokens[i].kind === 'word' && !tokens[i].cap && !PREPOSITIONS.has(tokens[i].norm)) i--;
  if (tokens[i]?.norm !== 'to') return undefined;
  let j = i - 1;
  while (j > clause.tokenStart && j >= i - 5 && RETURN_FILLERS.has(tokens[j].norm)) j--;
  return lemmas(tokens[j]?.norm ?? '').some((l) => RETURNING.has(l)) ? 'return to' : undefined;
}

/** Whether only lower-case words that are no preposition stand from `from` to the cue at `start` ("further direct talks"). */
function onlyModifiers(tokens: readonly Token[], from: number, start: number): boolean {
  return tokens.slice(from, start).every((t) => t.kind === 'word' && !t.cap && !PREPOSITIONS.has(t.norm));
}

/** Data: irregular past-tense forms a second predicate opens with ("and spoke with", "and met"). */
const IRREGULAR_PAST: ReadonlySet<string> = new Set(['spoke', 'met', 'held', 'said', 'told', 'took', 'made', 'gave', 'sent', 'wrote', 'led', 'brought', 'sought', 'struck', 'began', 'saw', 'went', 'came', 'won', 'fought', 'flew', 'kept', 'left', 'found', 'stood', 'had']);

/**
 * Rule `coordinatedFinite`: whether a past-tense verb after "and"/"but" stands between the modal
 * word at `modalAt` and the cue at `start` ("urged X to reconsider and spoke with Y", "encouraged
 * dialogue and hailed the recent meeting between A and B"): the cue belongs to that second
 * predicate, which the modal does not govern. The verb must be followed by what a verb takes (an
 * article, a preposition, a name or the cue itself), so "Russian and allied forces" is no verb.
 */
export function finiteAfterModal(tokens: readonly Token[], modalAt: number, start: number): boolean {
  for (let i = modalAt + 1; i < start; i++) {
    if (tokens[i].norm !== 'and' && tokens[i].norm !== 'but') continue;
    const before = tokens[i - 1];
    const verb = tokens[i + 1];
    if (!before || before.cap || before.kind !== 'word' || !verb || verb.kind !== 'word' || verb.cap) continue;
    if (!(IRREGULAR_PAST.has(verb.norm) || /[^e]ed$|ied$|eed$/.test(verb.norm) || /[a-z]{3}ed$/.test(verb.norm))) continue;
    const next = tokens[i + 2];
    if (i + 1 === start || i + 2 === start || (next && (next.cap || DETERMINERS.has(next.norm) || PREPOSITIONS.has(next.norm)))) return true;
  }
  return false;
}
