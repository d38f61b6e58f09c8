/** The extraction worker: one matcher per set of actors, however many articles (each arrives as a copy). */
import path from 'node:path';
import fs from 'node:fs';
import * as gazetteer from '../../server/extract/gazetteer';
import { extractRelations } from '../../server/extract';
import { ExtractionWorker } from '../../server/extract/run-extraction';
import { GAZETTEER } from './fixtures';

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
});

const compiled = path.join(__dirname, '..', '..', 'dist', 'server', 'extract', 'extract-worker.js');
(fs.existsSync(compiled) ? describe : describe.skip)('the compiled worker thread', () => {
  it('answers with states from the reference gazetteer for an empty store', async () => {
    const w = new ExtractionWorker(compiled);
    try {
      const r = await w.extract('Ghana condemned Togo.', [], { documentId: 'd', date: '2026-01-01', outlet: 'o' });
      expect(r.relations.map((x) => `${x.source} ${x.type} ${x.target}`)).toEqual(['ghana opposes togo']);
      expect(r.referenceActors.map((a) => a.id).sort()).toEqual(['ghana', 'togo']);
    } finally {
      await w.close();
    }
  });
});
