/**
 * Identity round of the fifteenth session (issue #12, branch ident15): dev false alarms that name
 * the right pair with one end the wrong actor (a titled person read as the state of the title, a
 * monarch's style read into the name), each rule named in READING_RULES
 * (server/domain/extraction-rules.ts). Made-up sentences only: what each must now read, and what it
 * must still leave.
 */
import { READING_RULES, type ReadingRuleName } from '../../server/domain/extraction-rules';
import { extractRelations } from '../../server/extract';
import { GAZETTEER } from './fixtures';
import { triples } from './helpers';

const rule = (name: ReadingRuleName): string => `${name}: ${READING_RULES[name]}`;
/** The actors a text mentions, once each, in order. */
const mentioned = (text: string): string[] => [...new Set(extractRelations(text, GAZETTEER, { documentId: 'd', minConfidence: 0 }).mentions.map((m) => m.actorId))];
/** Provisional people of a text: [id, affiliation]. */
const people = (text: string): [string, string | undefined][] =>
  extractRelations(text, GAZETTEER, { documentId: 'd' }).provisionalActors.filter((a) => a.kind === 'person').map((a) => [a.id, a.affiliation]);

describe(rule('royalStyle'), () => {
  it('drops "His Majesty" and "His Royal Highness" before a name', () => {
    expect(triples('Jane Doe spoke today with His Majesty Omar bin Khalid Al Saidi, the Sultan of Atlantis.')).toEqual(['jane-doe negotiates omar-bin-khalid-al-saidi']);
    expect(mentioned('Jane Doe met His Royal Highness Salim bin Faisal Al Noor on Monday.')).toEqual(['jane-doe', 'salim-bin-faisal-al-noor']);
    expect(mentioned('Jane Doe met Her Highness Mariam Al Hadi on Monday.')).toEqual(['jane-doe', 'mariam-al-hadi']);
  });

  it('reads the style between an office of a state and the name set off after it: the person, not the state', () => {
    const text = 'Jane Doe met today with the Crown Prince and Prime Minister of Togo, His Royal Highness Salim bin Faisal Al Noor, in Lome.';
    expect(triples(text)).toEqual(['jane-doe negotiates salim-bin-faisal-al-noor']);
    expect(people(text)).toContainEqual(['salim-bin-faisal-al-noor', 'togo']);
  });

  it('keeps "Royal" that is not a style', () => {
    expect(triples('Jane Doe visited the Royal Atlantic Guard on Monday. The Royal Atlantic Guard attacked Togo.')).toEqual(['royal-atlantic-guard opposes togo']);
  });
});

describe(rule('hyphenedTitleEnd'), () => {
  it('reads "-Designate" at the end of chained offices as the last office’s: one person, the state her affiliation', () => {
    const text = 'Jane Doe met Togolese Vice President and Foreign Minister-Designate Maria Gomez today.';
    expect(triples(text)).toEqual(['jane-doe negotiates maria-gomez']);
    expect(people(text)).toContainEqual(['maria-gomez', 'togo']);
  });

  it('still reads a bare head after "and" as a second person’s title', () => {
    expect(triples('Jane Doe met with Ghanaian Prime Minister and President-Elect Kofi Asare today.')).toContain('ghana negotiates jane-doe');
  });
});

describe(rule('documentNameCut'), () => {
  it('reads no actor in the first word of an agreement named after a town', () => {
    // Towns the name tagger knows as places, signing no agreement of that name.
    expect(triples('By sheltering the rebels, the Taliban grossly violated the Chicago Agreement.')).toEqual([]);
    expect(mentioned('The rebels said the Marseille Protocol was dead, and attacked Togo.')).toEqual(['togo']);
  });

  it('still reads a name that no document noun follows', () => {
    expect(triples('The Lakeport Brigade attacked Togo on Monday.')).toEqual(['lakeport-brigade opposes togo']);
  });
});

describe(rule('cabinetTitle'), () => {
  it('reads a cabinet secretary with a portfolio as the person, the state her affiliation', () => {
    const text = 'Jane Doe met with Ghanaian Cabinet Secretary for Foreign Affairs Amina Omondi in Accra.';
    expect(triples(text)).toEqual(['amina-omondi negotiates jane-doe']);
    expect(people(text)).toContainEqual(['amina-omondi', 'ghana']);
  });

  it('reads a name of office words only as no actor of its own: its owner acts', () => {
    expect(triples('Ghana’s Cabinet Office condemned Togo on Monday.')).toEqual(['ghana opposes togo']);
  });
});
