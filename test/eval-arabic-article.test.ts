/** The eval's name folding: the Arabic article of a name, kept or dropped, is one name (branch names18). Made-up names. */
import { nameKey } from '../scripts/eval/names';

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
