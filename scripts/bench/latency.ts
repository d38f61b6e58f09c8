/** What the living-graph cases of `npm run bench` report of reads and of the server's memory. */
import fs from 'node:fs';

export interface Latency {
  p50: number;
  p99: number;
  max: number;
}

const quantile = (xs: number[], q: number): number => +[...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))].toFixed(1);

/** Milliseconds of reads: median, 99th percentile, slowest. */
export const latencyOf = (xs: number[]): Latency => ({ p50: quantile(xs, 0.5), p99: quantile(xs, 0.99), max: quantile(xs, 1) });

/** A process's resident memory now and at its peak, in MB (from /proc). */
export function memoryMB(pid: number): { rss: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string): number => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return { rss: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) };
}
