/** The curation commands end to end, as a user runs them, checking the store (dump) afterwards. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MADE_UP, NILE_DAM_FILE } from './helpers/curation-articles';
import { runCli } from './helpers/run-cli';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-cli-curation-'));
const env = { ACTOR_GRAPH_DB: path.join(dir, 'store.sqlite') };
const cli = (...args: string[]) => runCli(args, undefined, env);
const cliWithInput = (input: string, ...args: string[]) => runCli(args, input, env);
const dump = async () => JSON.parse((await cli('dump')).stdout);

beforeAll(async () => {
  expect((await cli('ingest', NILE_DAM_FILE, '--outlet', 'Test Wire', '--date', '2026-02-07')).code).toBe(0);
  expect((await cliWithInput(MADE_UP, 'ingest', '-', '--outlet', 'Test Wire', '--date', '2026-02-08')).code).toBe(0);
});

test('review lists the unreviewed machine relations, least certain first, with quotes', async () => {
  const r = await cli('review', '--json');
  expect(r.code).toBe(0);
  const { items } = JSON.parse(r.stdout);
  expect(items.map((i: { confidence: number }) => i.confidence)).toEqual(items.map((i: { confidence: number }) => i.confidence).sort((a: number, b: number) => a - b));
  // Each entry: id, confidence, rule and version; the quote; why extraction read it so, in words.
  expect((await cli('review')).stdout).toMatch(
    /^8 relations to review;[^\n]*\nbadr-abdelatty-negotiates-ethiopia {2}\[0\.60, negotiates\.\w+, v0\] {2}badr-abdelatty negotiates ethiopia\n {4}“Egyptian Foreign Minister Badr Abdelatty held talks[^\n]*\n {4}Why: negotiates — cue “[^”]+”; “[^”]+” → “[^”]+” \(/,
  );
});

test('relation accept, reject (with its reason), retype, reverse, reattach change the store', async () => {
  expect((await cli('relation', 'accept', 'badr-abdelatty-negotiates-ethiopia', '--by', 'ana')).stdout).toMatch(/^event 1: relation\.accept on relation:badr-abdelatty-negotiates-ethiopia by ana, 1 row changed/);
  expect((await cli('relation', 'reject', 'sudan-opposes-ethiopia', '--reason', 'not about the talks')).code).toBe(0);
  expect((await cli('relation', 'retype', 'egypt-opposes-ethiopia', '--type', 'negotiates')).code).toBe(0);
  expect((await cli('relation', 'retype', 'egypt-opposes-ethiopia', '--type', 'opposes')).code).toBe(0);
  expect((await cli('relation', 'reverse', 'egypt-opposes-ethiopia')).code).toBe(0);
  expect((await cli('relation', 'reattach', 'badr-abdelatty-negotiates-ethiopia', '--source', 'egypt')).code).toBe(0);
  const d = await dump();
  const rel = (id: string) => d.relations.find((r: { id: string }) => r.id === id);
  expect(rel('sudan-opposes-ethiopia')).toBeUndefined();
  expect(d.curation.rejected[0]).toMatchObject({ reason: 'not about the talks', relation: { id: 'sudan-opposes-ethiopia' } });
  expect(rel('egypt-opposes-ethiopia')).toMatchObject({ source: 'ethiopia', target: 'egypt', type: 'opposes' });
  expect(rel('badr-abdelatty-negotiates-ethiopia').source).toBe('egypt');
  expect(d.curation.reviewed.map((r: { relation: string }) => r.relation).sort()).toEqual(['badr-abdelatty-negotiates-ethiopia', 'egypt-opposes-ethiopia']);
});

test('actor rename, kind, affiliate, merge, split, confirm change the store', async () => {
  expect((await cli('actor', 'confirm', 'al-gezira')).code).toBe(0);
  expect((await cli('actor', 'rename', 'blue-nile-water-council', '--name', 'Blue Nile Water Authority')).code).toBe(0);
  // Extraction took the Gezira board for a person.
  expect((await cli('actor', 'kind', 'al-gezira', '--kind', 'organization')).code).toBe(0);
  // Extraction affiliated him to Egypt ("Egyptian Foreign Minister"); "none" clears it.
  expect((await cli('actor', 'affiliate', 'badr-abdelatty', '--affiliation', 'none')).code).toBe(0);
  // The made-up report spells the same minister another way.
  expect((await cli('actor', 'merge', 'badr-abdel-aty', '--into', 'badr-abdelatty')).code).toBe(0);
  expect((await cli('actor', 'split', 'badr-abdelatty', '--new-id', 'abdelatty-office', '--name', "Abdelatty's office", '--aliases', 'Badr Abdel Aty', '--relations', 'badr-abdel-aty-opposes-ethiopia')).code).toBe(0);
  const d = await dump();
  const actor = (id: string) => d.actors.find((a: { id: string }) => a.id === id);
  expect(actor('al-gezira').provisional).toBeUndefined();
  expect(actor('blue-nile-water-council')).toMatchObject({ name: 'Blue Nile Water Authority', aliases: ['Blue Nile Water Council'] });
  expect(actor('al-gezira').kind).toBe('organization');
  expect(actor('badr-abdelatty').affiliation).toBeUndefined();
  expect(actor('badr-abdel-aty')).toBeUndefined();
  expect(actor('abdelatty-office')).toMatchObject({ name: "Abdelatty's office", aliases: ['Badr Abdel Aty'] });
  expect(d.relations.find((r: { id: string }) => r.id === 'badr-abdel-aty-opposes-ethiopia').source).toBe('abdelatty-office');
});

test('log lists every curation newest first; undo restores the earlier state', async () => {
  const before = await dump();
  const r = await cli('document', 'retract', (before.documents[2] as { id: string }).id, '--reason', 'withdrawn by the outlet');
  expect(r.code).toBe(0);
  const retracted = await dump();
  expect(retracted.documents).toHaveLength(before.documents.length - 1);
  expect(retracted.relations.every((x: { evidence: { document: string }[] }) => x.evidence.every((e) => e.document !== before.documents[2].id))).toBe(true);
  const log = await cli('log');
  expect(log.stdout.split('\n')[1]).toMatch(/^ +13 .* document\.retract +document:2026-02-07-test-wire-\S+ .*withdrawn by the outlet/);
  expect((await cli('undo', '13')).stdout).toMatch(/^event 14: undo of event 13/);
  const after = await dump();
  const { curation: _a, ...restored } = after;
  const { curation: _b, ...was } = before;
  expect(restored).toEqual(was);
  expect(after.curation.log.find((e: { id: number }) => e.id === 13).undoneBy).toBe(14);
});

test('dump and restore keep the curation state and the log', async () => {
  const file = path.join(dir, 'curated.json');
  expect((await cli('dump', '--out', file)).code).toBe(0);
  const other = { ACTOR_GRAPH_DB: path.join(dir, 'other.sqlite') };
  expect((await runCli(['restore', file], undefined, other)).code).toBe(0);
  expect(JSON.parse((await runCli(['dump'], undefined, other)).stdout)).toEqual(JSON.parse(fs.readFileSync(file, 'utf8')));
  expect((await runCli(['log', '--json', '--limit', '1'], undefined, other)).stdout).toMatch(/"op": "undo"/);
});

test('--rollup folds people and bodies into their state for centralities', async () => {
  const r = await cli('centrality', '--rollup', '--json');
  expect(r.code).toBe(0);
  const ids = JSON.parse(r.stdout).ranking.map((x: { id: string }) => x.id);
  expect(ids).toContain('united-states');
  expect(ids).not.toContain('witkoff');
});

test('path --via-affiliations crosses an affiliation and says so', async () => {
  const r = await cli('path', '--from', 'witkoff', '--to', 'oman', '--via-affiliations');
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/^witkoff → united-states → oman \(2 steps\)\n {2}witkoff acts for united-states\n {2}oman mediates united-states: “/);
});

test.each([
  [['relation', 'accept', 'no-such'], /^actor-graph: relation: unknown relation "no-such"/],
  [['actor', 'merge', 'egypt', '--into', 'egypt'], /^actor-graph: into: cannot merge an actor into itself/],
  [['actor', 'rename', 'egypt', '--name', 'Misr', '--reason', 'x'.repeat(501)], /^actor-graph: reason: must be at most 500 characters/],
  [['actor', 'rename', 'egypt', '--name', 'Misr', '--if-version', '1'], /^actor-graph: ifVersion: actor:egypt is at version \d+, not 1/],
  [['actor', 'kind', 'egypt', '--kind', 'planet'], /^actor-graph: kind: /],
  [['undo', '999'], /^actor-graph: event: unknown curation event 999/],
  [['actor', 'rename', 'egypt'], /required option '--name <name>' not specified/],
])('bad input %j exits non-zero, names the problem and changes nothing', async (args, message) => {
  const before = await dump();
  const r = await cli(...args);
  expect(r.code).not.toBe(0);
  expect(r.stderr).toMatch(message);
  expect(await dump()).toEqual(before);
});
