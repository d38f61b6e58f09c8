/**
 * Data: nouns of armed or political groups that are not a state's own forces or government. A
 * state's demonym before them names where the group is from, not the state acting: "Iraqi militias
 * associated with Iran" are not Iraq, "Syrian rebels" are not Syria (whose forces they fight).
 * Source: the annotation guide (test/fixtures/corpus/README.md: the state is its government,
 * forces and named office-holders) and the group nouns of news reports in the corpus' part c
 * (issue #12: "Iraqi militias", "Houthi rebels"), with their usual synonyms.
 */
export const NON_STATE_GROUP_NOUNS: ReadonlySet<string> = new Set([
  'militia', 'militias', 'militiamen', 'rebel', 'rebels', 'insurgent', 'insurgents', 'militant',
  'militants', 'gunman', 'gunmen', 'jihadist', 'jihadists', 'separatist', 'separatists',
  'guerrilla', 'guerrillas', 'dissident', 'dissidents', 'opposition', 'protesters', 'protestors',
  'exiles', 'smugglers', 'pirates', 'extremists',
]);
