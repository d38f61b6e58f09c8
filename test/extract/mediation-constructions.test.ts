/**
 * How English news, statements and transcripts report mediation, construction by construction
 * (issue #12, branch med8). Written from general English usage, not from any corpus sentence: every
 * sentence here is made up. Each block names the construction; the rules that read it are in
 * server/domain/extraction-rules.ts.
 */
import { confidenceOf, triples } from './helpers';

const MEDIATED = ['russia negotiates ukraine', 'turkey mediates russia', 'turkey mediates ukraine'];
const QATAR_MEDIATES = ['qatar mediates hamas', 'qatar mediates israel'];

describe('constructions the rules read (regression guard)', () => {
  it('a hyphenated go-between before the talks noun: "a Turkey-brokered truce", "Turkish-mediated talks"', () => {
    expect(triples('Russia and Ukraine agreed a Turkey-brokered truce on Monday.')).toEqual(MEDIATED);
    expect(triples('Russia and Ukraine held Turkish-mediated talks.')).toEqual(MEDIATED);
  });

  it('the passive with "by": talks mediated, facilitated, hosted, convened by X', () => {
    expect(triples('Talks between Russia and Ukraine were mediated by Turkey.')).toEqual(MEDIATED);
    expect(triples('Talks between Russia and Ukraine were convened by Turkey.')).toEqual(MEDIATED);
    expect(triples('Russia and Ukraine held talks facilitated by Turkey and Saudi Arabia.')).toEqual([...MEDIATED, 'saudi-arabia mediates russia', 'saudi-arabia mediates ukraine'].sort());
  });

  it('the active verb with "between": mediated, brokered, hosted, relayed messages', () => {
    expect(triples('Qatar and Egypt mediated between Israel and Hamas.')).toEqual(['egypt mediates hamas', 'egypt mediates israel', ...QATAR_MEDIATES]);
    expect(triples('Turkey brokered a grain deal between Russia and Ukraine.')).toEqual(MEDIATED);
    expect(triples('Qatar relayed messages between Israel and Hamas.')).toEqual(QATAR_MEDIATES);
  });

  it('a channel or a witness: "via X", "under the auspices of X", "under X mediation"', () => {
    expect(triples('Israel and Hamas held indirect talks via Qatar.')).toEqual(['hamas negotiates israel', ...QATAR_MEDIATES]);
    expect(triples('Russia and Ukraine held talks in Istanbul under the auspices of Turkey.')).toEqual(MEDIATED);
    expect(triples('Russia and Ukraine held talks under Turkish mediation.')).toEqual(MEDIATED);
  });

  it('nominal and relative forms: "a mediator between", "X, which mediated between", "acted as an intermediary"', () => {
    expect(triples('Qatar is a mediator between Israel and Hamas.')).toEqual(QATAR_MEDIATES);
    expect(triples('Qatar served as an intermediary between Israel and Hamas.')).toEqual(QATAR_MEDIATES);
    expect(triples('Qatar, which mediated between Israel and Hamas, said the talks would resume.')).toEqual(QATAR_MEDIATES);
  });

  it('the parties in a later sentence: "X has been mediating. The talks between A and B …"', () => {
    expect(triples('Qatar has been mediating. The talks between Israel and Hamas resumed on Monday.')).toEqual(['hamas negotiates israel', ...QATAR_MEDIATES]);
  });

  it('precision: a demand, readiness or a hypothetical is no mediation', () => {
    expect(triples('The United States urged Israel and Hamas to talk.')).toEqual([]);
    expect(triples('The United States pressed Israel and Hamas to agree a truce.')).toEqual([]);
    expect(triples('Turkey is ready to mediate between Russia and Ukraine.')).toEqual([]);
    expect(triples('Turkey would be willing to host talks between Russia and Ukraine.')).toEqual([]);
    expect(triples('Turkey could mediate between Russia and Ukraine.')).toEqual([]);
  });
});

describe('rule helpOfThird: "with the help of X", "through the mediation of X", "at the invitation of X"', () => {
  it('names the go-between of the talks or deal of its clause', () => {
    expect(triples('Russia and Ukraine reached a deal with the help of Turkey.')).toEqual(MEDIATED);
    expect(triples('Russia and Ukraine reached a deal through the mediation of Turkey.')).toEqual(MEDIATED);
    expect(triples('Armenia and Azerbaijan met in Paris at the invitation of France.')).toEqual(['armenia negotiates azerbaijan', 'france mediates armenia', 'france mediates azerbaijan']);
    expect(triples('Russia and Ukraine signed the accord through the good offices of Turkey.')).toEqual(MEDIATED);
  });

  it('never makes a party its own go-between, and needs talks in its clause', () => {
    expect(triples('Armenia met Azerbaijan at the invitation of Azerbaijan.')).toEqual(['armenia negotiates azerbaijan']);
    expect(triples('Lavrov met Rubio at the invitation of the United States.')).toEqual(['lavrov negotiates rubio']);
    expect(triples('Russia rebuilt the bridge with the help of China.')).toEqual([]);
    // What the talks are about is no help to them.
    expect(triples('Russia and China held talks on the intervention of NATO in Libya.').filter((t) => t.includes('mediates'))).toEqual([]);
    // The help is in another clause than the talks.
    expect(triples('Russia and Ukraine held talks, and the grain moved with the help of Turkey.')).toEqual(['russia negotiates ukraine']);
  });
});

describe('rule sponsoredTalks: talks "sponsored by X" (not yet "X-sponsored talks": "Iran-sponsored militias" is a proxy, groups.ts)', () => {
  it('a sponsor of talks between others mediates them', () => {
    expect(triples('Talks between Russia and Ukraine were sponsored by Turkey.')).toEqual(MEDIATED);
    expect(triples('Turkey sponsored talks between Russia and Ukraine.')).toEqual(MEDIATED);
  });

  it('sponsoring anything but talks is no mediation', () => {
    expect(triples('Turkey sponsored a resolution on Ukraine.')).toEqual([]);
  });
});

describe('rule carriedMessages: "carried / conveyed / delivered messages between A and B"', () => {
  it('a courier of messages between two sides mediates between them', () => {
    expect(triples('Qatar carried messages between Israel and Hamas.')).toEqual(QATAR_MEDIATES);
    expect(triples('Qatar conveyed messages between Israel and Hamas.')).toEqual(QATAR_MEDIATES);
    expect(triples('Egypt delivered messages between Israel and Hamas.')).toEqual(['egypt mediates hamas', 'egypt mediates israel']);
  });
});
describe('rule settlementBroker: a third side that negotiated, secured or helped reach a deal between A and B', () => {
  it('mediates between the deal’s parties', () => {
    expect(triples('Egypt negotiated a truce between Israel and Hamas.')).toEqual(['egypt mediates hamas', 'egypt mediates israel', 'hamas negotiates israel']);
    expect(triples('Turkey helped negotiate a deal between Russia and Ukraine.')).toEqual(MEDIATED);
    expect(triples('Qatar helped secure a ceasefire between Israel and Hamas.')).toEqual(['hamas negotiates israel', ...QATAR_MEDIATES]);
    expect(triples('Egypt was instrumental in securing a truce between Israel and Hamas.')).toEqual(['egypt mediates hamas', 'egypt mediates israel', 'hamas negotiates israel']);
    expect(triples('The United States arranged a ceasefire between Armenia and Azerbaijan.')).toEqual(['armenia negotiates azerbaijan', 'united-states mediates armenia', 'united-states mediates azerbaijan']);
  });

  it('a party to the deal is no broker of it, nor is one who only welcomes or wants it', () => {
    expect(triples('Israel negotiated a truce between Israel and Hamas.')).toEqual(['hamas negotiates israel']);
    expect(triples('Egypt welcomed the truce between Israel and Hamas.')).toEqual(['hamas negotiates israel']);
    expect(triples('Egypt hopes to secure a truce between Israel and Hamas.')).toEqual([]);
    expect(confidenceOf('Egypt could secure a truce between Israel and Hamas.', 'egypt mediates israel')).toBeLessThan(0.35);
  });
});

describe('rule acceptedProposal: two sides accept a third side’s proposal, plan or framework', () => {
  it('the proposer mediates between those who accept', () => {
    expect(triples("Israel and Hamas accepted Egypt's proposal.")).toEqual(['egypt mediates hamas', 'egypt mediates israel']);
    expect(triples('Israel and Hamas accepted a plan put forward by Egypt.')).toEqual(['egypt mediates hamas', 'egypt mediates israel']);
    expect(triples('Russia and Ukraine agreed to a framework proposed by Turkey.').filter((t) => t.includes('mediates'))).toEqual(MEDIATED.slice(1));
  });

  it('one side accepting, or rejecting, is no mediation between two', () => {
    expect(triples("Hamas accepted Egypt's proposal.")).toEqual([]);
    // Supporters endorse a plan they are no party to; a plan for a named side is about that side.
    expect(triples("The United States and the United Kingdom endorsed Egypt's plan.")).toEqual([]);
    expect(triples("Iran and Russia accepted China's plan for Ukraine.").filter((t) => t.includes('mediates'))).toEqual([]);
    expect(triples("Israel and Hamas rejected Egypt's proposal.").filter((t) => t.includes('mediates'))).toEqual([]);
    expect(triples("Israel and Hamas accepted Israel's proposal.")).toEqual([]);
  });
});

describe('rule invitedPair: X invites A and B to talks', () => {
  it('the one who invites two others to talks mediates between them', () => {
    expect(triples('Qatar invited Israel and Hamas to talks in Doha.')).toEqual(QATAR_MEDIATES);
    expect(triples('France invited Armenia and Azerbaijan to a summit.')).toEqual(['france mediates armenia', 'france mediates azerbaijan']);
  });

  it('an invitation to one side, or to something else than talks, is not', () => {
    expect(triples('Qatar invited Hamas to talks.')).toEqual([]);
    expect(triples('France invited Armenia and Azerbaijan to a parade.')).toEqual([]);
  });
});

describe('rule broughtTogether: X brought A and B together / to the table', () => {
  it('the one who brings two sides together mediates between them', () => {
    expect(triples('Turkey brought Russia and Ukraine together for talks.')).toEqual(MEDIATED.slice(1));
    expect(triples('Turkey brought together Russia and Ukraine.')).toEqual(MEDIATED.slice(1));
    expect(triples('Russia and Ukraine were brought together by Turkey.')).toEqual(MEDIATED.slice(1));
    expect(triples('Turkey brought Russia and Ukraine to the negotiating table.')).toEqual(MEDIATED.slice(1));
  });

  it('bringing one side, or things, together is not', () => {
    expect(triples('Turkey brought Russia to the table.')).toEqual([]);
  });
});

describe('rule helpOfThird with the helper before the noun: "under Egyptian auspices", "with Egyptian help"', () => {
  it('names the go-between, not a partner of the talks', () => {
    expect(triples('Talks between Israel and Hamas took place under Egyptian auspices.')).toEqual(['egypt mediates hamas', 'egypt mediates israel', 'hamas negotiates israel']);
    expect(triples('Israel and Hamas agreed a truce with Egyptian help.')).toEqual(['egypt mediates hamas', 'egypt mediates israel', 'hamas negotiates israel']);
  });
});

describe('rule settlementBroker with verbs of leading talks', () => {
  it('"led / chaired talks between A and B"', () => {
    expect(triples('Egypt chaired talks between Israel and Hamas.')).toEqual(['egypt mediates hamas', 'egypt mediates israel', 'hamas negotiates israel']);
    expect(triples('Egypt spearheaded talks between Israel and Hamas.')).toEqual(['egypt mediates hamas', 'egypt mediates israel', 'hamas negotiates israel']);
  });
});

describe('rule acceptedProposal in the passive', () => {
  it('"the Egyptian proposal was accepted by A and B"', () => {
    expect(triples('The Egyptian proposal was accepted by Israel and Hamas.')).toEqual(['egypt mediates hamas', 'egypt mediates israel']);
    expect(triples('The Egyptian proposal was rejected by Israel and Hamas.').filter((t) => t.includes('mediates'))).toEqual([]);
  });
});

describe('rule invitedPair with "both" and a place', () => {
  it('"invited both A and B to Cairo for talks"', () => {
    expect(triples('Egypt invited both Israel and Hamas to Cairo for talks.')).toEqual(['egypt mediates hamas', 'egypt mediates israel']);
  });
});

describe('rule helpedPair: X helped A and B settle', () => {
  it('the helper mediates between the two', () => {
    expect(triples('China helped Saudi Arabia and Iran restore ties.')).toEqual(['china mediates iran', 'china mediates saudi-arabia']);
    expect(triples('The United States helped Armenia and Azerbaijan to reach a peace deal.').filter((t) => t.includes('mediates'))).toEqual(['united-states mediates armenia', 'united-states mediates azerbaijan']);
  });

  it('helping two sides do anything else is not', () => {
    expect(triples('China helped Saudi Arabia and Iran build ports.')).toEqual([]);
    expect(triples('China helped Iran restore ties with Saudi Arabia.').filter((t) => t.includes('mediates'))).toEqual([]);
  });
});

describe('rule mediatorApposition: "Mediators X and Y said A and B …"', () => {
  it('the names after the noun are the go-betweens, the next pair the parties', () => {
    const both = ['egypt mediates hamas', 'egypt mediates israel', 'qatar mediates hamas', 'qatar mediates israel'];
    expect(triples('Mediators Egypt and Qatar said Israel and Hamas had agreed to a pause.').filter((t) => t.includes('mediates'))).toEqual(both);
    expect(triples('The mediators, Egypt and Qatar, said Israel and Hamas had agreed to a pause.').filter((t) => t.includes('mediates'))).toEqual(both);
  });

  it('without a pair after them, the pair of the document’s talks, at a lower confidence; with none, nothing', () => {
    expect(triples('Mediators Egypt and Qatar met in Cairo.').filter((t) => t.includes('mediates'))).toEqual([]);
    const text = 'Israel and Hamas held talks in Cairo on Monday. The mediators, Egypt and Qatar, said a deal was close.';
    expect(triples(text).filter((t) => t.includes('mediates'))).toEqual(['egypt mediates hamas', 'egypt mediates israel', 'qatar mediates hamas', 'qatar mediates israel']);
    expect(confidenceOf(text, 'egypt mediates israel')).toBeLessThan(confidenceOf('Mediators Egypt and Qatar said Israel and Hamas had agreed to a pause.', 'egypt mediates israel'));
  });
});

describe('rule parentheticalBroker: "The deal between A and B, brokered by C, was signed"', () => {
  it('the participle in commas describes the talks before it', () => {
    expect(triples('The deal between Russia and Ukraine, brokered by Turkey, was signed.')).toEqual(MEDIATED);
    expect(triples('The deal between Russia and Ukraine, mediated by Turkey, held.')).toEqual(MEDIATED);
  });

  it('another participle in commas is not mediation', () => {
    expect(triples('Israel and Hamas met in Cairo, welcomed by Egypt.')).toEqual(['hamas negotiates israel']);
  });
});

describe('rule settlementBroker in a relative clause: "the truce (that) Egypt negotiated between A and B"', () => {
  it('the subject of the relative clause mediates', () => {
    expect(triples('The truce Egypt negotiated between Israel and Hamas held.')).toEqual(['egypt mediates hamas', 'egypt mediates israel', 'hamas negotiates israel']);
    expect(triples('The truce Egypt had helped negotiate between Israel and Hamas held.').filter((t) => t.includes('mediates'))).toEqual(['egypt mediates hamas', 'egypt mediates israel']);
  });

  it('a party in the relative clause is no broker', () => {
    expect(triples('The deal Israel negotiated between Israel and Hamas held.')).toEqual(['hamas negotiates israel']);
  });
});

describe('rule helpOfThird: "with X as (the) mediator"', () => {
  it('names the go-betweens of the talks, not partners', () => {
    expect(triples('Israel and Hamas held indirect talks with Egypt and Qatar as mediators.')).toEqual(['egypt mediates hamas', 'egypt mediates israel', 'hamas negotiates israel', ...QATAR_MEDIATES]);
  });

  it('"with X as a partner" is a partner', () => {
    expect(triples('Russia held talks with Turkey as a partner.')).toEqual(['russia negotiates turkey']);
  });
});

describe('rule sidesOfDispute: a third side in contact with "both sides"', () => {
  const talks = 'Russia and Ukraine held talks in Istanbul on Monday. ';
  it('works between them', () => {
    expect(triples(`${talks}Turkey's envoy met both sides.`).filter((t) => t.includes('mediates'))).toEqual(['turkey mediates russia', 'turkey mediates ukraine']);
  });

  it('"both leaders" may be allies: contact only', () => {
    expect(triples(`${talks}Turkey met both leaders.`).filter((t) => t.includes('mediates'))).toEqual([]);
  });
});
