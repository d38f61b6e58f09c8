/**
 * What the extraction worker's heap holds at a gazetteer of `actors` (issue 14): the live heap
 * after loading the extraction code and its NLP library, after one article with no gazetteer, and
 * after one with the bench's gazetteer (the worker's copy, its matcher and indexes), each after a
 * full collection:
 *
 *   node --expose-gc -r ts-node/register/transpile-only scripts/bench/extraction-heap.ts '{"actors":50000}'
 */
import { seededRandom } from '../../server/algorithms/random';
import { benchArticle, namedDump } from './ingest-articles';

const gc = (globalThis as { gc?: () => void }).gc;
const liveMB = (): number => {
  gc?.();
  return Math.round((process.memoryUsage().heapUsed / 1048576) * 10) / 10;
};

async function main(): Promise<void> {
  const { actors } = JSON.parse(process.argv[2]) as { actors: number };
  const random = seededRandom(3);
  const dump = namedDump(actors, actors * 2, 3, random);
  const base = liveMB();
  const { extractRelations } = await import('../../server/extract/index');
  const loaded = liveMB();
  const text = benchArticle(0, dump, random);
  extractRelations(text, [], {});
  const empty = liveMB();
  const gazetteer = dump.actors;
  const held = liveMB();
  extractRelations(text, gazetteer, {});
  const full = liveMB();
  process.stdout.write(`${JSON.stringify({ actors, baseMB: base, codeAndLibraryMB: +(loaded - base).toFixed(1), firstArticleMB: +(empty - loaded).toFixed(1), gazetteerItselfMB: held, matcherAndIndexesMB: +(full - held).toFixed(1), liveMB: full })}\n`);
}

void main();
