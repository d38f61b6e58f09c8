/**
 * The reference gazetteer: every state (from the world-countries package: common and official
 * names, other spellings, capital, demonym), the main international bodies
 * (lexicon/international-bodies.ts) and armed movements and forces (lexicon/armed-groups.ts), so extraction recognises them in a store that has never
 * heard of them. A reference actor that the store already has (same kind, a name in common) lends
 * it its names; one it lacks is added as a new, non-provisional actor when a relation uses it.
 * Capitals, seats of power (lexicon/seats-of-power.ts) and departments of one state's government
 * (lexicon/state-agencies.ts) name their state ("Moscow", "the Kremlin" → Russia; "the Office of
 * Foreign Assets Control" → the United States) and must be written with a capital letter.
 */
import countries from 'world-countries';
import type { Actor } from '../domain/types';
import { STATE_NAME_VARIANTS } from './demonyms';
import { ARMED_GROUPS } from './lexicon/armed-groups';
import { INTERNATIONAL_BODIES } from './lexicon/international-bodies';
import { SEATS_OF_POWER } from './lexicon/seats-of-power';
import { STATE_AGENCIES } from './lexicon/state-agencies';
import { APOSTROPHES, fold } from './normalize';
import type { Gazetteer } from './types';

/** A name that stands for an actor only when capitalised (a capital city, a seat of power). */
export interface Metonym {
  alias: string;
  actorId: string;
}

export interface ReferenceLayer {
  /** The store's actors (with reference names added) followed by the reference actors it lacks. */
  actors: Actor[];
  /** Ids of the reference actors the store lacks. */
  added: ReadonlySet<string>;
  metonyms: Metonym[];
}

/** Territories that news treats as states though world-countries marks them neither independent nor UN members. */
const DISPUTED_STATES = new Set(['PS', 'XK', 'TW']);
/** Capitals that are also common words or first names ("Victoria", "Male"): too ambiguous to stand for a state. */
const AMBIGUOUS_CAPITALS = new Set(['victoria', 'male', 'kingston', 'georgetown', 'saint john\'s', 'kingstown', 'castries', 'roseau', 'palikir', 'majuro', 'avarua', 'jamestown', 'hamilton', 'charlotte amalie', 'road town', 'the valley', 'plymouth', 'adamstown', 'city of victoria']);

/** Latin letters, spaces, dots, apostrophes and brackets only. */
const LATIN_NAME = new RegExp(String.raw`^[\p{Script=Latin}\s.${APOSTROPHES}()-]+$`, 'u');

/** A name other than the code letters and inverted catalogue forms ("Korea, Republic of"), in Latin script. */
const usableName = (s: string): boolean => s.length >= 3 && !s.includes(',') && LATIN_NAME.test(s) && !/^[A-Z]{2}$/.test(s);

const slug = (s: string): string =>
  fold(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

interface ReferenceState {
  cca2: string;
  name: string;
  names: string[];
  capitals: string[];
  demonym?: string;
}

function referenceStates(): ReferenceState[] {
  const out: ReferenceState[] = [];
  for (const c of countries) {
    if (!(c.independent || c.unMember || DISPUTED_STATES.has(c.cca2))) continue;
    const base = [c.name.common, c.name.official, ...c.altSpellings].filter(usableName);
    const folded = new Set(base.map(fold));
    const variants = STATE_NAME_VARIANTS.find((g) => g.some((v) => folded.has(fold(v)))) ?? [];
    const names = [...new Set([...base, ...variants])];
    const capitals = c.capital
      .map((k) => k.replace(/\s+D\.C\.$/, ''))
      .filter((k) => usableName(k) && !AMBIGUOUS_CAPITALS.has(fold(k)));
    out.push({ cca2: c.cca2, name: c.name.common, names, capitals, ...(c.demonyms?.eng?.m ? { demonym: c.demonyms.eng.m } : {}) });
  }
  return out;
}

/** Built once per process: about 200 states. */
export const REFERENCE_STATES: readonly ReferenceState[] = referenceStates();

/** Demonym → state common name, from world-countries (adds to the hand list in demonyms.ts). */
export const REFERENCE_DEMONYMS: readonly [string, string][] = REFERENCE_STATES.filter((s) => s.demonym && usableName(s.demonym)).map((s) => [s.demonym!, s.name]);

const KIND_GROUP: Readonly<Record<Actor['kind'], string>> = { state: 'state', organization: 'body', military: 'body', person: 'person' };

/** The store's actors plus the reference actors it lacks, and the metonyms naming them. */
export function withReference(gazetteer: Gazetteer): ReferenceLayer {
  // The store's actors themselves, each copied only when a reference actor's names join it (a
  // copy of all 50,000 was about 5 MB of the extraction worker's heap): the caller's stay unchanged.
  const actors = [...gazetteer];
  /** Id → place in `actors`. */
  const byId = new Map(actors.map((a, i) => [a.id, i]));
  /** "group\u0000folded name" → store actor id, for finding the store's own copy of a reference actor. */
  const byName = new Map<string, string>();
  for (const a of actors) for (const n of [a.name, ...a.aliases]) byName.set(`${KIND_GROUP[a.kind]}\u0000${fold(n)}`, a.id);
  const added = new Set<string>();
  const metonyms: Metonym[] = [];

  /** The id the reference actor goes by: the store's own actor, a new one, or none on an id clash. */
  const place = (group: string, id: string, ref: Omit<Actor, 'id'>): string | undefined => {
    const names = [ref.name, ...ref.aliases];
    const own = names.map((n) => byName.get(`${group}\u0000${fold(n)}`)).find((x) => x !== undefined);
    if (own) {
      const i = byId.get(own)!;
      const a = actors[i];
      const have = new Set([a.name, ...a.aliases].map(fold));
      const joining = names.filter((n) => !have.has(fold(n)));
      if (joining.length) actors[i] = { ...a, aliases: [...a.aliases, ...joining] };
      return own;
    }
    if (byId.has(id)) return undefined;
    byId.set(id, actors.length);
    actors.push({ id, ...ref });
    added.add(id);
    return id;
  };

  const stateIds = new Map<string, string>();
  for (const s of REFERENCE_STATES) {
    const id = place('state', slug(s.name), { name: s.name, kind: 'state', aliases: s.names.filter((n) => n !== s.name) });
    if (!id) continue;
    stateIds.set(s.cca2, id);
    for (const k of s.capitals) metonyms.push({ alias: k, actorId: id });
  }
  for (const seat of [...SEATS_OF_POWER, ...STATE_AGENCIES]) {
    const id = stateIds.get(seat.state);
    if (id) metonyms.push({ alias: seat.name, actorId: id });
  }
  const bodyIds = new Map<string, string>();
  for (const b of INTERNATIONAL_BODIES) {
    const id = place('body', b.id, { name: b.name, kind: b.kind, aliases: [...b.aliases] });
    if (id) bodyIds.set(b.id, id);
  }
  for (const b of INTERNATIONAL_BODIES) {
    const id = bodyIds.get(b.id);
    const parent = b.affiliation && bodyIds.get(b.affiliation);
    if (id && parent && added.has(id)) actors[byId.get(id)!].affiliation = parent;
    // "Security Council" alone is the UN's, "the National Security Council" a state's own.
    if (id) for (const n of b.sharedNames ?? []) metonyms.push({ alias: n, actorId: id });
  }
  for (const g of ARMED_GROUPS) {
    const id = place('body', g.id, { name: g.name, kind: g.kind, aliases: [...g.aliases] });
    const state = g.state && stateIds.get(g.state);
    if (id && state && added.has(id)) actors[byId.get(id)!].affiliation = state;
  }
  return { actors, added, metonyms };
}

/** "group\u0000folded name" of every reference actor's names, and every id a reference actor may take. */
const REFERENCE_KEYS = new Set<string>([
  ...REFERENCE_STATES.flatMap((s) => [s.name, ...s.names].map((n) => `state\u0000${fold(n)}`)),
  ...INTERNATIONAL_BODIES.flatMap((b) => [b.name, ...b.aliases].map((n) => `body\u0000${fold(n)}`)),
]);
const REFERENCE_IDS = new Set<string>([...REFERENCE_STATES.map((s) => slug(s.name)), ...INTERNATIONAL_BODIES.map((b) => b.id)]);

/**
 * Whether `actor` joining a gazetteer could change what withReference makes of it: it shares a
 * name with a reference actor of its kind (and would take that actor's names) or takes a reference
 * actor's id. Any other actor is only copied to the end of the store's part.
 */
export function touchesReference(actor: Actor): boolean {
  return REFERENCE_IDS.has(actor.id) || [actor.name, ...actor.aliases].some((n) => REFERENCE_KEYS.has(`${KIND_GROUP[actor.kind]}\u0000${fold(n)}`));
}
