/** The CLI's store commands end to end: ingest (file and stdin), dry run, reset, dump, restore, backup. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { SCHEMA_VERSION } from '../server/store/schema-version';
import { runCli } from './helpers/run-cli';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-cli-store-'));
const env = { ACTOR_GRAPH_DB: path.join(dir, 'store.sqlite') };
const ARTICLE = 'Qatar hosted talks between Egypt and Israel on Monday. Egypt and Israel negotiated a truce in Doha.';
const articleFile = path.join(dir, 'article.txt');
fs.writeFileSync(articleFile, ARTICLE);

test('ingest --dry-run shows what would be added and stores nothing', async () => {
  const r = await runCli(['ingest', articleFile, '--outlet', 'Test Wire', '--date', '2026-02-09', '--dry-run', '--json'], undefined, env);
  expect(r.code).toBe(0);
  const report = JSON.parse(r.stdout);
  expect(report.dryRun).toBe(true);
  expect(report.relations.length).toBeGreaterThan(0);
  const dump = JSON.parse((await runCli(['dump'], undefined, env)).stdout);
  expect(dump.documents).toHaveLength(2);
});

test('ingest --format markdown reads the text without its markup; a wrong format names the flag', async () => {
  const md = path.join(dir, 'article.md');
  fs.writeFileSync(md, `---\ntitle: Truce talks\n---\n# Heading\n\n![photo](a.jpg)\n\n${ARTICLE.replace('Qatar', '**Qatar**')}\n`);
  const r = await runCli(['ingest', md, '--outlet', 'Test Wire', '--date', '2026-02-09', '--format', 'markdown', '--dry-run', '--json'], undefined, env);
  expect(r.code).toBe(0);
  const report = JSON.parse(r.stdout);
  expect(report.document.title).toBe('Truce talks');
  for (const rel of report.relations) expect(rel.quote).not.toMatch(/[*#!]|\]\(/);
  const bad = await runCli(['ingest', md, '--outlet', 'Test Wire', '--date', '2026-02-09', '--format', 'docx'], undefined, env);
  expect(bad.code).not.toBe(0);
  expect(bad.stderr).toMatch(/format: /);
});

test('ingest stores the article; read commands see it; again is a duplicate', async () => {
  const r = await runCli(['ingest', articleFile, '--outlet', 'Test Wire', '--date', '2026-02-09'], undefined, env);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/^added document 2026-02-09-test-wire-[0-9a-f]{10} \(Test Wire, 2026-02-09\)/);
  expect(r.stdout).toMatch(/egypt negotiates israel|israel negotiates egypt/);
  const actors = await runCli(['actors', '--json'], undefined, env);
  const egypt = JSON.parse(actors.stdout).find((a: { id: string }) => a.id === 'egypt');
  // Egypt had two relations (mediating the US–Iran talks); the article adds more.
  expect(egypt.relationCount).toBeGreaterThan(2);
  const again = await runCli(['ingest', '-', '--outlet', 'Other', '--date', '2026-02-10'], ARTICLE, env);
  expect(again.stdout).toMatch(/^already stored as 2026-02-09-test-wire-/);
});

test('dump writes a dataset that validate accepts; restore and reset bring it back', async () => {
  const dumpFile = path.join(dir, 'dump.json');
  expect((await runCli(['dump', '--out', dumpFile], undefined, env)).code).toBe(0);
  expect((await runCli(['validate', dumpFile])).stdout).toMatch(/^ok: 3 documents/);
  expect((await runCli(['reset'], undefined, env)).stdout).toMatch(/^reset .*: 2 documents/);
  expect((await runCli(['restore', dumpFile], undefined, env)).stdout).toMatch(/^restored 3 documents/);
  const backup = path.join(dir, 'backup.sqlite');
  expect((await runCli(['backup', backup], undefined, env)).code).toBe(0);
  const fromBackup = await runCli(['dump'], undefined, { ACTOR_GRAPH_DB: backup });
  expect(JSON.parse(fromBackup.stdout).documents).toHaveLength(3);
});

test.each([
  [['ingest', articleFile, '--date', '2026-02-09'], /outlet: not found in the file .*--outlet/],
  [['ingest', articleFile, '--outlet', 'X', '--date', 'tomorrow'], /^actor-graph: date: must be a date written YYYY-MM-DD/m],
  [['ingest', '/nonexistent/file.txt', '--outlet', 'X', '--date', '2026-02-09'], /\/nonexistent\/file\.txt: cannot be read \(ENOENT\)/],
  [['restore', '/nonexistent/dump.json'], /no such file or folder/],
])('bad input %j exits non-zero and names the problem', async (args, message) => {
  const r = await runCli(args, '', env);
  expect(r.code).not.toBe(0);
  expect(r.stderr).toMatch(message);
});

test('a file that is not UTF-8 is refused, naming the file', async () => {
  const bad = path.join(dir, 'latin1.txt');
  fs.writeFileSync(bad, Buffer.from([0x49, 0x72, 0xe1, 0x6e]));
  const r = await runCli(['ingest', bad, '--outlet', 'X', '--date', '2026-02-09'], undefined, env);
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/latin1\.txt: is not valid UTF-8/);
});

/** A store whose pages past the header are overwritten: it opens, and fails at the first read. */
async function damagedStore(name: string): Promise<string> {
  const db = path.join(dir, name);
  expect((await runCli(['dump'], undefined, { ACTOR_GRAPH_DB: db })).code).toBe(0);
  const fd = fs.openSync(db, 'r+');
  fs.writeSync(fd, Buffer.alloc(4096 * 16, 0xff), 0, 4096 * 16, 4096 * 2);
  fs.closeSync(fd);
  return db;
}

test.each([
  ['a damaged store', (): Promise<string> => damagedStore('damaged.sqlite')],
  ['a file that is not a database', async (): Promise<string> => {
    const db = path.join(dir, 'not-a-db.sqlite');
    fs.writeFileSync(db, 'these are not the bytes of a database\n'.repeat(500));
    return db;
  }],
])('%s: store commands say so in one line naming ACTOR_GRAPH_DB; reset moves it aside and starts again', async (_label, make) => {
  const db = await make();
  for (const args of [['dump'], ['ingest', articleFile, '--outlet', 'X', '--date', '2026-02-09'], ['backup', path.join(dir, 'b.sqlite')], ['actors']]) {
    const r = await runCli(args, undefined, { ACTOR_GRAPH_DB: db });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^actor-graph: ACTOR_GRAPH_DB: the store at .* is damaged .*actor-graph reset\)\n$/);
    expect(r.stderr.split('\n')).toHaveLength(2);
  }
  const reset = await runCli(['reset'], undefined, { ACTOR_GRAPH_DB: db });
  expect(reset.code).toBe(0);
  expect(reset.stderr).toMatch(/^actor-graph: the damaged store was moved to .*\.damaged-/);
  const aside = /moved to (\S+)/.exec(reset.stderr)![1];
  expect(fs.existsSync(aside)).toBe(true);
  expect(JSON.parse((await runCli(['dump'], undefined, { ACTOR_GRAPH_DB: db })).stdout).documents).toHaveLength(2);
});

test('an article holding a lone surrogate (WTF-8 bytes ED A0 80) is refused, naming the file, and nothing is stored', async () => {
  const before = JSON.parse((await runCli(['dump'], undefined, env)).stdout).documents.length;
  const bad = path.join(dir, 'surrogate.txt');
  fs.writeFileSync(bad, Buffer.concat([Buffer.from('Oman mediated between Iran and '), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from(' the United States.')]));
  const r = await runCli(['ingest', bad, '--outlet', 'X', '--date', '2026-02-09'], undefined, env);
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/surrogate\.txt: is not valid UTF-8/);
  expect(JSON.parse((await runCli(['dump'], undefined, env)).stdout).documents).toHaveLength(before);
});

test('a store opened for reading only is said once in words for a command-line user (no HTTP status); a write stops with an error', async () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ag-cli-readonly-')), 'newer.sqlite');
  const own = { ACTOR_GRAPH_DB: file };
  expect((await runCli(['actors', '--json'], undefined, own)).code).toBe(0);
  // A newer version's store: opened for reading only, whatever the file's modes.
  const db = new Database(file);
  db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
  db.close();
  const read = await runCli(['actors', '--json'], undefined, own);
  expect(read.code).toBe(0);
  expect(JSON.parse(read.stdout).length).toBeGreaterThan(0);
  expect(read.stderr).toMatch(/opened for reading only \(.*newer.*\); commands that only read it work; those that change it \(ingest, .*\) stop with an error until .*ACTOR_GRAPH_DB/);
  expect(read.stderr).not.toMatch(/503|HTTP|answer/);
  expect(read.stderr.match(/opened for reading only/g)).toHaveLength(1);
  const write = await runCli(['ingest', articleFile, '--outlet', 'Test Wire', '--date', '2026-02-09'], undefined, own);
  expect(write.code).toBe(1);
  expect(write.stderr).toMatch(/^actor-graph: store: the database \(ACTOR_GRAPH_DB\) is read-only/m);
  expect(write.stderr).not.toMatch(/503/);
});

test.each([
  [['dump', '--out', '/nonexistent-folder/dump.json'], /^actor-graph: out: cannot write "\/nonexistent-folder\/dump\.json" \(ENOENT\)$/m],
  [['backup', '/nonexistent-folder/backup.sqlite'], /^actor-graph: file: cannot write "\/nonexistent-folder\/backup\.sqlite" \(.*directory does not exist.*\)$/m],
])('a file that cannot be written (%j) is named with exit 1, not as an unexpected error', async (args, message) => {
  const r = await runCli(args, undefined, env);
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(/unexpected error/);
});

test('a UTF-16 file (valid UTF-8 bytes, a NUL every other byte) is refused naming text, and nothing is stored', async () => {
  const utf16 = path.join(dir, 'utf16.txt');
  fs.writeFileSync(utf16, Buffer.from('Chad met Niger in Niamey on Monday.', 'utf16le'));
  const before = JSON.parse((await runCli(['dump'], undefined, env)).stdout).documents.length;
  const r = await runCli(['ingest', utf16, '--outlet', 'X', '--date', '2026-02-09'], undefined, env);
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/text: holds a NUL character \(U\+0000\): not text \(a UTF-16 or binary file\?\)/);
  expect(JSON.parse((await runCli(['dump'], undefined, env)).stdout).documents).toHaveLength(before);
});
