/**
 * The evaluation corpus and `npm run eval`: the gold files are sound, the scoring follows the
 * rules it states, and the eval runs on both splits with figures computed from the extraction.
 * No target is enforced here: the figures are what they are (README, Quality).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Actor } from '../server/domain/types';
import type { ExtractedRelation, RelationSpans } from '../server/extract/types';
import { parseArgs } from '../scripts/eval';
import { readCorpus, type CorpusArticle, type GoldFile } from '../scripts/eval/corpus';
import { freshGazetteer, runCorpus } from '../scripts/eval/run';
import { fBeta, rates, scoreArticle, sumScores } from '../scripts/eval/score';
import { quotesOverlap, visibleText } from '../scripts/eval/visible-text';

/** 45 collected government texts (parts a and b), 14 Wikinews articles (part c), 38 more government texts and 2 Wikinews articles (part d), 13 Wikinews articles and 13 government texts (part e), 2 VOA stories, 9 Wikinews articles and 16 government texts (part f, all test), 19 VOA newscasts, 13 government texts and 1 Wikinews article (part g, all dev), 25 government texts and 2 Global Voices posts (part h, all dev), 26 government texts (part i, all dev), 30 government texts (part j, all dev), 30 government texts (part k, all dev), 30 government texts (part l, all dev), 30 government texts (part m, all dev), 30 government texts (part n, all dev), 10 Global Voices posts, 7 Wikinews articles and 7 government texts (part o, all dev), 22 government texts (part p, all dev) and the 3 maintainers' texts. */
const MIN_ARTICLES = 437;

describe('the corpus', () => {
  const corpus = readCorpus();

  test('every gold file is sound: schema, quotes verbatim in the visible text, actors declared, ids unique', () => {
    expect(corpus.problems).toEqual([]);
  });

  test(`has at least ${MIN_ARTICLES} articles, in both splits`, () => {
    expect(corpus.articles.length).toBeGreaterThanOrEqual(MIN_ARTICLES);
    for (const split of ['dev', 'test']) expect(corpus.articles.filter((a) => a.gold.split === split).length).toBeGreaterThan(0);
  });
});

describe('readCorpus reports what is wrong', () => {
  let dir: string;
  const base: GoldFile = {
    id: 'a-story',
    split: 'dev',
    format: 'plain',
    kind: 'wire',
    conflict: 'x',
    title: 'x',
    outlet: 'x',
    date: '2020-01-01',
    url: 'https://example.org/a',
    licence: 'public domain',
    found: 'x',
    actors: { Ruritania: { kind: 'state', aliases: [] }, Elbonia: { kind: 'state', aliases: [] } },
    relations: [{ source: 'Ruritania', target: 'Elbonia', type: 'negotiates', quotes: ['Ruritania met Elbonia.'] }],
  };
  const write = (gold: object, file: string, text?: string): void => {
    fs.writeFileSync(path.join(dir, 'gold', file), JSON.stringify(gold));
    if (text !== undefined) fs.writeFileSync(path.join(dir, 'articles', `${(gold as GoldFile).id}.txt`), text);
  };
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-'));
    fs.mkdirSync(path.join(dir, 'gold'));
    fs.mkdirSync(path.join(dir, 'articles'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('a sound article has no problems', () => {
    write(base, 'a-story.json', 'Ruritania met\nElbonia. Nothing else.');
    expect(readCorpus(dir).problems).toEqual([]);
  });

  test('a quote not in the article, an undeclared actor, a bad split and a wrong file name', () => {
    write({ ...base, relations: [{ source: 'Ruritania', target: 'Freedonia', type: 'opposes', quotes: ['Ruritania attacked Freedonia.'] }] }, 'a-story.json', 'Ruritania met Elbonia.');
    write({ ...base, id: 'b-story', split: 'train' }, 'b-story.json', 'x');
    write({ ...base, id: 'c-story' }, 'other.json', 'Ruritania met Elbonia.');
    const problems = readCorpus(dir).problems.join('\n');
    expect(problems).toMatch(/a-story: actor "Freedonia" is used in a relation but not declared/);
    expect(problems).toMatch(/a-story: quote not in the article's visible text: "Ruritania attacked Freedonia\."/);
    expect(problems).toMatch(/gold\/b-story\.json: split: /);
    expect(problems).toMatch(/gold\/other\.json: id "c-story" does not match the file name/);
  });

  test('an article without gold, gold without article, a reserved actor name, one alias for two actors', () => {
    write(base, 'a-story.json');
    fs.writeFileSync(path.join(dir, 'articles', 'lonely.txt'), 'x');
    fs.writeFileSync(path.join(dir, 'gold', 'b-story.json'), '{"id":"b-story","actors":{"__proto__":{"kind":"state","aliases":[]}}}');
    write({ ...base, id: 'c-story', actors: { Ruritania: { kind: 'state', aliases: ['RU'] }, Elbonia: { kind: 'state', aliases: ['ru'] } } }, 'c-story.json', 'Ruritania met Elbonia.');
    const problems = readCorpus(dir).problems.join('\n');
    expect(problems).toMatch(/no article articles\/a-story\.txt/);
    expect(problems).toMatch(/articles\/lonely\.txt: no gold file describes it/);
    expect(problems).toMatch(/gold\/b-story\.json: actors: reserved key\(s\) __proto__/);
    expect(problems).toMatch(/c-story: "ru" names both "Ruritania" and "Elbonia"/);
  });
});

describe('visible text', () => {
  test('HTML: tags dropped, entities decoded, scripts hidden, blocks apart', () => {
    const text = visibleText('<p>Talks &#8212; at last</p><script>var x = "no";</script><p>A &amp; B <em>met</em>.</p>', 'html');
    expect(text.replace(/\s+/g, ' ').trim()).toBe('Talks — at last A & B met.');
  });

  test('Markdown: front matter dropped, emphasis and links read as text, embedded HTML read as HTML', () => {
    const md = "---\ntitle: 'x'\n---\n\n**Bold** claim with a [link](https://x.org) \\# one\n\n<figure><figcaption>Caption &amp; text</figcaption></figure>\n";
    expect(visibleText(md, 'markdown').replace(/\s+/g, ' ').trim()).toBe('Bold claim with a link # one Caption & text');
  });

  test('a quote broken across hard-wrapped lines overlaps the same sentence on one line', () => {
    expect(quotesOverlap('Ruritania met\nElbonia.', 'Ruritania met Elbonia.')).toBe(true);
    expect(quotesOverlap('Ruritania met Elbonia. Then it rained.', 'Ruritania met Elbonia.')).toBe(true);
    expect(quotesOverlap('Ruritania attacked Elbonia.', 'Ruritania met Elbonia.')).toBe(false);
  });
});

describe('scoring', () => {
  const gold: GoldFile = {
    id: 'synthetic',
    split: 'dev',
    format: 'plain',
    kind: 'wire',
    conflict: 'x',
    title: 'x',
    outlet: 'x',
    date: '2020-01-01',
    url: 'https://example.org/s',
    licence: 'public domain',
    found: 'x',
    actors: {
      Ruritania: { kind: 'state', aliases: ['Strelsau'] },
      Elbonia: { kind: 'state', aliases: [] },
      'United Nations': { kind: 'organization', aliases: ['UN'] },
    },
    relations: [
      { source: 'Ruritania', target: 'Elbonia', type: 'negotiates', quotes: ['Ruritania and Elbonia held talks.'] },
      { source: 'United Nations', target: 'Ruritania', type: 'mediates', quotes: ['The UN mediated.'] },
      { source: 'Elbonia', target: 'Ruritania', type: 'opposes', quotes: ['Elbonia shelled Ruritania.'] },
    ],
  };
  const article: CorpusArticle = { gold, actors: new Map(Object.entries(gold.actors)), file: 'x', raw: '', visible: '' };
  const actor = (id: string, name: string, aliases: string[] = []): Actor => ({ id, name, kind: 'state', aliases });
  const known = new Map([actor('elb', 'Elbonia'), actor('ru', 'Kingdom of Ruritania', ['Ruritania']), actor('un', 'UN'), actor('strelsau', 'Strelsau'), actor('zenda', 'Zenda')].map((a) => [a.id, a]));
  const rel = (source: string, target: string, type: ExtractedRelation['type'], quotes: string[]): ExtractedRelation => ({
    id: `${source}-${type}-${target}`,
    source,
    target,
    type,
    confidence: 0.9,
    evidence: quotes.map((quote, i) => ({ document: 'synthetic', quote, start: i, end: i + quote.length, confidence: 0.9, method: 'extracted' as const, cue: 'test', rule: 'negotiates.verb', spans: { cue: [0, 0], source: [0, 0], target: [0, 0] } as RelationSpans })),
  });

  test('negotiates matches in either order, by alias; a wrong quote lowers evidence precision only', () => {
    const s = scoreArticle(article, [rel('elb', 'ru', 'negotiates', ['Ruritania and Elbonia held talks.', 'It rained in Elbonia.'])], known);
    expect(s.counts.negotiates).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.counts.overall).toEqual({ tp: 1, fp: 0, fn: 2 });
    expect(s.evidence).toEqual({ quotes: 2, good: 1 });
    expect(s.support).toEqual({ quotes: 2, good: 1 });
  });

  test('directed types keep their direction; an actor the gold does not know makes a false positive', () => {
    const s = scoreArticle(article, [rel('ru', 'elb', 'opposes', ['Elbonia shelled Ruritania.']), rel('zenda', 'elb', 'opposes', ['Zenda fired.'])], known);
    expect(s.counts.opposes).toEqual({ tp: 0, fp: 2, fn: 1 });
    expect(s.differences.map((d) => `${d.kind} ${d.source} ${d.type} ${d.target}`).sort()).toEqual([
      'false alarm Ruritania opposes Elbonia',
      'false alarm zenda opposes Elbonia',
      'missed Elbonia opposes Ruritania',
      'missed Ruritania negotiates Elbonia',
      'missed United Nations mediates Ruritania',
    ]);
    expect(s.support).toEqual({ quotes: 2, good: 1 });
  });

  test('a capital counts as its state only where the gold lists it as an alias', () => {
    const withCapital = scoreArticle(article, [rel('un', 'strelsau', 'mediates', ['The UN mediated.'])], known);
    expect(withCapital.counts.mediates).toEqual({ tp: 1, fp: 0, fn: 0 });
    const noCapital: CorpusArticle = { ...article, actors: new Map([...article.actors].map(([n, a]) => [n, { ...a, aliases: a.aliases.filter((x) => x !== 'Strelsau') }])) };
    expect(scoreArticle(noCapital, [rel('un', 'strelsau', 'mediates', ['The UN mediated.'])], known).counts.mediates).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  test('F1 is 0 when nothing is right, undefined only when nothing is predicted or expected', () => {
    expect(rates({ tp: 0, fp: 2, fn: 3 }).f1).toBe(0);
    expect(rates({ tp: 0, fp: 0, fn: 0 }).f1).toBeNaN();
  });

  test('F-beta is the weighted harmonic mean of precision and recall, F1 its beta 1 (the calibration chooses thresholds by F0.5)', () => {
    for (const c of [{ tp: 2, fp: 0, fn: 2 }, { tp: 3, fp: 5, fn: 1 }, { tp: 7, fp: 2, fn: 9 }]) {
      const { precision: p, recall: r, f1 } = rates(c);
      for (const beta of [0.5, 1, 2]) expect(fBeta(c, beta)).toBeCloseTo(((1 + beta ** 2) * p * r) / (beta ** 2 * p + r), 12);
      expect(f1).toBe(fBeta(c, 1));
    }
    // Precision first: a perfect precision at half recall beats the balance that F1 strikes.
    expect(fBeta({ tp: 2, fp: 0, fn: 2 }, 0.5)).toBeGreaterThan(fBeta({ tp: 2, fp: 0, fn: 2 }, 1));
  });
});

describe('npm run eval', () => {
  test('runs extraction on both splits and reports figures computed from it', () => {
    const corpus = readCorpus();
    const results = runCorpus(corpus, freshGazetteer());
    expect(results.map((r) => r.id).sort()).toEqual(corpus.articles.map((a) => a.gold.id).sort());
    for (const r of results) {
      // Every gold relation is either found or missed, never both or neither.
      expect(r.score.counts.overall.tp + r.score.counts.overall.fn).toBe(r.goldRelations);
      expect(r.score.evidence.good).toBeLessThanOrEqual(r.score.evidence.quotes);
    }
    for (const split of ['dev', 'test'] as const) {
      const mine = results.filter((r) => r.split === split);
      expect(mine.length).toBeGreaterThan(0);
      const sum = sumScores(mine.map((r) => r.score));
      expect(sum.counts.overall.tp + sum.counts.overall.fn).toBe(mine.reduce((n, r) => n + r.goldRelations, 0));
      expect(sum.counts.overall.fp).toBe(mine.reduce((n, r) => n + r.score.counts.overall.fp, 0));
    }
  }, 120_000);

  test('options: a bad --split or an unknown option is refused naming it', () => {
    expect(parseArgs(['--split', 'test', '--json'])).toEqual({ split: 'test', json: true, diagnose: false });
    expect(() => parseArgs(['--split', 'train'])).toThrow(/--split: expected dev or test, got train/);
    expect(() => parseArgs(['--article'])).toThrow(/--article: expected an article id/);
    expect(() => parseArgs(['--verbose'])).toThrow(/unknown option --verbose/);
  });
});
