/** Plain-text tables for the CLI's human output. */

/** Left-aligned columns, numbers right-aligned, two spaces apart. */
export function formatTable(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map((c) => (typeof c === 'number' ? formatNumber(c) : c)))];
  const numeric = header.map((_h, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number'));
  const widths = header.map((_h, i) => Math.max(...cells.map((r) => String(r[i]).length)));
  return cells
    .map((r) => r.map((c, i) => (numeric[i] ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join('  ').trimEnd())
    .join('\n');
}

export function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(6);
}
