/**
 * Names every JavaScript object inherits (each of Object.getOwnPropertyNames(Object.prototype),
 * and "__proto__") as actor names and as stored ids. graphology keeps neighbours in plain objects,
 * so an actor whose id is "constructor" used to break every read for good (issue #11). Here each
 * name goes through ingest (HTTP and CLI), every read route and export format, a restored dump,
 * `--data`, and a store written by an old version (the rows inserted with SQL); see also
 * test/e2e/reserved-names.test.ts for the page.
 *
 * The extractor makes an actor of the names it reads as a proper noun in "Iran negotiates with
 * Constructor." — every name but the "__x__" ones (`__proto__`, `__defineGetter__`, ...), which
 * are not words to it: those reach the graph only through restore, `--data` and the store, and
 * are tested there (as are all the others).
 */
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_DATA_DIR } from '../../server/data/paths';
import { RESERVED_KEYS, isReservedKey } from '../../server/domain/reserved-keys';
import { slugSchema } from '../../server/domain/schema';
import { actorIdFor } from '../../server/domain/slug';
import { EXPORT_FORMATS } from '../../server/domain/types';
import type { DatasetDump } from '../../server/domain/types';
import { openStore } from '../../server/store/open-store';
import { runCli } from '../helpers/run-cli';
import { tinyData, writeDataDir } from '../helpers/tiny-dataset';
import { startWriteServer, tempDbFile } from '../helpers/write-server';

jest.setTimeout(180_000);

/** Names the extractor reads as a name (see above); the rest go through restore and the store. */
const EXTRACTED = RESERVED_KEYS.filter((n) => !n.startsWith('__'));
const NOT_EXTRACTED = RESERVED_KEYS.filter((n) => n.startsWith('__'));

const capitalised = (name: string): string => name[0].toUpperCase() + name.slice(1);
const sentenceAbout = (name: string): string => `Iran negotiates with ${capitalised(name)}.`;

// `any`: the answers are checked field by field below.
type Json = any;

async function get(base: string, route: string): Promise<{ status: number; text: string }> {
  const res = await fetch(`${base}${route}`);
  return { status: res.status, text: await res.text() };
}

async function getJson(base: string, route: string): Promise<Json> {
  const r = await get(base, route);
  if (r.status !== 200) throw new Error(`GET ${route} answered ${r.status}: ${r.text.slice(0, 300)}`);
  return JSON.parse(r.text) as Json;
}

const enc = encodeURIComponent;

/**
 * Every read route answers 200 with the actor `id` in it, and `name` (the reserved name, as an
 * old id or a typed name would be) resolves to the same actor where an actor id is expected.
 */
async function expectReadable(base: string, id: string, name: string): Promise<void> {
  expect(isReservedKey(id)).toBe(false);
  expect(slugSchema.safeParse(id).success).toBe(true);
  const graph = await getJson(base, '/api/graph');
  expect(graph.graph.nodes.map((n: Json) => n.key)).toContain(id);
  const ego = await getJson(base, `/api/graph?actor=${enc(id)}&depth=1`);
  expect(ego.graph.nodes.map((n: Json) => n.key)).toEqual(expect.arrayContaining([id, 'iran']));
  const byName = await getJson(base, `/api/graph?actor=${enc(name)}&depth=1`);
  expect(byName.graph.nodes.map((n: Json) => n.key)).toContain(id);
  expect((await getJson(base, '/api/actors')).actors.map((a: Json) => a.id)).toContain(id);
  const detail = await getJson(base, `/api/actors/${enc(id)}`);
  expect(detail.id).toBe(id);
  expect(detail.relations.negotiates.map((r: Json) => r.other)).toContain('iran');
  expect((await getJson(base, `/api/actors/${enc(name)}`)).id).toBe(id);
  const p = await getJson(base, `/api/path?from=iran&to=${enc(id)}`);
  expect(p.nodes).toEqual(['iran', id]);
  expect((await getJson(base, `/api/path?from=${enc(name)}&to=iran`)).nodes).toEqual([id, 'iran']);
  for (const metric of ['degree', 'betweenness', 'closeness', 'pagerank']) {
    const c = await getJson(base, `/api/centrality?metric=${metric}`);
    expect(c.ranking.map((r: Json) => r.id)).toContain(id);
  }
  const communities = await getJson(base, '/api/communities');
  expect(Object.keys(communities.membership)).toContain(id);
  expect(communities.communities.some((c: Json) => c.members.includes(id))).toBe(true);
  for (const format of EXPORT_FORMATS) {
    const r = await get(base, `/api/export?format=${format}`);
    expect([format, r.status]).toEqual([format, 200]);
    expect(r.text).toContain(id);
  }
}

describe('an article naming a reserved name, over HTTP', () => {
  test.each(EXTRACTED)('"%s" becomes an actor with a safe id, and every read route and export answers', async (name) => {
    const srv = await startWriteServer();
    try {
      const res = await fetch(`${srv.base}/api/documents`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ text: sentenceAbout(name), outlet: 'Test Wire', date: '2026-02-07' }),
      });
      expect(res.status).toBe(201);
      const report = (await res.json()) as Json;
      const actor = report.actors.find((a: Json) => a.name === capitalised(name));
      expect(actor).toMatchObject({ status: 'new', provisional: true });
      await expectReadable(srv.base, actor.id, name);
      // The same name again resolves to the same actor: no second one.
      const again = await fetch(`${srv.base}/api/documents`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ text: `${sentenceAbout(name)} Oman hosted them.`, outlet: 'Other Wire', date: '2026-02-08' }),
      });
      expect(again.status).toBe(201);
      const second = ((await again.json()) as Json).actors.find((a: Json) => a.name === capitalised(name));
      expect(second).toMatchObject({ id: actor.id, status: 'matched' });
      expect((await getJson(srv.base, '/api/actors')).actors.filter((a: Json) => a.name === capitalised(name))).toHaveLength(1);
    } finally {
      await srv.close();
    }
  });

  test.each(NOT_EXTRACTED)('"%s" in an article is not a name to the extractor; the ingest and the graph still answer', async (name) => {
    const srv = await startWriteServer();
    try {
      const res = await fetch(`${srv.base}/api/documents`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ text: sentenceAbout(name), outlet: 'Test Wire', date: '2026-02-07' }),
      });
      expect(res.status).toBe(201);
      expect((await get(srv.base, '/api/graph')).status).toBe(200);
    } finally {
      await srv.close();
    }
  });
});

describe('the CLI', () => {
  test('ingest makes each name an actor with a safe id; export answers in every format with all of them', async () => {
    const env = { ACTOR_GRAPH_DB: tempDbFile() };
    const ids = new Map<string, string>();
    for (const name of EXTRACTED) {
      const r = await runCli(['ingest', '--outlet', 'Test Wire', '--date', '2026-02-07', '--json'], sentenceAbout(name), env);
      expect([name, r.code, r.stderr]).toEqual([name, 0, '']);
      const actor = (JSON.parse(r.stdout) as Json).actors.find((a: Json) => a.name === capitalised(name));
      expect(isReservedKey(actor.id)).toBe(false);
      ids.set(name, actor.id);
    }
    expect(new Set(ids.values()).size).toBe(EXTRACTED.length);
    for (const format of EXPORT_FORMATS) {
      const r = await runCli(['export', '--format', format], undefined, env);
      expect([format, r.code, r.stderr]).toEqual([format, 0, '']);
      for (const id of ids.values()) expect(r.stdout).toContain(id);
    }
    const actors = await runCli(['actors', '--json'], undefined, env);
    expect(actors.code).toBe(0);
    expect((JSON.parse(actors.stdout) as Json[]).map((a) => a.id)).toEqual(expect.arrayContaining([...ids.values()]));
    const p = await runCli(['path', '--from', 'constructor', '--to', 'iran', '--json'], undefined, env);
    expect([p.code, p.stderr]).toEqual([0, '']);
    expect((JSON.parse(p.stdout) as Json).nodes).toEqual([ids.get('constructor'), 'iran']);
  });
});

/** A document with one sentence per reserved name, and the name as the id of everything that has one. */
function reservedDump(): DatasetDump {
  const text = RESERVED_KEYS.map(sentenceAbout).join(' ');
  const [docId, relId] = ['__proto__', 'constructor'];
  return {
    documents: [{ id: docId, title: 'Reserved names', outlet: 'Test Wire', date: '2026-02-07', text }],
    actors: [
      { id: 'iran', name: 'Iran', kind: 'state', aliases: ['Tehran'] },
      ...RESERVED_KEYS.map((name) => ({
        id: name,
        name: capitalised(name),
        kind: 'organization' as const,
        // References between reserved ids, rewritten with them.
        ...(name === 'toString' ? { affiliation: 'constructor' } : name === 'constructor' ? { affiliation: 'iran' } : {}),
        aliases: [],
      })),
    ],
    relations: RESERVED_KEYS.map((name, i) => ({
      id: i === 0 ? relId : `r${i}`,
      source: 'iran',
      target: name,
      type: 'negotiates' as const,
      evidence: [{ document: docId, quote: sentenceAbout(name) }],
    })),
    eventRelations: [
      { source: 'valueOf', target: 'iran', type: 'opposes', origin: 'gdelt', events: 3, mentions: 4, sources: 2, goldstein: -2, tone: -1, firstSeen: '2026-02-01', lastSeen: '2026-02-03', urls: [] },
    ],
  };
}

/** What a repaired dataset must be: no reserved id anywhere, every old id an alias of its actor, nothing lost. */
function expectRepaired(before: DatasetDump, after: DatasetDump): Map<string, string> {
  const idOf = new Map<string, string>();
  for (const name of RESERVED_KEYS) {
    const a = after.actors.find((x) => x.aliases.includes(name));
    expect([name, a && !isReservedKey(a.id) && slugSchema.safeParse(a.id).success]).toEqual([name, true]);
    expect(a!.name).toBe(capitalised(name));
    idOf.set(name, a!.id);
  }
  expect(idOf.get('constructor')).toBe('constructor_id');
  expect(idOf.get('toString')).toBe('tostring');
  expect(idOf.get('__proto__')).toBe('proto');
  expect(new Set(idOf.values()).size).toBe(RESERVED_KEYS.length);
  expect(after.actors).toHaveLength(before.actors.length);
  expect(after.actors.find((a) => a.id === idOf.get('toString'))!.affiliation).toBe(idOf.get('constructor'));
  expect(after.documents.map((d) => d.id)).toEqual(['proto']);
  expect(after.documents[0].text).toBe(before.documents[0].text);
  expect(after.relations).toHaveLength(before.relations.length);
  expect(after.relations.map((r) => r.id)).not.toContain('constructor');
  for (const [i, name] of RESERVED_KEYS.entries()) {
    const r = after.relations[i];
    expect(r).toMatchObject({ source: 'iran', target: idOf.get(name), evidence: [{ document: 'proto', quote: sentenceAbout(name) }] });
  }
  expect(after.eventRelations).toEqual([{ ...before.eventRelations![0], source: idOf.get('valueOf') }]);
  return idOf;
}

describe('a dataset holding reserved ids', () => {
  let dir: string;
  let file: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-reserved-'));
    file = path.join(dir, 'reserved.json');
    fs.writeFileSync(file, JSON.stringify(reservedDump()));
  });

  test('restore repairs it (reported once), and the restored store answers every route for every name', async () => {
    const env = { ACTOR_GRAPH_DB: tempDbFile() };
    const r = await runCli(['restore', file], undefined, env);
    expect([r.code, r.stdout]).toEqual([0, expect.stringMatching(/^restored 1 documents, 13 actors/)]);
    expect(r.stderr.match(/warning/g)).toHaveLength(1);
    expect(r.stderr).toContain('"constructor" → "constructor_id"');
    const dumped = await runCli(['dump'], undefined, env);
    expect(dumped.stderr).toBe('');
    const idOf = expectRepaired(reservedDump(), JSON.parse(dumped.stdout) as DatasetDump);
    const srv = await startWriteServer({ dbFile: env.ACTOR_GRAPH_DB });
    try {
      for (const [name, id] of idOf) await expectReadable(srv.base, id, name);
    } finally {
      await srv.close();
    }
  });

  test('--data reads it repaired: export answers in every format with every name', async () => {
    for (const format of EXPORT_FORMATS) {
      const r = await runCli(['export', '--format', format, '--data', file]);
      expect([format, r.code]).toEqual([format, 0]);
      expect(r.stderr).toMatch(/warning: .*reserved/);
      for (const name of RESERVED_KEYS) expect(r.stdout).toMatch(new RegExp(`\\b${actorIdFor(name)}\\b`));
    }
  });

  test('a data folder (ACTOR_GRAPH_DATA, validate) holding reserved ids is repaired when it seeds a store', async () => {
    // The tiny dataset with three of its ids, and every reference to them, replaced by reserved names.
    const renamed = JSON.stringify(tinyData()).replace(/"alpha"/g, '"constructor"').replace(/"gamma"/g, '"toString"').replace(/"doc-a"/g, '"__proto__"');
    const dir = writeDataDir(JSON.parse(renamed) as ReturnType<typeof tinyData>);
    const warnings: string[] = [];
    const { store, dataset } = openStore(tempDbFile(), dir, (m) => warnings.push(m));
    store.close();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('actor "toString" → "tostring"');
    expect(dataset.actors.map((a) => a.id)).toEqual(['constructor_id', 'beta', 'tostring', 'delta']);
    expect(dataset.actors.find((a) => a.id === 'delta')!.affiliation).toBe('tostring');
    expect(dataset.documents.map((d) => d.id)).toEqual(['proto', 'doc-b']);
    const mediates = dataset.relations.filter((r) => r.type === 'mediates');
    expect(mediates.map((r) => [r.source, r.target, r.between])).toEqual([
      ['tostring', 'constructor_id', ['constructor_id', 'beta']],
      ['tostring', 'beta', ['constructor_id', 'beta']],
    ]);
    expect(dataset.relations.flatMap((r) => r.evidence.map((e) => e.document))).toContain('proto');
    const v = await runCli(['validate', dir]);
    expect([v.code, v.stdout]).toEqual([0, expect.stringMatching(/^ok: 2 documents, 4 actors, 4 relations/)]);
    expect(v.stderr.match(/warning/g)).toHaveLength(1);
  });

  test('the schema refuses a reserved id with a message naming it', () => {
    const r = slugSchema.safeParse('constructor');
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].message).toMatch(/"constructor" is reserved.*"constructor_id"/);
  });
});

describe('a store written by an old version holding reserved ids', () => {
  /** A seeded store, then one actor per reserved name inserted with SQL, with a relation, evidence, an affiliation and coded events pointing at them. */
  function oldStore(): string {
    const dbFile = tempDbFile();
    const { store, dataset } = openStore(dbFile, DEFAULT_DATA_DIR);
    store.close();
    const ev = dataset.relations[0].evidence[0];
    const db = new Database(dbFile);
    const addActor = db.prepare("INSERT INTO actors (id, name, kind, affiliation, aliases, provisional) VALUES (?, ?, 'organization', ?, '[]', 1)");
    const addRelation = db.prepare("INSERT INTO relations (id, source, target, type) VALUES (?, 'iran', ?, 'negotiates')");
    const addEvidence = db.prepare("INSERT INTO evidence (relation_id, document_id, quote, start, confidence, method) VALUES (?, ?, ?, ?, 0.9, 'extracted')");
    db.transaction(() => {
      for (const [i, name] of RESERVED_KEYS.entries()) {
        addActor.run(name, capitalised(name), name === 'toString' ? 'constructor' : null);
        addRelation.run(`old-${i}`, name);
        addEvidence.run(`old-${i}`, ev.document, ev.quote, ev.start);
      }
      db.prepare("UPDATE actors SET affiliation = 'constructor' WHERE id = 'witkoff'").run();
      db.prepare("INSERT INTO event_relations (source, target, type, origin, stats) VALUES ('hasOwnProperty', 'iran', 'opposes', 'gdelt', ?)").run(
        JSON.stringify({ events: 2, mentions: 2, sources: 1, goldstein: -1, tone: -1, firstSeen: '2026-02-01', lastSeen: '2026-02-02', urls: [] }),
      );
    })();
    db.close();
    return dbFile;
  }

  test('is repaired on open in one go, reported once, losing nothing; every route then answers', async () => {
    const dbFile = oldStore();
    const raw = new Database(dbFile, { readonly: true });
    const count = (table: string): number => (raw.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    const before = Object.fromEntries(['documents', 'actors', 'relations', 'evidence', 'event_relations'].map((t) => [t, count(t)]));
    raw.close();

    const warnings: string[] = [];
    const opened = openStore(dbFile, DEFAULT_DATA_DIR, (m) => warnings.push(m));
    const ds = opened.dataset;
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('"constructor" → "constructor_id"');
    expect(opened.store.integrityCheck()).toEqual([]);
    const dump = opened.store.dump();
    opened.store.close();
    expect(ds.actors.filter((a) => isReservedKey(a.id))).toEqual([]);
    const idOf = new Map(RESERVED_KEYS.map((name) => [name, ds.actors.find((a) => a.aliases.includes(name))?.id]));
    expect(idOf.get('constructor')).toBe('constructor_id');
    expect(new Set(idOf.values()).size).toBe(RESERVED_KEYS.length);
    expect(ds.actors.find((a) => a.id === 'witkoff')!.affiliation).toBe('constructor_id');
    expect(ds.actors.find((a) => a.id === idOf.get('toString'))!.affiliation).toBe('constructor_id');
    for (const [i, name] of RESERVED_KEYS.entries()) {
      const r = dump.relations.find((x) => x.id === `old-${i}`);
      expect([name, r?.target, r?.evidence.length]).toEqual([name, idOf.get(name), 1]);
    }
    expect(dump.eventRelations?.[0].source).toBe(idOf.get('hasOwnProperty'));

    const after = new Database(dbFile, { readonly: true });
    const countAfter = (table: string): number => (after.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect(Object.fromEntries(Object.keys(before).map((t) => [t, countAfter(t)]))).toEqual(before);
    after.close();

    // Repaired for good: the next open finds nothing to report.
    const again: string[] = [];
    const reopened = openStore(dbFile, DEFAULT_DATA_DIR, (m) => again.push(m));
    expect(again).toEqual([]);
    expect(reopened.store.dump()).toEqual(dump);
    reopened.store.close();

    const srv = await startWriteServer({ dbFile });
    try {
      for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) await expectReadable(srv.base, idOf.get(name)!, name);
    } finally {
      await srv.close();
    }
  });

  test('a store that would still be invalid after the repair is left as it was: the repair is one transaction', () => {
    const dbFile = oldStore();
    const db = new Database(dbFile);
    db.prepare("UPDATE evidence SET quote = 'words that are not in the article' WHERE relation_id = 'old-0'").run();
    db.close();
    const warnings: string[] = [];
    expect(() => openStore(dbFile, DEFAULT_DATA_DIR, (m) => warnings.push(m))).toThrow(/not a verbatim substring|does not stand at offset/);
    expect(warnings).toEqual([]);
    const raw = new Database(dbFile, { readonly: true });
    const ids = (raw.prepare('SELECT id FROM actors').all() as { id: string }[]).map((r) => r.id);
    raw.close();
    expect(ids).toEqual(expect.arrayContaining(RESERVED_KEYS));
    expect(ids).not.toContain('constructor_id');
  });

  test('a read-only store is repaired in memory, said so, and left as it is', () => {
    const dbFile = oldStore();
    const bytes = fs.readFileSync(dbFile);
    // Root ignores file modes: the immutable attribute makes the path read-only for root too.
    const immutable = (on: boolean): void => void execFileSync('chattr', [on ? '+i' : '-i', dbFile, path.dirname(dbFile)]);
    immutable(true);
    try {
      const warnings: string[] = [];
      const { store, dataset } = openStore(dbFile, DEFAULT_DATA_DIR, (m) => warnings.push(m));
      store.close();
      // The store's opening for reading only is said first (openStore), then the repair.
      expect(warnings).toHaveLength(2);
      expect(warnings[0]).toMatch(/opened for reading only \(.+\); writes answer 503/);
      expect(warnings[1]).toMatch(/read-only: repaired in memory only.*"constructor" → "constructor_id"/);
      expect(dataset.actors.filter((a) => isReservedKey(a.id))).toEqual([]);
      expect(dataset.actors.find((a) => a.id === 'witkoff')!.affiliation).toBe('constructor_id');
    } finally {
      immutable(false);
    }
    expect(fs.readFileSync(dbFile).equals(bytes)).toBe(true);
  });
});
