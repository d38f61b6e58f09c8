/** The benchmark's report: one row per graph and measure, ours beside igraph's, with the ratio. */
import type { CaseResult, Timing } from './run-case';

export interface IgraphResult {
  version: string;
  build: number;
  pagerank: number;
  pagerankWeighted?: number;
  betweenness?: number;
  betweennessWeighted?: number;
  closeness?: number;
  louvain: number;
  modularity: number;
  graphml: number;
  peakRssMb: number;
}

/** Largest differences between our values and igraph's on the same graph. */
export interface Agreement {
  pagerank?: number;
  pagerankWeighted?: number;
  betweennessWeighted?: number;
  betweenness?: number;
  /** Sampled estimate against igraph's exact values, and the bound it was given. */
  sampled?: { maxError: number; epsilon: number };
  closeness?: number;
}

const seconds = (s: number | undefined): string => (s === undefined ? '—' : s < 0.01 ? `${(s * 1000).toFixed(1)} ms` : `${s.toFixed(2)} s`);
const ratio = (a: number | undefined, b: number | undefined): string => (a === undefined || b === undefined || b === 0 ? '' : (a / b).toFixed(2));

function pad(rows: string[][]): string {
  const widths = rows[0].map((_c, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((c, i) => (i >= 2 && i <= 4 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd()).join('\n');
}

export function formatCase(c: CaseResult, ig: IgraphResult | undefined, agree: Agreement, skippedNote: string): string {
  const rows: string[][] = [['graph', 'measure', 'ours', 'igraph', 'ours/igraph', 'note']];
  const label = `${c.name} (${c.nodes.toLocaleString('en-US')} nodes, ${c.edges.toLocaleString('en-US')} edges)`;
  const add = (measure: string, ours: Timing | undefined, theirs: number | undefined, note = ours?.note ?? ''): void => {
    rows.push([rows.length === 1 ? label : '', measure, ours ? seconds(ours.seconds) : 'skipped', ig ? seconds(theirs) : '', ratio(ours?.seconds, theirs), note]);
  };
  if (c.import) add('GDELT import', c.import, undefined, `${c.import.rows.toLocaleString('en-US')} rows, ${Math.round(c.import.rows / c.import.seconds).toLocaleString('en-US')} rows/s`);
  add('build', c.build, ig?.build);
  add('PageRank', c.pagerank, ig?.pagerank, agree.pagerank === undefined ? '' : `max |Δ| vs igraph ${agree.pagerank.toExponential(1)}`);
  add('PageRank (weighted)', c.pagerankWeighted, ig?.pagerankWeighted, agree.pagerankWeighted === undefined ? 'strength: summed weight' : `strength: summed weight; max |Δ| vs igraph ${agree.pagerankWeighted.toExponential(1)}`);
  add(
    'betweenness (weighted, exact)',
    c.betweennessWeighted,
    ig?.betweennessWeighted,
    c.betweennessWeighted
      ? `${c.betweennessWeighted.note ?? ''}${agree.betweennessWeighted === undefined ? '' : `; max |Δ| vs igraph ${agree.betweennessWeighted.toExponential(1)}`}`
      : skippedNote,
  );
  const sampled = c.betweenness.note?.startsWith('sampled');
  add(
    `betweenness (${sampled ? 'sampled' : 'exact'})`,
    c.betweenness,
    sampled ? undefined : ig?.betweenness,
    [c.betweenness.note, agree.sampled && `max error vs exact ${agree.sampled.maxError.toExponential(1)} ≤ ε`].filter(Boolean).join('; '),
  );
  if (sampled) {
    add('betweenness (exact)', c.betweennessExact, ig?.betweenness, c.betweennessExact ? (c.betweennessExact.note ?? '') : skippedNote);
  }
  if (agree.betweenness !== undefined) rows[rows.length - 1][5] += `; max |Δ| vs igraph ${agree.betweenness.toExponential(1)}`;
  const closenessSampled = c.closeness.note?.startsWith('sampled');
  add(`closeness (${closenessSampled ? 'sampled' : 'exact'})`, c.closeness, closenessSampled ? undefined : ig?.closeness);
  if (closenessSampled) add('closeness (exact)', c.closenessExact, ig?.closeness, c.closenessExact ? (c.closenessExact.note ?? '') : skippedNote);
  if (agree.closeness !== undefined) rows[rows.length - 1][5] += `; max |Δ| vs igraph ${agree.closeness.toExponential(1)}`;
  add('Louvain', c.louvain, ig?.louvain, `modularity ${c.louvain.modularity.toFixed(3)}${ig ? ` (igraph ${ig.modularity.toFixed(3)})` : ''}`);
  add('GEXF export', c.gexf, ig?.graphml, `${c.gexf.note ?? ''}; igraph writes GraphML (it has no GEXF writer)`);
  rows.push(['', 'peak memory', `${c.peakRssMb} MB`, ig ? `${ig.peakRssMb} MB` : '', ratio(c.peakRssMb, ig?.peakRssMb), 'max RSS of the process (ours includes ts-node, ~150 MB)']);
  return `${pad(rows)}\n\n${formatQueries(c)}`;
}

/** The Explorer's first load and queries (first request each, nothing cached), slowest named. */
function formatQueries(c: CaseResult): string {
  const rows = [['', 'query (first request, uncached)', 'time', 'note'], ...c.queries.map((q) => ['', q.query, seconds(q.seconds), q.note ?? ''])];
  const widths = rows[0].map((_c, i) => Math.max(...rows.map((r) => r[i].length)));
  const lines = rows.map((r) => r.map((cell, i) => (i === 2 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ').trimEnd());
  const queries = c.queries.filter((q) => !q.query.startsWith('first load'));
  const slowest = queries.reduce((a, b) => (b.seconds > a.seconds ? b : a), queries[0]);
  return `${lines.join('\n')}\n  slowest query: ${slowest.query} ${seconds(slowest.seconds)} (target: every query under 2 s)`;
}
