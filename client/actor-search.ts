/**
 * Finding actors by what an analyst types: names and aliases, forgiving of accents ("turkiye"),
 * punctuation ("US" for "U.S."), typos ("Araqchi", "trmp") and acronyms ("US" for United States,
 * from the initials of a name). Built on MiniSearch, a maintained full-text index with prefix and
 * fuzzy (edit-distance) matching; the index is made once per actor list and shared by every
 * search box. Results are ranked by MiniSearch's score, then by how connected the actor is.
 */
import MiniSearch from 'minisearch';
import type { ActorSummary } from './api-types';

export interface Match {
  actor: ActorSummary;
  /** The alias (or initials) that matched when it is not the name itself. */
  via: string | null;
  score: number;
}

const MAX_RESULTS = 8;
/** How many of MiniSearch's best results are ranked again (whole matches first). */
const RERANKED = 60;
/** Score factor for a query that is a whole name, alias or acronym of the actor. */
const WHOLE_MATCH = 10;
/** Words left out of initials: "the United States" is "US". */
const SMALL_WORDS = new Set(['the', 'of', 'and', 'for', 'de', 'al']);

/** Case-, accent- and punctuation-folded form: "Türkiye" → "turkiye", "U.S." → "us". */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.’'`]/g, '');
}

/** Words of a folded text (letters and digits). */
export function words(s: string): string[] {
  return fold(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** "United States" → "us"; one-word names have none. */
export function initials(name: string): string {
  const w = words(name).filter((x) => !SMALL_WORDS.has(x));
  return w.length >= 2 ? w.map((x) => x[0]).join('') : '';
}

interface IndexedActor {
  id: number;
  name: string;
  aliases: string;
  initials: string;
}

export class ActorIndex {
  private readonly search: MiniSearch<IndexedActor>;
  private readonly byId = new Map<string, ActorSummary>();

  constructor(private readonly actors: ActorSummary[]) {
    this.search = new MiniSearch<IndexedActor>({
      fields: ['name', 'aliases', 'initials'],
      // Tokenising the folded text keeps "U.S." one word.
      tokenize: words,
      processTerm: (term) => term,
      searchOptions: {
        // A lone letter would match nearly everyone: prefixes from two letters on, or for any
        // word after the first ("ACTOR 1" goes on to ACTOR 12…).
        prefix: (term, _i, terms) => term.length >= 2 || terms.length > 1,
        // Typos are forgiven in words of four letters or more (one edit, two from seven letters);
        // never in numbers, where "1234" is not "1235".
        fuzzy: (term) => (term.length >= 4 && /\p{L}/u.test(term) ? 0.3 : false),
        boost: { name: 3, initials: 2 },
        combineWith: 'AND',
      },
    });
    this.search.addAll(
      actors.map((a, i) => ({
        id: i,
        name: a.name,
        aliases: a.aliases.filter((x) => x !== a.name).join(' | '),
        initials: [a.name, ...a.aliases].map(initials).filter(Boolean).join(' '),
      })),
    );
    for (const a of actors) this.byId.set(a.id, a);
  }

  /** The actor with this id, for showing an affiliation by name. */
  get(id: string): ActorSummary | undefined {
    return this.byId.get(id);
  }

  find(query: string): Match[] {
    const q = words(query).join(' ');
    if (!q) return [];
    // MiniSearch ranks; only its best few are looked at again (a short prefix can match every
    // actor of a big graph, and folding 20,000 names per keystroke would be felt).
    return this.search
      .search(query)
      .slice(0, RERANKED)
      .map((r) => {
        const actor = this.actors[r.id as number];
        // A whole name, alias or acronym typed out beats a word of a longer name: "US" is the
        // United States before the U.S. military.
        const whole = [actor.name, ...actor.aliases].some((x) => words(x).join(' ') === q || initials(x) === q);
        return { actor, via: matchedVia(actor, r.terms), score: r.score * (whole ? WHOLE_MATCH : 1) };
      })
      .sort((a, b) => b.score - a.score || b.actor.relationCount - a.actor.relationCount || a.actor.name.localeCompare(b.actor.name))
      .slice(0, MAX_RESULTS);
  }
}

/** Which of the actor's names the matched words come from: null for its own name. */
function matchedVia(actor: ActorSummary, terms: string[]): string | null {
  const hit = (text: string): boolean => words(text).some((w) => terms.includes(w));
  if (hit(actor.name)) return null;
  const alias = actor.aliases.find(hit);
  if (alias) return alias;
  const acronym = [actor.name, ...actor.aliases].map(initials).find((x) => terms.includes(x));
  return acronym ? acronym.toUpperCase() : null;
}

const indexes = new WeakMap<ActorSummary[], ActorIndex>();

/** The index of an actor list, made on first use (the list is replaced, never changed, on reload). */
export function actorIndex(actors: ActorSummary[]): ActorIndex {
  let index = indexes.get(actors);
  if (!index) {
    index = new ActorIndex(actors);
    indexes.set(actors, index);
  }
  return index;
}
