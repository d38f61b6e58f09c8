/**
 * Column layouts of GDELT event files, as data. GDELT files are tab-separated without a header,
 * so a row is read by position; its column count tells the layout:
 * - GDELT 2.0 event export (15-minute `*.export.CSV.zip`): 61 columns;
 * - GDELT 1.0 daily events (`YYYYMMDD.export.CSV.zip`): 58 columns (57 plus SOURCEURL);
 * - GDELT 1.0 historical backfile (1979 – March 2013): 57 columns, no SOURCEURL.
 * Sources: GDELT Event Codebook V2.0 (2015-02-19) and Data Format Codebook V1.03 (2013-08-25).
 */

/** Columns shared by every layout: ids, dates, both actors, the event and its reception. */
const COMMON = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1KnownGroupCode', 'Actor1EthnicCode',
  'Actor1Religion1Code', 'Actor1Religion2Code', 'Actor1Type1Code', 'Actor1Type2Code', 'Actor1Type3Code',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2KnownGroupCode', 'Actor2EthnicCode',
  'Actor2Religion1Code', 'Actor2Religion2Code', 'Actor2Type1Code', 'Actor2Type2Code', 'Actor2Type3Code',
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass',
  'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
] as const;

/** Geography block of one actor (or the action) in 1.0: no ADM2 code. */
const geo1 = (p: string): string[] =>
  ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'Lat', 'Long', 'FeatureID'].map((f) => `${p}Geo_${f}`);
/** Geography block in 2.0, which adds the ADM2 code. */
const geo2 = (p: string): string[] =>
  ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'].map((f) => `${p}Geo_${f}`);

export interface GdeltLayout {
  name: 'GDELT 2.0' | 'GDELT 1.0' | 'GDELT 1.0 backfile';
  columns: readonly string[];
  /** Position of SOURCEURL, or -1 when the layout has none. */
  urlColumn: number;
}

const layout = (name: GdeltLayout['name'], columns: string[]): GdeltLayout => ({ name, columns, urlColumn: columns.indexOf('SOURCEURL') });

export const LAYOUTS: readonly GdeltLayout[] = [
  layout('GDELT 2.0', [...COMMON, ...geo2('Actor1'), ...geo2('Actor2'), ...geo2('Action'), 'DATEADDED', 'SOURCEURL']),
  layout('GDELT 1.0', [...COMMON, ...geo1('Actor1'), ...geo1('Actor2'), ...geo1('Action'), 'DATEADDED', 'SOURCEURL']),
  layout('GDELT 1.0 backfile', [...COMMON, ...geo1('Actor1'), ...geo1('Actor2'), ...geo1('Action'), 'DATEADDED']),
];

/** The layout with this many columns, if any. */
export function layoutFor(columnCount: number): GdeltLayout | undefined {
  return LAYOUTS.find((l) => l.columns.length === columnCount);
}

/** Positions of the columns every layout shares (all the importer reads, but SOURCEURL). */
export const FIELD = Object.fromEntries(COMMON.map((name, i) => [name, i])) as Record<(typeof COMMON)[number], number>;
