/**
 * Domain types of the actor graph: the records read from data files or the store, and the
 * attributes carried by the graphology graph built from them. One place for the server's types.
 */
import type { MultiGraph } from 'graphology';
import type { CurationState } from './curation';
import type { ExtractionRule } from './extraction-rules';

/** Relation types, in the order the UI and exports list them. */
export const RELATION_TYPES = ['negotiates', 'mediates', 'opposes'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** `negotiates` is symmetric; the other types run from the actor who acts to the one acted on. */
export const DIRECTED_TYPES: ReadonlySet<RelationType> = new Set(['mediates', 'opposes']);

/**
 * Actor kinds. `military` is apart from `organization` because armed forces and intelligence
 * services act (shoot down, strike, brief war plans) in ways analysts filter on separately.
 */
export const ACTOR_KINDS = ['person', 'state', 'organization', 'military'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** Centrality metric ids (the registry with their definitions is server/graph/metrics.ts). */
export const METRIC_IDS = ['degree', 'in-degree', 'out-degree', 'betweenness', 'closeness', 'eigenvector', 'pagerank'] as const;
export type MetricId = (typeof METRIC_IDS)[number];

/** Relation attributes a metric or path can weigh by: evidence items (+ coded events) and distinct documents. */
export const RELATION_WEIGHTS = ['weight', 'documents'] as const;

/** Periods a centrality over time is split into (day, week from Monday, calendar month). */
export const PERIOD_UNITS = ['day', 'week', 'month'] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];

/** At most this many periods in one centrality over time: each is a whole metric run. */
export const MAX_PERIODS = 400;

/** Links an edge-betweenness answer lists unless `top` says otherwise (each carries its relations' quotes). */
export const DEFAULT_TOP_LINKS = 50;

/** At most this many shortest paths are listed when all are asked for; the answer says when there were more. */
export const MAX_PATHS = 1000;

/**
 * NetworkX's defaults for the metric options (see MetricOptions in api.ts and the option list in
 * query/metric-options.ts), so a call without options gives what NetworkX gives with its defaults.
 */
export const METRIC_OPTION_DEFAULTS = {
  exact: false,
  alpha: 0.85,
  max_iter: 100,
  tol: 1e-6,
  normalized: true,
  endpoints: false,
  seed: 42,
  wf_improved: true,
  resolution: 1,
  selfloops: false,
  multigraph: false,
} as const;

/** Export formats (written by server/graph/export.ts). */
export const EXPORT_FORMATS = ['json', 'node-link', 'gexf', 'graphml', 'csv-nodes', 'csv-edges'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A source document: an article whose text backs evidence quotes. */
export interface SourceDocument {
  id: string;
  title: string;
  outlet: string;
  /** Publication or event date, ISO `YYYY-MM-DD`. */
  date: string;
  url?: string;
  /** Editorial note, e.g. that the first line is a byline. */
  note?: string;
  /** The first stored copy of the same story when this is a republication (near-duplicate): its relations count that source once. */
  republishes?: string;
  text: string;
}

/** Document metadata without its text (what listings return). */
export type DocumentSummary = Omit<SourceDocument, 'text'>;

export const summaryOf = ({ text: _text, ...meta }: SourceDocument): DocumentSummary => meta;

/** An actor of the gazetteer. */
export interface Actor {
  /** Stable slug, e.g. `united-states`. */
  id: string;
  name: string;
  kind: ActorKind;
  /** Id of the actor this one acts for (a state for its officials). */
  affiliation?: string;
  /** Role or title as reported. */
  role?: string;
  /** Other names as they appear in text. */
  aliases: string[];
  /** True for actors created by extraction that no curator has confirmed yet. */
  provisional?: boolean;
}

/**
 * Document offsets [start, end) of what extraction read a relation from: the cue and the words
 * naming its two ends (empty, [i, i], for an end named in an earlier sentence: "the talks").
 */
export interface RelationSpans {
  cue: [number, number];
  source: [number, number];
  target: [number, number];
}

/** The spans as stored with a quote: an end named in an earlier sentence has none. */
export type StoredSpans = Pick<RelationSpans, 'cue'> & Partial<Pick<RelationSpans, 'source' | 'target'>>;

/**
 * Why extraction read a relation in a quote: the rule that found its arguments, the cue as written
 * in the quote, and where cue and arguments stand. All three or none: curated quotes and quotes
 * stored before extraction recorded them have none.
 */
export interface EvidenceReading {
  rule: ExtractionRule;
  /** The cue's words as the quote writes them (`text.slice(...spans.cue)`). */
  cue: string;
  /** Document offsets, inside the quote's [start, end); `source` and `target` as extraction read them (a curator may reverse or reattach the relation since). */
  spans: StoredSpans;
}

/** Evidence as written in a data file: a document id and a verbatim quote from it. */
export interface EvidenceInput extends Partial<EvidenceReading> {
  document: string;
  quote: string;
  /** Offset of the quote when its words occur more than once in the document. */
  start?: number;
  confidence?: number;
  method?: Evidence['method'];
}

/** Evidence resolved at load: where the quote stands in its document, and when and who reported it. */
export interface Evidence extends Partial<EvidenceReading> {
  document: string;
  quote: string;
  /** UTF-16 offsets into the document text: `text.slice(start, end) === quote`. */
  start: number;
  end: number;
  date: string;
  outlet: string;
  /** 1 for curated evidence; extraction's own estimate otherwise. */
  confidence: number;
  /** Where the evidence came from. */
  method: 'curated' | 'extracted';
  /** The first copy of the story when the document republishes one: sources are counted by story. */
  story?: string;
}

/** A relation record as written in a data file. */
export interface RelationInput {
  id: string;
  source: string;
  /** Required except for `mediates` records that name the mediated pair in `between`. */
  target?: string;
  type: RelationType;
  /** For `mediates`: the two parties being mediated. */
  between?: [string, string];
  evidence: EvidenceInput[];
  note?: string;
}

/** A relation with its evidence resolved; one record may back several graph edges. */
export interface Relation {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  between?: [string, string];
  evidence: Evidence[];
}

/** Aggregate figures of coded events (e.g. GDELT) behind one (source, target, type). */
export interface EventStats {
  events: number;
  mentions: number;
  sources: number;
  /** Mean Goldstein scale (−10 conflict … +10 cooperation). */
  goldstein: number;
  /** Mean average tone of the reporting documents. */
  tone: number;
  firstSeen: string;
  lastSeen: string;
  /** Up to N source article URLs, as evidence. */
  urls: string[];
}

/** A relation derived from coded event data rather than from quoted text. */
export interface EventRelation extends EventStats {
  source: string;
  target: string;
  type: RelationType;
  /** Where it came from, e.g. `gdelt`. */
  origin: string;
}

/** Everything the graph is built from. */
export interface Dataset {
  documents: SourceDocument[];
  actors: Actor[];
  relations: Relation[];
  /** Relations aggregated from event data; absent for purely curated datasets. */
  eventRelations?: EventRelation[];
  /** Reviews, rejected relations and the audit log; absent when nothing was ever curated. */
  curation?: CurationState;
}

/** A whole dataset as records (the `dump` format, and what stores keep). */
export interface DatasetDump {
  documents: SourceDocument[];
  actors: Actor[];
  relations: RelationInput[];
  eventRelations?: EventRelation[];
  curation?: CurationState;
}

/** Node attributes in the graphology graph. */
export interface ActorNodeAttributes {
  label: string;
  kind: ActorKind;
  affiliation?: string;
  role?: string;
  aliases: string[];
  provisional: boolean;
}

/**
 * Where a relation comes from: quotes a curator wrote (`curated`), quotes the extraction found
 * (`extracted`), or coded event data alone (`coded`, e.g. GDELT).
 */
export const PROVENANCES = ['curated', 'extracted', 'coded'] as const;
export type Provenance = (typeof PROVENANCES)[number];

/** Edge attributes in the graphology graph: one edge per (source, target, type). */
export interface RelationEdgeAttributes {
  type: RelationType;
  /** Number of distinct evidence items. */
  weight: number;
  /** Number of distinct documents among the evidence. */
  documents: number;
  evidence: Evidence[];
  /** For `mediates`: the pairs this mediator is reported between. */
  between?: [string, string][];
  firstSeen: string;
  lastSeen: string;
  /** Ids of the relation records merged into this edge. */
  relations: string[];
  /** Event-data figures when the edge is (also) backed by coded events. */
  events?: EventStats;
  /** `curated` when any quote is a curator's, else `extracted` when it has quotes, else `coded`. */
  provenance: Provenance;
  /** True when curated, or when a curator accepted every relation record behind it. */
  reviewed: boolean;
  /** Extracted edges: the best extraction confidence among its quotes. */
  confidence?: number;
}

export interface GraphAttributes {
  name: string;
}

/** The actor graph: a mixed multigraph (undirected `negotiates`, directed others). */
export type ActorGraph = MultiGraph<ActorNodeAttributes, RelationEdgeAttributes, GraphAttributes>;
