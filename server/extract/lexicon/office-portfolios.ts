/**
 * Data: the portfolios written after a title's head noun with "of"/"for" ("Secretary of State",
 * "Minister for Foreign Affairs", "Secretary of the Treasury"), so that "US Secretary of State Mike
 * Pompeo" is one title before one name, not the state's office followed by a stray "Mike".
 * Source: the offices' own names as governments publish them: usa.gov, "A–Z index of U.S.
 * government departments and agencies" (the executive departments headed by a Secretary of …),
 * and gov.uk, "Ministerial roles" (Secretary of State for …, Minister for …); news writes the same
 * forms for other governments' cabinets (issue #12, Wikinews articles of the corpus' part c).
 */
export const OFFICE_PORTFOLIOS: readonly string[] = [
  'state', 'defense', 'defence', 'war', 'the treasury', 'treasury', 'the interior', 'interior',
  'homeland security', 'foreign affairs', 'external affairs', 'home affairs', 'internal affairs',
  'justice', 'finance', 'commerce', 'energy', 'transportation', 'agriculture', 'labor', 'health',
  'education', 'veterans affairs', 'national defense', 'national defence', 'foreign and commonwealth affairs',
  'europe', 'the armed forces', 'armed forces',
];

/** The words that may join a title's head noun to its portfolio. */
export const PORTFOLIO_LINKS: readonly string[] = ['of', 'for'];
