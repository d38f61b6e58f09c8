/**
 * The store writer (server/store/store-writer.ts): an ingest's transaction and commit happen in a
 * thread of their own, so the request thread answers reads while a write is slow; a write that
 * fails leaves store and model as they were and answers JSON; commits made there are applied to
 * the model once (not again when the store's change log is read), and a plan made on an older
 * state of the store is refused without writing anything.
 */
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { parseDatasetJson } from '../../server/data/load-dataset';
import type { Dataset } from '../../server/domain/types';
import { commitIngest } from '../../server/store/commit-ingest';
import { SqliteStore } from '../../server/store/sqlite-store';
import { StoreWriter } from '../../server/store/store-writer';
import { WORKER_RESOURCE_LIMITS } from '../../server/workers/thread-limits';
import { tempDbFile, startWriteServer } from '../helpers/write-server';
import { garbageMb, probeNewThreads } from '../helpers/thread-heap';
import type { WriteServer } from '../helpers/write-server';

jest.setTimeout(60_000);

const TOKEN = 'store-writer-test-token';

// Articles of our own, each naming bundled actors so that it adds relations; long enough to be
// signed for near-duplicate search (a shorter one is signed on the request thread at the next ingest).
const article = (place: string): string =>
  [
    `Oman hosted a new round of talks between the United States and Iran in ${place} on Friday.`,
    'Norway offered to mediate between Iran and the United States if the talks stall.',
    `Delegations arrived in ${place} early in the morning and were driven from the airport to a guarded hotel on the coast,`,
    `where reporters waited outside the gates for most of the day while officials from ${place} described the meeting room.`,
  ].join(' ');

const post = async (srv: WriteServer, text: string): Promise<{ status: number; body: any }> => {
  const res = await fetch(`${srv.base}/api/documents`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ text, outlet: 'Test Wire', date: '2026-02-07' }),
  });
  return { status: res.status, body: await res.json() };
};

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** How long each `/api/health` took, asked every 20 ms for `ms`. */
async function healthWaits(srv: WriteServer, ms: number): Promise<number[]> {
  const waits: number[] = [];
  const until = performance.now() + ms;
  while (performance.now() < until) {
    const t = performance.now();
    await (await fetch(`${srv.base}/api/health`)).arrayBuffer();
    waits.push(performance.now() - t);
    await sleep(20);
  }
  return waits;
}

/** Documents and quotes of a dataset. */
const sizeOf = (d: Dataset): [number, number] => [d.documents.length, d.relations.reduce((sum, r) => sum + r.evidence.length, 0)];

/** What the store holds (read afresh, on another connection) and what the model holds. */
function counts(srv: WriteServer, file: string): { stored: [number, number]; model: [number, number] } {
  const reader = new SqliteStore(file);
  try {
    return { stored: sizeOf(parseDatasetJson(reader.dump(), 'store')), model: sizeOf(srv.explorer.getDataset()) };
  } finally {
    reader.close();
  }
}

describe('ingests committed in the store-writer thread', () => {
  let srv: WriteServer;
  /** Another connection to the same file: holds the write lock, or changes the schema, as a test needs. */
  let other: Database.Database;

  beforeAll(async () => {
    srv = await startWriteServer({ token: TOKEN, writer: true });
    other = new Database(srv.dbFile);
    other.pragma('busy_timeout = 5000');
    // The first ingest loads extraction and starts the writer thread: not what is measured below.
    expect((await post(srv, article('Muscat'))).status).toBe(201);
  });
  afterAll(async () => {
    other.close();
    await srv.close();
  });

  test('reads are answered while a write waits for the store: the commit is off the request thread', async () => {
    // Another connection holds the write lock, as a slow commit would: the ingest's write waits for it.
    other.exec('BEGIN IMMEDIATE');
    let settled = false;
    const posting = post(srv, article('Salalah')).finally(() => (settled = true));
    const waits = await healthWaits(srv, 1500);
    // On the request thread the write would hold the event loop (and so this test's own lock) until
    // SQLite gave up waiting: no read would be answered, and the ingest would fail.
    expect(settled).toBe(false);
    expect(waits.length).toBeGreaterThan(5);
    expect(Math.max(...waits)).toBeLessThan(1000);
    other.exec('COMMIT');
    const r = await posting;
    expect(r.status).toBe(201);
    expect(r.body.relations.length).toBeGreaterThan(0);
    const c = counts(srv, srv.dbFile);
    expect(c.model).toEqual(c.stored);
  });

  test("a curation waits for another connection's write lock with the request thread free, then commits", async () => {
    const review = (await (await fetch(`${srv.base}/api/review`)).json()) as { items: { relation: string; version: number }[] };
    const queued = review.items[0];
    other.exec('BEGIN IMMEDIATE');
    let settled = false;
    const accepting = fetch(`${srv.base}/api/relations/${queued.relation}/accept`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ by: 'ana', ifVersion: queued.version }),
    }).finally(() => (settled = true));
    const waits = await healthWaits(srv, 1500);
    // Waiting inside SQLite, the thread (this test's own, which holds the lock) would stall until
    // SQLite gave up: no read answered, the lock never let go, the curation refused.
    expect(settled).toBe(false);
    expect(waits.length).toBeGreaterThan(5);
    expect(Math.max(...waits)).toBeLessThan(1000);
    other.exec('COMMIT');
    const res = await accepting;
    expect(res.status).toBe(200);
    const c = counts(srv, srv.dbFile);
    expect(c.model).toEqual(c.stored);
  });

  test('a commit made in the writer thread is applied to the model once, not again when the change log is read', async () => {
    const before = counts(srv, srv.dbFile);
    const version = srv.explorer.version;
    expect((await post(srv, article('Doha'))).status).toBe(201);
    const after = counts(srv, srv.dbFile);
    expect(after.model).toEqual(after.stored);
    expect(after.stored[0]).toBe(before.stored[0] + 1);
    // The writer's entries in the change log are this process's own commits: catching up adds nothing.
    srv.ingestor.catchUpWithStore();
    await srv.ingestor.catchUpInTurns();
    expect(counts(srv, srv.dbFile)).toEqual(after);
    expect(srv.explorer.version).toBe(version + 1);
  });

  test('curations made while ingests are being committed: each change is applied to the model once', async () => {
    const call = async (method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> => {
      const res = await fetch(`${srv.base}/api${path}`, {
        method,
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: res.status, body: await res.json() };
    };
    const before = counts(srv, srv.dbFile);
    for (const place of ['Nizwa', 'Sur', 'Ibri', 'Duqm']) {
      // The queue's first relation is accepted while the article goes in, and the accept undone after.
      const queued = (await call('GET', '/review')).body.items[0] as { relation: string; version: number };
      const ingest = post(srv, article(place));
      const accept = call('POST', `/relations/${queued.relation}/accept`, { by: 'ana', ifVersion: queued.version });
      expect([(await ingest).status, (await accept).status]).toEqual([201, 200]);
      expect((await call('POST', `/audit/${(await accept).body.event.id}/undo`, { reason: 'test' })).status).toBe(200);
    }
    const after = counts(srv, srv.dbFile);
    expect(after.model).toEqual(after.stored);
    expect(after.stored[0]).toBe(before.stored[0] + 4);
    const reviewed = (await call('GET', '/review')).body.items.length;
    srv.ingestor.catchUpWithStore();
    expect(counts(srv, srv.dbFile)).toEqual(after);
    expect((await call('GET', '/review')).body.items.length).toBe(reviewed);
  });

  test('another process commits the same new actor as this one reads where the log ends: the plan is made with it, no write refused', async () => {
    const name = 'Wilhelmina Osterbrook';
    const id = 'wilhelmina-osterbrook';
    const process2 = new SqliteStore(srv.dbFile);
    const logEnd = srv.store.logEnd.bind(srv.store);
    // The other process's commit lands right when this one reads where the store's log ends.
    let raced = false;
    const spy = jest.spyOn(srv.store, 'logEnd').mockImplementation(() => {
      if (!raced) {
        raced = true;
        const text = `${name} arrived in Doha on Monday.`;
        const change = { document: { id: 'raced', title: 'raced', outlet: 'Other Wire', date: '2026-02-07', text }, actors: [{ id, name, kind: 'person' as const, aliases: [] }], relations: [] };
        expect(commitIngest(process2, change, process2.logEnd())).toEqual({ applied: [], seq: expect.any(Number) });
      }
      return logEnd();
    });
    try {
      const r = await post(srv, `Senator ${name} negotiated with Iran in Doha on Monday, officials said. ${article('Khasab')}`);
      expect(raced).toBe(true);
      expect(r.status).toBe(201);
    } finally {
      spy.mockRestore();
      process2.close();
    }
    const c = counts(srv, srv.dbFile);
    expect(c.model).toEqual(c.stored);
    expect(srv.explorer.getDataset().actors.filter((a) => a.id === id)).toHaveLength(1);
    expect(srv.explorer.getDataset().relations.some((r) => r.source === id || r.target === id)).toBe(true);
  });

  test('a write that fails leaves store and model unchanged and answers JSON; the next write works', async () => {
    // Evidence is written after the document and the relations: the failure comes half-way through.
    other.exec(`CREATE TRIGGER refuse_evidence BEFORE INSERT ON evidence BEGIN SELECT RAISE(ABORT, 'refused by the test'); END`);
    const before = counts(srv, srv.dbFile);
    const version = srv.explorer.version;
    let r: { status: number; body: any };
    try {
      r = await post(srv, article('Sohar'));
    } finally {
      other.exec('DROP TRIGGER refuse_evidence');
    }
    expect(r.status).toBeGreaterThanOrEqual(500);
    expect(r.body.error).toEqual({ code: expect.any(String), message: expect.any(String) });
    expect(JSON.stringify(r.body)).not.toMatch(/\bat .*\.(ts|js)\b|refused by the test/);
    expect(counts(srv, srv.dbFile)).toEqual(before);
    expect(srv.explorer.version).toBe(version);
    expect((await post(srv, article('Sohar'))).status).toBe(201);
    const after = counts(srv, srv.dbFile);
    expect(after.model).toEqual(after.stored);
    expect(after.stored[0]).toBe(before.stored[0] + 1);
  });
});

describe('commitIngest', () => {
  test('writes nothing when the change log moved past the position the change was planned at', () => {
    const store = new SqliteStore(tempDbFile());
    try {
      const change = (id: string): Parameters<typeof commitIngest>[1] => ({
        document: { id, title: id, outlet: 'Test Wire', date: '2026-02-07', text: `The text of ${id}.` },
        actors: [],
        relations: [],
      });
      const basis = store.logEnd();
      const first = commitIngest(store, change('first'), basis);
      expect(first).toEqual({ applied: [], seq: expect.any(Number) });
      // Planned at the same position as the first: the store has moved on since.
      expect(commitIngest(store, change('second'), basis)).toEqual({ stale: true });
      expect(store.findDocumentByText('The text of second.')).toBeUndefined();
      expect(commitIngest(store, change('second'), store.logEnd())).toEqual({ applied: [], seq: store.logEnd() });
    } finally {
      store.close();
    }
  });
});

describe('StoreWriter', () => {
  test("starts its thread with the workers' small young generation, not V8's default for a main thread", async () => {
    const file = tempDbFile();
    const store = new SqliteStore(file);
    const writer = new StoreWriter(file);
    const limits: (number | undefined)[] = [];
    const post = Worker.prototype.postMessage;
    const spy = jest.spyOn(Worker.prototype, 'postMessage').mockImplementation(function (this: Worker, m: unknown) {
      limits.push(this.resourceLimits?.maxYoungGenerationSizeMb);
      post.call(this, m);
    });
    try {
      const change = { document: { id: 'sized', title: 'sized', outlet: 'Test Wire', date: '2026-02-07', text: 'A sized text.' }, actors: [], relations: [] };
      await writer.commit(change, store.logEnd());
      expect(limits).toEqual([WORKER_RESOURCE_LIMITS.maxYoungGenerationSizeMb]);
    } finally {
      spy.mockRestore();
      await writer.close();
      store.close();
    }
  });

  test("collects a write's garbage once idle, so its heap holds no more than what it keeps", async () => {
    const file = tempDbFile();
    const store = new SqliteStore(file);
    const probe = probeNewThreads();
    const writer = new StoreWriter(file);
    try {
      // A long text (about 4 MB) crosses to the thread and is written: garbage once answered.
      const text = Array.from({ length: 40_000 }, (_, i) => `Sentence ${i} of a long made-up text about talks in a harbour town.`).join(' ');
      await writer.commit({ document: { id: 'long', title: 'long', outlet: 'Test Wire', date: '2026-02-07', text }, actors: [], relations: [] }, store.logEnd());
      await sleep(1000);
      expect(probe.made).toHaveLength(1);
      expect(await garbageMb(probe.made[0])).toBeLessThan(1);
    } finally {
      probe.restore();
      await writer.close();
      store.close();
    }
  });

  /** The writer threads started while `run` runs, each with whether it has exited yet. */
  async function threadsDuring(run: (threads: { worker: Worker; exited: boolean }[]) => Promise<void>): Promise<void> {
    const threads: { worker: Worker; exited: boolean }[] = [];
    const post = Worker.prototype.postMessage;
    const spy = jest.spyOn(Worker.prototype, 'postMessage').mockImplementation(function (this: Worker, m: unknown) {
      if (!threads.some((t) => t.worker === this)) {
        const t = { worker: this, exited: false };
        threads.push(t);
        this.once('exit', () => (t.exited = true));
      }
      post.call(this, m);
    });
    try {
      await run(threads);
    } finally {
      spy.mockRestore();
    }
  }

  /** Polls `ok` every 20 ms for up to 20 s (a busy machine starts and ends threads slowly). */
  async function until(ok: () => boolean): Promise<void> {
    const end = Date.now() + 20_000;
    while (!ok() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
    expect(ok()).toBe(true);
  }

  const textChange = (id: string): Parameters<typeof commitIngest>[1] => ({ document: { id, title: id, outlet: 'Test Wire', date: '2026-02-07', text: `The text of ${id}.` }, actors: [], relations: [] });

  test('its thread leaves once idle, and the next write starts another that commits after it', async () => {
    const file = tempDbFile();
    const store = new SqliteStore(file);
    const writer = new StoreWriter(file, 50);
    try {
      await threadsDuring(async (threads) => {
        const first = await writer.commit(textChange('before-idle'), store.logEnd());
        await until(() => threads.length === 1 && threads[0].exited);
        const second = await writer.commit(textChange('after-idle'), store.logEnd());
        expect(threads).toHaveLength(2);
        expect('seq' in first && 'seq' in second && second.seq > first.seq).toBe(true);
        // The layout goes through a new thread as well.
        await until(() => threads[1].exited);
        await writer.savePositions(Object.assign(Object.create(null) as Record<string, { x: number; y: number }>, { oman: { x: 1, y: 2 } }));
        expect(threads).toHaveLength(3);
      });
      expect(store.findDocumentByText('The text of before-idle.')).toBeDefined();
      expect(store.findDocumentByText('The text of after-idle.')).toBeDefined();
    } finally {
      await writer.close();
      store.close();
    }
  });

  // Each write is awaited before the next is asked, so what this guards is that a write asked while the
  // thread before is closing is neither refused nor failed by that thread's exit (its jobs only).
  test('writes asked while the thread before is leaving are each committed, none refused by its exit', async () => {
    const file = tempDbFile();
    const store = new SqliteStore(file);
    // Leaves right after each answer, so most writes start a thread while the one before closes.
    const writer = new StoreWriter(file, 0);
    try {
      await threadsDuring(async (threads) => {
        const seqs: number[] = [];
        for (let i = 0; i < 4; i++) {
          const outcome = await writer.commit(textChange(`w${i}`), store.logEnd());
          if (!('seq' in outcome)) throw new Error(`write ${i} was refused as stale`);
          seqs.push(outcome.seq);
          await new Promise((r) => setTimeout(r, 5));
        }
        expect(threads.length).toBeGreaterThan(1);
        expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
        expect(new Set(seqs).size).toBe(4);
      });
      for (let i = 0; i < 4; i++) expect(store.findDocumentByText(`The text of w${i}.`)).toBeDefined();
    } finally {
      await writer.close();
      store.close();
    }
  });

  test('close waits for a thread that is leaving to close its connection', async () => {
    const file = tempDbFile();
    const store = new SqliteStore(file);
    const writer = new StoreWriter(file, 0);
    try {
      await threadsDuring(async (threads) => {
        await writer.commit(textChange('last'), store.logEnd());
        // Told to leave on the timer just after the answer: close comes while it is leaving or gone.
        await new Promise((r) => setTimeout(r, 1));
        await writer.close();
        expect(threads.every((t) => t.exited)).toBe(true);
      });
    } finally {
      store.close();
    }
  });

  test('keeps a layout in the store from its thread, names from outside included', async () => {
    const file = tempDbFile();
    const store = new SqliteStore(file);
    const writer = new StoreWriter(file);
    try {
      const ids = ['constructor', '__proto__', 'hasOwnProperty', 'oman'];
      store.replace({ documents: [], actors: ids.map((id) => ({ id, name: `Name of ${id}`, kind: 'state', aliases: [] })), relations: [] });
      const positions = Object.create(null) as Record<string, { x: number; y: number }>;
      ids.forEach((id, i) => (positions[id] = { x: i + 0.5, y: 2 * i + 1 }));
      // An actor the store does not hold is left out, as on the request thread.
      positions['not-stored'] = { x: 9, y: 9 };
      await writer.savePositions(positions);
      const kept = store.positions();
      expect(Object.keys(kept).sort()).toEqual([...ids].sort());
      ids.forEach((id, i) => expect(kept[id]).toEqual({ x: i + 0.5, y: 2 * i + 1 }));
    } finally {
      await writer.close();
      store.close();
    }
  });

  test('once closed (the server stopping) it starts no thread again: a commit is refused with a 503 and nothing is written', async () => {
    const file = tempDbFile();
    const store = new SqliteStore(file);
    const writer = new StoreWriter(file);
    try {
      await writer.close();
      // The server starts its writer once the first view is ready, which may come after a stop.
      writer.start();
      const change = { document: { id: 'late', title: 'late', outlet: 'Test Wire', date: '2026-02-07', text: 'A late text.' }, actors: [], relations: [] };
      await expect(writer.commit(change, store.logEnd())).rejects.toMatchObject({ status: 503, code: 'store_unavailable' });
      expect(store.findDocumentByText('A late text.')).toBeUndefined();
    } finally {
      await writer.close();
      store.close();
    }
  });
});
