/**
 * Names round, nineteenth session (issue #12, branch names19): general defects of actor mention
 * recognition and argument breaking on news never seen. Every sentence is made up (none replays a
 * corpus sentence); the positive ones fail on the code before the round, the near misses guard
 * against a looser reading.
 */
import { READING_RULES, type ReadingRuleName } from '../../server/domain/extraction-rules';
import { slugify } from '../../server/domain/slug';
import { APOSTROPHES, POSSESSIVE_END } from '../../server/extract/normalize';
import { tokenize } from '../../server/extract/tokens';
import { relations, triples } from './helpers';

const rule = (name: ReadingRuleName): string => `${name}: ${READING_RULES[name]}`;

describe(rule('possessiveSurname'), () => {
  it.each([...APOSTROPHES])('"Nora Vell%ss delegation" (any apostrophe) is Nora Vell\'s', (apostrophe) => {
    expect(triples(`Nora Vell${apostrophe}s delegation met with Lavrov in Doha on Monday.`)).toEqual(['lavrov negotiates nora-vell']);
  });

  it('a plural possessive\'s bare apostrophe ends the family name too', () => {
    expect(triples('Lavrov rejected Nora Vells’ proposal on Monday.')).toEqual(['lavrov opposes nora-vells']);
  });

  it('a day, an English word or a title before the possessive is no family name', () => {
    expect(triples('Lavrov met Nora Monday’s team.')).not.toContain('lavrov negotiates nora-monday');
    expect(triples('Lavrov met Nora Vell’s Office staff.').join(' ')).not.toContain('office');
  });
});

describe('one declaration of the apostrophes (normalize.ts APOSTROPHES)', () => {
  it('the tokenizer, slugs and possessive patterns read every apostrophe alike', () => {
    for (const a of APOSTROPHES) {
      expect(tokenize(`Vell${a}s`).map((t) => t.kind)).toEqual(['word', 'possessive']);
      expect(slugify(`O${a}Brien`)).toBe('obrien');
      expect(`Vell${a}s`.replace(POSSESSIVE_END, '')).toBe('Vell');
    }
  });

  it('a name with an apostrophe inside reads the same whichever is typed', () => {
    const ids = [...APOSTROPHES].map((a) => relations(`Lavrov met Nora O${a}Vell in Doha on Monday.`).map((r) => r.target).join());
    expect(new Set(ids).size).toBe(1);
  });
});
