/**
 * The live dataset's coded events held as columns, one typed array per figure indexed by row,
 * with a small handle per event (EventRow) standing where the record stood. At 50,000 actors /
 * 500,000 relations each record was an object of twelve fields (120 bytes, 60 MB of the request
 * thread's heap); a handle is 32 bytes (its row; its class knows the columns), and the columns 27 to 40 bytes a row in array buffers:
 * ends, type, origin and dates as numbers into tables of strings (one copy each), and those
 * numbers and the counts each in the narrowest typed array that holds them (bytes, then 16 and 32
 * bits, then doubles); the means as doubles; the few rows with URLs in a map.
 *
 * Why handles and not bare row numbers: the dataset's list, the index's records by edge, a coded
 * edge's attributes (graph/coded-edge.ts, a proxy whose target is the record) and a curation's
 * table edits (model/apply-curation.ts) all hold and compare records by identity. A handle reads
 * as the record did (`e.goldstein`…) and is written as it (`toJSON`: the same fields, in the
 * schema's order), so answers and exports are unchanged. What spreads or lists a record's own
 * fields must ask for the plain record (eventRecord): a handle has none of its own.
 *
 * Rows are only appended (growth by doubling), never changed: a curation replaces a coded event
 * by a new row, and a version still being answered keeps reading the old one. The rows a curation
 * left are kept until the next full load makes new columns.
 */
import type { EventRelation, RelationType } from '../domain/types';

/** The fields of a coded-event record, in the order a record is written (eventRelationSchema's). */
const FIELDS = ['source', 'target', 'type', 'origin', 'events', 'mentions', 'sources', 'goldstein', 'tone', 'firstSeen', 'lastSeen', 'urls'] as const;

/** The URLs of a row that has none: one frozen list for all, so a change to it throws rather than reaching every row. */
export const NO_URLS = Object.freeze([]) as unknown as string[];

/** Rows a new set of columns has room for before its first growth. */
const FIRST_CAPACITY = 1024;

/** The typed arrays a column may use, narrowest first, with which numbers each holds exactly. */
const WIDTHS = [
  { make: (n: number) => new Uint8Array(n), holds: (v: number) => (v & 0xff) === v && !Object.is(v, -0) },
  { make: (n: number) => new Uint16Array(n), holds: (v: number) => (v & 0xffff) === v && !Object.is(v, -0) },
  { make: (n: number) => new Uint32Array(n), holds: (v: number) => v >>> 0 === v && !Object.is(v, -0) },
  { make: (n: number) => new Float64Array(n), holds: () => true },
] as const;
const DOUBLES = WIDTHS.length - 1;

type NumberArray = Uint8Array | Uint16Array | Uint32Array | Float64Array;

/**
 * Numbers by row in the narrowest typed array that holds every one so far exactly: a count or a
 * string's number starts in bytes and is copied into a wider array the first time one does not
 * fit (-0 and fractions only in doubles). Widening copies the column once per width, at most three times.
 */
class NumberColumn {
  private width: number;
  private values: NumberArray;

  constructor(capacity: number, width = 0) {
    this.width = width;
    this.values = WIDTHS[width].make(capacity);
  }

  get(row: number): number {
    return this.values[row];
  }

  set(row: number, v: number): void {
    if (!WIDTHS[this.width].holds(v)) {
      let w = this.width + 1;
      while (!WIDTHS[w].holds(v)) w++;
      this.resize(this.values.length, w);
    }
    this.values[row] = v;
  }

  grow(capacity: number): void {
    this.resize(capacity, this.width);
  }

  private resize(capacity: number, width: number): void {
    const next = WIDTHS[width].make(capacity);
    next.set(this.values);
    this.values = next;
    this.width = width;
  }
}

/** Strings numbered in the order first seen, one copy each; a column holds their numbers. */
class Words {
  private readonly list: string[] = [];
  private readonly numbers = new Map<string, number>();

  /** `known`: strings numbered first, whose copies are then the ones kept (see EventColumns' constructor). */
  constructor(known: Iterable<string> = []) {
    for (const s of known) this.numberOf(s);
  }

  numberOf(s: string): number {
    let n = this.numbers.get(s);
    if (n === undefined) {
      n = this.list.push(s) - 1;
      this.numbers.set(s, n);
    }
    return n;
  }

  at(n: number): string {
    return this.list[n];
  }

  /** `test` of the string numbered n, asked once per string (a big dataset's rows name a few thousand). */
  verdicts(test: (s: string) => boolean): (n: number) => boolean {
    // 0: not asked yet, 1: passes, 2: fails.
    const known = new Int8Array(this.list.length);
    return (n) => {
      if (known[n] === 0) known[n] = test(this.list[n]) ? 1 : 2;
      return known[n] === 1;
    };
  }
}

/**
 * The schema's rule for each field of a coded event, as predicates (domain/schema.ts,
 * eventFieldChecks): what a check of rows asks of their values.
 */
export interface EventFieldChecks {
  end(v: unknown): boolean;
  type(v: unknown): boolean;
  origin(v: unknown): boolean;
  events(v: unknown): boolean;
  mentions(v: unknown): boolean;
  sources(v: unknown): boolean;
  goldstein(v: unknown): boolean;
  tone(v: unknown): boolean;
  date(v: unknown): boolean;
  urls(v: unknown): boolean;
}

/**
 * Whether these values are of the kinds a row's fields after its ends hold: strings for the type,
 * the origin and the dates, numbers for the figures, a list for the URLs. The one statement of it:
 * a record's (fitsARow, with its ends as strings) and a store row's (row-records.ts' heldEvent,
 * whose ends may be actors' rowids) are both asked here.
 */
export function statsKindsFit(
  type: unknown, origin: unknown,
  events: unknown, mentions: unknown, sources: unknown, goldstein: unknown, tone: unknown,
  firstSeen: unknown, lastSeen: unknown, urls: unknown,
): boolean {
  return (
    typeof type === 'string' && typeof origin === 'string' &&
    typeof events === 'number' && typeof mentions === 'number' && typeof sources === 'number' && typeof goldstein === 'number' && typeof tone === 'number' &&
    typeof firstSeen === 'string' && typeof lastSeen === 'string' && Array.isArray(urls)
  );
}

/** A record whose fields are exactly those of FIELDS, in order, of the kinds a row holds: what a row can stand for without loss. */
function fitsARow(e: EventRelation): boolean {
  if (Object.getPrototypeOf(e) !== Object.prototype) return false;
  let n = 0;
  for (const k in e) if (k !== FIELDS[n++]) return false;
  const r = e as unknown as Record<(typeof FIELDS)[number], unknown>;
  return n === FIELDS.length && typeof r.source === 'string' && typeof r.target === 'string' && statsKindsFit(r.type, r.origin, r.events, r.mentions, r.sources, r.goldstein, r.tone, r.firstSeen, r.lastSeen, r.urls);
}

export class EventColumns {
  /** The strings rows name, one copy each: actor ids (both ends), types, origins, dates (first and last). */
  private readonly actors: Words;
  private readonly typeWords = new Words();
  private readonly originWords = new Words();
  private readonly dates = new Words();
  private capacity: number;
  private rows = 0;
  private readonly sources: NumberColumn;
  private readonly targets: NumberColumn;
  private readonly types: NumberColumn;
  private readonly origins: NumberColumn;
  private readonly firstSeens: NumberColumn;
  private readonly lastSeens: NumberColumn;
  private readonly events: NumberColumn;
  private readonly mentions: NumberColumn;
  private readonly sourceCounts: NumberColumn;
  private readonly goldsteins: NumberColumn;
  private readonly tones: NumberColumn;
  /** The URLs of the rows that have some (most have none). */
  private readonly urls = new Map<number, string[]>();
  /**
   * The handles of these columns' rows: a class of their own, which knows the columns, so a handle
   * holds its row alone (32 bytes rather than 40: 4 MB of the request thread's heap at 500,000 events).
   */
  private readonly Row: new (row: number) => EventRow;

  /**
   * `actorIds`: the dataset's actor ids, when known before its events (a store's load): rows then
   * hold those very strings, not copies of their own, and a lookup of a row's end in a set or map
   * of actor ids finds the same string at once (a copy is compared character by character: at
   * 500,000 events, the load's check of the ends took seconds instead of a fraction of one).
   */
  constructor(capacity = FIRST_CAPACITY, actorIds: Iterable<string> = []) {
    this.actors = new Words(actorIds);
    this.Row = rowClassOf(this);
    this.capacity = Math.max(1, capacity);
    const column = (width = 0): NumberColumn => new NumberColumn(this.capacity, width);
    this.sources = column();
    this.targets = column();
    this.types = column();
    this.origins = column();
    this.firstSeens = column();
    this.lastSeens = column();
    this.events = column();
    this.mentions = column();
    this.sourceCounts = column();
    // Means are fractions as often as not: doubles from the start.
    this.goldsteins = column(DOUBLES);
    this.tones = column(DOUBLES);
  }

  /** How many rows were appended (those a curation left included). */
  get size(): number {
    return this.rows;
  }

  /**
   * `e` as a row of these columns: a handle of a new row with its figures, or `e` itself when it
   * already is a row (of these columns or of others), or when its fields are not exactly a
   * record's (it is then kept as it is). A row of other columns is kept, not copied: rows never
   * change, and the lists that hold it (another Explorer's dataset and index, given the same
   * dataset object) find it by identity; copying it would leave those lists holding records their
   * own curations can no longer find. It keeps its columns alive while it is held.
   */
  hold(e: EventRelation): EventRelation {
    if (e instanceof EventRow || !fitsARow(e)) return e;
    return this.holdFields(e.source, e.target, e.type, e.origin, e.events, e.mentions, e.sources, e.goldstein, e.tone, e.firstSeen, e.lastSeen, e.urls);
  }

  /**
   * hold() of the record of these fields, given one by one, of the kinds a row holds (the caller
   * asks statsKindsFit first, and has the ends' kinds):
   * a store's read makes no record of each of its 500,000 rows only to copy it here.
   */
  holdFields(
    source: string, target: string, type: RelationType, origin: string,
    events: number, mentions: number, sources: number, goldstein: number, tone: number,
    firstSeen: string, lastSeen: string, urls: string[],
  ): EventRow {
    return this.holdActorFields(this.actors.numberOf(source), this.actors.numberOf(target), type, origin, events, mentions, sources, goldstein, tone, firstSeen, lastSeen, urls);
  }

  /**
   * holdFields with the ends given as their places in the `actorIds` these columns were made with
   * (a store's read finds them from the actors' rowids, store/actor-ends.ts): no id string is
   * looked up (a second of the start at 500,000 events). The caller vouches for the places.
   */
  holdActorFields(
    source: number, target: number, type: RelationType, origin: string,
    events: number, mentions: number, sources: number, goldstein: number, tone: number,
    firstSeen: string, lastSeen: string, urls: string[],
  ): EventRow {
    if (this.rows === this.capacity) this.grow(this.capacity * 2);
    const row = this.rows++;
    this.sources.set(row, source);
    this.targets.set(row, target);
    this.types.set(row, this.typeWords.numberOf(type));
    this.origins.set(row, this.originWords.numberOf(origin));
    this.firstSeens.set(row, this.dates.numberOf(firstSeen));
    this.lastSeens.set(row, this.dates.numberOf(lastSeen));
    this.events.set(row, events);
    this.mentions.set(row, mentions);
    this.sourceCounts.set(row, sources);
    this.goldsteins.set(row, goldstein);
    this.tones.set(row, tone);
    if (urls.length) this.urls.set(row, urls);
    return new this.Row(row);
  }

  /** Replaces each record of `list` where it stands by its row (see hold); room for those not rows already is made at once. */
  holdAll(list: EventRelation[]): void {
    let records = 0;
    for (const e of list) if (!(e instanceof EventRow)) records++;
    if (this.rows + records > this.capacity) this.grow(this.rows + records);
    for (let i = 0; i < list.length; i++) list[i] = this.hold(list[i]);
  }

  /** The plain record of `row`: its fields in the order a record is written. */
  record(row: number): EventRelation {
    return {
      source: this.sourceOf(row),
      target: this.targetOf(row),
      type: this.typeOf(row),
      origin: this.originOf(row),
      events: this.eventsOf(row),
      mentions: this.mentionsOf(row),
      sources: this.sourcesOf(row),
      goldstein: this.goldsteinOf(row),
      tone: this.toneOf(row),
      firstSeen: this.firstSeenOf(row),
      lastSeen: this.lastSeenOf(row),
      urls: this.urlsOf(row),
    };
  }

  sourceOf = (row: number): string => this.actors.at(this.sources.get(row));
  targetOf = (row: number): string => this.actors.at(this.targets.get(row));
  typeOf = (row: number): RelationType => this.typeWords.at(this.types.get(row)) as RelationType;
  originOf = (row: number): string => this.originWords.at(this.origins.get(row));
  firstSeenOf = (row: number): string => this.dates.at(this.firstSeens.get(row));
  lastSeenOf = (row: number): string => this.dates.at(this.lastSeens.get(row));
  eventsOf = (row: number): number => this.events.get(row);
  mentionsOf = (row: number): number => this.mentions.get(row);
  sourcesOf = (row: number): number => this.sourceCounts.get(row);
  goldsteinOf = (row: number): number => this.goldsteins.get(row);
  toneOf = (row: number): number => this.tones.get(row);
  urlsOf = (row: number): string[] => this.urls.get(row) ?? NO_URLS;

  /**
   * True when every item of `list` is a row of these columns and every field of each passes
   * `checks`: a store's 500,000 events checked as columns, each distinct id, type, origin and
   * date once and the figures from their typed arrays, rather than record by record through their
   * handles (half a second more at the start). False says only that this check cannot vouch for
   * them: the records are then checked one by one, which names the fault.
   */
  rowsPass(list: readonly unknown[], checks: EventFieldChecks): boolean {
    const end = this.actors.verdicts(checks.end);
    const type = this.typeWords.verdicts(checks.type);
    const origin = this.originWords.verdicts(checks.origin);
    const date = this.dates.verdicts(checks.date);
    for (let i = 0; i < list.length; i++) {
      const row = EventRow.rowIn(list[i], this);
      if (row < 0) return false;
      const ok =
        end(this.sources.get(row)) &&
        end(this.targets.get(row)) &&
        type(this.types.get(row)) &&
        origin(this.origins.get(row)) &&
        checks.events(this.events.get(row)) &&
        checks.mentions(this.mentions.get(row)) &&
        checks.sources(this.sourceCounts.get(row)) &&
        checks.goldstein(this.goldsteins.get(row)) &&
        checks.tone(this.tones.get(row)) &&
        date(this.firstSeens.get(row)) &&
        date(this.lastSeens.get(row)) &&
        checks.urls(this.urlsOf(row));
      if (!ok) return false;
    }
    return true;
  }

  /**
   * True when every item of `list` is a row of these columns whose ends are actors (`isActor`,
   * asked once per id) and differ; false as for rowsPass (the records are then checked one by one).
   */
  endsPass(list: readonly unknown[], isActor: (id: string) => boolean): boolean {
    const actor = this.actors.verdicts(isActor);
    for (let i = 0; i < list.length; i++) {
      const row = EventRow.rowIn(list[i], this);
      if (row < 0) return false;
      const source = this.sources.get(row);
      const target = this.targets.get(row);
      // One number per distinct id (Words): the same number is the same id.
      if (!(actor(source) && actor(target) && source !== target)) return false;
    }
    return true;
  }

  private grow(capacity: number): void {
    for (const c of [this.sources, this.targets, this.types, this.origins, this.firstSeens, this.lastSeens, this.events, this.mentions, this.sourceCounts, this.goldsteins, this.tones]) c.grow(capacity);
    this.capacity = capacity;
  }
}

/** One coded event of an EventColumns: reads as its record (see the top of this file); each columns' rows are of a class of its own (EventColumns.Row). */
export abstract class EventRow implements EventRelation {
  readonly #row: number;

  constructor(row: number) {
    this.#row = row;
  }

  /** The columns this is a row of. */
  protected abstract get columns(): EventColumns;

  get source(): string {
    return this.columns.sourceOf(this.#row);
  }

  get target(): string {
    return this.columns.targetOf(this.#row);
  }

  get type(): RelationType {
    return this.columns.typeOf(this.#row);
  }

  get origin(): string {
    return this.columns.originOf(this.#row);
  }

  get events(): number {
    return this.columns.eventsOf(this.#row);
  }

  get mentions(): number {
    return this.columns.mentionsOf(this.#row);
  }

  get sources(): number {
    return this.columns.sourcesOf(this.#row);
  }

  get goldstein(): number {
    return this.columns.goldsteinOf(this.#row);
  }

  get tone(): number {
    return this.columns.toneOf(this.#row);
  }

  get firstSeen(): string {
    return this.columns.firstSeenOf(this.#row);
  }

  get lastSeen(): string {
    return this.columns.lastSeenOf(this.#row);
  }

  get urls(): string[] {
    return this.columns.urlsOf(this.#row);
  }

  /** The row `e` is of `columns`, or -1 when it is not a row of them. */
  static rowIn(e: unknown, columns: EventColumns): number {
    return e instanceof EventRow && e.columns === columns ? e.#row : -1;
  }

  /** The columns `e` is a row of, if it is a row. */
  static columnsOf(e: unknown): EventColumns | undefined {
    return e instanceof EventRow ? e.columns : undefined;
  }

  /** The plain record, as a record is serialised. */
  toJSON(): EventRelation {
    return this.columns.record(this.#row);
  }
}

/** The class of the rows of `columns` (see EventColumns.Row). */
function rowClassOf(columns: EventColumns): new (row: number) => EventRow {
  return class extends EventRow {
    protected get columns(): EventColumns {
      return columns;
    }
  };
}

/** `e` as a plain record of its own fields (a row's made from its columns; any other as it is): for code that spreads or lists a record's fields. */
export const eventRecord = (e: EventRelation): EventRelation => (e instanceof EventRow ? e.toJSON() : e);
