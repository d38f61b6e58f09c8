/**
 * Reported speech (issue #12, said18): who says a thing is no party to what is said. Each rule is
 * named in READING_RULES (server/domain/extraction-rules.ts). Made-up sentences only.
 */
import { READING_RULES, type ReadingRuleName } from '../../server/domain/extraction-rules';
import { triples } from './helpers';

const rule = (name: ReadingRuleName): string => `${name}: ${READING_RULES[name]}`;

describe(rule('trailingSpeaker'), () => {
  it('does not read the speaker of a trailing attribution as the object', () => {
    expect(triples('Egypt attacked its own institutions, Israel said.', { minConfidence: 0 })).toEqual([]);
    expect(triples('Iran shelled its own border towns, Turkey said on Monday.', { minConfidence: 0 })).toEqual([]);
    expect(triples('Russia raided its own ports, a spokesman for Turkey told reporters.', { minConfidence: 0 })).toEqual([]);
    expect(triples('Russia raided its own ports, said Turkey.', { minConfidence: 0 })).toEqual([]);
  });

  it('reads a possessive speaker, a bare weekday and a closing comment as part of the attribution', () => {
    expect(triples('Egypt bombed its own barracks, Israel’s army said in a statement.', { minConfidence: 0 })).toEqual([]);
    expect(triples('Egypt bombed its own barracks, the Israeli military said Tuesday.', { minConfidence: 0 })).toEqual([]);
    expect(triples('Egypt bombed its own barracks, an Israeli official said, speaking on condition of anonymity.', { minConfidence: 0 })).toEqual([]);
    expect(triples('Egypt bombed its own barracks, Israel said, without giving details.', { minConfidence: 0 })).toEqual([]);
  });

  it('keeps the speaker of a comment that reports a clause of its own', () => {
    expect(triples('Egypt bombed Iran, Israel said, adding that it had struck Hamas.')).toContain('israel opposes hamas');
  });

  it('keeps the reported relation itself', () => {
    expect(triples('Russia condemned Ukraine, Turkey’s foreign ministry said on Monday.')).toEqual(['russia opposes ukraine']);
  });

  it('keeps a speaker whose verb reports a clause of its own', () => {
    expect(triples('In Ankara, Turkey said it had attacked Iran.')).toContain('turkey opposes iran');
  });
});

describe(rule('mustStop'), () => {
  it('reads a hostility that has to stop as going on', () => {
    expect(triples('Turkey insisted that the fighting between Russia and Ukraine has to stop.')).toEqual(['russia opposes ukraine', 'ukraine opposes russia']);
  });

  it('does not read a stop of something else after a demanded act', () => {
    expect(triples('Russia must attack Ukraine to stop it.')).toEqual([]);
  });
});

describe(rule('definiteAct'), () => {
  it('reads a past meeting named as an example of what is encouraged', () => {
    expect(triples('Turkey encouraged further dialogue, such as the recent meeting between Russian and Ukrainian envoys in Geneva.')).toContain('russia negotiates ukraine');
  });

  it('reads an owned hostile act under a verb of intent', () => {
    expect(triples('The Kremlin seeks to disguise its brutal war against Ukraine.')).toEqual(['russia opposes ukraine']);
  });

  it('leaves a first meeting that is only planned', () => {
    expect(triples('Russia plans to hold its first meeting with Ukraine.')).toEqual([]);
  });
});

describe(rule('embeddedModal'), () => {
  it('does not read the modal of an embedded question as the cue’s', () => {
    expect(triples('Lavrov and Sybiha said they had reached an agreement on how grain shipments would work.')).toEqual(['lavrov negotiates sybiha']);
  });

  it('keeps a modal of the cue’s own predicate', () => {
    expect(triples('Lavrov and Sybiha would reach an agreement soon.')).toEqual([]);
  });
});

describe(rule('datedSaying'), () => {
  it('reads "it" after a dated verb of saying as its subject', () => {
    expect(triples('The Kremlin said Thursday it had shelled Kyiv.')).toEqual(['russia opposes ukraine']);
    expect(triples('Ankara said on Friday that it had bombed Iran.')).toEqual(['turkey opposes iran']);
    expect(triples('Ankara said earlier it had bombed Iran.')).toEqual(['turkey opposes iran']);
  });

  it('leaves a placeholder "it" alone', () => {
    expect(triples('Ankara said Friday it was clear that talks were over.')).toEqual([]);
  });
});
