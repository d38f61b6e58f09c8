/**
 * zod schemas for the data files (gazetteer, relations, source index). Shapes only: cross-record
 * checks (unknown ids, duplicates, verbatim quotes) live in data/validate-dataset.ts.
 */
import { z } from 'zod';
import { isReservedKey } from './reserved-keys';
import { MAX_ID_LENGTH, safeId } from './slug';
import { hasLoneSurrogate, normalizeName } from './names';
import { ACTOR_KINDS, RELATION_TYPES } from './types';
import type { EventRelation } from './types';
import { EventRow } from '../data/event-columns';
import type { EventFieldChecks } from '../data/event-columns';
import { MAX_EVENT_URLS, MAX_URL_LENGTH } from './event-limits';
import { EXTRACTION_RULE_NAMES, isExtractionRule } from './extraction-rules';
import type { ExtractionRule } from './extraction-rules';

/**
 * Lowercase slug: letters, digits and single hyphens (stable ids for URLs and exports), never a
 * member of every JavaScript object ("constructor"): ids become keys of plain objects in graphology.
 */
const SLUG_PATTERN = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;

export const slugSchema = z
  .string()
  .regex(SLUG_PATTERN, 'must be a slug of lowercase letters, digits and hyphens')
  .max(MAX_ID_LENGTH)
  .refine((s) => !isReservedKey(s), {
    error: (issue) => `"${String(issue.input)}" is reserved (every JavaScript object has a member of that name); use "${safeId(String(issue.input))}"`,
  });

/**
 * A string given from outside (a request, a file) that is text: JSON's `\\ud800` escapes can name
 * half a surrogate pair, which no UTF-8 store can hold (SQLite keeps U+FFFD instead, so a stored
 * quote or row is no longer what was given). Checked first, so the field is named before anything
 * else looks at it.
 */
export const textSchema = (): z.ZodString =>
  z.string().refine((s) => !hasLoneSurrogate(s), { message: 'holds a lone surrogate (half of a UTF-16 pair, \\uD800–\\uDFFF), which is not text', abort: true });

/** A calendar date written as YYYY-MM-DD that exists. */
/** A web address: http or https only; javascript:, data: and other schemes are refused. */
export const webUrlSchema = z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' }).max(2000);

/** True for an address `webUrlSchema` accepts: only such addresses are served back as links. */
export const isWebUrl = (s: string): boolean => webUrlSchema.safeParse(s).success;

/**
 * Dates already found to exist. A store of 400,000 coded events holds 800,000 dates but a few
 * hundred distinct ones, and building a Date for each was a second of every start; bounded, so
 * odd input cannot grow it without end.
 */
const calendarDates = new Set<string>();
const MAX_REMEMBERED_DATES = 100_000;

function isCalendarDate(s: string): boolean {
  if (calendarDates.has(s)) return true;
  const d = new Date(`${s}T00:00:00Z`);
  const exists = !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  if (exists && calendarDates.size < MAX_REMEMBERED_DATES) calendarDates.add(s);
  return exists;
}

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export const isoDateSchema = z
  .string()
  .regex(DATE_PATTERN, 'must be a date written YYYY-MM-DD')
  .refine(isCalendarDate, 'is not a calendar date');

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** An actor name (or alias, or role) in the normal form of names.ts: what is shown and matched. */
const nameSchema = z.string().transform(normalizeName).pipe(z.string().min(1, 'must not be empty').max(200));

export const actorSchema = z.strictObject({
  id: slugSchema,
  name: nameSchema,
  kind: z.enum(ACTOR_KINDS),
  affiliation: slugSchema.optional(),
  role: nameSchema.optional(),
  aliases: z.array(nameSchema).default([]),
  provisional: z.boolean().optional(),
});

/**
 * Document offsets [start, end) of a word span; whether it lies in its quote is checked at load
 * (validate-dataset.ts). One test instead of a zod tuple: a dump holds three per extracted quote,
 * and the tuple made loading 100,000 of them 0.4 s slower.
 */
const isSpan = (v: unknown): v is [number, number] =>
  Array.isArray(v) && v.length === 2 && Number.isInteger(v[0]) && Number.isInteger(v[1]) && v[0] >= 0 && v[0] < v[1];
const spanSchema = z.custom<[number, number]>(isSpan, 'must be [start, end): two whole offsets, start before end');

const ruleSchema = z.string().refine((s): s is ExtractionRule => isExtractionRule(s), {
  error: (issue) => `"${String(issue.input)}" is not a known rule (<relation type>.<rule>, the rule one of ${EXTRACTION_RULE_NAMES.join(', ')})`,
});

/** The fields of an EvidenceReading: extraction writes all three or none. */
const READING_FIELDS = ['rule', 'cue', 'spans'] as const;

export const evidenceInputSchema = z
  .strictObject({
    document: nonEmpty,
    quote: nonEmpty.max(5000),
    /** Where the quote starts, when the same words occur more than once; found by search otherwise. */
    start: z.number().int().min(0).optional(),
    confidence: z.number().min(0).max(1).optional(),
    method: z.enum(['curated', 'extracted']).optional(),
    rule: ruleSchema.optional(),
    cue: nonEmpty.max(500).optional(),
    spans: z.strictObject({ cue: spanSchema, source: spanSchema.optional(), target: spanSchema.optional() }).optional(),
  })
  .superRefine((e, ctx) => {
    const given = READING_FIELDS.filter((f) => e[f] !== undefined);
    if (given.length === 0 || given.length === READING_FIELDS.length) return;
    const missing = READING_FIELDS.find((f) => e[f] === undefined) as string;
    ctx.addIssue({ code: 'custom', path: [missing], message: `is required with ${given.join(' and ')} (rule, cue and spans go together)` });
  });

export const relationInputSchema = z
  .strictObject({
    id: slugSchema,
    source: slugSchema,
    target: slugSchema.optional(),
    type: z.enum(RELATION_TYPES),
    between: z.tuple([slugSchema, slugSchema]).optional(),
    evidence: z.array(evidenceInputSchema).min(1, 'needs at least one evidence item'),
    note: z.string().optional(),
  })
  .superRefine((r, ctx) => {
    if (r.between && r.type !== 'mediates') {
      ctx.addIssue({ code: 'custom', path: ['between'], message: 'is only allowed on mediates' });
    }
    if (!r.target && !(r.type === 'mediates' && r.between)) {
      ctx.addIssue({
        code: 'custom',
        path: ['target'],
        message: 'is required (a mediates record may give "between" instead)',
      });
    }
    if (r.between && r.between[0] === r.between[1]) {
      ctx.addIssue({ code: 'custom', path: ['between'], message: 'must name two different actors' });
    }
  });

export const documentMetaSchema = z.strictObject({
  id: slugSchema,
  file: z
    .string()
    .regex(/^[\w.-]+\.txt$/, 'must be a .txt file name in the same folder (no path)'),
  title: nonEmpty.max(500),
  outlet: nonEmpty.max(200),
  date: isoDateSchema,
  url: z.url().optional(),
  note: z.string().optional(),
  republishes: slugSchema.optional(),
});

export const sourceIndexSchema = z.strictObject({
  collection: slugSchema,
  title: z.string().optional(),
  documents: z.array(documentMetaSchema),
});

export { MAX_EVENT_URLS, MAX_URL_LENGTH };

export const eventRelationSchema = z.strictObject({
  source: slugSchema,
  target: slugSchema,
  type: z.enum(RELATION_TYPES),
  origin: slugSchema,
  events: z.number().int().min(1),
  mentions: z.number().int().min(0),
  sources: z.number().int().min(0),
  goldstein: z.number().min(-10).max(10),
  tone: z.number().min(-100).max(100),
  firstSeen: isoDateSchema,
  lastSeen: isoDateSchema,
  urls: z.array(z.string().max(MAX_URL_LENGTH)).max(MAX_EVENT_URLS),
});

/** An event relation's fields, in the order eventRelationSchema gives them. */
const EVENT_RELATION_KEYS = Object.keys(eventRelationSchema.shape);

/**
 * eventRelationSchema's rules on each field, as predicates (no messages: a value that fails is
 * read by zod, which names the fault). Strings are remembered once accepted (a big dataset repeats
 * a few thousand ids and a few hundred dates): make one set per batch. The check of plain records
 * (plainEventRelationCheck) and that of rows of columns (data/event-columns.ts, checkRows) both
 * ask these, so both accept exactly what the schema accepts as it is.
 */
export function eventFieldChecks(): EventFieldChecks {
  const slugs = new Set<string>();
  const slug = (s: unknown): boolean => {
    if (typeof s !== 'string') return false;
    if (slugs.has(s)) return true;
    if (!(SLUG_PATTERN.test(s) && s.length <= MAX_ID_LENGTH && !isReservedKey(s))) return false;
    slugs.add(s);
    return true;
  };
  const count = (min: number) => (v: unknown): boolean => Number.isSafeInteger(v) && (v as number) >= min;
  const within = (bound: number) => (v: unknown): boolean => typeof v === 'number' && v >= -bound && v <= bound;
  const dates = new Set<string>();
  const date = (v: unknown): boolean => {
    if (typeof v !== 'string') return false;
    if (dates.has(v)) return true;
    if (!(DATE_PATTERN.test(v) && isCalendarDate(v))) return false;
    dates.add(v);
    return true;
  };
  const types: ReadonlySet<unknown> = new Set(RELATION_TYPES);
  return {
    end: slug,
    type: (v) => types.has(v),
    origin: slug,
    events: count(1),
    mentions: count(0),
    sources: count(0),
    goldstein: within(10),
    tone: within(100),
    date,
    urls: (v) => Array.isArray(v) && v.length <= MAX_EVENT_URLS && v.every((u) => typeof u === 'string' && u.length <= MAX_URL_LENGTH),
  };
}

/**
 * A check that is true of a record eventRelationSchema accepts as it is: a plain object with the
 * schema's keys in its order, or a row of columns, every field valid (eventFieldChecks), so zod's
 * copy would equal it. Reading a store of 400,000 coded events through zod took two seconds of
 * each start and made a copy of each; such records are kept as they are, and zod reads only the
 * others (and names their fault). Make one per batch (see eventFieldChecks).
 */
export function plainEventRelationCheck(): (x: unknown) => x is EventRelation {
  const c = eventFieldChecks();
  /** A plain object with the schema's keys in its order, walked without making a list of them (500,000 lists at that size). */
  const hasTheKeys = (x: object): boolean => {
    if (Object.getPrototypeOf(x) !== Object.prototype) return false;
    let n = 0;
    for (const k in x) if (k !== EVENT_RELATION_KEYS[n++]) return false;
    return n === EVENT_RELATION_KEYS.length;
  };
  return (x: unknown): x is EventRelation => {
    if (typeof x !== 'object' || x === null) return false;
    // A row of columns has the schema's fields by construction; its values are checked as a record's.
    if (!(x instanceof EventRow || hasTheKeys(x))) return false;
    const r = x as unknown as Record<string, unknown>;
    return (
      c.end(r.source) &&
      c.end(r.target) &&
      c.type(r.type) &&
      c.origin(r.origin) &&
      c.events(r.events) &&
      c.mentions(r.mentions) &&
      c.sources(r.sources) &&
      c.goldstein(r.goldstein) &&
      c.tone(r.tone) &&
      c.date(r.firstSeen) &&
      c.date(r.lastSeen) &&
      c.urls(r.urls)
    );
  };
}

export type ActorRecord = z.infer<typeof actorSchema>;
export type RelationRecord = z.infer<typeof relationInputSchema>;
export type DocumentMeta = z.infer<typeof documentMetaSchema>;
export type SourceIndex = z.infer<typeof sourceIndexSchema>;
