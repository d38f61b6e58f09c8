/**
 * Two server processes on one SQLite file: writes that race to create the same new actor are
 * serialised, each planned against what is stored at the time of writing; none fails.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDatasetJson } from '../../server/data/load-dataset';
import { SqliteStore } from '../../server/store/sqlite-store';
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
    expect(failures).toEqual([]);
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
