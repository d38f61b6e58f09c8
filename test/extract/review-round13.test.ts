/**
 * Review of the twelfth session's rules (issue #12, branch review13): false readings found by
 * probing each rule with made-up news sentences, each mended and guarded here. Every sentence is
 * made up.
 */
import { READING_RULES, type ReadingRuleName } from '../../server/domain/extraction-rules';
import { splitSentences } from '../../server/extract/sentences';
import { triples } from './helpers';

const rule = (name: ReadingRuleName): string => `${name}: ${READING_RULES[name]}`;

describe(rule('bracketedInsert'), () => {
  it('a stray "[" never closed joins no later sentences', () => {
    expect(splitSentences('Russia attacked Ukraine [see map. Turkey condemned it. Egypt was silent.').map((s) => s.text)).toEqual([
      'Russia attacked Ukraine [see map.',
      'Turkey condemned it.',
      'Egypt was silent.',
    ]);
  });

  it('an editor’s insert still holds its stop', () => {
    expect(splitSentences('Turkey condemned the [unnamed.] strike on Kyiv. Then it left.').map((s) => s.text)).toEqual(['Turkey condemned the [unnamed.] strike on Kyiv.', 'Then it left.']);
  });

  it('splits a long paragraph after an unclosed "[" in linear time', () => {
    const text = `[${'Russia attacked Ukraine. '.repeat(40_000)}`;
    const t0 = Date.now();
    expect(splitSentences(text)).toHaveLength(40_000);
    // About 0.3 s; the unbounded look-back took minutes here.
    expect(Date.now() - t0).toBeLessThan(10_000);
  });
});

describe(rule('hostedPair'), () => {
  const mediation = (text: string): string[] => triples(text).filter((t) => t.includes('mediates'));

  it('a summit’s or a dinner’s guests from two sides are no pair to mediate', () => {
    expect(mediation('Russia hosted the Chinese and Iranian leaders at a summit in Moscow.')).toEqual([]);
    expect(mediation('Turkey hosted the French and German ministers for dinner in Ankara.')).toEqual([]);
    expect(triples('Turkey hosted the French and German ministers for dinner in Ankara.')).not.toContain('france negotiates germany');
  });

  it('two foes the document reports, received together, are still mediated', () => {
    expect(mediation('Russia shelled Kyiv again. Turkey hosted the Russian and Ukrainian delegations in Istanbul.')).toEqual(['turkey mediates russia', 'turkey mediates ukraine']);
    expect(mediation('Russia shelled Kyiv again. Turkey hosted the Chinese and Iranian delegations in Istanbul.')).toEqual([]);
  });
});

describe(rule('condemnedExample'), () => {
  it('victims owned by a state, given as examples, are not opposed', () => {
    expect(triples("Turkey condemned the attacks on civilians, including Ukraine's children.")).toEqual([]);
    expect(triples("Germany condemned the shelling of hospitals, including Ukraine's largest clinic.")).not.toContain('germany opposes ukraine');
  });

  it('an owned act given as an example is still condemned', () => {
    expect(triples("Turkey condemned all violence, including Iran's brutal attack on the tanker.")).toContain('turkey opposes iran');
  });
});

describe(rule('claimAuthor'), () => {
  it('a statement the condemnation was voiced in names no one opposed', () => {
    expect(triples('The European Union condemned the strike in a statement from France.')).toEqual([]);
    expect(triples('Turkey rejected the attack, in a statement from Egypt.')).not.toContain('turkey opposes egypt');
  });

  it('words that are the verb’s object still oppose their author', () => {
    expect(triples('Egypt rejected the latest accusations from Israel.')).toEqual(['egypt opposes israel']);
  });
});

describe(rule('ownedName'), () => {
  it('a name holding an irregular plural’s possessive is the whole name', () => {
    expect(triples("The People's Liberation Army attacked Taiwan.")).toEqual(['peoples-liberation-army opposes taiwan']);
    expect(triples("The Women's Union condemned Russia.")).toEqual(['womens-union opposes russia']);
  });

  it('an owner before a name is still cut off', () => {
    expect(triples("The European Union sanctioned the Navy's Third Fleet.")).toEqual(['european-union opposes third-fleet']);
  });
});

describe(rule('pairNamedLater'), () => {
  it('a pair named again to describe what the anaphor’s sides did is still theirs', () => {
    expect(triples('Israel and Hamas fought for weeks. The two sides agreed on a truce, the first between Israel and Hamas this year.')).toContain('hamas negotiates israel');
  });

  it('the pair of a hostile noun named after the anaphor is still another pair', () => {
    expect(triples('The two ministers discussed the conflict between Israel and Hamas.')).toEqual(['hamas opposes israel', 'israel opposes hamas']);
  });
});

describe('"dismiss" (lexicon/news-hostility.ts, cue round of session 12): hostile only toward words or acts', () => {
  it('an official dismissed from office is no one opposed', () => {
    expect(triples('Putin dismissed Lavrov on Friday.')).toEqual([]);
  });

  it('words or acts dismissed still oppose their author', () => {
    expect(triples("Russia dismissed Ukraine's accusations.")).toEqual(['russia opposes ukraine']);
    expect(triples('Russia dismissed the claim from Germany as groundless.')).toEqual(['russia opposes germany']);
  });
});
