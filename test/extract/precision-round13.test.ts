/**
 * False alarms of the dev split by cause (issue #12, precision round of the thirteenth session,
 * branch prec13), each stopped by a rule named in READING_RULES (server/domain/extraction-rules.ts).
 * Made-up sentences only: what each rule must now reject, and a close sentence it must still read.
 */
import { READING_RULES, type ReadingRuleName } from '../../server/domain/extraction-rules';
import { triples } from './helpers';

const rule = (name: ReadingRuleName): string => `${name}: ${READING_RULES[name]}`;

describe(rule('triedAct'), () => {
  it('stores no act one is only trying or wanting to do', () => {
    expect(triples('Chile is trying to work out a meeting with Bolivia.')).toEqual([]);
    expect(triples('Reporters learned that Peru was wanting to expel Chilean diplomats.')).toEqual([]);
    expect(triples('Ghana tried to meet with Togo in March.')).toEqual([]);
  });

  it('keeps the act done, and an act beside a clause of trying', () => {
    expect(triples('Chile worked out a meeting with Bolivia.')).toEqual(['bolivia negotiates chile']);
    expect(triples('Reporters learned that Peru expelled Chilean diplomats.')).toEqual(['peru opposes chile']);
    expect(triples('Chile held a meeting with Bolivia while trying to end the dispute.')).toEqual(['bolivia negotiates chile']);
    // A preposition ends the infinitive's words: the attacks are a fact.
    expect(triples('Armenia has tried to protect itself from Azerbaijani attacks.')).toEqual(['azerbaijan opposes armenia']);
  });
});

describe(rule('pursuedNoun'), () => {
  it('stores no talks or agreement that are only a goal', () => {
    expect(triples('The minister stressed the importance of a peace agreement between Peru and Bolivia.')).toEqual([]);
    expect(triples('The envoy will continue the pursuit of a peace agreement between Peru and Bolivia.')).toEqual([]);
    expect(triples('The envoy will review efforts to advance peace talks between Peru and Bolivia.')).toEqual([]);
    expect(triples('Advancing A Maritime Agreement Between Peru and Bolivia')).toEqual([]);
  });

  it('keeps talks and agreements reported as held, also when advanced in the past tense', () => {
    expect(triples('The envoy welcomed the peace agreement between Peru and Bolivia.')).toEqual(['bolivia negotiates peru']);
    expect(triples('The agreement between Peru and Bolivia was signed in Lima.')).toEqual(['bolivia negotiates peru']);
    expect(triples('Peru and Bolivia advanced talks on Monday.')).toEqual(['bolivia negotiates peru']);
    expect(triples('A Maritime Agreement Between Peru and Bolivia')).toEqual(['bolivia negotiates peru']);
  });

  it('leaves a hostile noun after a word of a goal to its own reading', () => {
    expect(triples('The importance of the war between Peru and Bolivia was plain.')).toEqual(['bolivia opposes peru', 'peru opposes bolivia']);
  });
});

describe(rule('riskedHostility'), () => {
  it('stores no conflict that is only a risk', () => {
    expect(triples('They discussed efforts to reduce risks of further conflict between Peru and Bolivia.')).toEqual([]);
    expect(triples('The minister warned of the danger of a wider war between Peru and Bolivia.')).toEqual([]);
    expect(triples('The risk of Bolivian strikes on Peru has grown.')).toEqual([]);
  });

  it('keeps a conflict reported as going on, and a threat stated', () => {
    expect(triples('The fighting between Peru and Bolivia continued.')).toEqual(['bolivia opposes peru', 'peru opposes bolivia']);
    expect(triples('Bolivian strikes on Peru have increased the risk to civilians.')).toEqual(['bolivia opposes peru']);
    expect(triples('The minister warned of the threat of Bolivian attacks on Peru.')).toEqual(['bolivia opposes peru']);
  });
});

describe(rule('goBetweenPartner'), () => {
  it('makes no partner of talks of those named as go-betweens', () => {
    // The go-betweens mediate those who meet them (rule `metGoBetweens`, test/extract/mediation-round14.test.ts): no talks with them, nor between the co-subjects.
    const talks = (text: string): string[] => triples(text).filter((t) => !t.includes('mediates'));
    expect(talks('Bolivia agreed to engage with Peruvian and Chilean mediators.')).toEqual([]);
    expect(talks('Bolivia and Peru met with Qatari mediators in Doha.')).toEqual([]);
    expect(triples('Bolivia and Peru met with Qatari mediators in Doha.')).toEqual(['qatar mediates bolivia', 'qatar mediates peru']);
  });

  it('keeps a meeting with a state’s other people, and with the state', () => {
    expect(triples('Bolivia met with Qatari officials in Doha.')).toEqual(['bolivia negotiates qatar']);
    expect(triples('Bolivia met with Qatar in Doha.')).toEqual(['bolivia negotiates qatar']);
  });
});

describe(rule('jointSubjects'), () => {
  it('reads no fight between co-subjects said to act together', () => {
    expect(triples('The minister lauded progress that Peru and Chile have made together in combating the global pandemic, fighting climate change, and boosting trade.')).toEqual([]);
    expect(triples('Peru and Chile jointly fought the rebels for years.')).toEqual([]);
  });

  it('keeps co-subjects fighting each other', () => {
    expect(triples('Peru and Chile have been fighting since April.')).toEqual(['chile opposes peru', 'peru opposes chile']);
  });
});

describe(rule('plottedAct'), () => {
  it('stores no act that is only plotted, and makes no plotter of who foils it', () => {
    expect(triples('Peruvian authorities arrested 20 people for their role in an alleged plot to oust President Luis Arce.')).toEqual([]);
    expect(triples('Peru foiled a plot to attack Bolivia.')).toEqual([]);
  });

  it('keeps an act done after a plot', () => {
    expect(triples('Bolivia attacked Peru after a plot was uncovered.')).toEqual(['bolivia opposes peru']);
  });
});

describe(rule('committedContact'), () => {
  it('stores no contact that is only promised to be kept', () => {
    expect(triples('Roe affirmed Peru’s commitment to maintain a strategic dialogue with Chile.')).toEqual([]);
    expect(triples('Peru is committed to deepen its dialogue with Chile.')).toEqual([]);
  });

  it('keeps a contact reported as kept', () => {
    expect(triples('Peru maintained a strategic dialogue with Chile.')).toEqual(['chile negotiates peru']);
    expect(triples('Peru and Chile maintain a strategic dialogue.')).toEqual(['chile negotiates peru']);
  });
});
