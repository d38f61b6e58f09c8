/**
 * Military moves and hostile acts: attacks, seizures, expulsions, blockades, and troops moved up
 * to someone's border. Verbs are matched in every inflection.
 */
import type { Actor } from '../../server/domain/types';
import { GAZETTEER } from './fixtures';
import { triples } from './helpers';

const GAZ: Actor[] = [
  ...GAZETTEER,
  { id: 'taiwan', name: 'Taiwan', kind: 'state', aliases: ['Taipei'] },
];

const of = (text: string): string[] => triples(text, {}, GAZ);

describe('military posture towards a border', () => {
  it('deploying or massing troops at the border with Y opposes Y', () => {
    expect(of('Azerbaijan deployed two artillery brigades along its frontier with Armenia.')).toEqual(['azerbaijan opposes armenia']);
    expect(of("Russia is massing tanks along Ukraine's frontier.")).toEqual(['russia opposes ukraine']);
    expect(of('Russia has stationed more than 40,000 soldiers on the Ukrainian border.')).toEqual(['russia opposes ukraine']);
    expect(of('Iran moved missiles toward the border with Israel.')).toEqual(['iran opposes israel']);
    expect(of('China sends warships near Taiwan.')).toEqual(['china opposes taiwan']);
  });

  it('reads the troops as the subject too', () => {
    expect(of('Azerbaijani forces amassed near the frontier with Armenia.')).toEqual(['azerbaijan opposes armenia']);
  });

  it('reads the noun: a buildup on Y’s border', () => {
    expect(of("NATO warned about the Russian troop buildup on Ukraine's border.")).toContain('russia opposes ukraine');
    expect(of('The deployment of Armenian troops along the border with Azerbaijan worried Baku.')).toContain('armenia opposes azerbaijan');
  });

  it('is no hostility without a border or a target', () => {
    expect(of('Russia deployed troops in Sudan.')).toEqual([]);
    expect(of('France deployed additional troops to Germany.')).toEqual([]);
    expect(of('Turkey sent a delegation to Moscow.')).toEqual([]);
    expect(of('Russia deployed Iranian drones.')).toEqual([]);
  });

  it('is dropped when negated', () => {
    expect(triples('China has not deployed any warships along the frontier with Taiwan.', { minConfidence: 0 }, GAZ)).toEqual([]);
  });
});

describe('hostile acts', () => {
  it.each([
    ['Azerbaijan invades Armenia.', 'azerbaijan opposes armenia'],
    ['Azerbaijan is invading Armenia.', 'azerbaijan opposes armenia'],
    ['Azerbaijan invaded Armenia.', 'azerbaijan opposes armenia'],
    ['Israel shells Hezbollah positions.', 'israel opposes hezbollah'],
    ['Hamas attacked Israeli towns overnight.', 'hamas opposes israel'],
    ['Iran seizes a British-flagged tanker.', 'iran opposes united-kingdom'],
    ["Sudan expelled Egypt's ambassador.", 'sudan opposes egypt'],
    ['France expels two Iranian diplomats.', 'france opposes iran'],
    ["Egypt blockades Sudan's ports.", 'egypt opposes sudan'],
    ['Ukrainian forces crossed into Russia.', 'ukraine opposes russia'],
    ["Russia violated Ukraine's airspace.", 'russia opposes ukraine'],
    ['Iran detained a British tanker.', 'iran opposes united-kingdom'],
    ['Russia bombarded Ukrainian cities.', 'russia opposes ukraine'],
  ])('%s', (sentence, triple) => {
    expect(of(sentence)).toEqual([triple]);
  });

  it('finds force aimed across a border', () => {
    expect(of('Russia shelled villages along the border with Ukraine.')).toEqual(['russia opposes ukraine']);
  });

  it('reads the nouns', () => {
    expect(of('The Ukrainian incursion into Russia surprised Moscow.')).toContain('ukraine opposes russia');
    expect(of("Russia's annexation of Ukrainian territory was condemned by France.")).toEqual(['france opposes russia', 'russia opposes ukraine']);
    expect(of('Clashes between Armenian and Azerbaijani troops erupted.')).toEqual(['armenia opposes azerbaijan', 'azerbaijan opposes armenia']);
  });
});

describe('armed movements of the reference gazetteer (lexicon/armed-groups.ts)', () => {
  const bare = (s: string): string[] => triples(s, {}, []);
  it('knows groups a store has never heard of, by name and alias', () => {
    expect(bare('Ansarallah fighters attacked Saudi Arabia on Tuesday.')).toContain('houthis opposes saudi-arabia');
    expect(bare('The IRGC threatened Israel again.')).toContain('irgc opposes israel');
  });
});

describe('rule launch-at: weapons launched at an actor', () => {
  it('opposes the actor they are launched at', () => {
    expect(triples('Hamas launched missiles at Israel.')).toEqual(['hamas opposes israel']);
  });
  it('is no hostility without "at"/"against"', () => {
    expect(triples('Hamas launched talks with Israel.')).not.toContain('hamas opposes israel');
  });
});

describe('rule modifier: an adjective after a possessive is no verb', () => {
  it('keeps "X’s unprovoked war against Y" as X’s act', () => {
    expect(triples('The envoys blamed the shortages on Russia’s prolonged blockade of Ukraine.')).toContain('russia opposes ukraine');
  });
});

describe('naval ships and launchers', () => {
  const of = (s: string): string[] => triples(s, { minConfidence: 0.35 }, []);

  it('a navy ship ("USS …", "HMS …") is its state\'s forces (rule navalShip)', () => {
    expect(of('Houthi forces fired missiles targeting the USS Marlowe.')).toEqual(['houthis opposes united-states']);
    expect(of('Houthi forces fired missiles targeting the HMS Marlowe.')).toEqual(['houthis opposes united-kingdom']);
  });

  it('intercepting what someone launched opposes the launcher, not the place it came from (rule launcher)', () => {
    expect(of('The USS Marlowe intercepted three drones launched by the Houthis.')).toEqual(['united-states opposes houthis']);
    expect(of('The USS Marlowe intercepted missiles launched from Houthi-controlled areas in Yemen.')).toEqual(['united-states opposes houthis']);
  });
});
