/**
 * Relation extraction: article text + gazetteer → relations with evidence. Pure: no I/O, and
 * the same input always gives the same output.
 *
 * Two passes over one analysis: the first finds explicit relations, from which the document's
 * negotiating pair is taken; the second may use that pair (mediators named without the parties,
 * "they" in quoted speech).
 */
import type { Actor } from '../domain/types';
import { affiliationChain, ledBody } from './affiliation';
import { analyzeDocument, type DocumentAnalysis } from './analyze';
import { namesAttack } from './attribution';
import { conflictPair, documentPair, makeContext } from './context';
import { watchContext } from './context-reads';
import { formerHolderOpposes } from './former-holder';
import { buildMatcher, extendMatcher, type Matcher } from './gazetteer';
import { contactBothSides, hostileSides } from './both-sides';
import { negotiationPartners } from './counterparts';
import { twoPeopleNamed } from './people-pair';
import { dropMultilateralPairs } from './multilateral';
import { GazetteerSnapshot } from './gazetteer-snapshot';
import { touchesReference, withReference } from './reference';
import { sentenceRelations, type Candidate, type DocContext } from './relations';
import { buildRoleIndex, type RoleIndex } from './titles';
import { toRelations } from './to-relations';
import type { CueMatch, ExtractionOptions, ExtractionResult, Gazetteer, Sentence } from './types';

export { corroborate } from './corroborate';
export { rollUpToStates, relationKey } from './rollup';
export { splitSentences } from './sentences';
export { toRelations } from './to-relations';
export type * from './types';
export type { Candidate } from './relations';
export type { DocumentAnalysis, SentenceAnalysis } from './analyze';

/**
 * Rule `middleInitialAlias`: a person discovered with middle initials ("Antony J. Blinken") is also
 * known by the name without them ("Antony Blinken"), as a store or another text names them.
 */
function withShortName(a: Actor): Actor {
  if (a.kind !== 'person') return a;
  const words = a.name.split(/\s+/);
  const kept = words.filter((w, i) => i === 0 || i === words.length - 1 || !/^\p{Lu}\.$/u.test(w)).join(' ');
  return words.length > 2 && kept !== a.name && !a.aliases.includes(kept) ? { ...a, aliases: [...a.aliases, kept] } : a;
}

/** Confidence kept when a leader's act is credited to the body they head. */
const LEADER_FACTOR = 0.9;

interface Prepared {
  /** The actors it was built from (their identities; actors are values). */
  built: readonly Actor[];
  /** Content key of `built`, computed only when another list arrives. */
  signature?: string;
  matcher: Matcher;
  roles: RoleIndex;
  /** Reference actors (states, international bodies) the gazetteer lacks. */
  added: ReadonlySet<string>;
}

/** The last gazetteer's matcher, and the list it was last used for. */
let prepared: Prepared | undefined;
const lastSeen = new GazetteerSnapshot();

/** What the matcher depends on, to recognise another list holding the same actors (a copy, a reloaded store). */
function signature(gazetteer: Gazetteer): string {
  return gazetteer.map((a) => `${a.id}\u0001${a.name}\u0001${a.kind}\u0001${a.affiliation ?? ''}\u0001${a.role ?? ''}\u0001${a.provisional ? 1 : 0}\u0001${a.aliases.join('\u0002')}`).join('\u0000');
}

/**
 * Matcher and role index, built once per gazetteer (many documents share them). The same list
 * unchanged costs an identity check, not a pass over the names; actors appended to it are added to
 * the matcher when that gives what a rebuild would; another list is compared by content, so an
 * equal copy reuses the matcher too.
 */
function prepare(gazetteer: Gazetteer): Prepared {
  const appended = prepared && lastSeen.appendedSince(gazetteer);
  if (prepared && appended) {
    if (!appended.length) return prepared;
    if (!appended.some(touchesReference) && extendMatcher(prepared.matcher, appended.map((a) => ({ ...a, aliases: [...a.aliases] })))) {
      // The role index depends on affiliations the newcomers may complete: rebuilt (people with roles only).
      prepared = { built: [...gazetteer], matcher: prepared.matcher, roles: buildRoleIndex(prepared.matcher), added: prepared.added };
      lastSeen.record(gazetteer);
      return prepared;
    }
  } else if (prepared && (prepared.signature ??= signature(prepared.built)) === signature(gazetteer)) {
    lastSeen.record(gazetteer);
    return prepared;
  }
  const layer = withReference(gazetteer);
  const matcher = buildMatcher(layer.actors, [], layer.metonyms);
  prepared = { built: [...gazetteer], matcher, roles: buildRoleIndex(matcher), added: layer.added };
  lastSeen.record(gazetteer);
  return prepared;
}

/**
 * What the two passes' contexts hold alike: functions of the document's actors, whether the
 * sentence before names an attack, and no listener of drops (a trace, which has one in its second
 * pass only, takes nothing from the first).
 */
const SHARED_CONTEXT: ReadonlySet<PropertyKey> = new Set<keyof DocContext>(['side', 'isPerson', 'isState', 'attackBefore', 'peopleBefore', 'onDropped']);

/** The first pass's relations of each sentence, and whether each read nothing but SHARED_CONTEXT of its context (context-reads.ts). */
interface FirstPass {
  found: Candidate[][];
  shared: boolean[];
}

/**
 * Relations of every sentence. "Both sides", "the parties" stand for the two parties of the last
 * negotiation reported earlier in the same paragraph, then the document's pair, then the sides of
 * the paragraph's last hostility (rule `pairAnaphor`, relations.ts compatiblePair). `passes.record`
 * notes what each sentence read of its context; `passes.reuse` takes the relations of a sentence that
 * read nothing the passes differ in from that record instead of reading it again.
 */
function candidates(analysis: DocumentAnalysis, ctx: DocContext, passes: { record?: FirstPass; reuse?: FirstPass } = {}): Candidate[] {
  let paragraph = -1;
  let recentPair: [string, string] | undefined;
  let recentFoes: [string, string] | undefined;
  /** Whether the paragraph's last hostile pair was read after its last negotiating pair (rule `nearestPair`). */
  let foesLater = false;
  // Across paragraphs: a newscast names the attack in one and who did "it" in the next.
  let attackBefore = false;
  let peopleBefore: [string, string] | undefined;
  return analysis.sentences.flatMap((s, k) => {
    if (s.sentence.paragraph !== paragraph) {
      paragraph = s.sentence.paragraph;
      recentPair = undefined;
      recentFoes = undefined;
      foesLater = false;
    }
    const sentenceCtx: DocContext = { ...ctx, attackBefore, ...(peopleBefore ? { peopleBefore } : {}), ...(recentPair ? { recentPair } : {}), ...(recentFoes ? { recentFoes, foesLater } : {}) };
    let found: Candidate[];
    if (passes.reuse?.shared[k]) found = passes.reuse.found[k];
    else if (passes.record) {
      const watched = watchContext(sentenceCtx, SHARED_CONTEXT);
      found = sentenceRelations(s, watched.ctx);
      passes.record.found.push(found);
      passes.record.shared.push(!watched.readOther());
    } else found = sentenceRelations(s, sentenceCtx);
    attackBefore = namesAttack(s.tokens);
    peopleBefore = twoPeopleNamed(s.mentions, ctx.isPerson, ctx.side);
    const talks = [...found].reverse().find((c) => c.type === 'negotiates');
    if (talks) recentPair = [talks.source, talks.target];
    const foes = [...found].reverse().find((c) => c.type === 'opposes');
    if (foes) recentFoes = [foes.source, foes.target];
    // Rule `nearestPair`: a sentence with both leaves the negotiating pair the nearer one ("A and B clashed, then agreed to talk").
    if (foes || talks) foesLater = !!foes && !talks;
    return found;
  });
}

/**
 * A leader acts for the organisation they head: "Mossad Director David Barnea" also commits
 * Mossad. Not for a state (see ledBody): nationality and office are the roll-up's business.
 */
function creditLeaders(cands: readonly Candidate[], actors: ReadonlyMap<string, Actor>): Candidate[] {
  const out = [...cands];
  for (const c of cands) {
    const s = ledBody(c.source, actors);
    const t = ledBody(c.target, actors);
    if (s) out.push({ ...c, source: s, confidence: c.confidence * LEADER_FACTOR });
    if (t) out.push({ ...c, target: t, confidence: c.confidence * LEADER_FACTOR });
    if (s && t) out.push({ ...c, source: s, target: t, confidence: c.confidence * LEADER_FACTOR * LEADER_FACTOR });
  }
  return out;
}

/** Filter `ownSide` (domain/extraction-rules.ts): an actor and a body it belongs to are one side, no relation between them. */
function sameSide(a: string, b: string, actors: ReadonlyMap<string, Actor>): boolean {
  return affiliationChain(a, actors).includes(b) || affiliationChain(b, actors).includes(a);
}

/**
 * What happened to a document's relations on the way (the eval's miss diagnosis,
 * scripts/eval/diagnose.ts): the analysis (sentences, mentions, cues), every candidate of the
 * second pass before the multilateral, confidence and own-side filters, and the cues dropped as
 * negated (cue undefined: a yes/no question).
 */
export interface ExtractionTrace {
  analysis: DocumentAnalysis;
  candidates: readonly Candidate[];
  dropped: readonly { sentence: Sentence; cue: CueMatch | undefined }[];
  /** Every candidate that passed the multilateral, own-side and self filters, at any confidence: what the storing threshold decides on (scripts/eval/calibrate.ts). */
  scored: readonly Candidate[];
}

function extract(text: string, gazetteer: Gazetteer, options: ExtractionOptions, trace?: (t: ExtractionTrace) => void): ExtractionResult {
  const documentId = options.documentId ?? 'document';
  const { matcher, roles, added } = prepare(gazetteer);
  const analysis = analyzeDocument(text, {
    matcher,
    roles,
    discoverUnknown: options.discoverUnknown ?? true,
    nlpBudgetChars: options.nlpBudgetChars ?? 60_000,
    ...(options.title ? { title: options.title } : {}),
    ...(options.outlet ? { outlet: options.outlet } : {}),
  });
  const actors = analysis.actors;
  const firstPass: FirstPass = { found: [], shared: [] };
  const first = dropMultilateralPairs(candidates(analysis, makeContext(undefined, actors), trace ? {} : { record: firstPass }), actors);
  const ctx = makeContext(documentPair(first, actors), actors, conflictPair(first, actors), analysis.government);
  const partners = negotiationPartners(first);
  ctx.partnersOf = (id) => partners.get(id) ?? [];
  const dropped: { sentence: Sentence; cue: CueMatch | undefined }[] = [];
  if (trace) ctx.onDropped = (sentence, cue) => dropped.push({ sentence, cue });
  const raw = candidates(analysis, ctx, trace ? {} : { reuse: firstPass });
  let cands = dropMultilateralPairs(raw, actors);
  cands = [...cands, ...contactBothSides(cands, analysis.sentences, ctx.side, hostileSides(cands, ctx.side))];
  if (options.creditLeaders ?? true) cands = creditLeaders(cands, actors);
  const min = options.minConfidence ?? 0.3;
  // Rule `formerHolder` (former-holder.ts): a state against its former leader is no longer one side.
  cands = cands.filter((c) => c.source !== c.target && (!sameSide(c.source, c.target, actors) || formerHolderOpposes(c.type, c.spans, text)));
  trace?.({ analysis, candidates: options.creditLeaders ?? true ? creditLeaders(raw, actors) : raw, dropped, scored: cands });
  cands = cands.filter((c) => c.confidence >= min);
  const relations = toRelations(cands, options, documentId);
  const used = new Set(relations.flatMap((r) => [r.source, r.target, ...(r.between ?? [])]));
  return {
    documentId,
    relations,
    provisionalActors: [...analysis.provisional.values()].filter((a) => used.has(a.id)).map(withShortName),
    referenceActors: [...added].filter((id) => used.has(id)).map((id) => actors.get(id)!),
    mentions: analysis.sentences.flatMap((s) => s.mentions),
    sentences: analysis.sentences.map((s) => s.sentence),
  };
}

/**
 * Extracts negotiates / mediates / opposes relations from one document. Evidence quotes are
 * whole sentences: `text.slice(e.start, e.end) === e.quote`.
 */
export function extractRelations(text: string, gazetteer: Gazetteer, options: ExtractionOptions = {}): ExtractionResult {
  return extract(text, gazetteer, options);
}

/** `extractRelations` with its trace: how each relation was found or lost (for diagnosis, not for ingest). */
export function traceExtraction(text: string, gazetteer: Gazetteer, options: ExtractionOptions = {}): { result: ExtractionResult; trace: ExtractionTrace } {
  let trace: ExtractionTrace | undefined;
  const result = extract(text, gazetteer, options, (t) => (trace = t));
  return { result, trace: trace! };
}
