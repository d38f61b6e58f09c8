/**
 * Control round, seventeenth session (issue #12, branch control17): arguments of an infinitive
 * that the verb of asking before it takes as its object, and acts an infinitive takes for granted
 * (server/extract/object-control.ts). Each block names its rule in READING_RULES
 * (server/domain/extraction-rules.ts). Every sentence is made up; the positive ones fail on the
 * code before the round, the near misses guard against a looser reading.
 */
import { READING_RULES, type ReadingRuleName } from '../../server/domain/extraction-rules';
import { confidenceOf, triples } from './helpers';

const rule = (name: ReadingRuleName): string => `${name}: ${READING_RULES[name]}`;
/** Under the storing threshold (0.35): reported by extraction, never stored. */
const NOT_STORED = 0.35;

describe(rule('objectControl'), () => {
  it('the object of the verb of asking does the act of the infinitive, not its subject', () => {
    expect(triples('France called on Turkey to stop attacks on Egypt.')).toEqual(['turkey opposes egypt']);
    expect(confidenceOf('France urged Turkey to negotiate with Egypt.', 'egypt negotiates turkey')).toBeGreaterThan(0);
    expect(confidenceOf('France urged Turkey to negotiate with Egypt.', 'egypt negotiates france')).toBe(0);
  });

  it('a coordinated object is the pair of a noun cue inside the infinitive', () => {
    expect(triples('France called on Turkey and Egypt to re-engage in negotiations.')).toEqual(['egypt negotiates turkey']);
  });

  it('an object governed by a preposition other than the verb’s particle controls nothing', () => {
    // "with Turkey" is no object of "urged": the subject still does the infinitive (a demand, not stored).
    expect(triples('France urged, with Turkey, to continue talks with Egypt.')).not.toContain('egypt negotiates turkey');
  });
});

describe(rule('askedObject'), () => {
  it('an act one is asked to do is a demand: reported, not stored', () => {
    const asked = confidenceOf('France asked Qatar to mediate between Turkey and Egypt.', 'qatar mediates turkey');
    expect(asked).toBeGreaterThan(0);
    expect(asked).toBeLessThan(NOT_STORED);
    const pressed = confidenceOf('France pressed Turkey to attack Egypt.', 'turkey opposes egypt');
    expect(pressed).toBeGreaterThan(0);
    expect(pressed).toBeLessThan(NOT_STORED);
  });

  it('a commanded act is reported as done, and a side asked nothing keeps its act', () => {
    expect(triples('France ordered its forces to attack Egypt.')).toEqual(['france opposes egypt']);
    expect(triples('Turkey asked about the talks and met Egypt.')).toEqual(['egypt negotiates turkey']);
  });
});

describe(rule('presupposedAct'), () => {
  it('an act one is urged to continue, re-engage in or return to is going on', () => {
    expect(triples('France urged Turkey to continue negotiations with Egypt.')).toEqual(['egypt negotiates turkey']);
    expect(triples('France said it would continue to work closely with Egypt.')).toEqual(['egypt negotiates france']);
    expect(triples('France urged Turkey and Egypt to resume talks.')).toEqual(['egypt negotiates turkey']);
    expect(triples('France urged Turkey and Egypt to return as soon as possible to formal talks under the auspices of Qatar.')).toEqual([
      'egypt negotiates turkey',
      'qatar mediates egypt',
      'qatar mediates turkey',
    ]);
  });

  it('further talks took place before', () => {
    expect(triples('France encouraged further direct talks between Turkey and Egypt.')).toEqual(['egypt negotiates turkey']);
  });

  it('an act only demanded, a continued stance, a wish or further opposition stays no fact', () => {
    expect(triples('France urged Turkey and Egypt to hold talks.')).toEqual([]);
    expect(triples('France remains committed to working with Egypt.')).toEqual([]);
    expect(triples('France looks forward to continuing to work with Egypt.')).toEqual([]);
    expect(triples('France called for further sanctions on Egypt.')).toEqual([]);
    expect(triples('France warned that any further talks between Turkey and Egypt would fail.')).toEqual([]);
    expect(triples('France welcomed a commitment to continued engagement with Egypt.')).not.toContain('egypt negotiates france');
  });
});

describe(rule('coordinatedFinite'), () => {
  it('a past-tense verb after "and" is a second predicate the demand does not govern', () => {
    expect(triples('France urged the embassy to reconsider and spoke with Egypt about the case.')).toEqual(['egypt negotiates france']);
    expect(triples('France encouraged dialogue and hailed the recent meeting between Turkey and Egypt.')).toEqual(['egypt negotiates turkey']);
  });

  it('an adjective after "and" opens no predicate', () => {
    expect(triples('France urged the elected and recognised government to negotiate with Egypt.')).toEqual([]);
  });
});

describe(rule('alliedMember'), () => {
  it('a name after "and" and a noun of alliance is the next member of the list', () => {
    expect(triples('Turkey held talks with Iran and its ally Qatar.')).toEqual(['iran negotiates turkey', 'qatar negotiates turkey']);
    expect(triples('Russia and its ally Belarus condemned Ukraine.')).toEqual(['belarus opposes ukraine', 'russia opposes ukraine']);
    expect(triples('Israel and Hamas reached a truce brokered by Egypt and fellow mediator Qatar.')).toContain('qatar mediates hamas');
  });

  it('after a comma, or with no name after the noun, it adds nobody', () => {
    expect(triples('The United States struck Iran, and ally Israel joined the attack.')).toEqual(['united-states opposes iran']);
    expect(triples('Turkey met Iran and its allies on Monday.')).toEqual(['iran negotiates turkey']);
  });
});

describe(rule('frontedHelper'), () => {
  it('a fronted phrase of help ends at its comma and helps the talks after it', () => {
    expect(triples('Under the auspices of Egypt, Israel and Hamas agreed to a truce.')).toEqual(['egypt mediates hamas', 'egypt mediates israel', 'hamas negotiates israel']);
    expect(triples('Under Egyptian auspices, Israel and Hamas agreed to a truce.')).toEqual(['egypt mediates hamas', 'egypt mediates israel', 'hamas negotiates israel']);
  });

  it('a fronted phrase of another kind, or talks in a later clause, get no helper', () => {
    expect(triples('Under pressure from Egypt, Israel and Hamas agreed to a truce.')).not.toContain('egypt mediates israel');
    expect(triples('Under the auspices of Egypt, aid arrived, and later Israel and Hamas agreed to a truce.')).not.toContain('egypt mediates israel');
  });
});
