/**
 * References round, eighteenth session (issue #12, branch refs18): arguments written as a plural
 * role noun, a counterpart or a pair by reference, read by the people or sides they stand for.
 * Every sentence is made up (none replays a corpus sentence); the positive ones fail on the code
 * before the round, the near misses guard against a looser reading.
 */
import { READING_RULES, type ReadingRuleName } from '../../server/domain/extraction-rules';
import { negotiationPartners } from '../../server/extract/counterparts';
import type { Group } from '../../server/extract/groups';
import { isPeoplePairNoun, twoPeopleNamed } from '../../server/extract/people-pair';
import { isPluralRoleName, singularHead } from '../../server/extract/plural-roles';
import { statesOfSentence } from '../../server/extract/sentence-pair';
import { triples } from './helpers';

const rule = (name: ReadingRuleName): string => `${name}: ${READING_RULES[name]}`;

/** A group of mentions of `ids`, for the functions that read groups. */
const group = (ids: string[]): Group => ({
  members: ids.map((actorId) => ({ actorId, start: 0, end: 1, text: actorId, tokenStart: 0, tokenEnd: 1, via: 'name', possessive: false, confidence: 1 })),
  tokenStart: 0,
  tokenEnd: 1,
  compound: false,
  attribution: false,
  confidence: 1,
});

describe(rule('pluralRoleNoun'), () => {
  const met = 'Secretary of State Jane Roe met Russian Foreign Minister Sergei Lavrov and Ukrainian Foreign Minister Andrii Sybiha in Geneva.';

  it('"the Foreign Ministers" later in the paragraph is each minister named before', () => {
    const out = triples(`${met} Secretary Roe and the Foreign Ministers later condemned Hamas for the attack.`);
    expect(out).toEqual(expect.arrayContaining(['lavrov opposes hamas', 'sybiha opposes hamas']));
    expect(out.some((t) => t.startsWith('ministers ') || t.startsWith('foreign-ministers '))).toBe(false);
  });

  it('a capitalised plural title after "and" shares the determiner before it', () => {
    expect(triples(`${met} The Secretary and Foreign Ministers condemned Hamas for the attack.`)).toEqual(expect.arrayContaining(['lavrov opposes hamas', 'sybiha opposes hamas']));
  });

  it('reads nobody when fewer than two people bore the title, or the plural names other people', () => {
    const one = 'Secretary of State Jane Roe met Russian Foreign Minister Sergei Lavrov in Geneva. The ministers condemned Hamas for the attack.';
    expect(triples(one).some((t) => t.endsWith('opposes hamas'))).toBe(false);
    expect(triples(`${met} The ministers of the Gulf states condemned Hamas for the attack.`)).not.toContain('lavrov opposes hamas');
  });

  it('knows the plural of a title head, and a name made only of one is no actor', () => {
    const roles = { heads: new Set(['minister', 'secretary', 'envoy']), words: new Set(['minister', 'secretary', 'envoy', 'foreign', 'special']) };
    expect(singularHead('ministers', roles.heads)).toBe('minister');
    expect(singularHead('secretaries', roles.heads)).toBe('secretary');
    expect(singularHead('minister', roles.heads)).toBeUndefined();
    expect(isPluralRoleName(['foreign', 'ministers'], roles)).toBe(true);
    expect(isPluralRoleName(['special', 'envoys'], roles)).toBe(true);
    expect(isPluralRoleName(['ministers', 'council'], roles)).toBe(false);
  });
});

describe(rule('titledCounterparts'), () => {
  it('pairs a state name and a demonym before "counterparts" with the titled names after them, over each office phrase', () => {
    const out = triples('Rubio spoke with his Japanese and Republic of Korea (ROK) counterparts, Director Taro Kono of the Cabinet Office of Japan and Director Kim Min-jun of the ROK.');
    expect(out).toEqual(['kim-min-jun negotiates rubio', 'rubio negotiates taro-kono']);
  });

  it('keeps the states when no names follow, and reads plain names as before', () => {
    expect(triples('Rubio spoke with his Japanese and Republic of Korea counterparts on Tuesday.')).toEqual(['japan negotiates rubio', 'rubio negotiates south-korea']);
    expect(triples('Rubio spoke with his Greek and Cypriot counterparts, Nikos Dendias and Ioannis Kasoulides, on Tuesday.')).toEqual(['ioannis-kasoulides negotiates rubio', 'nikos-dendias negotiates rubio']);
  });

  it('keeps state names listed without a demonym as partners (a lone name is more often the partner itself)', () => {
    expect(triples('Rubio spoke with Japan and South Korea counterparts, Taro Kono and Kim Min-jun.')).toEqual(expect.arrayContaining(['japan negotiates rubio', 'rubio negotiates south-korea']));
  });
});

describe(rule('statesOfSentence'), () => {
  const talks = 'Egypt hosted talks between Israel and Hamas. ';

  it('"both countries" after two states named apart in its sentence is those two, not the document\'s pair', () => {
    const out = triples(`${talks}Zelensky said that despite disagreements with Moscow, both countries held talks on a treaty.`);
    expect(out).toContain('russia negotiates ukraine');
    expect(statesOfSentence('countries', [group(['zelensky']), group(['russia'])], (id) => (id === 'zelensky' ? 'ukraine' : id), (id) => id !== 'zelensky')).toEqual(['ukraine', 'russia']);
  });

  it('leaves "both sides", a third actor and a non-state to the other readings', () => {
    const side = (id: string): string => id;
    const isState = (id: string): boolean => id !== 'hamas';
    expect(statesOfSentence('sides', [group(['qatar']), group(['egypt'])], side, isState)).toBeUndefined();
    expect(statesOfSentence('countries', [group(['qatar']), group(['egypt']), group(['turkey'])], side, isState)).toBeUndefined();
    expect(statesOfSentence('countries', [group(['israel']), group(['hamas'])], side, isState)).toBeUndefined();
  });
});

describe(rule('ownCounterparts'), () => {
  it('"X and his counterparts" are X and the ones X negotiated with in the document', () => {
    expect(triples('Rubio held calls with Lavrov and Sybiha on Monday. On Tuesday, Rubio and his counterparts condemned Hamas.')).toEqual(
      expect.arrayContaining(['lavrov opposes hamas', 'rubio opposes hamas', 'sybiha opposes hamas']),
    );
    expect(triples('Rubio met Lavrov in Geneva. Later, Rubio and his counterpart condemned Hamas.')).toContain('lavrov opposes hamas');
  });

  it('reads nobody when the number does not fit, or the counterpart is named or described', () => {
    expect(triples('Rubio met Lavrov in Geneva. Later, Rubio and his counterparts condemned Hamas.')).not.toContain('lavrov opposes hamas');
    expect(triples('Rubio met Lavrov and Sybiha in Geneva. Later, Rubio and his counterpart condemned Hamas.')).not.toContain('lavrov opposes hamas');
    expect(triples('Rubio met Lavrov in Geneva. Later, Rubio and his Turkish counterpart condemned Hamas.')).not.toContain('lavrov opposes hamas');
  });

  it('pairs the parties of the document\'s negotiations', () => {
    const c = (source: string, target: string, confidence: number) => ({ source, target, type: 'negotiates', confidence }) as Parameters<typeof negotiationPartners>[0][number];
    expect(negotiationPartners([c('a', 'b', 0.7), c('a', 'c', 0.6), c('a', 'd', 0.2)])).toEqual(new Map([['a', ['b', 'c']], ['b', ['a']], ['c', ['a']]]));
  });
});

describe(rule('meetingThey'), () => {
  it('"they" after a meeting in its sentence is all of the meeting\'s parties, each the subject of what follows', () => {
    expect(triples('Rubio held separate calls with Lavrov and Sybiha and they jointly condemned Hamas.')).toEqual(
      expect.arrayContaining(['lavrov opposes hamas', 'rubio opposes hamas', 'sybiha opposes hamas']),
    );
  });

  it('reads nobody without talks before it, and leaves a "they" in quoted speech to the speaker\'s reading', () => {
    expect(triples('Rubio praised Lavrov and Sybiha and they condemned Hamas.')).not.toContain('sybiha opposes hamas');
    expect(triples('Rubio met Sybiha and said: "Lavrov is late and they condemned Hamas."')).not.toContain('sybiha opposes hamas');
  });
});

describe(rule('peopleBefore'), () => {
  const talks = 'Egypt hosted talks between Israel and Hamas.\n';

  it('"the two leaders" right after a sentence naming two people of two sides is those people', () => {
    const out = triples(`${talks}Aides said Putin and Zelensky are both in Geneva this week. The two leaders spoke by phone on Sunday.`);
    expect(out).toContain('putin negotiates zelensky');
    expect(out.filter((t) => t === 'hamas negotiates israel' || t === 'israel negotiates hamas')).toHaveLength(1);
  });

  it('reads two people only: one person, three, or two of one side name no pair', () => {
    const side = (id: string): string => ({ putin: 'russia', lavrov: 'russia', zelensky: 'ukraine' })[id] ?? id;
    const m = (actorId: string, via: 'name' | 'pronoun' = 'name') => ({ actorId, start: 0, end: 1, text: actorId, tokenStart: 0, tokenEnd: 1, via, possessive: false, confidence: 1 });
    const isPerson = (): boolean => true;
    expect(twoPeopleNamed([m('putin'), m('zelensky')], isPerson, side)).toEqual(['putin', 'zelensky']);
    expect(twoPeopleNamed([m('putin'), m('lavrov')], isPerson, side)).toBeUndefined();
    expect(twoPeopleNamed([m('putin'), m('zelensky'), m('lavrov')], isPerson, side)).toBeUndefined();
    expect(twoPeopleNamed([m('putin'), m('zelensky', 'pronoun')], isPerson, side)).toBeUndefined();
    expect(isPeoplePairNoun('leaders')).toBe(true);
    expect(isPeoplePairNoun('sides')).toBe(false);
  });
});

describe(rule('demonymListTail'), () => {
  it('demonyms closed by "and regional counterparts" are each a partner', () => {
    expect(triples('Rubio will meet with Ukrainian, Russian, and regional counterparts this week.')).toEqual(['rubio negotiates russia', 'rubio negotiates ukraine']);
  });

  it('needs demonyms and a noun of people after the adjective', () => {
    expect(triples('In Kyiv, Rubio met Lavrov, and regional counterparts later.')).not.toContain('rubio negotiates ukraine');
    expect(triples('Rubio will meet with Ukrainian, Russian, and regional trade experts this week.')).not.toContain('rubio negotiates russia');
  });
});
