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
import { MAX_ID_LENGTH, slugify } from '../domain/slug';
import { normalizeName } from '../domain/names';
import type { Actor, ActorKind } from '../domain/types';
import type { ActorFields } from './parse-row';

/** Aliases kept per actor (the most frequent names after the first). */
const MAX_ALIASES = 7;
/** Room for the slug after `gdelt-`. */
const MAX_SLUG = MAX_ID_LENGTH - 'gdelt-'.length;
/** Longest name the dataset schema accepts. */
const MAX_NAME = 200;
/** A country code that makes an id as it is: `gdelt-` + it in lower case is a slug. */
const COUNTRY_CODE = /^[A-Za-z0-9]{3}$/;

/**
 * A copy of a string that shares no memory with the row it was cut from (V8 keeps the whole
 * parent alive behind a slice of 13 characters or more).
 */
export function own(s: string): string {
  return s.length < 13 ? s : Buffer.from(s, 'utf8').toString('utf8');
}

/** The first `max` UTF-16 units of `s`, without cutting a surrogate pair in two. */
function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  const end = /[\ud800-\udbff]/.test(s[max - 1]) ? max - 1 : max;
  return s.slice(0, end).trimEnd();
}

/** `United States` from `UNITED STATES`. */
export function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s'(/-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

function kindOf(f: ActorFields, isState: boolean): ActorKind {
  if (isState) return 'state';
  const types = f.typeCodes();
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

/**
 * One (code, country code, name) triple as seen in rows: its actor's number (-1 for an empty actor)
 * and how often it appeared. The id depends on the country code, so one code and name under another
 * country code (rare) is another sighting, chained behind the first.
 */
interface Sighting {
  countryCode: string;
  actor: number;
  /** Numbered only when it has an actor: empty actors are not counted. */
  index: number;
  count: number;
  /** `count` when the last news went out. */
  told: number;
  other: Sighting | undefined;
}

/** Resolves GDELT actor fields to actor numbers on the thread that parses rows. */
export class ActorSightings {
  /** Actor id → number. */
  private readonly numbers = new Map<string, number>();
  /**
   * code → name → sightings (one per country code). Nested, so no key string is built per row; the
   * country code is compared rather than hashed, as nearly every (code, name) has only one.
   */
  private readonly seen = new Map<string, Map<string, Sighting>>();
  private sightings = 0;
  /** Sightings seen since the last news. */
  private touched: Sighting[] = [];
  private news: ActorNews = ActorSightings.noNews();
  /** GDELT code → actor id, from the --map file. */
  private readonly map: ReadonlyMap<string, string>;

  constructor(map: Iterable<readonly [string, string]> = []) {
    this.map = new Map(map);
  }

  private static noNews(): ActorNews {
    return { ids: [], kinds: [], countryCodes: [], madeStates: [], sightingActors: [], sightingNames: [], sightingCounts: [] };
  }

  /** The actor number for these fields, or -1 when the actor is empty (no code and no name). */
  resolve(f: ActorFields): number {
    let byName = this.seen.get(f.code);
    if (!byName) this.seen.set(own(f.code), (byName = new Map()));
    const first = byName.get(f.name);
    let s = first;
    while (s !== undefined && s.countryCode !== f.countryCode) s = s.other;
    if (s === undefined) {
      const actor = this.number(f);
      s = { countryCode: own(f.countryCode), actor, index: actor < 0 ? -1 : this.sightings++, count: 0, told: 0, other: first };
      // Keys and names are copied: a slice of the row would keep the whole row in memory.
      byName.set(own(f.name), s);
      if (actor >= 0) {
        this.news.sightingActors.push(actor);
        this.news.sightingNames.push(own(normalizeName(f.name) || normalizeName(f.code)));
      }
    }
    if (s.actor < 0) return -1;
    if (s.count++ === s.told) this.touched.push(s);
    return s.actor;
  }

  private number(f: ActorFields): number {
    const named = identify(f, this.map);
    if (!named) return -1;
    let n = this.numbers.get(named.id);
    if (n === undefined) {
      this.numbers.set(named.id, (n = this.numbers.size));
      this.news.ids.push(named.id);
      this.news.kinds.push(named.kind);
      this.news.countryCodes.push(own(f.countryCode));
    } else if (named.kind === 'state') this.news.madeStates.push(n);
    return n;
  }

  /** What was learnt since the last call. */
  takeNews(): ActorNews {
    const news = this.news;
    for (const s of this.touched) {
      news.sightingCounts.push(s.index, s.count - s.told);
      s.told = s.count;
    }
    this.touched = [];
    this.news = ActorSightings.noNews();
    return news;
  }
}

/** An actor of the import; `index` numbers actors densely for cheap edge keys. */
export interface ActorEntry {
  id: string;
  index: number;
  kind: ActorKind;
  countryCode: string;
  /** Name (normal form) → rows that gave it. */
  names: Map<string, number>;
}

/** One parsing thread's numbering, as the table knows it. */
export interface ThreadActors {
  /** The thread's actor number → the import's actor. */
  actors: ActorEntry[];
  /** The thread's sighting number → the actor and name it counts. */
  sightings: { actor: ActorEntry; name: string }[];
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
      if (!entry) this.byId.set(id, (entry = { id, index: this.byId.size, kind: news.kinds[i], countryCode: news.countryCodes[i], names: new Map() }));
      else if (news.kinds[i] === 'state') entry.kind = 'state';
      thread.actors.push(entry);
    });
    for (const n of news.madeStates) thread.actors[n].kind = 'state';
    news.sightingActors.forEach((a, i) => thread.sightings.push({ actor: thread.actors[a], name: news.sightingNames[i] }));
    const counts = news.sightingCounts;
    for (let i = 0; i < counts.length; i += 2) {
      const { actor, name } = thread.sightings[counts[i]];
      actor.names.set(name, (actor.names.get(name) ?? 0) + counts[i + 1]);
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
      for (const [name, count] of e.names) {
        const title = truncate(titleCase(name), MAX_NAME);
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
