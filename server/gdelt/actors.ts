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
 * Names are put in the normal form of server/domain/names.ts and title-cased from GDELT's capitals;
 * the most frequent name becomes `name`, the next ones aliases. Memory is bounded by the distinct
 * (code, country code, name) triples, not by rows. Codes and names are data: they key Maps only, never objects, so
 * a code such as "constructor" or "__proto__" is an ordinary actor.
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

/** An actor as the importer sees it; `index` numbers actors densely for cheap edge keys. */
export interface ActorEntry {
  id: string;
  index: number;
  kind: ActorKind;
  countryCode: string;
}

/**
 * One (code, country code, name) triple as seen in rows: the actor it resolves to (null for an
 * empty actor) and how often it appeared. The id depends on the country code, so one code and name
 * under another country code (rare) is another sighting, chained behind the first.
 */
interface Sighting {
  countryCode: string;
  entry: ActorEntry | null;
  name: string;
  count: number;
  other: Sighting | undefined;
}

function kindOf(f: ActorFields, isState: boolean): ActorKind {
  if (isState) return 'state';
  if (f.typeCodes.some((t) => t === 'MIL' || t === 'SPY')) return 'military';
  if (f.typeCodes.includes('ELI')) return 'person';
  return 'organization';
}

/** Resolves GDELT actor fields to actor ids and remembers what it saw of each actor. */
export class ActorRegistry {
  private readonly byId = new Map<string, ActorEntry>();
  /**
   * code → name → sightings (one per country code). Nested, so no key string is built per row; the
   * country code is compared rather than hashed, as nearly every (code, name) has only one.
   */
  private readonly seen = new Map<string, Map<string, Sighting>>();
  /** GDELT code → actor id, from the --map file. */
  private readonly map: ReadonlyMap<string, string>;

  constructor(map: Readonly<Record<string, string>> = {}) {
    this.map = new Map(Object.entries(map));
  }

  /** The actor for these fields, or undefined when the actor is empty (no code and no name). */
  resolve(f: ActorFields): ActorEntry | undefined {
    let byName = this.seen.get(f.code);
    if (!byName) this.seen.set(own(f.code), (byName = new Map()));
    const first = byName.get(f.name);
    let s = first;
    while (s !== undefined && s.countryCode !== f.countryCode) s = s.other;
    if (s === undefined) {
      const entry = this.identify(f) ?? null;
      // Keys and names are copied: a slice of the row would keep the whole row in memory.
      const name = entry ? own(normalizeName(f.name) || normalizeName(f.code)) : '';
      s = { countryCode: own(f.countryCode), entry, name, count: 0, other: first };
      byName.set(own(f.name), s);
    }
    if (s.entry === null) return undefined;
    s.count++;
    return s.entry;
  }

  private identify(f: ActorFields): ActorEntry | undefined {
    const isState = f.code === f.countryCode && COUNTRY_CODE.test(f.code);
    const mapped = this.map.get(f.code);
    let id: string;
    if (mapped) id = mapped;
    else if (isState) id = `gdelt-${f.code.toLowerCase()}`;
    else {
      const slug = slugify([f.countryCode, normalizeName(f.name) || f.code].filter(Boolean).join(' '), MAX_SLUG);
      if (!slug) return undefined;
      id = `gdelt-${slug}`;
    }
    let entry = this.byId.get(id);
    if (!entry) this.byId.set(id, (entry = { id, index: this.byId.size, kind: kindOf(f, isState), countryCode: own(f.countryCode) }));
    // Several codes may map to one id; the country-level one makes it a state.
    else if (isState) entry.kind = 'state';
    return entry;
  }

  /** The id a country code resolves to as a state actor. */
  private stateId(countryCode: string): string {
    return this.map.get(countryCode) ?? `gdelt-${countryCode.toLowerCase()}`;
  }

  /** Actor records for the given ids (those the kept edges touch), sorted by id. */
  actors(ids: Iterable<string>): Actor[] {
    const keep = new Set(ids);
    const names = new Map<string, Map<string, number>>();
    for (const byName of this.seen.values()) {
      for (const first of byName.values()) {
        for (let s: Sighting | undefined = first; s !== undefined; s = s.other) {
          if (s.entry === null || !keep.has(s.entry.id)) continue;
          const counts = names.get(s.entry.id) ?? new Map<string, number>();
          const title = truncate(titleCase(s.name), MAX_NAME);
          // A name of invisible characters only has nothing left to show.
          if (!title) continue;
          counts.set(title, (counts.get(title) ?? 0) + s.count);
          names.set(s.entry.id, counts);
        }
      }
    }
    const out: Actor[] = [];
    for (const id of [...keep].sort()) {
      const e = this.byId.get(id);
      if (!e) continue;
      const ranked = [...(names.get(id) ?? new Map<string, number>()).entries()]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .map(([n]) => n);
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
