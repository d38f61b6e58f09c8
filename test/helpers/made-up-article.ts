/** A made-up corpus article for tests of the eval's scripts: plain text, dev unless told, every actor a state. */
import type { CorpusArticle, GoldFile, GoldRelation } from '../../scripts/eval/corpus';

export function madeUpArticle(a: { id: string; text: string; relations: GoldRelation[]; actors: readonly string[]; split?: 'dev' | 'test' }): CorpusArticle {
  const gold: GoldFile = {
    id: a.id,
    split: a.split ?? 'dev',
    format: 'plain',
    kind: 'wire',
    conflict: 'x',
    title: 'A made-up report',
    outlet: 'Nobody',
    date: '2020-01-01',
    url: 'https://example.org/x',
    licence: 'made up',
    found: 'made up',
    actors: Object.fromEntries(a.actors.map((name) => [name, { kind: 'state', aliases: [] }])),
    relations: a.relations,
  };
  return { gold, actors: new Map(Object.entries(gold.actors)), file: `articles/${a.id}.txt`, raw: a.text, visible: a.text };
}
