/** The eval's name matching (branch names18): spelling variants and family names of one person. Made-up names. */
import type { Actor } from '../server/domain/types';
import type { CorpusArticle } from '../scripts/eval/corpus';
import { nameKey } from '../scripts/eval/names';
import { actorMapper } from '../scripts/eval/score';

describe('nameKey and the Arabic article', () => {
  it('"al-", "Al " and "el-" before a word of a name fold away', () => {
    expect(nameKey('Hamid al-Rawi')).toBe(nameKey('Hamid Rawi'));
    expect(nameKey('Hamid Al Rawi')).toBe(nameKey('Hamid Rawi'));
    expect(nameKey('Karim el-Fadel')).toBe(nameKey('Karim Fadel'));
    expect(nameKey('Al-Rawi')).toBe(nameKey('Rawi'));
  });

  it('leaves "al" and "el" inside words, and other names, alone', () => {
    expect(nameKey('Alma Elrod')).toBe('alma elrod');
    expect(nameKey('Hamid Rawi')).not.toBe(nameKey('Hamid'));
  });
});

describe('actorMapper and a person named by family name only', () => {
  const person = (id: string, name: string): Actor => ({ id, name, kind: 'person', aliases: [], provisional: true });
  const article = (names: string[]): CorpusArticle =>
    ({ actors: new Map(names.map((n) => [n, { kind: 'person', aliases: [] }])) }) as unknown as CorpusArticle;

  it('maps "Foreign Minister Dorbak" read as "Dorbak" to the one gold person of that family name', () => {
    const known = new Map([['dorbak', person('dorbak', 'Dorbak')]]);
    expect(actorMapper(article(['Nikolai Dorbak', 'Jane Roe']), known)('dorbak')).toBe('Nikolai Dorbak');
  });

  it('maps nothing when two gold people share the family name, or the name is not a person’s', () => {
    const known = new Map([['dorbak', person('dorbak', 'Dorbak')]]);
    expect(actorMapper(article(['Nikolai Dorbak', 'Anna Dorbak']), known)('dorbak')).toBeUndefined();
    const body = new Map([['dorbak', { ...person('dorbak', 'Dorbak'), kind: 'organization' as const }]]);
    expect(actorMapper(article(['Nikolai Dorbak']), body)('dorbak')).toBeUndefined();
  });

  it('maps a full name whose given name is another form of the gold one ("Robert" for "Bob")', () => {
    const known = new Map([['robert-dorbak', person('robert-dorbak', 'Robert Dorbak')]]);
    expect(actorMapper(article(['Bob Dorbak', 'Jane Roe']), known)('robert-dorbak')).toBe('Bob Dorbak');
    expect(actorMapper(article(['Bob Lund']), known)('robert-dorbak')).toBeUndefined();
  });
});
