/**
 * Document context: the pair whose negotiations a document is about, found from its explicit
 * negotiation sentences. Mediation sentences that name only the mediators ("facilitation by
 * Qatar") and quoted pronouns ("they are negotiating with us") refer to that pair.
 */
import type { Actor, RelationType } from '../domain/types';
import { topState } from './affiliation';
import type { Candidate, DocContext } from './relations';

/**
 * The most often reported negotiating pair (distinct sentences), lifted to states; without any
 * negotiation, the most often reported opposing pair: the sides of the conflict a deal the
 * document names without its parties settles ("Hamas's assault on Israel … thank Qatar for its
 * leadership in reaching this deal").
 */
export function documentPair(candidates: readonly Candidate[], actors: ReadonlyMap<string, Actor>): [string, string] | undefined {
  return mostReported(candidates, actors, 'negotiates') ?? conflictPair(candidates, actors);
}

function mostReported(candidates: readonly Candidate[], actors: ReadonlyMap<string, Actor>, type: RelationType): [string, string] | undefined {
  const counts = new Map<string, { pair: [string, string]; sentences: Set<number>; first: number }>();
  for (const c of candidates) {
    if (c.type !== type) continue;
    const a = topState(c.source, actors);
    const b = topState(c.target, actors);
    if (a === b) continue;
    const pair: [string, string] = a < b ? [a, b] : [b, a];
    const key = pair.join('|');
    const e = counts.get(key) ?? { pair, sentences: new Set<number>(), first: c.sentence.index };
    e.sentences.add(c.sentence.index);
    counts.set(key, e);
  }
  let best: { pair: [string, string]; sentences: Set<number>; first: number } | undefined;
  for (const e of counts.values()) {
    if (!best || e.sentences.size > best.sentences.size || (e.sentences.size === best.sentences.size && e.first < best.first)) best = e;
  }
  return best?.pair;
}

/** The most often reported opposing pair, lifted to states (the sides of the document's conflict). */
export function conflictPair(candidates: readonly Candidate[], actors: ReadonlyMap<string, Actor>): [string, string] | undefined {
  return mostReported(candidates, actors, 'opposes');
}

/**
 * Rule `docPairOfSides`: the parties of the document's pair a go-between named without them works
 * between. The pair is lifted to states, so a person left in it is one whose state the text never
 * gave. In a government's document (an official outlet's, or a statement its title says a body
 * issued: `government`), that is the government's own envoy in a readout's call or meeting ("Envoy
 * X met Y … welcomed Egypt's mediation efforts"), not a side of the mediated talks: left out (and
 * with one side left, rule `twoSides`, no pair is borrowed). Elsewhere such a person is a side like
 * any ("talks with militia leader X").
 */
function sidesOfPair(pair: readonly [string, string] | undefined, actors: ReadonlyMap<string, Actor>, government: string | undefined): string[] | undefined {
  return government ? pair?.filter((id) => actors.get(id)?.kind !== 'person') : pair && [...pair];
}

/** The document's context; `government`: the state or body whose official document it is (author.ts). */
export function makeContext(pair: [string, string] | undefined, actors: ReadonlyMap<string, Actor>, conflict?: [string, string], government?: string): DocContext {
  const mediatedSides = sidesOfPair(pair, actors, government);
  return {
    pair,
    // Rule `twoSides`: a go-between works between two sides; the pair with one left out (a readout's own envoy) names no pair.
    ...(mediatedSides?.length === 2 ? { mediatedSides } : {}),
    ...(conflict ? { conflict } : {}),
    side: (id) => topState(id, actors),
    mediatedSidesOf: (p) => sidesOfPair([topState(p[0], actors), topState(p[1], actors)], actors, government),
    isPerson: (id) => actors.get(id)?.kind === 'person',
    isState: (id) => actors.get(id)?.kind === 'state',
    counterpart(speaker: string): string | undefined {
      if (!pair) return undefined;
      const side = topState(speaker, actors);
      if (side === pair[0]) return pair[1];
      if (side === pair[1]) return pair[0];
      return undefined;
    },
  };
}
