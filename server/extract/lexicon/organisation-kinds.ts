/**
 * Data: nouns of a kind of organisation after which news writes the organisation's name ("the
 * mining company MINERA", "Iranian airline Mahan Air", "the rebel group M23"). Source: the
 * kinds named in the corpus' dev articles of parts c and d (companies, airlines, banks, armed
 * groups under sanctions or designation) with their usual synonyms.
 */
export const ORGANISATION_KIND_NOUNS: readonly string[] = [
  'company', 'firm', 'airline', 'bank', 'corporation', 'conglomerate', 'enterprise', 'entity', 'group', 'network', 'exchange', 'refinery', 'militia',
];

export const ORGANISATION_KIND_SET: ReadonlySet<string> = new Set(ORGANISATION_KIND_NOUNS);
