/**
 * Cues of opposition missing from the lexicons (issue #12, eighteenth session, branch cues18), each
 * named in READING_RULES (server/domain/extraction-rules.ts). Made-up sentences only: what each rule
 * must now read, and a close sentence it must leave alone.
 */
import { READING_RULES, type ReadingRuleName } from '../../server/domain/extraction-rules';
import { triples } from './helpers';

const reading = (name: ReadingRuleName): string => `${name}: ${READING_RULES[name]}`;

describe(reading('opposingEffort'), () => {
  it.each([
    ['Britain said it would impose costs on Iran for the raid.', 'united-kingdom opposes iran'],
    ['Germany will keep imposing further costs on Russia.', 'germany opposes russia'],
    ['France backed Israel’s campaign against Hamas.', 'israel opposes hamas'],
    ['Qatar is a steady partner in the effort against Hamas.', 'qatar opposes hamas'],
    ['Zelensky died in a U.S. counterterrorism operation near the border.', 'united-states opposes zelensky'],
    ['Russia’s military operations in Ukraine go on.', 'russia opposes ukraine'],
  ])('reads a measure or an effort against a named side: %s', (s, triple) => {
    expect(triples(s)).toContain(triple);
  });

  it('reads no side where the noun names none after “against”', () => {
    expect(triples('Egypt launched a campaign to vaccinate children in Sudan.')).toEqual([]);
    expect(triples('Turkey praised the efforts of Qatar.')).toEqual([]);
    // A joint operation of two sides is none against either.
    expect(triples('Israel and Egypt held a joint military operation.')).toEqual([]);
    // Costs borne, not imposed, are no measure.
    expect(triples('Germany said the costs on Russia’s side were rising.')).toEqual([]);
  });

  it('does not make one who condemns the campaign a party of it', () => {
    expect(triples('Turkey condemned the campaign against Hamas.')).not.toContain('turkey opposes hamas');
  });
});

describe(reading('counteringVerb'), () => {
  it.each([
    ['Britain pledged new funds to counter Iran.', 'united-kingdom opposes iran'],
    ['France is working to counter China’s influence in the region.', 'france opposes china'],
    ['Germany acted to degrade Russia’s ability to finance the war.', 'germany opposes russia'],
    ['Israel said it had eliminated Hamas commanders in the raid.', 'israel opposes hamas'],
  ])('reads the side countered: %s', (s, triple) => {
    expect(triples(s)).toContain(triple);
  });

  it('reads no side where the object names none, nor an adverb', () => {
    expect(triples('Germany pledged to counter illicit finance.')).toEqual([]);
    expect(triples('Egypt said the plan runs counter to Israel’s goals.')).not.toContain('egypt opposes israel');
  });
});

describe(reading('demandedRelease'), () => {
  it.each([
    ['France called on Iran to release Zelensky.', 'iran opposes zelensky'],
    ['Britain urged Russia to release Zelensky without delay.', 'russia opposes zelensky'],
    ['Russia must release Zelensky, Germany said.', 'russia opposes zelensky'],
  ])('reads the one asked to release a captive as holding them: %s', (s, triple) => {
    expect(triples(s)).toContain(triple);
  });

  it('does not make the one who asks the captor', () => {
    expect(triples('France called on Iran to release Zelensky.')).not.toContain('france opposes zelensky');
  });

  it('reads no detention where the release is done, promised or only a noun', () => {
    expect(triples('Russia released Zelensky on Friday.')).toEqual([]);
    expect(triples('Russia agreed to release Zelensky.')).toEqual([]);
    expect(triples('Germany demands the immediate release of Zelensky.')).toEqual([]);
    expect(triples('Iran will release a statement on Israel.')).toEqual([]);
  });
});

describe(reading('coordinatedAdverbs'), () => {
  it('reads the asked object as the doer over adverbs joined by “and”', () => {
    expect(triples('Britain urged Russia to immediately and unconditionally release Zelensky.')).toEqual(['russia opposes zelensky']);
    expect(triples('France urged Armenia to fully and promptly resume talks with Azerbaijan.')).toContain('armenia negotiates azerbaijan');
  });

  it('still ends the infinitive at an “and” that joins other words', () => {
    expect(triples('Britain urged Russia to talk and Zelensky met Sybiha.')).not.toContain('russia negotiates zelensky');
  });
});

describe(reading('sovereigntyOwner'), () => {
  it.each([
    ['France restated its support for Ukraine’s sovereignty as President Putin’s war of choice drags on.', 'putin opposes ukraine'],
    ['Germany praised Egypt’s commitment to Ukraine’s sovereignty and territorial integrity amid Russian aggression.', 'russia opposes ukraine'],
  ])('reads the owner of the rights as the one a war is aimed at: %s', (s, triple) => {
    expect(triples(s)).toContain(triple);
  });

  it('reads no owner where two sides’ rights are named, or the act is no force', () => {
    expect(triples('France backs Ukraine’s and Armenia’s sovereignty as Russia’s war goes on.')).not.toContain('russia opposes ukraine');
    expect(triples('France backs Armenia’s sovereignty and Israel’s independence as Russia’s war goes on.')).not.toContain('russia opposes armenia');
    expect(triples('France backs Ukraine’s sovereignty despite Russia’s criticism.')).not.toContain('russia opposes ukraine');
  });
});

describe(reading('receivedCall'), () => {
  it.each([
    ['On Sunday, President Putin received a call from President Zelensky.', 'putin negotiates zelensky'],
    ['Lavrov took a brief phone call from Sybiha.', 'lavrov negotiates sybiha'],
  ])('reads the receiver and the caller: %s', (s, triple) => {
    expect(triples(s)).toContain(triple);
  });

  it('reads nothing else received, nor a call for something', () => {
    expect(triples('Russia received drones from Iran.')).toEqual([]);
    expect(triples('Putin received a call for help from Zelensky.')).toEqual([]);
  });
});
