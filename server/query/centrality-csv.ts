/**
 * Centrality answers as CSV (`format=csv`, `--format csv`): a ranking as rank, id, label, kind,
 * value; a centrality over time as the table actor × period (one column per period label).
 */
import type { CentralityOverTime, CentralityResult } from '../domain/api';
import { csvRowsText } from '../graph/flat-writers';

/** Formats of a centrality answer. */
export const CENTRALITY_FORMATS = ['json', 'csv'] as const;
export type CentralityFormat = (typeof CENTRALITY_FORMATS)[number];

const join = (pieces: Iterable<string>): string => [...pieces].join('');

export function centralityCsv(r: CentralityResult | CentralityOverTime): string {
  if ('periods' in r) {
    return join(csvRowsText(['id', 'label', 'kind', ...r.periods.map((p) => p.period)], r.actors.map((a) => [a.id, a.label, a.kind, ...a.values])));
  }
  return join(csvRowsText(['rank', 'id', 'label', 'kind', r.metric], r.ranking.map((x) => [x.rank, x.id, x.label, x.kind, x.value])));
}
