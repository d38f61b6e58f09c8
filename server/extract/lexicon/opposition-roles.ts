/**
 * Data: nouns that name one actor by its hostility to another (rule `oppositionRole`): "Kremlin
 * critic X", "X, Y's arch foe", "X, one of Y's most vocal critics". The words are the members of
 * WordNet 3.0 synsets (Princeton University, WordNet 3.0 licence: free to use, copy and
 * distribute) that name a person or group by opposition, chosen by hand: critic.n.03 ("someone who
 * frowns on something": critic), adversary.n.01 (adversary, antagonist, opponent, opposer),
 * enemy.n.02 (foe, foeman, enemy), rival.n.01 (rival; not "competitor", "contender": a market's or
 * an election's), archenemy.n.01 (archenemy, nemesis), detractor.n.01 (detractor).
 *
 * A critic, opponent or detractor opposes the one named with the noun; foes, enemies, rivals and
 * adversaries oppose each other (the annotation guide counts a rivalry both ways, as the cue table's
 * mutual nouns "rivalry", "rival" are read).
 */

/** [singular, plural, whether the hostility runs both ways]. */
const ROLES: readonly (readonly [string, string, boolean])[] = [
  ['critic', 'critics', false],
  ['opponent', 'opponents', false],
  ['opposer', 'opposers', false],
  ['antagonist', 'antagonists', false],
  ['detractor', 'detractors', false],
  ['adversary', 'adversaries', true],
  ['foe', 'foes', true],
  ['foeman', 'foemen', true],
  ['enemy', 'enemies', true],
  ['rival', 'rivals', true],
  ['archenemy', 'archenemies', true],
  ['nemesis', 'nemeses', true],
];

/** Each role noun, singular and plural, with whether its hostility runs both ways. */
export const OPPOSITION_ROLES: ReadonlyMap<string, { mutual: boolean; plural: boolean }> = new Map<string, { mutual: boolean; plural: boolean }>(
  ROLES.flatMap(([one, many, mutual]): [string, { mutual: boolean; plural: boolean }][] => [
    [one, { mutual, plural: false }],
    [many, { mutual, plural: true }],
  ]),
);
