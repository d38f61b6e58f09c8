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
