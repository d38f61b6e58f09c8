/**
 * The extraction worker and the matcher it keeps: one matcher per set of actors however many
 * articles; the gazetteer crosses to the worker whole once and then as the actors appended, and
 * the answers are those of a matcher built afresh for the same actors.
 */
import path from 'node:path';
import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Actor } from '../../server/domain/types';
import * as gazetteer from '../../server/extract/gazetteer';
import { extractRelations, type ExtractionResult } from '../../server/extract';
import { ExtractionWorker, type WorkerRequest } from '../../server/extract/run-extraction';
import { GAZETTEER } from './fixtures';
import { WORKER_RESOURCE_LIMITS } from '../../server/workers/thread-limits';
import { garbageMb, probeNewThreads } from '../helpers/thread-heap';

const OPTIONS = { documentId: 'd', date: '2026-01-01', outlet: 'o' };

/** Made-up actors joining the store one batch at a time, and articles naming them (and the fixtures' actors). */
const JOINING: Actor[][] = [
  [{ id: 'varno-front', name: 'Varno Front', kind: 'organization', aliases: ['VF'] }],
  [
    { id: 'tesla-marov', name: 'Tesla Marov', kind: 'person', affiliation: 'varno-front', role: 'leader', aliases: [] },
    { id: 'kelmar', name: 'Kelmaria', kind: 'state', aliases: ['Kelmar City'] },
  ],
  // A second Marov: the surname alone no longer names either of them.
  [{ id: 'dina-marov', name: 'Dina Marov', kind: 'person', aliases: [] }],
  // A reference state the store now holds itself: it takes the reference names.
  [{ id: 'ghana-republic', name: 'Republic of Ghana', kind: 'state', aliases: ['Ghana'] }],
];
const ARTICLES = [
  'The Varno Front condemned Hamas on Monday. Qatar mediated talks between Israel and Hamas.',
  'Tesla Marov held talks with Sergei Lavrov in Doha. Marov said the VF would not negotiate with Kelmaria.',
  'Kelmaria accused Russia of shelling the border. Dina Marov met Marov in Kelmar City to discuss a ceasefire with Ukraine. Ghana condemned Togo.',
];

const relationsOf = (r: ExtractionResult): string[] => r.relations.map((x) => `${x.source} ${x.type} ${x.target} ${x.evidence.map((e) => `${e.start}:${e.confidence}`).join(',')}`);

/** Every article against every stage of the growing gazetteer, each stage a fresh list (so a fresh matcher). */
function freshAnswers(): ExtractionResult[] {
  const out: ExtractionResult[] = [];
  let actors: Actor[] = structuredClone(GAZETTEER);
  for (const batch of [[], ...JOINING]) {
    actors = [...structuredClone(actors), ...structuredClone(batch)];
    for (const text of ARTICLES) out.push(extractRelations(text, structuredClone(actors), { ...OPTIONS, discoverUnknown: true }));
  }
  return out;
}


/** Spies on what is posted to the extraction worker: `record` sees each message (postMessage copies it at the call), then it is posted. */
function spyOnPosts(record: (worker: Worker, m: WorkerRequest) => void): jest.SpyInstance {
  const post = Worker.prototype.postMessage;
  return jest.spyOn(Worker.prototype, 'postMessage').mockImplementation(function (this: Worker, m: WorkerRequest) {
    record(this, m);
    post.call(this, m);
  });
}

describe('matcher reuse', () => {
  it('builds the matcher once for equal actors passed as fresh copies, again when they change', () => {
    const spy = jest.spyOn(gazetteer, 'buildMatcher');
    const copy = (): typeof GAZETTEER => structuredClone(GAZETTEER);
    extractRelations('Lavrov met Sybiha.', copy(), { discoverUnknown: false });
    const first = spy.mock.calls.length;
    extractRelations('Lavrov met Sybiha.', copy(), { discoverUnknown: false });
    extractRelations('Lavrov met Sybiha.', copy(), { discoverUnknown: false });
    expect(spy.mock.calls.length).toBe(first);
    extractRelations('Lavrov met Sybiha.', [...copy(), { id: 'x', name: 'New Actor', kind: 'person', aliases: [] }], { discoverUnknown: false });
    expect(spy.mock.calls.length).toBe(first + 1);
    spy.mockRestore();
  });

  it('adds actors appended to the same list to its matcher, also one sharing a surname that stood alone, and rebuilds for an actor replaced in it', () => {
    const actors: Actor[] = structuredClone(GAZETTEER);
    const spy = jest.spyOn(gazetteer, 'buildMatcher');
    const met = (text: string): string[] => extractRelations(text, actors, { discoverUnknown: false }).relations.map((r) => `${r.source} ${r.type} ${r.target}`);
    met('Israel met Hamas.');
    const first = spy.mock.calls.length;
    expect(met('Zorvan Keld negotiated with Hamas.')).toEqual([]);
    expect(spy.mock.calls.length).toBe(first);
    actors.push({ id: 'zorvan', name: 'Zorvan Keld', kind: 'person', aliases: [] });
    expect(met('Zorvan Keld negotiated with Hamas.')).toEqual(['zorvan negotiates hamas']);
    expect(spy.mock.calls.length).toBe(first);
    actors[actors.length - 1] = { id: 'zorvan', name: 'Zorvan Brill', kind: 'person', aliases: [] };
    expect(met('Zorvan Keld negotiated with Hamas.')).toEqual([]);
    expect(met('Zorvan Brill negotiated with Hamas.')).toEqual(['zorvan negotiates hamas']);
    expect(spy.mock.calls.length).toBe(first + 1);
    // A second Brill: "Brill" alone no longer names the first; the matcher grows, its entry taken back.
    actors.push({ id: 'ona', name: 'Ona Brill', kind: 'person', aliases: [] });
    expect(met('Brill negotiated with Hamas.')).toEqual([]);
    expect(met('Ona Brill negotiated with Hamas.')).toEqual(['ona negotiates hamas']);
    expect(spy.mock.calls.length).toBe(first + 1);
    spy.mockRestore();
  });

  it('gives, for one list that grows, the answers of a fresh matcher for each stage', () => {
    const fresh = freshAnswers();
    const actors: Actor[] = structuredClone(GAZETTEER);
    const grown: ExtractionResult[] = [];
    for (const batch of [[], ...JOINING]) {
      actors.push(...structuredClone(batch));
      for (const text of ARTICLES) grown.push(extractRelations(text, actors, { ...OPTIONS, discoverUnknown: true }));
    }
    expect(grown).toEqual(fresh);
    // The made-up actors are found, so the comparison covers what joining changes.
    expect(fresh.slice(-3).flatMap(relationsOf).join('\n')).toMatch(/varno-front|tesla-marov|kelmar/);
    expect(relationsOf(fresh[1])).not.toEqual(relationsOf(fresh[fresh.length - 2]));
  });
});

const compiled = path.join(__dirname, '..', '..', 'dist', 'server', 'extract', 'extract-worker.js');
(fs.existsSync(compiled) ? describe : describe.skip)('the compiled worker thread', () => {
  it('answers with states from the reference gazetteer for an empty store', async () => {
    const w = new ExtractionWorker(compiled);
    try {
      const r = await w.extract('Ghana condemned Togo.', [], OPTIONS);
      expect(r.relations.map((x) => `${x.source} ${x.type} ${x.target}`)).toEqual(['ghana opposes togo']);
      expect(r.referenceActors.map((a) => a.id).sort()).toEqual(['ghana', 'togo']);
    } finally {
      await w.close();
    }
  });

  it('holds a growing list sent as appended actors, a replaced one sent whole, and answers as a fresh matcher', async () => {
    const fresh = freshAnswers();
    const w = new ExtractionWorker(compiled);
    try {
      const actors: Actor[] = structuredClone(GAZETTEER);
      const viaWorker: ExtractionResult[] = [];
      for (const batch of [[], ...JOINING]) {
        actors.push(...structuredClone(batch));
        for (const text of ARTICLES) viaWorker.push(await w.extract(text, actors, OPTIONS));
      }
      expect(viaWorker).toEqual(fresh);
      // A replaced list (a curation, a reload) reaches the worker whole: the renamed actor is found by its new name only.
      const renamed = actors.map((a) => (a.id === 'varno-front' ? { ...a, name: 'Sedra Front', aliases: [] } : a));
      const r = await w.extract('The Sedra Front condemned Hamas.', renamed, OPTIONS);
      expect(r.relations.map((x) => `${x.source} ${x.type} ${x.target}`)).toEqual(['varno-front opposes hamas']);
    } finally {
      await w.close();
    }
  });

  it("starts its thread with the workers' small young generation, not V8's default for a main thread", async () => {
    const limits: (number | undefined)[] = [];
    const spy = spyOnPosts((worker) => limits.push(worker.resourceLimits?.maxYoungGenerationSizeMb));
    const w = new ExtractionWorker(compiled);
    try {
      await w.extract(ARTICLES[0], structuredClone(GAZETTEER), OPTIONS);
      expect(limits).toEqual([WORKER_RESOURCE_LIMITS.maxYoungGenerationSizeMb]);
    } finally {
      spy.mockRestore();
      await w.close();
    }
  });

  it("collects an article's garbage once idle, so its heap holds no more than what it keeps", async () => {
    const probe = probeNewThreads();
    const w = new ExtractionWorker(compiled);
    try {
      // About 100 KB of made-up sentences: several MB of parse, most of it garbage once answered.
      const long = Array.from({ length: 400 }, (_, i) => ARTICLES[i % ARTICLES.length]).join('\n\n');
      await w.extract(long, structuredClone(GAZETTEER), OPTIONS);
      await new Promise((r) => setTimeout(r, 1000));
      expect(probe.made).toHaveLength(1);
      expect(await garbageMb(probe.made[0])).toBeLessThan(1);
    } finally {
      probe.restore();
      await w.close();
    }
  }, 60_000);

  it('ends its thread once idle, and a job after that starts a new one that is sent the gazetteer whole', async () => {
    const sent: unknown[] = [];
    const spy = spyOnPosts((_worker, m) => sent.push(structuredClone(m.gazetteer)));
    const ended = jest.spyOn(Worker.prototype, 'terminate');
    const w = new ExtractionWorker(compiled, 200);
    try {
      const actors: Actor[] = structuredClone(GAZETTEER);
      const first = await w.extract(ARTICLES[0], actors, OPTIONS);
      // Jobs within the idle time keep the thread.
      await new Promise((r) => setTimeout(r, 50));
      await w.extract(ARTICLES[0], actors, OPTIONS);
      expect(ended).not.toHaveBeenCalled();
      await new Promise((r) => setTimeout(r, 400));
      expect(ended).toHaveBeenCalledTimes(1);
      expect(await w.extract(ARTICLES[0], actors, OPTIONS)).toEqual(first);
      expect(sent).toEqual([{ from: 0, replace: GAZETTEER }, { from: GAZETTEER.length, append: [] }, { from: 0, replace: GAZETTEER }]);
    } finally {
      spy.mockRestore();
      ended.mockRestore();
      await w.close();
    }
  });

  it('sends a big gazetteer whole in parts, a turn of the event loop apart, and answers as with the list in one message', async () => {
    // Made-up people past the first part's end: the article names the last of them.
    const big: Actor[] = [...structuredClone(GAZETTEER), ...Array.from({ length: 5000 }, (_, i) => ({ id: `velk-orman-${i}`, name: `Velk Orman${i === 4999 ? '' : ` ${i}`}`, kind: 'person' as const, aliases: [] }))];
    const text = 'Velk Orman condemned Hamas on Monday. Qatar mediated talks between Israel and Hamas.';
    const events: string[] = [];
    const spy = spyOnPosts((_worker, m) => events.push('id' in m ? 'job' : 'part'));
    const w = new ExtractionWorker(compiled);
    try {
      const ticks = setInterval(() => events.push('turn'), 0);
      const answer = await w.extract(text, big, OPTIONS);
      clearInterval(ticks);
      expect(relationsOf(answer)).toEqual(relationsOf(extractRelations(text, structuredClone(big), OPTIONS)));
      expect(relationsOf(answer).join('\n')).toMatch(/velk-orman-4999 opposes hamas/);
      const posted = events.filter((e) => e !== 'turn');
      expect(posted).toEqual([...Array(3).fill('part'), 'job']);
      // Other work ran between the parts: the thread was not held for the whole list.
      expect(events.slice(events.indexOf('part'), events.lastIndexOf('part'))).toContain('turn');
      // Then only what was appended goes: none.
      events.length = 0;
      await w.extract(text, big, OPTIONS);
      expect(events).toEqual(['job']);
    } finally {
      spy.mockRestore();
      await w.close();
    }
  });

  it('a job whose message cannot be posted is refused, and the jobs after it are still posted and answered', async () => {
    const spy = spyOnPosts((_worker, m) => {
      if ('id' in m && m.text === 'Unsendable.') throw new Error('could not post');
    });
    const w = new ExtractionWorker(compiled);
    try {
      await expect(w.extract('Unsendable.', structuredClone(GAZETTEER), OPTIONS)).rejects.toThrow('could not post');
      const answer = await w.extract(ARTICLES[0], structuredClone(GAZETTEER), OPTIONS);
      expect(relationsOf(answer)).toEqual(relationsOf(extractRelations(ARTICLES[0], structuredClone(GAZETTEER), OPTIONS)));
    } finally {
      spy.mockRestore();
      await w.close();
    }
  }, 20_000);

  it('made ready ahead of the first article: the article then sends no actors and answers as without the warm-up', async () => {
    const sent: unknown[] = [];
    const spy = spyOnPosts((_worker, m) => sent.push(structuredClone(m.gazetteer)));
    const w = new ExtractionWorker(compiled);
    try {
      const actors: Actor[] = structuredClone(GAZETTEER);
      await w.warm(actors);
      const answer = await w.extract(ARTICLES[0], actors, OPTIONS);
      expect(sent).toEqual([{ from: 0, replace: GAZETTEER }, { from: GAZETTEER.length, append: [] }]);
      expect(relationsOf(answer)).toEqual(relationsOf(extractRelations(ARTICLES[0], structuredClone(GAZETTEER), OPTIONS)));
    } finally {
      spy.mockRestore();
      await w.close();
    }
  });

  it('sends the gazetteer whole once, then only the actors appended since', async () => {
    // postMessage copies at the call: so does the record of what was sent.
    const sent: unknown[] = [];
    const spy = spyOnPosts((_worker, m) => sent.push(structuredClone(m.gazetteer)));
    const w = new ExtractionWorker(compiled);
    try {
      const actors: Actor[] = structuredClone(GAZETTEER);
      await w.extract(ARTICLES[0], actors, OPTIONS);
      await w.extract(ARTICLES[0], actors, OPTIONS);
      actors.push(...structuredClone(JOINING[1]));
      await w.extract(ARTICLES[1], actors, OPTIONS);
      expect(sent).toEqual([
        { from: 0, replace: GAZETTEER },
        { from: GAZETTEER.length, append: [] },
        { from: GAZETTEER.length, append: JOINING[1] },
      ]);
    } finally {
      spy.mockRestore();
      await w.close();
    }
  });
});
