/**
 * GDELT actors → our actors. Rules (README, "GDELT import"):
 * - a code in the gazetteer map ({ "USA": "united-states" }) takes the mapped id;
 * - a country-level actor (Actor1Code is exactly its 3-letter Actor1CountryCode, with no role
 *   codes after it) is a `state` with id `gdelt-<code>`, e.g. `gdelt-irn`;
 * - any other actor takes `gdelt-` + slug of its country code and name (`gdelt-usa-president`,
 *   `gdelt-hamas`), so generic names ("POLICE") of different countries stay apart; its kind is
 *   `military` for the role codes MIL (armed forces) and SPY (intelligence), `person` for ELI
 *   (elites: named individuals), and `organization` otherwise (government bodies, parties, IGOs,
 *   NGOs, known groups), and it is affiliated to its country's actor when that one is imported.
 * An id's kind is the one its first row gave, or `state` if any row showed it as a country.
 * Names are put in the normal form of server/domain/names.ts and title-cased from GDELT's capitals;
 * the most frequent name becomes `name`, the next ones aliases.
 *
 * Two halves, so rows can be resolved on several threads: ActorSightings, on the thread that parses
 * a chunk, resolves each row's fields to an actor of its own numbering and tells what it learnt
 * (ActorNews); ActorTable, on the thread that merges, turns the news of every chunk, in file order,
 * into the import's actors. An id depends only on (code, country code, name), so threads agree.
 * Memory is bounded by the distinct (code, country code, name) triples, not by rows. Codes and
 * names are data: they key Maps only, never objects, so a code such as "constructor" or
 * "__proto__" is an ordinary actor.
 */
import { randomBytes } from 'node:crypto';
import { MAX_ID_LENGTH, slugify } from '../domain/slug';
import { normalizeName, truncateText } from '../domain/names';
import type { Actor, ActorKind } from '../domain/types';
import type { ActorFields, ActorSide } from './parse-row';

/** Aliases kept per actor (the most frequent names after the first). */
const MAX_ALIASES = 7;
/** Room for the slug after `gdelt-`. */
const MAX_SLUG = MAX_ID_LENGTH - 'gdelt-'.length;
/** Longest name the dataset schema accepts. */
const MAX_NAME = 200;
/** A country code that makes an id as it is: `gdelt-` + it in lower case is a slug. */
const COUNTRY_CODE = /^[A-Za-z0-9]{3}$/;

/** `United States` from `UNITED STATES`. */
export function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s'(/-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

function kindOf(f: ActorFields, isState: boolean): ActorKind {
  if (isState) return 'state';
  const types = f.typeCodes;
  if (types.some((t) => t === 'MIL' || t === 'SPY')) return 'military';
  if (types.includes('ELI')) return 'person';
  return 'organization';
}

/** The id a row's actor fields name, and the kind they give it; undefined when nothing names it. */
function identify(f: ActorFields, map: ReadonlyMap<string, string>): { id: string; kind: ActorKind } | undefined {
  const isState = f.code === f.countryCode && COUNTRY_CODE.test(f.code);
  const mapped = map.get(f.code);
  let id: string;
  if (mapped) id = mapped;
  else if (isState) id = `gdelt-${f.code.toLowerCase()}`;
  else {
    const slug = slugify([f.countryCode, normalizeName(f.name) || f.code].filter(Boolean).join(' '), MAX_SLUG);
    if (!slug) return undefined;
    id = `gdelt-${slug}`;
  }
  return { id, kind: kindOf(f, isState) };
}

/**
 * What a thread learnt of actors from one chunk, in the order it learnt it. Its actors are numbered
 * 0, 1, … across all the chunks it parses (an actor is new once per thread), and so are its
 * sightings (distinct code, country code and name triples).
 */
export interface ActorNews {
  /** Actors new to the thread: id, kind given by their first row, country code. */
  ids: string[];
  kinds: ActorKind[];
  countryCodes: string[];
  /** Actors the thread knew already that a later triple showed as a country. */
  madeStates: number[];
  /** Sightings new to the thread: their actor's number and name (normal form). */
  sightingActors: number[];
  sightingNames: string[];
  /** (sighting, rows that showed it in this chunk) pairs. */
  sightingCounts: number[];
}

/** Where the row being parsed is, and its actors' fields as text when a new triple needs them. */
export interface ActorSource {
  /** The row's bytes: Actor1's or Actor2's code, name and country code are [actorStart, actorEnd). */
  actorStart(side: ActorSide): number;
  actorEnd(side: ActorSide): number;
  actorFields(side: ActorSide): ActorFields;
}

/** First room for distinct triples, and for their bytes (grown by doubling). */
const FIRST_TRIPLES = 1024;

/**
 * Resolves GDELT actor fields to actor numbers on the thread that parses rows. A sighting is one
 * distinct (code, name, country code) triple, found by its bytes in the row (the three columns are
 * adjacent) in an open-addressing table, so no string is made per row: text is decoded once, for
 * a new triple. (Bytes that differ but decode alike, such as two invalid bytes that both become
 * U+FFFD, are two sightings of one actor and one name: the result is the same.)
 */
export class ActorSightings {
  /** Actor id → number. */
  private readonly numbers = new Map<string, number>();
  /** The triples' bytes end to end; triple t's are [keyStarts[t], keyStarts[t + 1]). */
  private keys = new Uint8Array(32 * FIRST_TRIPLES);
  private keyStarts = new Int32Array(FIRST_TRIPLES + 1);
  private hashes = new Int32Array(FIRST_TRIPLES);
  /** Triple → its actor's number, or -1 for an empty actor (no code and no name). */
  private actorOf = new Int32Array(FIRST_TRIPLES);
  /** Triple → its number in the news (only triples with an actor are numbered). */
  private sightingOf = new Int32Array(FIRST_TRIPLES);
  /** Triple → rows that showed it, and that count when the last news went out. */
  private counts = new Float64Array(FIRST_TRIPLES);
  private told = new Float64Array(FIRST_TRIPLES);
  private triples = 0;
  private sightings = 0;
  /** Open addressing: triple + 1 per cell, 0 for an empty cell; at most half full. */
  private cells = new Int32Array(2 * FIRST_TRIPLES);
  /** Triples seen since the last news. */
  private touched: number[] = [];
  private news: ActorNews = ActorSightings.noNews();
  /** GDELT code → actor id, from the --map file. */
  private readonly map: ReadonlyMap<string, string>;
  /**
   * The hash's starting state, random per table: names come from the file, and with a fixed start
   * a crafted file of names sharing one hash made every lookup walk past all of them (quadratic).
   * Actors are numbered in the order they first appear, so the seed never changes an answer.
   */
  private readonly seed = randomBytes(4).readInt32LE(0);

  constructor(map: Iterable<readonly [string, string]> = []) {
    this.map = new Map(map);
  }

  private static noNews(): ActorNews {
    return { ids: [], kinds: [], countryCodes: [], madeStates: [], sightingActors: [], sightingNames: [], sightingCounts: [] };
  }

  /** The actor number for Actor1's or Actor2's fields in the row `source` is at, or -1 when the actor is empty (no code and no name). */
  resolve(bytes: Uint8Array, source: ActorSource, side: ActorSide): number {
    const start = source.actorStart(side);
    const end = source.actorEnd(side);
    let h = this.seed;
    for (let p = start; p < end; p++) h = Math.imul(h ^ bytes[p], 0x01000193);
    const mask = this.cells.length - 1;
    let cell = (h ^ (h >>> 15)) & mask;
    let t: number;
    for (;;) {
      t = this.cells[cell] - 1;
      if (t < 0 || (this.hashes[t] === h && this.sameKey(t, bytes, start, end))) break;
      cell = (cell + 1) & mask;
    }
    if (t < 0) t = this.add(bytes, start, end, h, source.actorFields(side));
    const actor = this.actorOf[t];
    if (actor < 0) return -1;
    if (this.counts[t]++ === this.told[t]) this.touched.push(t);
    return actor;
  }

  private sameKey(t: number, bytes: Uint8Array, start: number, end: number): boolean {
    const keys = this.keys;
    let k = this.keyStarts[t];
    if (this.keyStarts[t + 1] - k !== end - start) return false;
    for (let p = start; p < end; p++, k++) if (keys[k] !== bytes[p]) return false;
    return true;
  }

  /** A new triple: its bytes kept, its actor numbered (and told of) if new. */
  private add(bytes: Uint8Array, start: number, end: number, hash: number, f: ActorFields): number {
    if (this.triples === this.hashes.length) this.grow();
    const t = this.triples++;
    const at = this.keyStarts[t];
    if (at + end - start > this.keys.length) this.keys = grown(this.keys, at + end - start);
    this.keys.set(bytes.subarray(start, end), at);
    this.keyStarts[t + 1] = at + end - start;
    this.hashes[t] = hash;
    this.place(t);
    const actor = this.number(f);
    this.actorOf[t] = actor;
    this.counts[t] = this.told[t] = 0;
    if (actor >= 0) {
      this.sightingOf[t] = this.sightings++;
      this.news.sightingActors.push(actor);
      this.news.sightingNames.push(normalizeName(f.name) || normalizeName(f.code));
    }
    return t;
  }

  private place(t: number): void {
    const mask = this.cells.length - 1;
    const h = this.hashes[t];
    let cell = (h ^ (h >>> 15)) & mask;
    while (this.cells[cell] !== 0) cell = (cell + 1) & mask;
    this.cells[cell] = t + 1;
  }

  private grow(): void {
    const n = 2 * this.hashes.length;
    this.keyStarts = grown(this.keyStarts, n + 1);
    this.hashes = grown(this.hashes, n);
    this.actorOf = grown(this.actorOf, n);
    this.sightingOf = grown(this.sightingOf, n);
    this.counts = grown(this.counts, n);
    this.told = grown(this.told, n);
    this.cells = new Int32Array(2 * n);
    for (let t = 0; t < this.triples; t++) this.place(t);
  }

  private number(f: ActorFields): number {
    const named = identify(f, this.map);
    if (!named) return -1;
    let n = this.numbers.get(named.id);
    if (n === undefined) {
      this.numbers.set(named.id, (n = this.numbers.size));
      this.news.ids.push(named.id);
      this.news.kinds.push(named.kind);
      this.news.countryCodes.push(f.countryCode);
    } else if (named.kind === 'state') this.news.madeStates.push(n);
    return n;
  }

  /** What was learnt since the last call. */
  takeNews(): ActorNews {
    const news = this.news;
    for (const t of this.touched) {
      news.sightingCounts.push(this.sightingOf[t], this.counts[t] - this.told[t]);
      this.told[t] = this.counts[t];
    }
    this.touched = [];
    this.news = ActorSightings.noNews();
    return news;
  }
}

/** A copy of `a` with room for at least `n` entries (twice its length, or n if more). */
function grown<T extends Uint8Array | Int32Array | Float64Array>(a: T, n: number): T {
  const next = new (a.constructor as new (length: number) => T)(Math.max(n, 2 * a.length));
  next.set(a);
  return next;
}

/** An actor of the import; `index` numbers actors densely for cheap edge keys. */
export interface ActorEntry {
  id: string;
  index: number;
  kind: ActorKind;
  countryCode: string;
  /** Names (normal form), and the rows that gave each (a name comes with its first row, so none is 0). */
  names: string[];
  nameCounts: number[];
  /** Name → its place in `names`. */
  nameAt: Map<string, number>;
}

/** One parsing thread's numbering, as the table knows it. */
export interface ThreadActors {
  /** The thread's actor number → the import's actor. */
  actors: ActorEntry[];
  /** The thread's sighting number → the actor and the name (its place in the actor's names) it counts. */
  sightings: { actor: ActorEntry; name: number }[];
}

/** The actors of the whole import, built from each chunk's news in file order. */
export class ActorTable {
  private readonly byId = new Map<string, ActorEntry>();
  private readonly map: ReadonlyMap<string, string>;

  constructor(map: Iterable<readonly [string, string]> = []) {
    this.map = new Map(map);
  }

  /** A new numbering, for one parsing thread. */
  thread(): ThreadActors {
    return { actors: [], sightings: [] };
  }

  /**
   * Adds the news of the next chunk parsed by `thread`. The first chunk (in file order) that shows
   * an id fixes its kind and country, as one pass over the rows would.
   */
  absorb(thread: ThreadActors, news: ActorNews): void {
    news.ids.forEach((id, i) => {
      let entry = this.byId.get(id);
      if (!entry) this.byId.set(id, (entry = { id, index: this.byId.size, kind: news.kinds[i], countryCode: news.countryCodes[i], names: [], nameCounts: [], nameAt: new Map() }));
      else if (news.kinds[i] === 'state') entry.kind = 'state';
      thread.actors.push(entry);
    });
    for (const n of news.madeStates) thread.actors[n].kind = 'state';
    news.sightingActors.forEach((a, i) => {
      const actor = thread.actors[a];
      const name = news.sightingNames[i];
      let at = actor.nameAt.get(name);
      if (at === undefined) {
        actor.nameAt.set(name, (at = actor.names.length));
        actor.names.push(name);
        actor.nameCounts.push(0);
      }
      thread.sightings.push({ actor, name: at });
    });
    const counts = news.sightingCounts;
    for (let i = 0; i < counts.length; i += 2) {
      const { actor, name } = thread.sightings[counts[i]];
      actor.nameCounts[name] += counts[i + 1];
    }
  }

  /** The id a country code resolves to as a state actor. */
  private stateId(countryCode: string): string {
    return this.map.get(countryCode) ?? `gdelt-${countryCode.toLowerCase()}`;
  }

  /** Actor records for the given ids (those the kept edges touch), sorted by id. */
  actors(ids: Iterable<string>): Actor[] {
    const keep = new Set(ids);
    const out: Actor[] = [];
    for (const id of [...keep].sort()) {
      const e = this.byId.get(id);
      if (!e) continue;
      const titles = new Map<string, number>();
      for (const [i, name] of e.names.entries()) {
        const count = e.nameCounts[i];
        const title = truncateText(titleCase(name), MAX_NAME);
        // A name of invisible characters only has nothing left to show.
        if (title) titles.set(title, (titles.get(title) ?? 0) + count);
      }
      const ranked = [...titles.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([n]) => n);
      const [name = id, ...aliases] = ranked;
      const affiliation = e.kind !== 'state' && e.countryCode ? this.stateId(e.countryCode) : undefined;
      out.push({
        id,
        name,
        kind: e.kind,
        // Only to an imported state: states have no affiliation, so no chain can loop.
        ...(affiliation && keep.has(affiliation) && this.byId.get(affiliation)?.kind === 'state' ? { affiliation } : {}),
        aliases: aliases.slice(0, MAX_ALIASES),
      });
    }
    return out;
  }
}
