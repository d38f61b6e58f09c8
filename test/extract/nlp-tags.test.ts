import nlp from 'compromise';
import { taggedText } from '../../server/extract/nlp-tags';

/** Made-up sentences: names of people, bodies and places, a heading, a list. */
const SENTENCES = [
  'Foreign Minister Aldo Brenner met Premier Sofia Marquez of Veloria in Port Amsel on Tuesday.',
  'The Northern Liberation Front and the Kestrel Brigades said they would attend talks hosted by the Union of Coastal States.',
  'Senator Ruth Okafor, Dr. Ian Pell and Governor Li Wen criticised the Harbour Authority’s decision.',
  'Minister Tala Voss Before Their Meeting In Grenmark',
];

interface Read {
  text: string;
  offset: { start: number; length: number };
}

/** What discovery reads of a reading: each name's text and offset, each term's text and tags (not the random term ids, nor the phrase chunks). */
const readings = (doc: ReturnType<typeof nlp>): unknown[] => [
  ...[doc.people(), doc.organizations(), doc.places(), doc.match('#ProperNoun+').not('#Demonym')].map((v) => (v.json({ offset: true }) as Read[]).map((r) => [r.text, r.offset.start, r.offset.length])),
  (doc.terms().json() as { terms: { text: string; tags: string[] }[] }[]).map((t) => t.terms.map((x) => [x.text, x.tags])),
];

describe('taggedText (compromise without its chunker)', () => {
  it.each(SENTENCES)('tags and finds names as the whole pipeline does: %s', (s) => {
    expect(readings(taggedText(s))).toEqual(readings(nlp(s)));
  });

  it('leaves out the phrase chunks, and leaves the pipeline whole for other callers', () => {
    const before = [...nlp.hooks()];
    // Tagging names a few chunks itself; the chunker gives every term one.
    const chunked = (doc: ReturnType<typeof nlp>): number => (doc.docs.flat() as { chunk?: string }[]).filter((t) => t.chunk).length;
    const without = chunked(taggedText(SENTENCES[0]));
    expect(nlp.hooks()).toEqual(before);
    expect(without).toBeLessThan(chunked(nlp(SENTENCES[0])));
  });
});
