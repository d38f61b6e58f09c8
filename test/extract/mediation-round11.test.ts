/**
 * Mediation round, eleventh session (issue #12, branch mediation11): ways news reports a third
 * side's part in talks that the earlier rounds did not read, each a rule of READING_RULES
 * (server/domain/extraction-rules.ts). Every sentence here is made up.
 */
import { READING_RULES, type ReadingRuleName } from '../../server/domain/extraction-rules';
import { triples } from './helpers';

const rule = (name: ReadingRuleName): string => `${name}: ${READING_RULES[name]}`;
const mediation = (text: string): string[] => triples(text).filter((t) => t.includes('mediates'));

describe(rule('hostileNounBetween'), () => {
  it('a talk about the conflict between two sides is no talk between them', () => {
    expect(triples('Russia and Turkey discussed the conflict between Israel and Hamas.')).toEqual(['hamas opposes israel', 'israel opposes hamas', 'russia negotiates turkey']);
    expect(triples('The envoys talked about tensions between Russia and Ukraine.').filter((t) => t.includes('negotiates'))).toEqual([]);
  });

  it('still reads talks about a settlement between them, and a go-between of their conflict', () => {
    expect(triples('The ministers discussed a ceasefire between Israel and Hamas.')).toEqual(['hamas negotiates israel']);
    expect(mediation('Egypt mediated the conflict between Israel and Hamas.')).toEqual(['egypt mediates hamas', 'egypt mediates israel']);
  });
});

describe(rule('effortOwner'), () => {
  it('the owner of the effort brokers the settlement, not the one who thanks it', () => {
    expect(mediation('The minister thanked the envoy for Qatar\'s assistance in helping to secure the truce between Israel and Hamas.')).toEqual(['qatar mediates hamas', 'qatar mediates israel']);
    expect(mediation('Russia praised Egyptian efforts to negotiate a truce between Israel and Hamas.')).toEqual(['egypt mediates hamas', 'egypt mediates israel']);
  });

  it('not an effort that brokers nothing between two sides, nor one of a party', () => {
    expect(mediation('The minister welcomed Qatar\'s efforts to secure the release of hostages.')).toEqual([]);
    expect(mediation('Turkey praised Israel\'s efforts to secure a truce between Israel and Hamas.')).toEqual([]);
  });
});

describe(rule('openListTail'), () => {
  it('names joined by commas and closed by "and other …" are a list', () => {
    expect(mediation('Egypt brokered a truce between Israel, Hamas, and other parties.')).toEqual(['egypt mediates hamas', 'egypt mediates israel']);
    expect(triples('Talks between Russia, Ukraine and others resumed.')).toEqual(['russia negotiates ukraine']);
  });

  it('commas without that tail stay no list', () => {
    expect(triples('In Cairo, Israel said Hamas had refused.')).toEqual([]);
    expect(triples('Egypt brokered a truce between Israel, Hamas said.').filter((t) => t.includes('mediates'))).toEqual([]);
  });
});

describe(rule('forInfinitiveSubject'), () => {
  it('the pair after "the need for" does the infinitive, and so takes part in the talks it names', () => {
    expect(triples('The envoy stressed the need for Serbia and Kosovo to reengage in the Turkish-facilitated dialogue.')).toEqual(['kosovo negotiates serbia', 'turkey mediates kosovo', 'turkey mediates serbia']);
  });

  it('not after a verb of calling for it: only asked for', () => {
    expect(triples('Russia called for Serbia and Kosovo to resume talks.').filter((t) => t.includes('serbia'))).toEqual([]);
    expect(triples('Poland calls for the European Union to step up sanctions against Russia.').filter((t) => t.startsWith('european-union'))).toEqual([]);
  });
});

describe(`${rule('forInfinitiveSubject')} (review mends)`, () => {
  it('a wish or offer "for A and B to …" is no fact of their talks', () => {
    for (const text of ['Washington made a plea for Russia and Ukraine to begin talks.', 'It is important for Russia and Ukraine to hold talks.', 'Hopes for Russia and Ukraine to hold talks faded.', 'Turkey offered a venue for Russia and Ukraine to hold talks.', 'Qatar set the stage for Israel and Hamas to resume negotiations.', 'The envoy stressed the need for Armenia and Azerbaijan to resume talks.']) {
      expect(triples(text)).toEqual([]);
    }
  });

  it('the cue must lie inside the infinitive, not in the main clause after it', () => {
    expect(triples('In order for Armenia to join, Azerbaijan negotiated with Russia.')).toEqual(['azerbaijan negotiates russia']);
  });
});

describe(`${rule('hostileNounBetween')} (review mends)`, () => {
  it('a noun of talks with no other parties, or a go-between\'s talks, keeps the pair', () => {
    expect(triples('Negotiations to end the war between Russia and Ukraine resumed in Istanbul.')).toContain('russia negotiates ukraine');
    expect(triples('Peace talks on the dispute between Armenia and Azerbaijan made progress.')).toContain('armenia negotiates azerbaijan');
    expect(triples('Turkey hosted talks on ending the war between Russia and Ukraine.')).toEqual(expect.arrayContaining(['russia negotiates ukraine', 'turkey mediates russia', 'turkey mediates ukraine']));
    expect(triples('Egypt mediated talks over the fighting between Israel and Hamas.')).toContain('hamas negotiates israel');
    expect(triples('The United States brokered talks to end the conflict between Armenia and Azerbaijan.')).toContain('armenia negotiates azerbaijan');
  });

  it('talks held by other named parties still leave the pair out', () => {
    expect(triples('Egypt and Qatar discussed the war between Israel and Hamas.').filter((t) => t.includes('negotiates'))).toEqual(['egypt negotiates qatar']);
    expect(triples('Lavrov and Sybiha held talks on the war between Russia and Ukraine.').filter((t) => t.includes('negotiates'))).toEqual(['lavrov negotiates sybiha']);
  });
});

describe(`${rule('openListTail')} (review mends)`, () => {
  it('a fronted phrase\'s last name is no member of the subject\'s open list', () => {
    expect(triples('After talks with Iran, China and other powers condemned Israel.')).toEqual(['china negotiates iran', 'china opposes israel']);
    expect(triples('Unlike Iran, Turkey and other NATO members met Zelensky.')).toEqual(['turkey negotiates zelensky']);
    expect(triples('Before meeting Putin, Zelensky and other leaders met in Paris.')).toEqual(['putin negotiates zelensky']);
  });

  it('still a list with a serial comma or after "between"', () => {
    expect(mediation('Qatar, Egypt, and other mediators brokered a truce between Israel and Hamas.')).toEqual(['egypt mediates hamas', 'egypt mediates israel', 'qatar mediates hamas', 'qatar mediates israel']);
  });
});

describe(`${rule('effortOwner')} (review mends: one list of effort nouns)`, () => {
  it('reads every noun of credit as an effort (one list with the credited achievements)', () => {
    expect(mediation('Russia thanked the envoy for Qatar\'s engagement in helping to secure the truce between Israel and Hamas.')).toEqual(['qatar mediates hamas', 'qatar mediates israel']);
  });
});
