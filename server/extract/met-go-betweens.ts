/**
 * Rule `metGoBetweens`: "Israeli negotiators met with Qatari and Egyptian mediators", "Hamas
 * officials engaged with Egyptian facilitators": news reports a side's part in mediated talks as
 * that side meeting the go-betweens. The one who meets them is a party of their mediation (never
 * their partner in talks: rule `goBetweenPartner`), and so is the other side of the talks the
 * paragraph or the document reports that party in (relations.ts, mediates). Only a noun of a
 * go-between as a person ("mediators", not "mediation") right after a verb of meeting: "met with
 * Qatar's mediation team" names no go-between met.
 */
import { subjectOf } from './args';
import type { Group } from './groups';
import { namedAsGoBetween } from './helper-phrase';
import { assessInClause } from './negation';
import { lemmas } from './lemma';
import { MEDIATOR_NOUNS } from './lexicon/mediation-constructions';
import type { SentenceAnalysis } from './analyze';
import { clauseIndexAt } from './clauses';
import type { CueMatch } from './types';

/** Most tokens between the one who meets and the "to" of an infinitive of meeting ("authorized his negotiators to engage with"). */
const DOER_WINDOW = 2;

/** Articles and words of number a group of go-betweens may open with ("the Qatari mediators", "two Egyptian mediators"). */
const OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'two', 'three', 'several', 'senior', 'top']);

/** Who meets go-betweens: their group, and how far the meeting is a fact. */
export interface MetBy {
  group: Group;
  factor: number;
}

/**
 * The side that meets the go-betweens a mediation noun names (`goBetweens`, its actors right before
 * the noun): the subject of a verb of talks whose object, over "with" and an article, they are, with
 * how far that verb states a fact ("offered to meet with Egyptian mediators" is an intention: the
 * mediation noun's own clause does not say so). Undefined when no such verb stands right before them,
 * the verb is denied, or the subject is go-betweens too ("Qatari mediators met with Egyptian mediators").
 */
export function goBetweensMetBy(a: SentenceAnalysis, groups: readonly Group[], cue: CueMatch, goBetweens: Group): MetBy | undefined {
  if (cue.pos !== 'noun' || !lemmas(a.tokens[cue.tokenStart].norm).some((l) => MEDIATOR_NOUNS.has(l))) return undefined;
  // The go-betweens' names end right before the noun ("Qatari and Egyptian mediators").
  const last = goBetweens.members.reduce((e, m) => Math.max(e, m.tokenEnd), goBetweens.tokenStart);
  if (last !== cue.tokenStart) return undefined;
  let lead = goBetweens.tokenStart;
  while (lead > 0 && OPENERS.has(a.tokens[lead - 1].norm)) lead--;
  if (a.tokens[lead - 1]?.norm === 'with' && !a.cues.some((c) => c.tokenEnd === lead)) lead--;
  const talks = a.cues.find((c) => c.type === 'negotiates' && c.pos === 'verb' && !c.passive && c.tokenEnd === lead);
  if (!talks) return undefined;
  const ci = clauseIndexAt(a.clauses, talks.tokenStart);
  // "authorized his negotiators to engage with …": an infinitive's doer is the actor right before its "to", not the clause's subject who authorizes.
  const to = a.tokens[talks.tokenStart - 1]?.norm === 'to' ? talks.tokenStart - 1 : undefined;
  const doer = to === undefined ? undefined : [...groups].reverse().find((g) => g.tokenEnd <= to && g.tokenEnd >= to - DOER_WINDOW && !g.governor && !g.attribution);
  const met = doer ?? subjectOf(a, groups, ci, talks.tokenStart)?.group;
  const mine = new Set(goBetweens.members.map((m) => m.actorId));
  if (!met || met.members.some((m) => mine.has(m.actorId)) || namedAsGoBetween(a.tokens, met)) return undefined;
  // "the Prime Minister's decision to authorize his negotiators": a possessive pronoun between two leaders is too often read as the wrong one (the one who welcomes the decision).
  if (met.members.every((m) => m.via === 'pronoun')) return undefined;
  const q = assessInClause(a.tokens, a.clauses, ci, talks.tokenStart, talks.tokenEnd, 'negotiates');
  return q.negated ? undefined : { group: met, factor: q.factor };
}
