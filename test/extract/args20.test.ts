/**
 * Arguments round, twentieth session (issue #12, branch args20): a cue read, its arguments attached
 * elsewhere (a gerund's doer, a patient named in an apposition, a companion between dashes, people
 * named after a body's plural noun). Every sentence is made up (none replays a corpus sentence);
 * the positive ones fail on the code before the round, the near misses guard against a looser reading.
 */
import { READING_RULES, type ReadingRuleName } from '../../server/domain/extraction-rules';
import { triples } from './helpers';

const rule = (name: ReadingRuleName): string => `${name}: ${READING_RULES[name]}`;

describe(rule('agentGerund'), () => {
  it('the agent after "by" does the gerund after "in", not the one who condemns', () => {
    const t = triples('Rubio condemned the action by the Iranian authorities in attacking Israeli ships.');
    expect(t).toContain('iran opposes israel');
    expect(t).not.toContain('rubio opposes israel');
  });

  it('also after a phrase of manner and under a joint "we"', () => {
    const t = triples('We, the Foreign Ministers of France, Germany and the United Kingdom, condemn in the strongest terms the reckless move by Iran in attacking Israeli ships.');
    expect(t).toEqual(expect.arrayContaining(['france opposes iran', 'iran opposes israel']));
    expect(t).not.toContain('france opposes israel');
  });

  it('not after a passive verb\'s "by" (no act noun before it)', () => {
    expect(triples('Rubio was praised by Iran in attacking Israel.')).not.toContain('iran opposes israel');
  });
});

describe(rule('allyApposition'), () => {
  it('"Iran\'s attacks on its neighbour, Turkey," attack Turkey', () => {
    expect(triples('Iran\'s attacks on its neighbour, Turkey, drew protests.')).toContain('iran opposes turkey');
  });

  it('"against our ally, X" after the condemned act', () => {
    expect(triples('Rubio condemned Iran\'s attack against our ally, Israel.')).toEqual(expect.arrayContaining(['iran opposes israel', 'rubio opposes iran']));
  });

  it('not a name that opens a clause of its own after the comma', () => {
    expect(triples('Iran\'s attacks on its neighbour, Turkey said on Monday, drew protests.')).not.toContain('iran opposes turkey');
  });

  it('not a noun that is no alliance\'s ("its people, Turkey …")', () => {
    expect(triples('Iran\'s attacks on its people, Turkey warned, must stop.')).not.toContain('iran opposes turkey');
  });
});

describe(rule('dashCompanion'), () => {
  it('"X—together with Y—struck Z": Y strikes too', () => {
    expect(triples('Israel—together with the United Kingdom—struck targets in Iran.')).toEqual(['israel opposes iran', 'united-kingdom opposes iran']);
  });

  it('"along with" between spaced dashes, and a helper after the companion is none', () => {
    expect(triples('Israeli forces – along with France – struck targets in Iran.')).toContain('france opposes iran');
    const t = triples('Israel—together with the United Kingdom and with support from Germany—struck targets in Iran.');
    expect(t).toContain('united-kingdom opposes iran');
    expect(t).not.toContain('germany opposes iran');
  });

  it('not a phrase of another kind between the dashes', () => {
    expect(triples('Israel—backed by the United Kingdom—struck targets in Iran.')).not.toContain('united-kingdom opposes iran');
  });
});

describe(rule('namedRepresentatives'), () => {
  it('"met with Hamas representatives A and B": the body and each person named', () => {
    expect(triples('Rubio met on Friday with Hamas representatives Andrii Sybiha and Sergei Lavrov in Doha.')).toEqual(['hamas negotiates rubio', 'lavrov negotiates rubio', 'rubio negotiates sybiha']);
  });

  it('also for a hostile verb\'s object ("struck Hamas commanders A and B")', () => {
    expect(triples('Israel struck Hamas commanders Andrii Sybiha and Sergei Lavrov overnight.')).toEqual(expect.arrayContaining(['israel opposes lavrov', 'israel opposes sybiha']));
  });

  it('not across a comma, and not states after the noun', () => {
    expect(triples('Rubio met Hamas officials, Lavrov said.')).toEqual(['hamas negotiates rubio']);
    expect(triples('Rubio met with Hamas officials Egypt and Qatar had invited.')).not.toContain('egypt negotiates rubio');
  });
});

describe(rule('perpetratedAct'), () => {
  it('"the attack on X was carried out by Y": Y attacked X', () => {
    expect(triples('The attack on Israel was carried out by Hamas.')).toEqual(['hamas opposes israel']);
  });

  it('in a reduced or a full relative clause on the act', () => {
    expect(triples('The strikes on Hamas, carried out by Israel overnight, killed dozens.')).toEqual(['israel opposes hamas']);
    expect(triples('The raid on Israel, which was launched by Hamas, killed dozens.')).toEqual(['hamas opposes israel']);
  });

  it('not when the verb is denied, nor for a noun of talks', () => {
    expect(triples('The attack on Israel was not carried out by Hamas.')).toEqual([]);
    expect(triples('The talks on Israel were carried out by Egypt.')).toEqual([]);
  });
});

describe(rule('parallelOwner'), () => {
  it('"X\'s invasion of Y and its attacks on Z": X attacks Z, not Y', () => {
    const t = triples('Russia\'s invasion of Ukraine and its attacks on Georgia drew condemnation.');
    expect(t).toEqual(['russia opposes georgia', 'russia opposes ukraine']);
  });

  it('"X\'s support for Y and its attacks on Z": X attacks Z', () => {
    expect(triples('Iran\'s support for Hamas and its attacks on Israel drew condemnation.')).toEqual(['iran opposes israel']);
  });

  it('not across a verb: the first phrase is then a clause of its own', () => {
    expect(triples('Russia\'s talks with Ukraine ended and its attacks on Georgia resumed.')).not.toContain('russia opposes georgia');
  });
});
