/**
 * Data: nouns that head the names of buildings, sites and works ("the Amarula Hotel", "Baghdad
 * International Airport", "Al Asad Air Base", "the Zaporizhzhia Nuclear Power Plant"): places that
 * are attacked, visited or named as venues, never parties. Source: the feature classes of the
 * GeoNames "S" (spot, building, farm) and "R" (road, railroad) codes that news names, in English.
 */
export const FACILITY_NOUNS: ReadonlySet<string> = new Set(
  (
    'hotel airport airfield airbase base stadium hospital clinic mosque church cathedral temple synagogue shrine ' +
    'bridge square street avenue road highway station plant dam mall market prison'
  ).split(' '),
);
