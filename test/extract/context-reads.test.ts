import { extractRelations, traceExtraction } from '../../server/extract';
import { watchContext } from '../../server/extract/context-reads';
import { GAZETTEER } from './fixtures';
import { tripleOf } from './helpers';

describe('watchContext: whether a computation read more of a context than the shared part', () => {
  const ctx: { side: (id: string) => string; pair?: [string, string] } = { side: (id) => id.toUpperCase() };
  const shared = new Set<PropertyKey>(['side']);

  it('lets reads of the shared part pass unnoted, and gives the values', () => {
    const w = watchContext(ctx, shared);
    expect(w.ctx.side('iran')).toBe('IRAN');
    expect(w.readOther()).toBe(false);
  });

  it('notes a read of another property, present or not', () => {
    const absent = watchContext(ctx, shared);
    expect(absent.ctx.pair).toBeUndefined();
    expect(absent.readOther()).toBe(true);
    const present = watchContext({ ...ctx, pair: ['a', 'b'] as [string, string] }, shared);
    expect(present.ctx.pair).toEqual(['a', 'b']);
    expect(present.readOther()).toBe(true);
  });

  it('notes a question whether another property is there, and a spread', () => {
    const asked = watchContext(ctx, shared);
    expect('pair' in asked.ctx).toBe(false);
    expect(asked.readOther()).toBe(true);
    const spread = watchContext(ctx, shared);
    expect({ ...spread.ctx }.side).toBe(ctx.side);
    expect(spread.readOther()).toBe(true);
  });
});

describe('second pass: a sentence that read the document pair in the first pass is read again', () => {
  // Made-up document: the last sentence names no pair; its mediation is between the document's pair, known only in the second pass.
  const doc = 'Russia and Ukraine held talks in Riyadh on Monday. Russia and Ukraine met again in Jeddah on Tuesday.\n\nLater, Qatar facilitated the talks.';
  const triples = (rs: { source: string; target: string; type: 'negotiates' | 'mediates' | 'opposes' }[]): string[] => [...new Set(rs.map(tripleOf))].sort();

  it('finds the mediation between the document pair', () => {
    expect(triples(extractRelations(doc, GAZETTEER, { documentId: 'doc' }).relations)).toEqual(expect.arrayContaining(['qatar mediates russia', 'qatar mediates ukraine']));
  });

  it('gives what reading every sentence twice gives (a trace takes nothing from the first pass)', () => {
    const traced = traceExtraction(doc, GAZETTEER, { documentId: 'doc' }).result;
    expect(extractRelations(doc, GAZETTEER, { documentId: 'doc' })).toEqual(traced);
  });
});
