/** Short names and full names compared as news writes them (server/extract/surnames.ts). Made-up names. */
import { isFullName, isShortName, isSurnameOf, surnameOwners } from '../../server/extract/surnames';

describe('surnameOwners', () => {
  const fulls = [{ name: 'Selim Kayacı' }, { name: 'Abdel Karim el-Nour' }, { name: 'Ahmed bin Salem' }, { name: 'Tal Pardo' }, { name: 'Nour' }];

  it('finds the full names a short name ends, as isSurnameOf does', () => {
    const owners = surnameOwners(fulls);
    for (const short of ['Kayaci', 'Nour', 'Bin Salem', 'Salem', 'Pardo', 'Tal', 'Karim el-Nour', 'Tal Pardo', '']) {
      expect(owners(short)).toEqual(fulls.filter((f) => isSurnameOf(short, f.name)));
    }
    expect(owners('Nour')).toEqual([{ name: 'Abdel Karim el-Nour' }]);
  });
});

describe('isFullName and isShortName', () => {
  it('counts a name of two words with a particle as both', () => {
    expect([isFullName('Al Varo'), isShortName('Al Varo')]).toEqual([true, true]);
    expect([isFullName('Varo'), isShortName('Varo')]).toEqual([false, true]);
    expect([isFullName('Tal Pardo'), isShortName('Tal Pardo')]).toEqual([true, false]);
  });
});
