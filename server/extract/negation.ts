/**
 * Negation and hedging of a cue. Negation ("did not", "refused to", "denied") in the cue's clause
 * before the cue, or a denial governing the clause, drops the relation; hedges ("may",
 * "reportedly", "unclear whether", a conditional "if") anywhere in the clause lower confidence.
 */
import type { RelationType } from '../domain/types';
import { lemmas } from './lemma';
import type { Clause, Token } from './types';

/** Data: single words that negate what follows them in a clause. */
const NEGATORS = new Set(['not', 'never', 'no', 'neither', 'nor', 'without', 'hardly', 'nobody', 'none']);
/** Data: verbs that negate the act they govern ("refused to negotiate", "ruled out talks"). */
const NEGATING_VERBS = ['refuse', 'decline', 'deny', 'rule out', 'call off', 'break off', 'halt', 'suspend', 'cancel', 'fail', 'abandon', 'reject', 'avoid', 'postpone', 'shun', 'stop'];
/** Data: adjectives of reluctance ("hesitant to engage"). */
const RELUCTANT = new Set(['hesitant', 'reluctant', 'unwilling', 'unable']);
/** Data: hedges, one word each, and two-word hedges written with a space. */
const HEDGES = new Set([
  'may', 'might', 'could', 'would', 'reportedly', 'allegedly', 'possibly', 'possible', 'perhaps',
  'probably', 'likely', 'potential', 'potentially', 'rumored', 'rumoured', 'unconfirmed', 'apparently',
  'seemingly', 'appears', 'seems', 'speculation', 'unclear', 'uncertain', 'if', 'whether', 'unless',
  'purportedly', 'supposedly', 'believed', 'expected',
]);
/** "not only ... but also" is not a negation. */
const NOT_ONLY = /^(?:only|just|least)$/;

export interface Assessment {
  negated: boolean;
  /** Hedge words found, each lowering confidence. */
  hedges: string[];
  /** Multiplier in (0, 1]. */
  factor: number;
}

function isNegatingVerb(tokens: readonly Token[], i: number, type: RelationType): boolean {
  const t = tokens[i];
  const ls = lemmas(t.norm);
  for (const v of NEGATING_VERBS) {
    const [w, particle] = v.split(' ');
    if (!ls.includes(w)) continue;
    if (particle && tokens[i + 1]?.norm !== particle) continue;
    // "rejected" is itself opposition; it negates only talks and mediation.
    if (w === 'reject' && type === 'opposes') continue;
    return true;
  }
  return false;
}

/**
 * How a cue at tokens [start, end) of `clause` is qualified. `before` is the clause that
 * introduced this one (a denial there — "denied that ..." — negates it too).
 */
export function assess(tokens: readonly Token[], clause: Clause, start: number, end: number, type: RelationType, before?: Clause): Assessment {
  // Negations cancel in pairs: "has not stopped attacking" is an attack.
  let negations = 0;
  for (let i = clause.tokenStart; i < start; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    if (NEGATORS.has(t.norm) && !NOT_ONLY.test(tokens[i + 1]?.norm ?? '')) negations++;
    else if (RELUCTANT.has(t.norm) || isNegatingVerb(tokens, i, type)) negations++;
  }
  let negated = negations % 2 === 1;
  if (before && clause.kind !== 'hard') {
    // The verb right before a complement clause: "denied that", "ruled out that".
    for (let i = Math.max(before.tokenStart, clause.tokenStart - 3); i < clause.tokenStart; i++) {
      if (tokens[i].kind === 'word' && lemmas(tokens[i].norm).includes('deny')) negated = !negated;
    }
  }
  const hedges: string[] = [];
  for (let i = clause.tokenStart; i < clause.tokenEnd; i++) {
    const n = tokens[i].norm;
    if (i >= start && i < end) continue;
    if (HEDGES.has(n) && !hedges.includes(n)) hedges.push(n);
  }
  const factor = Math.pow(0.8, Math.min(3, hedges.length));
  return { negated, hedges, factor };
}
