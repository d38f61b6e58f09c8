/**
 * Mediation told by what a third side does to two others, not by a word of mediation (issue #12,
 * branch med8; rules `settlementBroker`, `acceptedProposal`, `invitedPair`, `broughtTogether`,
 * `helpedPair`, `mediatorApposition` of
 * server/domain/extraction-rules.ts). Each construction is general English usage, written from
 * made-up examples (test/extract/mediation-constructions.test.ts); its words are data in
 * lexicon/mediation-constructions.ts. A mediator is never one of the parties nor of a party's side,
 * and the act keeps the modality of its verb (negation.ts: "hopes to secure a truce" is no fact).
 */
import type { SentenceAnalysis } from './analyze';
import { subjectOf } from './args';
import { clauseIndexAt } from './clauses';
import { BE_FORMS, DETERMINERS, PREPOSITIONS } from './cues';
import { ids, type Group } from './groups';
import { lemmas } from './lemma';
import { ACCEPTING_VERBS, AUTHORING_PARTICIPLES, BACKING_VERBS, BRINGING_VERBS, BROKERING_VERBS, HELPING_VERBS, INVITED_PREPS, INVITING_VERBS, MEDIATOR_NOUNS, PROPOSAL_NOUNS, PURSUIT_NOUNS, SETTLING_VERBS, TABLE_WORDS } from './lexicon/mediation-constructions';
import { warEnders } from './ending-war';
import { effortOwner, emit } from './mediation-emit';
import type { Candidate, DocContext } from './relations';
import type { Mention, Token } from './types';

/** What a pair borrowed from the document keeps of the confidence (CONF.mediationDocPair / CONF.mediationPair in relations.ts). */
const DOC_PAIR_FACTOR = 0.65 / 0.8;
/** Most words (determiners, adjectives) between a brokering verb and the settlement noun ("secured a fragile new ceasefire"). */
const BROKER_WINDOW = 4;
/** Most tokens between a verb of accepting and the proposal noun ("accepted the revised Egyptian proposal"). */
const PROPOSAL_WINDOW = 6;
/** Most tokens between a proposal noun and the "by" naming its author ("a plan put forward by X"). */
const AUTHOR_WINDOW = 4;
/** Most tokens between "to" and the talks noun two sides are invited to ("to a new round of talks"). */
const INVITED_WINDOW = 5;

/** Words before the verb of a relative clause on a settlement ("the truce Egypt had helped to negotiate"), and how many. */
const RELATIVE_AUX: ReadonlySet<string> = new Set(['had', 'has', 'have', 'helped', 'help', 'to']);
const RELATIVE_AUXILIARIES = 3;

const isVerb = (t: Token | undefined, verbs: ReadonlySet<string>): boolean => !!t && t.kind === 'word' && !t.cap && lemmas(t.norm).some((l) => verbs.has(l));

/**
 * Rule `settlementBroker`: "Egypt negotiated a truce between A and B", "Qatar helped secure a
 * ceasefire between A and B", "was instrumental in securing a truce between A and B": the subject
 * of a verb of bringing about, whose object is a negotiation noun naming its pair with "between",
 * mediates between that pair.
 */
function settlementBrokers(a: SentenceAnalysis, groups: readonly Group[], ctx: DocContext): Candidate[] {
  const out: Candidate[] = [];
  for (const c of a.cues) {
    if (c.type !== 'negotiates' || c.pos !== 'noun') continue;
    const relative = brokerInRelative(a, groups, c.tokenEnd);
    if (relative) {
      out.push(...emit(a, ctx, relative.verb, relative.broker, relative.pair, 'settlementBroker', a.tokens[relative.verb].norm));
      continue;
    }
    if (!['between', 'among'].includes(a.tokens[c.tokenEnd]?.norm ?? '')) continue;
    const pair = groups.find((g) => g.governorAt === c.tokenEnd && ids(g).length === 2);
    if (!pair) continue;
    let v = c.tokenStart - 1;
    while (v >= 0 && c.tokenStart - v <= BROKER_WINDOW && a.tokens[v].kind === 'word' && !PREPOSITIONS.has(a.tokens[v].norm) && !isVerb(a.tokens[v], BROKERING_VERBS)) v--;
    // Rule `pursuedSettlement`: "the pursuit of a peace agreement between A and B": the noun of the verb, with "of".
    if (v > 0 && a.tokens[v].norm === 'of' && PURSUIT_NOUNS.has(a.tokens[v - 1].norm)) v--;
    else if (v < 0 || !isVerb(a.tokens[v], BROKERING_VERBS)) continue;
    // Rule `effortOwner`: "Qatar's assistance in helping to secure the truce between A and B": the
    // owner of the effort the verb completes is its doer, before any subject of the clause.
    const broker = effortOwner(a, groups, v) ?? subjectOf(a, groups, clauseIndexAt(a.clauses, v), v)?.group;
    if (broker) out.push(...emit(a, ctx, v, broker, pair, 'settlementBroker', a.tokens[v].norm));
  }
  return out;
}

/**
 * Rule `settlementBroker` in a relative clause on the settlement: "the truce (that) Egypt negotiated
 * between A and B": right after the noun, the broker, a brokering verb and the pair with "between".
 */
function brokerInRelative(a: SentenceAnalysis, groups: readonly Group[], after: number): { broker: Group; verb: number; pair: Group } | undefined {
  const at = ['that', 'which'].includes(a.tokens[after]?.norm ?? '') ? after + 1 : after;
  const broker = groups.find((g) => g.tokenStart === at && !g.governor && !g.attribution);
  if (!broker) return undefined;
  // Auxiliaries and "helped" before the verb: "the truce Egypt had helped negotiate between A and B".
  let verb = broker.tokenEnd;
  while (verb < broker.tokenEnd + RELATIVE_AUXILIARIES && RELATIVE_AUX.has(a.tokens[verb]?.norm ?? '') && a.tokens[verb + 1]?.norm !== 'between') verb++;
  if (!isVerb(a.tokens[verb], BROKERING_VERBS) || a.tokens[verb + 1]?.norm !== 'between') return undefined;
  const pair = groups.find((g) => g.governorAt === verb + 1 && ids(g).length === 2);
  return pair && { broker, verb, pair };
}

/**
 * Rule `acceptedProposal`: "A and B accepted Egypt's proposal", "A and B endorsed a plan put forward
 * by X": two sides that accept a third side's proposal took it as their go-between's.
 */
function acceptedProposals(a: SentenceAnalysis, groups: readonly Group[], ctx: DocContext): Candidate[] {
  const out: Candidate[] = [];
  a.tokens.forEach((t, v) => {
    // Rule `sidesBackProposal`: "A and B expressed support for the U.S. proposal of a ceasefire", only A and B at odds.
    const backing = !isVerb(t, ACCEPTING_VERBS) && isVerb(t, BACKING_VERBS);
    if (!isVerb(t, ACCEPTING_VERBS) && !backing) return;
    // "agreed to / on a plan": "agree" only with its preposition.
    if (lemmas(t.norm).includes('agree') && !['to', 'on', 'upon'].includes(a.tokens[v + 1]?.norm ?? '')) return;
    if (BE_FORMS.has(a.tokens[v - 1]?.norm ?? '')) {
      if (backing) return;
      // The passive: "the Egyptian proposal was accepted by A and B": the noun and its author before the verb.
      const clause = a.clauses[clauseIndexAt(a.clauses, v)];
      const noun = a.tokens.slice(clause.tokenStart, v).findIndex((x) => PROPOSAL_NOUNS.has(x.norm));
      const pair = groups.find((g) => g.governor === 'by' && g.governorAt === v + 1 && ids(g).length === 2);
      const author = noun < 0 ? undefined : groups.find((g) => g.tokenStart >= clause.tokenStart && g.tokenEnd <= clause.tokenStart + noun && !g.governor);
      if (pair && author) out.push(...emit(a, ctx, v, author, pair, 'acceptedProposal', t.norm));
      return;
    }
    let n = v + 1;
    while (n < a.tokens.length && n - v <= PROPOSAL_WINDOW && !PROPOSAL_NOUNS.has(a.tokens[n].norm) && a.tokens[n].text !== ',') n++;
    if (!PROPOSAL_NOUNS.has(a.tokens[n]?.norm ?? '')) return;
    const subject = subjectOf(a, groups, clauseIndexAt(a.clauses, v), v)?.group;
    if (!subject || ids(subject).length !== 2 || (backing && !atOdds(ids(subject), ctx))) return;
    // The author before the noun ("Egypt's proposal", "an Egyptian plan"), or after it with "by" ("a plan put forward by X").
    const before = groups.find((g) => g.tokenStart > v && g.tokenEnd <= n && !g.governor);
    const by = groups.find((g) => g.governor === 'by' && g.governorAt !== undefined && g.governorAt > n && g.governorAt - n <= AUTHOR_WINDOW && a.tokens.slice(n + 1, g.governorAt).every((x) => AUTHORING_PARTICIPLES.has(x.norm)));
    const author = before ?? by;
    // "China's plan for Ukraine": a plan about a named side is that side's settlement, not the acceptors'.
    if (groups.some((g) => g.governorAt === n + 1 && ['for', 'on'].includes(g.governor ?? ''))) return;
    if (author) out.push(...emit(a, ctx, v, author, subject, 'acceptedProposal', t.norm));
  });
  return out;
}

/** Rule `sidesBackProposal`: the two are the two sides of the document's talks, of its conflict or of the paragraph's last hostility. */
function atOdds(pair: readonly string[], ctx: DocContext): boolean {
  const sides = new Set(pair.map((id) => ctx.side(id)));
  return sides.size === 2 && [ctx.pair, ctx.conflict, ctx.recentFoes].some((p) => !!p && ctx.side(p[0]) !== ctx.side(p[1]) && p.every((id) => sides.has(ctx.side(id))));
}

/** Whether a negotiation noun cue starts within `window` tokens after `from`. */
function talksAfter(a: SentenceAnalysis, from: number, window: number): boolean {
  return a.cues.some((c) => c.type === 'negotiates' && c.pos === 'noun' && c.tokenStart >= from && c.tokenStart - from <= window);
}

/**
 * Rule `invitedPair`: "Qatar invited A and B to talks in Doha", "France invited A and B to a
 * summit": the one who invites two others to talks mediates between them. Active verbs only.
 */
function invitedPairs(a: SentenceAnalysis, groups: readonly Group[], ctx: DocContext): Candidate[] {
  const out: Candidate[] = [];
  a.tokens.forEach((t, v) => {
    if (!isVerb(t, INVITING_VERBS) || BE_FORMS.has(a.tokens[v - 1]?.norm ?? '')) return;
    // "invited (both) A and B to talks", "to Cairo for talks".
    const start = a.tokens[v + 1]?.norm === 'both' ? v + 2 : v + 1;
    const pair = groups.find((g) => g.tokenStart === start && !g.governor && ids(g).length === 2);
    if (!pair || !INVITED_PREPS.has(a.tokens[pair.tokenEnd]?.norm ?? '') || !talksAfter(a, pair.tokenEnd + 1, INVITED_WINDOW)) return;
    const subject = subjectOf(a, groups, clauseIndexAt(a.clauses, v), v)?.group;
    if (subject) out.push(...emit(a, ctx, v, subject, pair, 'invitedPair', t.norm));
  });
  return out;
}

/** Whether the tokens at `i` say "together" or "to the (negotiating) table". */
function togetherAt(tokens: readonly Token[], i: number): boolean {
  if (TABLE_WORDS.has(tokens[i]?.norm ?? '')) return true;
  if (tokens[i]?.norm !== 'to') return false;
  for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
    if (TABLE_WORDS.has(tokens[k].norm)) return true;
    if (!DETERMINERS.has(tokens[k].norm) && !/ing$/.test(tokens[k].norm)) return false;
  }
  return false;
}

/**
 * Rule `broughtTogether`: "X brought A and B together", "X brought together A and B", "X brought
 * A and B to the negotiating table", "A and B were brought together by X".
 */
function broughtTogether(a: SentenceAnalysis, groups: readonly Group[], ctx: DocContext): Candidate[] {
  const out: Candidate[] = [];
  a.tokens.forEach((t, v) => {
    if (!isVerb(t, BRINGING_VERBS)) return;
    if (BE_FORMS.has(a.tokens[v - 1]?.norm ?? '')) {
      // The passive: the pair is the subject, the agent comes with "by" after "together".
      if (!togetherAt(a.tokens, v + 1)) return;
      const pair = subjectOf(a, groups, clauseIndexAt(a.clauses, v), v)?.group;
      const agent = groups.find((g) => g.governor === 'by' && g.governorAt !== undefined && g.governorAt > v && g.governorAt - v <= 5);
      if (pair && agent && ids(pair).length === 2) out.push(...emit(a, ctx, v, agent, pair, 'broughtTogether', t.norm));
      return;
    }
    const front = a.tokens[v + 1]?.norm === 'together';
    const pair = groups.find((g) => g.tokenStart === v + (front ? 2 : 1) && !g.governor && ids(g).length === 2);
    if (!pair || (!front && !togetherAt(a.tokens, pair.tokenEnd))) return;
    const subject = subjectOf(a, groups, clauseIndexAt(a.clauses, v), v)?.group;
    if (subject) out.push(...emit(a, ctx, v, subject, pair, 'broughtTogether', t.norm));
  });
  return out;
}

/**
 * Rule `helpedPair`: "China helped Saudi Arabia and Iran restore ties", "helped A and B to reach a
 * deal": the one who helps two sides settle mediates between them.
 */
function helpedPairs(a: SentenceAnalysis, groups: readonly Group[], ctx: DocContext): Candidate[] {
  const out: Candidate[] = [];
  a.tokens.forEach((t, v) => {
    if (!isVerb(t, HELPING_VERBS) || BE_FORMS.has(a.tokens[v - 1]?.norm ?? '')) return;
    const pair = groups.find((g) => g.tokenStart === v + 1 && !g.governor && ids(g).length === 2);
    if (!pair) return;
    const verb = a.tokens[pair.tokenEnd]?.norm === 'to' ? pair.tokenEnd + 1 : pair.tokenEnd;
    if (!isVerb(a.tokens[verb], SETTLING_VERBS)) return;
    const subject = subjectOf(a, groups, clauseIndexAt(a.clauses, v), v)?.group;
    if (subject) out.push(...emit(a, ctx, v, subject, pair, 'helpedPair', t.norm));
  });
  return out;
}

/**
 * Rule `mediatorApposition`: "Mediators Egypt and Qatar said A and B had agreed …", "the mediators,
 * Egypt and Qatar, said …": the names right after a noun of a go-between are the go-betweens, and
 * the first pair named after them the parties.
 */
function mediatorAppositions(a: SentenceAnalysis, groups: readonly Group[], ctx: DocContext): Candidate[] {
  const out: Candidate[] = [];
  for (const c of a.cues) {
    if (c.type !== 'mediates' || c.pos !== 'noun' || !MEDIATOR_NOUNS.has(c.phrase)) continue;
    const at = a.tokens[c.tokenEnd]?.text === ',' ? c.tokenEnd + 1 : c.tokenEnd;
    const named = groups.find((g) => g.tokenStart === at && !g.governor && !g.attribution);
    if (!named) continue;
    const pair = groups.find((g) => g.tokenStart >= named.tokenEnd && !g.attribution && ids(g).length === 2 && (!g.governor || g.governor === 'between'));
    if (pair) out.push(...emit(a, ctx, c.tokenStart, named, pair, 'mediatorApposition', a.tokens[c.tokenStart].norm));
    else if (ctx.mediatedSides) {
      // No pair named after them: the pair the document's talks are about, as rule `mediationDocPair`
      // borrows it (rule `docPairOfSides`: its sides), at its lower confidence; the spans of a party the sentence does not name are empty at its start.
      const s = a.sentence.start;
      const borrowed: Mention[] = ctx.mediatedSides.map((actorId) => ({ actorId, start: s, end: s, text: '', tokenStart: 0, tokenEnd: 0, via: 'pronoun', possessive: false, confidence: DOC_PAIR_FACTOR }));
      out.push(...emit(a, ctx, c.tokenStart, named, borrowed, 'mediatorApposition', a.tokens[c.tokenStart].norm));
    }
  }
  return out;
}

/**
 * Mediation a third side's act states between two others, leaving out any pair the sentence's cues
 * already read (the same mediator and party: "accepted an Egyptian proposal for a truce").
 */
export function thirdPartyMediation(a: SentenceAnalysis, groups: readonly Group[], ctx: DocContext, read: readonly Candidate[]): Candidate[] {
  // The rules that scan every token for their verb or noun each want a group of two actors (the
  // pair, or the two that accept a proposal): without one, a sentence is not scanned (most are not).
  const paired = groups.some((g) => ids(g).length === 2);
  const scanned = (rule: (a: SentenceAnalysis, groups: readonly Group[], ctx: DocContext) => Candidate[]): Candidate[] => (paired ? rule(a, groups, ctx) : []);
  const found = [...settlementBrokers(a, groups, ctx), ...scanned(acceptedProposals), ...scanned(invitedPairs), ...scanned(broughtTogether), ...scanned(helpedPairs), ...mediatorAppositions(a, groups, ctx), ...scanned(warEnders)];
  const seen = new Set(read.filter((c) => c.type === 'mediates').map((c) => `${c.source}\u0000${c.target}`));
  return found.filter((c) => {
    const key = `${c.source}\u0000${c.target}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
