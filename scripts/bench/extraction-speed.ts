/**
 * The "extraction" case of `npm run bench`: how long extraction takes, as an ingest runs it, on
 * long text (issue 12's goals: a 1 MB article in under 2 s, the whole evaluation corpus in under
 * 10 s). The 1 MB article is the dev split's articles, normalised as ingest normalises them, put
 * one after another until a megabyte, each copy's numbers changed so no sentence repeats; the
 * gazetteer is the bundled one. Each text is extracted three times (the first also builds the
 * matcher for the gazetteer, as the server's worker does once); the best time is reported.
 *
 *   node -r ts-node/register/transpile-only scripts/bench/extraction-speed.ts
 */
import { extractRelations } from '../../server/extract';
import { normaliseText } from '../../server/ingest/normalise';
import { readCorpus } from '../eval/corpus';
import { freshGazetteer } from '../eval/run';

export interface ExtractionSpeedResult {
  /** Characters of the long article, and the best of three extractions of it, in seconds. */
  articleChars: number;
  articleSeconds: number;
  /** Articles of the whole corpus (both splits, extracted for time only), and the best of three passes, in seconds. */
  corpusArticles: number;
  corpusSeconds: number;
}

const MEGABYTE = 1 << 20;

function best(times: number, run: () => void): number {
  let fastest = Infinity;
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - t);
  }
  return +(fastest / 1000).toFixed(2);
}

function main(): void {
  const gazetteer = freshGazetteer();
  const articles = readCorpus().articles.map((a) => ({ gold: a.gold, text: normaliseText(a.raw).text }));
  const dev = articles.filter((a) => a.gold.split === 'dev').map((a) => a.text);
  const parts: string[] = [];
  let size = 0;
  for (let copy = 0; size < MEGABYTE; copy++) {
    // Every number in the copy shifted: a sentence written again is read once, which a real long text does not allow.
    const text = dev[copy % dev.length].replace(/\d+/g, (n) => String(Number(n) + 1 + Math.floor(copy / dev.length)));
    parts.push(text);
    size += text.length + 2;
  }
  const long = parts.join('\n\n');
  const articleSeconds = best(3, () => extractRelations(long, gazetteer, { documentId: 'bench-long', date: '2026-02-01' }));
  const corpusSeconds = best(3, () => {
    for (const a of articles) extractRelations(a.text, gazetteer, { documentId: a.gold.id, date: a.gold.date, outlet: a.gold.outlet, title: a.gold.title });
  });
  const result: ExtractionSpeedResult = { articleChars: long.length, articleSeconds, corpusArticles: articles.length, corpusSeconds };
  process.stdout.write(JSON.stringify(result) + '\n');
}

main();
