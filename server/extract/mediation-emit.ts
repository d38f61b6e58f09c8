/**
 * What the third-party mediation rules share (third-party-mediation.ts, ending-war.ts): each rule's
 * base confidence, the emitter that turns a mediator and a pair into candidates, and rule
 * `effortOwner`, who did the effort a brokering verb completes. Kept apart so neither rule module
 * imports the other.
 */
import type { ExtractionRuleName } from '../domain/extraction-rules';
import type { SentenceAnalysis } from './analyze';
import { clauseIndexAt } from './clauses';
import type { Group } from './groups';
import { lemmas } from './lemma';
import { CREDIT_NOUNS } from './lexicon/credited-achievements';
import { EFFORT_LINKS, HELPING_VERBS } from './lexicon/mediation-constructions';
import { assessInClause, marksOf } from './negation';
import type { Candidate, DocContext } from './relations';
import { sharesSide } from './sides';
import type { Mention, Token } from './types';

/** Data: base confidence of each rule, as CONF in relations.ts gives the others. */
export const THIRD_PARTY_CONF: Readonly<Record<'settlementBroker' | 'acceptedProposal' | 'invitedPair' | 'broughtTogether' | 'helpedPair' | 'mediatorApposition', number>> = {
  settlementBroker: 0.8,
  acceptedProposal: 0.75,
  invitedPair: 0.75,
  broughtTogether: 0.8,
  helpedPair: 0.8,
  mediatorApposition: 0.8,
};
export type ThirdPartyRule = keyof typeof THIRD_PARTY_CONF & ExtractionRuleName;

/** Most linking words between an effort noun and the brokering verb it names ("assistance in helping to secure"). */
const EFFORT_LINK_WINDOW = 4;

/** The mediator → each party, unless the mediator is a party or of a party's side. */
export function emit(a: SentenceAnalysis, ctx: DocContext, at: number, mediator: Group, parties: Group | Mention[], rule: ThirdPartyRule, cue: string): Candidate[] {
  const ci = clauseIndexAt(a.clauses, at);
  const q = assessInClause(a.tokens, a.clauses, ci, at, at + 1, 'mediates');
  if (q.negated || mediator.attribution) return [];
  const members = Array.isArray(parties) ? parties : parties.members;
  const partyIds = [...new Set(members.map((m) => m.actorId))];
  if (partyIds.length !== 2) return [];
  if (sharesSide((id) => ctx.side(id), partyIds, mediator.members.map((m) => m.actorId))) return [];
  const between: [string, string] = [partyIds[0], partyIds[1]];
  const t = a.tokens[at];
  const out: Candidate[] = [];
  for (const m of mediator.members) {
    for (const id of partyIds) {
      if (out.some((c) => c.source === m.actorId && c.target === id)) continue;
      const p = members.find((x) => x.actorId === id)!;
      const confidence = Math.min(1, THIRD_PARTY_CONF[rule] * mediator.confidence * m.confidence * p.confidence * q.factor);
      out.push({ source: m.actorId, target: id, type: 'mediates', between, confidence, sentence: a.sentence, cue, rule: `mediates.${rule}`, spans: { cue: [t.start, t.end], source: [m.start, m.end], target: [p.start, p.end] }, marks: marksOf(q) });
    }
  }
  return out;
}

/**
 * Rule `effortOwner`: a brokering verb that completes a noun of someone's effort ("Qatar's
 * assistance in helping to secure", "Egyptian efforts to negotiate", "Oman's role in arranging")
 * is done by the owner of that noun, a name (possessive or adjective) right before it; the subject
 * of the clause ("the Secretary thanked the minister for …") only thanks or praises it.
 */
export function effortOwner(a: SentenceAnalysis, groups: readonly Group[], verb: number): Group | undefined {
  let n = verb - 1;
  const link = (t: Token): boolean => EFFORT_LINKS.has(t.norm) || lemmas(t.norm).some((l) => HELPING_VERBS.has(l));
  while (n >= 0 && verb - n <= EFFORT_LINK_WINDOW && link(a.tokens[n])) n--;
  if (n === verb - 1 || !CREDIT_NOUNS.has(a.tokens[n]?.norm ?? '')) return undefined;
  // The owner ends right before the noun, or before its possessive "'s"; a preposition before it
  // ("thanked him for Qatar's assistance") governs the noun phrase, not the owner.
  const end = a.tokens[n - 1]?.kind === 'possessive' ? n - 1 : n;
  return groups.find((g) => (g.tokenEnd === end || g.members[g.members.length - 1].tokenEnd === end) && !g.attribution);
}
