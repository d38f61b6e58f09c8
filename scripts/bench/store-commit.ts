/**
 * How long an ingest's store commit holds the request thread: the same change sets (generated
 * 5 KB articles, `relations` pieces of evidence each, signed for near-duplicate search) committed
 * on this thread's connection, as the CLI does and the server did, and through the store writer
 * (server/store/store-writer.ts), as the server does now. For each commit: how long the thread was
 * held (the longest gap between ticks of a 1 ms timer while it ran) and how long the commit took.
 * Alternates the two ways commit by commit, so both see the same disk and load; a third series, no
 * commit but a 20 ms wait, gives the gaps the machine's load makes alone.
 *
 *   node -r ts-node/register/transpile-only scripts/bench/store-commit.ts '{"actors":20000,"relations":100000,"commits":40,"evidence":25}'
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seededRandom } from '../../server/algorithms/random';
import type { ChangeSet } from '../../server/domain/change';
import { signatureOf } from '../../server/ingest/near-duplicates';
import { commitIngest } from '../../server/store/commit-ingest';
import { SqliteStore } from '../../server/store/sqlite-store';
import { StoreWriter } from '../../server/store/store-writer';
import { latency, runCase, sleep } from './bench-server';
import type { Latency } from './bench-server';
import { benchArticle, namedDump } from './ingest-articles';

interface Spec {
  actors: number;
  relations: number;
  commits: number;
  /** Pieces of evidence per change set. */
  evidence: number;
}

/** Runs `commit` while a 1 ms timer ticks: the longest gap between ticks (the thread held), and the commit's time. */
async function timedCommit(commit: () => Promise<unknown>): Promise<{ heldMs: number; commitMs: number }> {
  let last = performance.now();
  let held = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    held = Math.max(held, now - last);
    last = now;
  }, 1);
  const t = performance.now();
  await commit();
  const commitMs = performance.now() - t;
  // The tick after the commit measures a hold that lasted to its end.
  await sleep(5);
  clearInterval(tick);
  return { heldMs: held, commitMs };
}

async function main(): Promise<void> {
  const spec = JSON.parse(process.argv[2]) as Spec;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-store-commit-'));
  const file = path.join(dir, 'store.sqlite');
  const random = seededRandom(5);
  const dump = namedDump(spec.actors, spec.relations, 5, random);
  const store = new SqliteStore(file);
  store.replace(dump);
  const writer = new StoreWriter(file);
  const change = (n: number): ChangeSet => {
    const text = benchArticle(n, dump, random);
    const relations = Array.from({ length: spec.evidence }, (_, i) => {
      const at = Math.floor(random() * (text.length - 120));
      const [a, b] = [dump.actors[Math.floor(random() * dump.actors.length)].id, dump.actors[Math.floor(random() * dump.actors.length)].id];
      return { source: a, target: b === a ? dump.actors[(i + 1) % dump.actors.length].id : b, type: 'opposes' as const, evidence: { document: `bench-${n}`, quote: text.slice(at, at + 100), start: at, confidence: 0.8, method: 'extracted' as const } };
    });
    return { document: { id: `bench-${n}`, title: `Bench ${n}`, outlet: 'Bench Wire', date: '2026-03-01', text }, actors: [], relations, signature: signatureOf(text) };
  };
  try {
    const here: { heldMs: number; commitMs: number }[] = [];
    const off: { heldMs: number; commitMs: number }[] = [];
    const none: { heldMs: number; commitMs: number }[] = [];
    // The writer's thread starts at its first commit: not measured.
    await writer.commit(change(0), store.logEnd());
    for (let n = 1; n <= spec.commits; n++) {
      const into = n % 2 ? here : off;
      const c = change(n);
      into.push(await timedCommit(async () => (n % 2 ? commitIngest(store, c, store.logEnd()) : writer.commit(c, store.logEnd()))));
      await sleep(10);
      if (n % 2) none.push(await timedCommit(() => sleep(20)));
      await sleep(10);
    }
    const report = (xs: { heldMs: number; commitMs: number }[]): { held: Latency; commit: Latency } => ({ held: latency(xs.map((x) => x.heldMs)), commit: latency(xs.map((x) => x.commitMs)) });
    process.stdout.write(JSON.stringify({ ...spec, onThisThread: report(here), inTheWriter: report(off), noCommit: report(none) }) + '\n');
  } finally {
    await writer.close();
    store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

runCase(main);
