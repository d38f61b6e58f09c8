/**
 * Rule `endingWarBetween`: "Egypt helped end the war between A and B", "efforts by Qatar to resolve
 * the conflict between A and B", "Egypt's efforts to negotiate an end to the fighting between A and
 * B": one who ends, or brings about the end of, a war named with its two sides is their go-between,
 * as one who brokers a truce between them is (rule `settlementBroker`, third-party-mediation.ts,
 * whose reading and modality it shares: "wants to end the war" is no fact). Never one of the sides
 * ("Ukraine vowed to end the war between Russia and Ukraine"); not "an end" called for ("called for
 * an end to the war between A and B": no verb of bringing about before it).
 */
import type { SentenceAnalysis } from './analyze';
import { subjectOf } from './args';
import { clauseIndexAt } from './clauses';
import { DETERMINERS } from './cues';
import { ids, type Group } from './groups';
import { lemmas } from './lemma';
import { BROKERING_VERBS, ENDING_VERBS, WAR_NOUNS } from './lexicon/mediation-constructions';
import type { Candidate, DocContext } from './relations';
import { effortOwner, emit } from './mediation-emit';
import type { Token } from './types';

/** Most words (articles, adjectives) between the verb, or "an end to", and the war noun ("end the long and bloody war"). */
const WAR_WINDOW = 4;

const isWord = (t: Token | undefined, words: ReadonlySet<string>): boolean => !!t && t.kind === 'word' && !t.cap && lemmas(t.norm).some((l) => words.has(l));

/** The verb that ends the war noun at `noun`: "end the war", or a verb of bringing about before "an end to the war"; its index or undefined. */
function endingVerb(tokens: readonly Token[], noun: number): number | undefined {
  let v = noun - 1;
  while (v >= 0 && noun - v <= WAR_WINDOW && tokens[v].kind === 'word' && !isWord(tokens[v], ENDING_VERBS) && tokens[v].norm !== 'to') v--;
  if (v < 0) return undefined;
  // "end the war": the verb, not the noun "an end", "the end".
  if (isWord(tokens[v], ENDING_VERBS)) return DETERMINERS.has(tokens[v - 1]?.norm ?? '') ? undefined : v;
  // "negotiate an end to the war", "secured an end to the fighting".
  if (tokens[v].norm !== 'to' || tokens[v - 1]?.norm !== 'end' || !DETERMINERS.has(tokens[v - 2]?.norm ?? '')) return undefined;
  return isWord(tokens[v - 3], BROKERING_VERBS) ? v - 3 : undefined;
}

export function warEnders(a: SentenceAnalysis, groups: readonly Group[], ctx: DocContext): Candidate[] {
  const out: Candidate[] = [];
  a.tokens.forEach((t, noun) => {
    if (!isWord(t, WAR_NOUNS) || !['between', 'among'].includes(a.tokens[noun + 1]?.norm ?? '')) return;
    const pair = groups.find((g) => g.governorAt === noun + 1 && ids(g).length === 2);
    const verb = pair && endingVerb(a.tokens, noun);
    if (!pair || verb === undefined) return;
    // "efforts by X to end …": the actor named with "by" right after the effort noun.
    const ender = effortOwner(a, groups, verb) ?? byOwner(a, groups, verb) ?? subjectOf(a, groups, clauseIndexAt(a.clauses, verb), verb)?.group;
    if (ender) out.push(...emit(a, ctx, verb, ender, pair, 'settlementBroker', a.tokens[verb].norm));
  });
  return out;
}

/** "the efforts by Qatar to end …": the group after "by" that ends right before the infinitive's "to". */
function byOwner(a: SentenceAnalysis, groups: readonly Group[], verb: number): Group | undefined {
  let to = verb - 1;
  if (a.tokens[to]?.norm !== 'to') to = a.tokens[to - 1]?.norm === 'to' ? to - 1 : -1;
  if (to < 0) return undefined;
  return groups.find((g) => g.tokenEnd === to && g.governor === 'by' && !g.attribution);
}
