/**
 * Progress of a long CLI run (batch ingest, feed poll, GDELT import) on stderr: a bar with counts,
 * rate and time left on a terminal (cli-progress), plain lines every few seconds otherwise, and
 * nothing at all with --json (which prints one summary at the end instead).
 */
import { MultiBar, Presets } from 'cli-progress';

export interface Progress {
  /** Sets the total when it becomes known (a feed's items). */
  setTotal(total: number): void;
  /** One unit done; `detail` is shown next to the counts (e.g. "12 added, 1 failed"). */
  tick(detail: string): void;
  /** New detail without a unit done (rows read inside a long file). */
  note(detail: string): void;
  /** A line that must be seen (a failed file): printed above the bar. */
  log(line: string): void;
  stop(): void;
}

/** Seconds between plain lines when stderr is not a terminal. */
const PLAIN_EVERY_MS = 5_000;

const rateText = (done: number, ms: number): string => `${(done / Math.max(ms / 1000, 0.001)).toFixed(1)}/s`;

function plainProgress(label: string, total: number, out: NodeJS.WriteStream, everyMs: number): Progress {
  const started = Date.now();
  let done = 0;
  let last = started;
  let lastDetail = '';
  const line = (): void => {
    const ms = Date.now() - started;
    const left = done > 0 && total > done ? ` ~${Math.round(((total - done) * ms) / done / 1000)} s left` : '';
    out.write(`${label}: ${done}/${total} ${lastDetail} ${rateText(done, ms)}${left}\n`);
  };
  const maybeLine = (): void => {
    const now = Date.now();
    if (now - last >= everyMs) {
      last = now;
      line();
    }
  };
  return {
    setTotal: (t) => void (total = t),
    tick(detail) {
      done++;
      lastDetail = detail;
      maybeLine();
    },
    note(detail) {
      lastDetail = detail;
      maybeLine();
    },
    log: (l) => void out.write(`${l}\n`),
    stop: () => line(),
  };
}

function barProgress(label: string, total: number, out: NodeJS.WriteStream): Progress {
  const multi = new MultiBar(
    { stream: out, format: `${label} {bar} {value}/{total} {detail} {rate} eta {eta_formatted}`, hideCursor: true, clearOnComplete: false },
    Presets.shades_classic,
  );
  const started = Date.now();
  let done = 0;
  const bar = multi.create(total, 0, { detail: '', rate: '' });
  return {
    setTotal: (t) => bar.setTotal(t),
    tick(detail) {
      done++;
      bar.increment(1, { detail, rate: rateText(done, Date.now() - started) });
    },
    note: (detail) => bar.update({ detail }),
    log: (l) => multi.log(`${l}\n`),
    stop: () => multi.stop(),
  };
}

export function startProgress(label: string, total: number, o: { json?: boolean; out?: NodeJS.WriteStream; everyMs?: number } = {}): Progress {
  const out = o.out ?? process.stderr;
  if (o.json) return { setTotal: () => undefined, tick: () => undefined, note: () => undefined, log: (l) => void out.write(`${l}\n`), stop: () => undefined };
  return out.isTTY ? barProgress(label, total, out) : plainProgress(label, total, out, o.everyMs ?? PLAIN_EVERY_MS);
}
