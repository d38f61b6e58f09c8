/**
 * Opposition on news never seen (issue #12, fifteenth session, branch opp15): how English news states
 * an act against another beyond a verb with its object, each reading named in EXTRACTION_RULES or
 * READING_RULES (server/domain/extraction-rules.ts). Made-up sentences only: what each rule must now
 * read, and a close sentence it must leave alone.
 */
import { EXTRACTION_RULES, READING_RULES, type ReadingRuleName } from '../../server/domain/extraction-rules';
import { relations, triples } from './helpers';

const reading = (name: ReadingRuleName): string => `${name}: ${READING_RULES[name]}`;

describe(`answeredAct: ${EXTRACTION_RULES.answeredAct}`, () => {
  it.each([
    ['Israel responds to Hamas’s heinous terrorist attack.', 'israel opposes hamas'],
    ['Turkey retaliated for the Iranian strikes on its border posts.', 'turkey opposes iran'],
    ['Ukraine continues to resist Russia’s aggression.', 'ukraine opposes russia'],
    ['Ukraine repelled the Russian offensive near the river.', 'ukraine opposes russia'],
    ['France imposed sanctions on Iran in response to Russia’s aggression.', 'france opposes russia'],
    ['In response to continued reckless Iranian attacks against ships, Britain and the United States conducted strikes.', 'united-states opposes iran'],
    ['In retaliation for the Russian shelling, Ukraine closed the border crossing.', 'ukraine opposes russia'],
  ])('the one answering a hostile act opposes its doer: %s', (s, triple) => {
    expect(triples(s)).toContain(triple);
    expect(relations(s).find((r) => `${r.source} ${r.type} ${r.target}` === triple)?.evidence[0].rule).toMatch(/^opposes\.(answeredAct|verb|frame)$/);
  });

  it('stores the answer under its own rule', () => {
    expect(relations('Israel responds to Hamas’s heinous terrorist attack.').map((r) => r.evidence[0].rule)).toEqual(['opposes.answeredAct']);
  });

  it('reads the doer of an infinitive answer, not the clause’s subject', () => {
    expect(triples('France is committed to helping Ukraine resist the Russian invasion.')).toContain('ukraine opposes russia');
    expect(triples('France is committed to helping Ukraine resist the Russian invasion.')).not.toContain('france opposes russia');
  });

  it('reads nobody answering where only a response is owned or talked about', () => {
    // An owned "response" is mostly a policy announced, not an act against the doer.
    expect(triples('Qatar discussed the U.S. response to Iran’s attack.')).not.toContain('united-states opposes iran');
    expect(triples('Qatar discussed the U.S. response to Iran’s attack.')).not.toContain('qatar opposes iran');
    // An answer to something that is no hostile act.
    expect(triples('Israel responded to Egypt’s proposal.')).toEqual([]);
    // A noun "counter" after an article is no verb of resisting.
    expect(triples('Egypt sold the counter Hamas’s attack had damaged.')).not.toContain('egypt opposes hamas');
  });

  it('never makes the doer answer itself', () => {
    expect(triples('Russia responded to Russia’s own attack.')).not.toContain('russia opposes russia');
  });
});

describe(reading('forcesOf'), () => {
  it('reads the forces of an actor as that actor', () => {
    expect(triples('The armed forces of the United States struck Hamas.')).toEqual(['united-states opposes hamas']);
    expect(triples('Israel struck the forces of Hamas.')).toEqual(['israel opposes hamas']);
    expect(triples('The troops of Russia shelled Ukraine.')).toEqual(['russia opposes ukraine']);
  });

  it('leaves the people of a country and other nouns alone', () => {
    expect(triples('The people of Ukraine praised France.')).toEqual([]);
    expect(triples('The history of Russia shelled nobody, Ukraine said.')).not.toContain('russia opposes ukraine');
  });
});

describe(reading('surroundingPlace'), () => {
  it('reads no act of surrounding in the adjective of a place', () => {
    // Read as a verb, "surrounding" took the co-subjects after the comma as its subject and object.
    const s = 'After attacks on ships in the sea and surrounding waterways, the United States and France, with support from Qatar, conducted strikes.';
    expect(triples(s)).not.toContain('united-states opposes france');
    expect(triples(s)).not.toContain('france opposes united-states');
  });

  it('keeps the verb with its object', () => {
    expect(triples('Russian troops are surrounding the Ukrainian army.')).toContain('russia opposes ukraine');
  });
});

describe(reading('placedTruce'), () => {
  const war = 'Israel and Hamas fought a war. ';
  it('does not give a truce in another place the document’s sides', () => {
    expect(triples(`${war}Egypt thanked Qatar for its support for the UN-mediated truce in Sudan.`)).not.toContain('united-nations mediates israel');
  });

  it('keeps the document’s sides for a truce named without a place, or in a place of its own conflict', () => {
    expect(triples(`${war}Egypt praised the UN-mediated truce.`)).toContain('united-nations mediates israel');
    expect(triples(`${war}Egypt praised the UN-mediated truce in Israel.`)).toContain('united-nations mediates israel');
  });

  it('keeps the document’s sides for talks held in a capital: "in" after talks names where they are held, not whose they are', () => {
    // Review of the fifteenth session: talks in the go-between's or a third state's capital lost their pair.
    expect(triples(`${war}Qatar mediated the talks in Doha.`)).toContain('qatar mediates israel');
    expect(triples(`${war}Egypt praised the Qatar-mediated negotiations in Cairo.`)).toContain('qatar mediates hamas');
    expect(triples(`${war}Egypt praised the UN-mediated truces in Sudan.`)).not.toContain('united-nations mediates israel');
  });
});
