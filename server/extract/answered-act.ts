/**
 * Rule `answeredAct` (server/domain/extraction-rules.ts, EXTRACTION_RULES; stored as
 * `opposes.answeredAct`): one who answers another's hostile act — responds or reacts to it,
 * retaliates for it, resists, repels or counters it — acts against the one who did it: "Israel
 * responds to Hamas's attack", "In response to continued Houthi attacks, A and B conducted strikes",
 * "Ukraine continues to resist Russia's aggression". News often names the hostile act with its doer
 * and leaves who answers it to the verb or the clause around it; the act's own reading (the noun's
 * agent and patient) says nothing of the one answering.
 *
 * The act is a hostile cue noun whose doer is named with it (a possessor or modifier before it,
 * "by" after it); the answer word stands right before the act's phrase, over its article and
 * lower-case adjectives ("response to continued illegal and reckless Houthi attacks"). Who answers:
 * the subject of an answering verb (or the actor right before its infinitive); for "in response to
 * …" the subject of its clause, or — fronted before any actor of the sentence — the subject after
 * the phrase's comma. Nobody else: "the debate about the response to Russia's attack" names no one
 * who answers; a noun with an article ("a united response to X's attack") leaves whose response it
 * is beyond the clause; and an owned noun ("the U.S. response to the attack", "our coordinated
 * response to X's war") is mostly a policy announced, not an act against the doer: on dev it gave
 * two relations the gold does not count and none it does, so it is not read.
 */
import type { SentenceAnalysis } from './analyze';
import { subjectOf } from './args';
import { clauseIndexAt } from './clauses';
import { DETERMINERS, PREPOSITIONS } from './cues';
import type { Group } from './groups';
import { lemmas } from './lemma';
import { ANSWER_BY_LAST_WORD, type AnswerWord } from './lexicon/answer-words';
import type { CueMatch, Token } from './types';

/** Most words between the answer word (or its preposition) and the act's phrase ("continued illegal and reckless"). */
const ANSWER_WINDOW = 6;

/** Where an answer word was read: its first token, and the entry. */
interface AnswerAt {
  start: number;
  entry: AnswerWord;
}

/** The answer entry a token stands for, read with the token before it for a two-word verb ("fend off"). */
function entryAt(tokens: readonly Token[], at: number, match: (w: AnswerWord) => boolean): AnswerAt | undefined {
  const t = tokens[at];
  if (!t || t.kind !== 'word') return undefined;
  for (const lemma of [t.norm, ...lemmas(t.norm)]) {
    for (const entry of ANSWER_BY_LAST_WORD.get(lemma) ?? []) {
      if (!match(entry)) continue;
      const words = entry.word.split(' ');
      if (words.length === 1) return { start: at, entry };
      const first = tokens[at - 1];
      if (first && [first.norm, ...lemmas(first.norm)].includes(words[0])) return { start: at - 1, entry };
    }
  }
  return undefined;
}

/** The answer word before the act's phrase starting at `actStart`, over its article and lower-case words. */
function answerBefore(tokens: readonly Token[], actStart: number): AnswerAt | undefined {
  let p = actStart - 1;
  for (let skipped = 0; p >= 0 && skipped < ANSWER_WINDOW; skipped++, p--) {
    const t = tokens[p];
    const skippable = t.kind === 'word' && !t.cap && !PREPOSITIONS.has(t.norm) && !entryAt(tokens, p, (e) => e.takes === 'object');
    if (!skippable && !DETERMINERS.has(t.norm) && t.text !== ',') break;
  }
  const t = tokens[p];
  if (!t) return undefined;
  if (PREPOSITIONS.has(t.norm)) return entryAt(tokens, p - 1, (e) => e.takes === 'prep' && !!e.preps?.includes(t.norm));
  // "resisted the attack" is a verb; "the counter" is a noun.
  const found = entryAt(tokens, p, (e) => e.takes === 'object');
  return found && !DETERMINERS.has(tokens[found.start - 1]?.norm ?? '') ? found : undefined;
}

/** Who answers with the noun at `noun`: for "in response to" the subject of its clause. */
function nounAnswerer(a: SentenceAnalysis, groups: readonly Group[], noun: number, actEnd: number): Group | undefined {
  const opener = a.tokens[noun - 1]?.norm;
  if (opener !== 'in') return undefined;
  const ci = clauseIndexAt(a.clauses, noun - 1);
  if (groups.some((g) => g.tokenStart < noun - 1)) return subjectOf(a, groups, ci, noun - 1)?.group;
  // Fronted: "In response to X's attacks, the United States struck …": the subject after the phrase's comma.
  const comma = a.tokens.findIndex((t, i) => i >= actEnd && t.text === ',');
  if (comma < 0) return undefined;
  const after = clauseIndexAt(a.clauses, comma + 1);
  const s = subjectOf(a, groups, after, a.clauses[after].tokenEnd);
  return s && s.group.tokenStart > comma ? s.group : undefined;
}

/** Most tokens between an infinitive answering verb and the actor who does it ("Ukraine's resolve to resist"). */
const CONTROLLER_WINDOW = 4;

/**
 * Who answers with a verb: an infinitive's or a bare verb's doer is the actor right before it ("helping
 * Qatar resist", "Ukraine's resolve to resist", "Ukraine continues to resist"), as rule
 * `controller` reads an infinitive cue's; else the subject of the verb's clause.
 */
function verbAnswerer(a: SentenceAnalysis, groups: readonly Group[], verb: number): Group | undefined {
  const before = [...groups].reverse().find((g) => g.tokenEnd <= verb && !g.attribution);
  const gap = before ? a.tokens.slice(before.tokenEnd, verb) : [];
  const infinitive = a.tokens[verb - 1]?.norm === 'to' || gap.length === 0;
  if (before && infinitive && gap.length <= CONTROLLER_WINDOW && gap.every((t) => t.kind !== 'punct')) return before;
  return subjectOf(a, groups, clauseIndexAt(a.clauses, verb), verb)?.group;
}

/**
 * Who answers the hostile act `cue` whose doer is `doer` (rule `answeredAct`), if an answer word
 * stands right before the act's phrase; never the doer itself.
 */
export function answererOf(a: SentenceAnalysis, groups: readonly Group[], cue: CueMatch, doer: Group): Group | undefined {
  if (cue.type !== 'opposes' || cue.pos !== 'noun') return undefined;
  const actStart = doer.tokenEnd <= cue.tokenStart ? Math.min(doer.tokenStart, cue.tokenStart) : cue.tokenStart;
  const answer = answerBefore(a.tokens, actStart);
  if (!answer) return undefined;
  const answerer =
    answer.entry.pos === 'verb'
      ? verbAnswerer(a, groups, answer.start)
      : nounAnswerer(a, groups, answer.start, cue.tokenEnd);
  return answerer && answerer !== doer && !answerer.attribution ? answerer : undefined;
}
