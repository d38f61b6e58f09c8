/**
 * Argument round, twelfth session (issue #12, branch args12): how news attaches a cue's subject and
 * object, in shapes the reading got wrong; each block names the rule in READING_RULES
 * (server/domain/extraction-rules.ts) that reads it. Every sentence is made up from general English
 * usage (none replays a corpus sentence); the positive ones fail on the code before the round, the
 * near misses guard against a looser reading.
 */
import { READING_RULES, type ReadingRuleName } from '../../server/domain/extraction-rules';
import { triples } from './helpers';

const rule = (name: ReadingRuleName): string => `${name}: ${READING_RULES[name]}`;

describe(rule('condemnedExample'), () => {
  it('an owned act given as an example of what is condemned is condemned too', () => {
    expect(triples("France and Germany condemned all forms of aggression, including Russia's violation of Ukraine's sovereignty.")).toEqual([
      'france opposes russia',
      'germany opposes russia',
      'russia opposes ukraine',
    ]);
    expect(triples("Turkey denounced such acts, notably Iran's seizure of the tanker.")).toEqual(['turkey opposes iran']);
  });

  it('victims or places given as examples are not opposed', () => {
    expect(triples('France condemned the attacks on civilians, including Israelis.')).toEqual([]);
    expect(triples('France condemned the attacks, including those on Ukraine.')).toEqual([]);
    expect(triples("France welcomed all steps toward peace, including Russia's withdrawal from Ukraine.")).toEqual([]);
  });
});

describe(rule('condemnedOwner'), () => {
  it('a noun of condemnation before an owned act is aimed at its doer, whatever the preposition', () => {
    expect(triples("Rubio reiterated his condemnation for Russia's attack on Ukraine.")).toEqual(['rubio opposes russia', 'russia opposes ukraine']);
    expect(triples("Rubio reiterated his condemnation for Russia's premeditated, unprovoked, and unjustified war on Ukraine.")).toEqual([
      'rubio opposes russia',
      'russia opposes ukraine',
    ]);
    expect(triples("France voiced criticism over Iran's seizure of the tanker.")).toEqual(['france opposes iran']);
  });

  it('the act keeps its own patient; an act with no owner changes nothing', () => {
    expect(triples("Iran's criticism of Israel's strikes on Hezbollah continued.")).toEqual(['iran opposes israel', 'israel opposes hezbollah']);
    expect(triples('France faced condemnation for its strikes on Syria.')).toEqual(['france opposes syria']);
  });
});

describe(`${rule('pluralPronounSubject')} / ${rule('pluralPronounList')}`, () => {
  it('"they" after a verb of saying is the whole coordinated subject', () => {
    expect(triples('Russia and Iran said they had attacked Ukraine.')).toEqual(['iran opposes ukraine', 'russia opposes ukraine']);
    expect(triples('Russia and Ukraine said they held talks in Istanbul.')).toEqual(['russia negotiates ukraine']);
    expect(triples('Egypt and Qatar announced that they had met with Hamas.')).toEqual(['egypt negotiates hamas', 'hamas negotiates qatar']);
    expect(triples('France, Germany and Turkey said they had held talks with Iran.')).toEqual(['france negotiates iran', 'germany negotiates iran', 'iran negotiates turkey']);
  });

  it('one subject stays one; a name inside a phrase is no member', () => {
    expect(triples('Russia said they had attacked Ukraine.')).toEqual(['russia opposes ukraine']);
    expect(triples('Talks with Egypt and Qatar said they would resume.')).toEqual([]);
    expect(triples('Egypt urged Israel and Hamas to say they would talk.')).toEqual([]);
  });
});

describe(rule('possessedPeople'), () => {
  it("a possessor before its people is met through them", () => {
    expect(triples("Rubio met with Egypt's leaders.")).toEqual(['egypt negotiates rubio']);
    expect(triples("France will stay in close touch with Israel's senior officials.")).toEqual(['france negotiates israel']);
    expect(triples("Rubio met Iran's negotiators in Oman.")).toEqual(['iran negotiates rubio']);
  });

  it('what else the possessor owns is no partner', () => {
    expect(triples("Rubio met Iran's demands.")).toEqual([]);
    expect(triples("France met Egypt's expectations on trade.")).toEqual([]);
  });
});

describe(rule('pairExamples'), () => {
  it("examples after a pair under \"between\" are no more parties of the pair's talks", () => {
    expect(triples('Rubio welcomed talks between Armenia and Azerbaijan, including Pashinyan and Aliyev.')).toEqual(['armenia negotiates azerbaijan']);
    expect(triples('Talks between Russia and Ukraine, including Lavrov and Sybiha, resumed.')).toEqual(['russia negotiates ukraine']);
  });

  it('examples of other lists stay members', () => {
    expect(triples('Iran and its proxies, including Hezbollah, attacked Israel.')).toEqual(['hezbollah opposes israel', 'iran opposes israel']);
    expect(triples('France sanctioned Russia and Iran, including Lavrov.')).toEqual(['france opposes iran', 'france opposes lavrov', 'france opposes russia']);
  });
});

describe(rule('destinationHost'), () => {
  it('talks that are the purpose of a journey to a state are held with it', () => {
    expect(triples('Lavrov will travel to Qatar for discussions on the war.')).toEqual(['lavrov negotiates qatar']);
    expect(triples('Lavrov will travel to Qatar February 15-16 for discussions related to the war.')).toEqual(['lavrov negotiates qatar']);
    expect(triples('Lavrov traveled to Qatar to discuss the war.')).toEqual(['lavrov negotiates qatar']);
  });

  it('a partner named with the talks, a capital, a body or another purpose reads otherwise', () => {
    expect(triples('Lavrov will travel to Qatar for talks with Hamas.')).toEqual(['hamas negotiates lavrov']);
    expect(triples('Lavrov will travel to Qatar for talks between Israel and Hamas.')).toEqual(['hamas negotiates israel']);
    expect(triples('Lavrov will travel to Brussels for talks.')).toEqual([]);
    expect(triples('Lavrov will travel to the United Nations for talks.')).toEqual([]);
    expect(triples('Lavrov will travel to Qatar, where he will attend talks.')).toEqual([]);
  });
});

describe(rule('dashInsertion'), () => {
  it('a verb after a phrase inserted between dashes has the subject before it', () => {
    expect(triples('Iran—and its proxies in Syria—launched an attack against Israel.')).toEqual(['iran opposes israel']);
    expect(triples('Earlier today, Iran — and its proxies operating in Syria and Iraq — launched an attack against Israel.')).toEqual(['iran opposes israel']);
  });

  it('a dash that opens a clause of its own or a phrase without a verb resumes nothing', () => {
    expect(triples('Russia struck Ukraine — Turkey condemned the strike.')).toEqual(['russia opposes ukraine']);
    expect(triples('Iran attacked Israel — a move condemned by France.')).toEqual(['iran opposes israel']);
  });
});
