/**
 * Opposition in domestic politics (issue #12, twentieth session, branch opp20): the acts of courts,
 * prosecutors, legislatures and protesters against a side, each reading named in READING_RULES
 * (server/domain/extraction-rules.ts; lexicon server/extract/lexicon/legal-acts.ts). Made-up
 * sentences only: what each rule must now read, and a close sentence it must leave alone.
 */
import { READING_RULES, type ReadingRuleName } from '../../server/domain/extraction-rules';
import { relations, triples } from './helpers';

const reading = (name: ReadingRuleName): string => `${name}: ${READING_RULES[name]}`;

describe(reading('legalActs'), () => {
  it.each([
    ['Ukraine convicted Lavrov of bribery last spring.', 'ukraine opposes lavrov'],
    ['Lavrov was convicted by Ukraine in absentia.', 'ukraine opposes lavrov'],
    ['Russia charged Zelensky with sedition on Monday.', 'russia opposes zelensky'],
    ['Zelensky was charged by Russia after the vote.', 'russia opposes zelensky'],
    ['Ukraine disqualified Lavrov from the ballot.', 'ukraine opposes lavrov'],
    ['Ukraine ruled against Russia in the border case.', 'ukraine opposes russia'],
    ['Ukraine filed a no-confidence motion against Putin.', 'ukraine opposes putin'],
    ['Ukraine staged protests against Putin in three cities.', 'ukraine opposes putin'],
    ['Ukraine protested against Russia’s decision to close the port.', 'ukraine opposes russia'],
    ['Russia’s prosecution of Zelensky drew sharp criticism.', 'russia opposes zelensky'],
    ['The conviction of Lavrov by Ukraine surprised observers.', 'ukraine opposes lavrov'],
  ])('the legal or political act opposes the side it is against: %s', (s, triple) => {
    expect(triples(s)).toContain(triple);
  });

  it('reads an unknown court, commission and party as the agent of the act', () => {
    expect(triples('The Supreme Court of Norland ruled against President Kofi Mensah.')).toEqual(['supreme-court-of-norland opposes kofi-mensah']);
    expect(triples('The Patriotic Alliance Party filed a no-confidence motion against Prime Minister Ama Owusu.')).toEqual(['patriotic-alliance-party opposes ama-owusu']);
  });

  it('reads no act where the words are no legal act against anyone', () => {
    // "prosecution" as the side in a trial, "conviction" as a belief.
    expect(triples('The prosecution said Lavrov had lied to the court.')).toEqual([]);
    expect(triples('It is our conviction that Israel and Hamas should keep talking.')).not.toContain('israel opposes hamas');
    // A charge laid on nobody named, and a passive charge without its agent.
    expect(triples('Lavrov was charged with fraud on Monday.')).toEqual([]);
    // Removing one's own official is no opposition (lexicon/news-hostility.ts, `wordsOnly`).
    expect(triples('Putin dismissed Lavrov on Friday.')).toEqual([]);
  });
});

describe(reading('blockedProposal'), () => {
  it.each([
    ['Ukraine blocked a swift vote proposed by Russia on Tuesday.', 'ukraine opposes russia'],
    ['Ukraine vetoed a bill drafted by Russia.', 'ukraine opposes russia'],
    ['Ukraine blocked Russia’s bill in committee.', 'ukraine opposes russia'],
    ['Ukraine blocked Russia from joining the council.', 'ukraine opposes russia'],
  ])('blocking another’s proposal opposes its author: %s', (s, triple) => {
    expect(triples(s)).toContain(triple);
  });

  it('stores a proposal blocked with its author after “by” under rule condemnedAct', () => {
    expect(relations('Ukraine vetoed a bill drafted by Russia.').map((r) => r.evidence[0].rule)).toEqual(['opposes.condemnedAct']);
  });

  it('opposes no one over a thing no one owns', () => {
    expect(triples('Ukraine blocked the road to the airport.')).toEqual([]);
    expect(triples('Protesters blocked the main square for a week.')).toEqual([]);
  });
});

describe(reading('tenureBeforeName'), () => {
  it.each([
    ['Ukraine began the impeachment trial of former Foreign Minister Sergei Lavrov.', 'ukraine opposes lavrov'],
    ['Ukraine’s prosecution of former Foreign Minister Sergei Lavrov drew criticism.', 'ukraine opposes lavrov'],
    ['Egypt condemned the arrest of ousted President Volodymyr Zelensky by Russia.', 'russia opposes zelensky'],
  ])('the preposition before a word of tenure governs the titled name: %s', (s, triple) => {
    expect(triples(s)).toContain(triple);
  });

  it('leaves a word of tenure that describes no name alone', () => {
    // "former" before an ordinary noun phrase names nobody.
    expect(triples('Ukraine began the impeachment trial of former officials.')).toEqual([]);
  });
});

describe(reading('stateOpposition'), () => {
  it.each([
    ['Togo’s opposition accused President Kofi Mensah of fraud.'],
    ['The Togolese opposition accused President Kofi Mensah of fraud.'],
  ])('a state’s opposition, not the state, is the one who acts: %s', (s) => {
    const found = triples(s);
    expect(found.some((t) => /-opposition opposes kofi-mensah$/.test(t))).toBe(true);
    expect(found).not.toContain('togo opposes kofi-mensah');
  });

  it('names the body with the state’s demonym and reads a later “the opposition” as it', () => {
    expect(triples('Ghana’s opposition held a rally on Monday. The opposition accused President Kofi Mensah of fraud.')).toEqual(['ghanaian-opposition opposes kofi-mensah']);
    expect(triples('Ghanaian opposition parties accused President Kofi Mensah of fraud.')).toEqual(['ghanaian-opposition opposes kofi-mensah']);
  });

  it('reads no body in a stance, a role before a name, or a description before a body’s name', () => {
    expect(triples('Russia’s opposition to NATO enlargement is well known.')).toEqual(['russia opposes nato']);
    expect(triples('Ghanaian opposition leader Ama Owusu accused President Kofi Mensah of fraud.')).toEqual(['ama-owusu opposes kofi-mensah']);
    expect(triples('Russia sanctioned armed Syrian opposition group Ahrar al-Sharqiya.')).toEqual(['russia opposes ahrar-al-sharqiya']);
    // A bare "the opposition" with none named before it is nobody.
    expect(triples('The opposition accused President Kofi Mensah of fraud.')).toEqual([]);
  });
});

describe(reading('stateOrgan'), () => {
  it('reads a state’s organ as a body of its own, which may act against the state’s president', () => {
    expect(triples('Ghana’s parliament has impeached President Kofi Mensah.')).toEqual(['ghanaian-parliament opposes kofi-mensah']);
    expect(triples('Ghanaian prosecutors charged President Kofi Mensah with fraud.')).toEqual(['ghanaian-prosecutors opposes kofi-mensah']);
  });

  it('reads a later “the parliament” as the one named', () => {
    expect(triples('Ghana’s parliament met on Monday. The parliament condemned Togo.')).toEqual(['ghanaian-parliament opposes togo']);
  });

  it('reads no organ in a modifier', () => {
    expect(triples('Ghana’s parliament speaker condemned Togo.')).toEqual(['ghana opposes togo']);
  });
});

describe(reading('possessiveSubjectHead'), () => {
  it.each([
    ['Togo’s government accused Ghana of fraud.', 'togo opposes ghana'],
    ['Iraq’s government condemned Israel.', 'iraq opposes israel'],
    ['Ghana’s parliament impeached President Kofi Mensah.', 'ghanaian-parliament opposes kofi-mensah'],
  ])('the verb after the head of a possessive subject is a verb: %s', (s, triple) => {
    expect(triples(s)).toContain(triple);
  });

  it('still reads a noun after a possessive and adjectives', () => {
    expect(triples('Egypt condemned Russia’s unprovoked assault on Ukraine.')).toContain('russia opposes ukraine');
  });
});
