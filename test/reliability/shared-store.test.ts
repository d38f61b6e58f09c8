/**
 * Two processes on one SQLite file. Two servers: writes that race to create the same new actor are
 * serialised, each planned against what is stored at the time of writing; none fails. A server and
 * the CLI: what the CLI ingests reaches the running server as deltas, announced article by article.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDatasetJson } from '../../server/data/load-dataset';
import { SqliteStore } from '../../server/store/sqlite-store';
import { runCli } from '../helpers/run-cli';
import { spawnServer } from '../helpers/spawn-server';
import type { Spawned } from '../helpers/spawn-server';

const FIRST = ['Tobias', 'Marek', 'Elena', 'Viktor', 'Nadia', 'Oskar', 'Livia', 'Ansel', 'Corin', 'Dara', 'Fenna', 'Ilse'];
// Surnames differ too: a later "Livia Wrenfield" would be read as the earlier Wrenfield.
const LAST = ['Wrenfield', 'Halvorsen', 'Castellane', 'Dunmore', 'Pellworth', 'Ravensholt', 'Ambrose', 'Tallis', 'Verhoeven', 'Kestrel', 'Marlowe', 'Osgood'];
const ROUNDS = FIRST.length;

/** A name no gazetteer knows, new each round. */
const nameOf = (round: number): string => `${FIRST[round]} ${LAST[round]}`;
const slug = (name: string): string => name.toLowerCase().replace(/\s+/g, '-');

const ingest = (srv: Spawned, text: string): Promise<Response> =>
  fetch(`${srv.base}/api/documents`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ text, outlet: 'Shared Wire', date: '2026-02-15' }),
  });

test('two servers on one database: racing writes that create the same actor all succeed', async () => {
  const db = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ag-shared-')), 'store.sqlite');
  const a = await spawnServer({ ACTOR_GRAPH_DB: db, ACTOR_GRAPH_WRITE_RATE: '100000' });
  const b = await spawnServer({ ACTOR_GRAPH_DB: db, ACTOR_GRAPH_WRITE_RATE: '100000' });
  try {
    const failures: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const name = nameOf(round);
      const answers = await Promise.all([
        ingest(a, `Senator ${name} negotiated with Iran in Doha on Monday, officials said (round ${round}).`),
        ingest(b, `Senator ${name} negotiated with Oman in Muscat on Tuesday, diplomats said (round ${round}).`),
      ]);
      for (const res of answers) if (res.status !== 201) failures.push(`round ${round}: ${res.status} ${await res.text()}`);
    }
    // The servers' logs name the cause of a failed write.
    expect({ failures, logs: failures.length ? [a.output(), b.output()] : [] }).toEqual({ failures: [], logs: [] });
  } finally {
    a.child.kill('SIGTERM');
    b.child.kill('SIGTERM');
    await Promise.all([a.exited, b.exited]);
  }
  const store = new SqliteStore(db);
  try {
    expect(store.integrityCheck()).toEqual([]);
    const dump = store.dump();
    expect(() => parseDatasetJson(dump, 'shared store')).not.toThrow();
    expect(dump.documents.filter((d) => d.outlet === 'Shared Wire')).toHaveLength(2 * ROUNDS);
    for (let round = 0; round < ROUNDS; round++) {
      const id = slug(nameOf(round));
      expect(dump.actors.filter((x) => x.id === id)).toHaveLength(1);
      // Both articles' relations reached the one actor record.
      const partners = dump.relations.filter((r) => r.source === id || r.target === id).map((r) => (r.source === id ? r.target : r.source));
      expect(new Set(partners)).toEqual(new Set(['iran', 'oman']));
    }
  } finally {
    store.close();
  }
}, 120_000);

/** The `dataset` events a server's event stream sends, as they come. */
async function listen(base: string, heard: { reason: string; document?: { title?: string } }[], signal: AbortSignal): Promise<void> {
  const res = await fetch(`${base}/api/events`, { signal });
  const decoder = new TextDecoder();
  let buffered = '';
  try {
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      buffered += decoder.decode(chunk, { stream: true });
      let end: number;
      while ((end = buffered.indexOf('\n\n')) >= 0) {
        const message = buffered.slice(0, end);
        buffered = buffered.slice(end + 2);
        const data = /^event: dataset\ndata: (.*)$/m.exec(message);
        if (data) heard.push(JSON.parse(data[1]) as { reason: string; document?: { title?: string } });
      }
    }
  } catch (e) {
    if (!signal.aborted) throw e;
  }
}

test('a folder the CLI ingests while a server runs on the same store reaches the server article by article, as deltas', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-shared-cli-'));
  const db = path.join(dir, 'store.sqlite');
  const folder = path.join(dir, 'articles');
  fs.mkdirSync(folder);
  const titles = [0, 1, 2].map((i) => `Shared folder report ${i}`);
  titles.forEach((title, i) =>
    fs.writeFileSync(
      path.join(folder, `${i}.md`),
      `---\noutlet: Folder Wire\ndate: 2026-02-1${i}\ntitle: ${title}\n---\nSenator ${nameOf(i)} negotiated with Oman in Muscat on day ${i}, officials said.\n`,
    ),
  );
  const server = await spawnServer({ ACTOR_GRAPH_DB: db });
  const stop = new AbortController();
  const heard: { reason: string; document?: { title?: string } }[] = [];
  try {
    const listening = listen(server.base, heard, stop.signal);
    const before = ((await (await fetch(`${server.base}/api/health`)).json()) as { dataVersion: number }).dataVersion;
    const cli = await runCli(['ingest', folder, '--json'], undefined, { ACTOR_GRAPH_DB: db });
    expect(cli.code).toBe(0);
    const deadline = Date.now() + 20_000;
    while (heard.length < titles.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    // One announcement per article, with its title (the page lists them), and none "reload everything".
    expect(heard.map((c) => [c.reason, c.document?.title])).toEqual(titles.map((t) => ['ingest', t]));
    const health = (await (await fetch(`${server.base}/api/health`)).json()) as { dataVersion: number };
    expect(health.dataVersion).toBe(before + titles.length);
    const actors = ((await (await fetch(`${server.base}/api/actors`)).json()) as { actors: { id: string }[] }).actors.map((a) => a.id);
    for (let i = 0; i < titles.length; i++) expect(actors).toContain(slug(nameOf(i)));
    stop.abort();
    await listening;
  } finally {
    stop.abort();
    server.child.kill('SIGTERM');
    await server.exited;
  }
}, 120_000);
