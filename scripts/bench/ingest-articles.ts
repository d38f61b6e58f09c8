/**
 * The batch-ingest case of `npm run bench`: a store holding `actors` generated actors (made-up
 * names, so extraction has real names to match), and `articles` generated articles of about 5 KB
 * that mention them in relation sentences and filler; `actor-graph ingest FOLDER --json` is run as
 * a user runs it and timed end to end (start-up, reading, normalising, extraction, near-duplicate
 * check, store writes).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { seededRandom } from '../../server/algorithms/random';
import type { DatasetDump } from '../../server/domain/types';
import { bigDataset } from '../../test/e2e/big-dataset';

const SYLLABLES = ['ka', 'lo', 'ren', 'mar', 'vi', 'tos', 'del', 'an', 'su', 'ber', 'go', 'nim', 'ra', 'tel', 'qu', 'os', 've', 'dor', 'li', 'sha'];
const ORG_WORDS = ['Council', 'Front', 'Alliance', 'Movement', 'Authority', 'Commission', 'Union', 'Party'];
const CUES = ['held talks with', 'negotiated with', 'condemned', 'met', 'threatened', 'opposed', 'signed a ceasefire with', 'accused'];
const FILLER = [
  'Officials said the discussions covered water rights, border crossings and the exchange of detainees.',
  'Markets in the region were calm, and trading volumes stayed close to their monthly average.',
  'The meeting followed weeks of shuttle diplomacy and a series of statements from both capitals.',
  'Analysts cautioned that previous rounds had produced little beyond agreements to keep talking.',
  'Residents near the frontier described a quiet night, though patrols had increased along the main road.',
];

export interface IngestBenchResult {
  actors: number;
  articles: number;
  bytes: number;
  seconds: number;
  perSecond: number;
  added: number;
  failed: number;
}

function word(random: () => number, parts: number): string {
  let w = '';
  for (let i = 0; i < parts; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
  return w[0].toUpperCase() + w.slice(1);
}

/**
 * A generated store of `actors` actors and `relations` coded-event relations whose actors have
 * made-up names (so extraction has real names to match); `random` goes on to draw the articles.
 */
export function namedDump(actors: number, relations: number, seed: number, random: () => number): DatasetDump {
  const dump: DatasetDump = bigDataset(actors, relations, seed);
  const names = new Set<string>();
  dump.actors = dump.actors.map((a, i) => {
    let name: string;
    // Enough syllables that every kind has far more names than actors (20 syllables: 8,000 of three).
    do name = a.kind === 'state' ? `${word(random, 3)}ia` : i % 2 ? `${word(random, 2)} ${word(random, 3)}` : `${word(random, 3)} ${ORG_WORDS[i % ORG_WORDS.length]}`;
    while (names.has(name));
    names.add(name);
    return { ...a, name };
  });
  return dump;
}

/** Article `n` of about 5 KB: relation sentences among the actors (the first ones far more often) and filler. */
export function benchArticle(n: number, dump: DatasetDump, random: () => number): string {
  const actor = (): string => dump.actors[Math.floor(dump.actors.length * random() ** 2)].name;
  const paragraphs: string[] = [];
  let size = 0;
  while (size < 5000) {
    const p = [`${actor()} ${CUES[Math.floor(random() * CUES.length)]} ${actor()} on day ${n}-${paragraphs.length}.`, FILLER[Math.floor(random() * FILLER.length)], `${actor()} said it would respond in kind (report ${n}).`].join(' ');
    paragraphs.push(p);
    size += p.length + 2;
  }
  return paragraphs.join('\n\n');
}

export function runIngestBench(bin: string, dir: string, actors: number, articles: number, seed = 3): IngestBenchResult {
  const random = seededRandom(seed);
  const dump = namedDump(actors, actors * 2, seed, random);
  const dumpFile = path.join(dir, 'ingest-store.json');
  fs.writeFileSync(dumpFile, JSON.stringify(dump));
  const env = { ...process.env, ACTOR_GRAPH_DB: path.join(dir, 'ingest-bench.sqlite') };
  execFileSync(process.execPath, [bin, 'restore', dumpFile], { env, stdio: 'ignore' });

  const folder = path.join(dir, 'articles');
  fs.mkdirSync(folder);
  let bytes = 0;
  for (let n = 0; n < articles; n++) {
    const text = `---\noutlet: Bench Wire\ndate: 2026-0${1 + (n % 9)}-1${n % 10}\n---\n${benchArticle(n, dump, random)}\n`;
    bytes += Buffer.byteLength(text);
    fs.writeFileSync(path.join(folder, `${String(n).padStart(5, '0')}.md`), text);
  }
  const started = process.hrtime.bigint();
  const out = execFileSync(process.execPath, [bin, 'ingest', folder, '--json'], { env, maxBuffer: 1 << 28, encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const summary = JSON.parse(out) as { added: number; failed: number };
  return { actors, articles, bytes, seconds, perSecond: articles / seconds, added: summary.added, failed: summary.failed };
}
