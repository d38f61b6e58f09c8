/**
 * Data: words that make an outlet a government's own office ("U.S. Department of State", "Ministry
 * of Foreign Affairs of Japan", "Embassy of France"), so that its statements' "we" is that
 * government. A news outlet that names a country ("Voice of America", "Radio Free Asia") is not
 * the country speaking: none of these words is in its name.
 * Source: the names government bodies publish under, as listed on usa.gov ("A–Z index of U.S.
 * government departments and agencies") and gov.uk ("Departments, agencies and public bodies"):
 * departments, ministries, offices, embassies, missions, cabinets, chancelleries, presidencies.
 */
export const ISSUING_OFFICE_WORDS: readonly string[] = [
  'department',
  'ministry',
  'office',
  'embassy',
  'mission',
  'government',
  'cabinet',
  'chancellery',
  'presidency',
  'secretariat',
];
