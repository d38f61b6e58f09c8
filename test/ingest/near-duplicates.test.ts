/** Near-duplicates: MinHash over word shingles, on made-up republished stories; and what a republication does to the graph. */
import { signatureOf, similarity, NEAR_DUPLICATE_THRESHOLD } from '../../server/ingest/near-duplicates';
import { startWriteServer, type WriteServer } from '../helpers/write-server';

/** A made-up wire story about talks between actors in the bundled data. */
export const WIRE = [
  'Oman hosted a new round of talks between the United States and Iran on Friday, officials in Muscat said, the third such meeting since the spring.',
  'Steve Witkoff met Abbas Araghchi for three hours in a guest house on the edge of the capital, according to two people briefed on the session who asked not to be named.',
  'The talks focused on the sequencing of sanctions relief and limits on enrichment, the same questions that stalled the previous round, the people said.',
  'Israel condemned the talks on Saturday and said it would not be bound by any understanding reached without it, repeating warnings made by its defence minister.',
  'Diplomats in the region said a fourth round could take place before the end of the month if both delegations received new instructions from their capitals.',
];

const REPUBLISHED = [
  'By a staff reporter',
  ...WIRE,
  'Oil prices rose slightly on Monday as traders weighed the chances of a deal, analysts in London said, though volumes were thin ahead of a holiday.',
];

/** The same event reported independently: same actors, same facts, other words. */
const OTHER_REPORT = [
  'American and Iranian negotiators sat down again in the Omani capital on Friday, their third encounter this year, as mediators pressed both sides for progress.',
  'Witkoff and Araghchi spent the afternoon discussing how quickly sanctions could be lifted and what ceiling Tehran would accept on uranium enrichment, sources said.',
  'Israeli officials denounced the meeting, saying any arrangement struck behind their back would carry no weight in Jerusalem.',
  'A further session is possible within weeks, regional diplomats said, provided Washington and Tehran send their envoys back with fresh proposals.',
];

test('a republication (new byline, a paragraph more) is far above the threshold; an independent report of the same event far below', () => {
  const wire = signatureOf(WIRE.join('\n\n')) as Uint32Array;
  expect(similarity(wire, signatureOf(REPUBLISHED.join('\n\n')) as Uint32Array)).toBeGreaterThan(0.7);
  expect(similarity(wire, signatureOf(OTHER_REPORT.join('\n\n')) as Uint32Array)).toBeLessThan(0.15);
  // Cut to its first three paragraphs (about 60% of its shingles), it is still the same story.
  expect(similarity(wire, signatureOf(WIRE.slice(0, 3).join('\n\n')) as Uint32Array)).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
});

test('a text of a few sentences is never compared', () => {
  expect(signatureOf('Egypt and Israel negotiated a truce in Doha. Qatar hosted the talks.')).toBeUndefined();
});

describe('ingesting a republication', () => {
  let srv: WriteServer;
  beforeAll(async () => {
    srv = await startWriteServer();
  });
  afterAll(() => srv.close());
  const post = async (body: unknown): Promise<any> =>
    (await fetch(`${srv.base}/api/documents`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })).json();

  test('is linked to the first copy; its relations count that source once; the document answer says who else published it', async () => {
    const first = await post({ text: WIRE.join('\n\n'), outlet: 'Gulf Wire', date: '2026-06-05', title: 'Talks resume in Muscat' });
    expect(first.nearDuplicateOf).toBeUndefined();
    const pair = first.relations.find((r: any) => r.type === 'negotiates' && [r.source, r.target].sort().join() === 'araghchi,witkoff');
    expect(pair).toBeDefined();
    const documentsOf = async (): Promise<number> => {
      const actor: any = await (await fetch(`${srv.base}/api/actors/witkoff`)).json();
      return actor.relations.negotiates.find((x: any) => x.actor === 'araghchi' || x.id === 'araghchi' || x.target === 'araghchi' || x.source === 'araghchi').documents;
    };
    const before = await documentsOf();

    const copy = await post({ text: REPUBLISHED.join('\n\n'), outlet: 'Evening Post', date: '2026-06-06', title: 'US and Iran meet again' });
    expect(copy.duplicate).toBe(false);
    expect(copy.nearDuplicateOf).toBe(first.document.id);
    expect(copy.document.republishes).toBe(first.document.id);
    expect(await documentsOf()).toBe(before);

    // A third copy links to the first copy, not to the second.
    const third = await post({ text: [...REPUBLISHED, 'Additional reporting by a correspondent in Vienna.'].join('\n\n'), outlet: 'Morning Star', date: '2026-06-07' });
    expect(third.nearDuplicateOf).toBe(first.document.id);

    const answer: any = await (await fetch(`${srv.base}/api/documents/${first.document.id}`)).json();
    expect(answer.alsoPublishedBy.map((d: any) => d.outlet)).toEqual(['Evening Post', 'Morning Star']);
    const copyAnswer: any = await (await fetch(`${srv.base}/api/documents/${copy.document.id}`)).json();
    expect(copyAnswer.alsoPublishedBy.map((d: any) => d.outlet)).toEqual(['Gulf Wire', 'Morning Star']);

    // An independent report of the same event is a second source.
    const other = await post({ text: OTHER_REPORT.join('\n\n'), outlet: 'Capital Daily', date: '2026-06-06' });
    expect(other.nearDuplicateOf).toBeUndefined();
  });
});
