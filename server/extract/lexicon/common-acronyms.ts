/**
 * Data: acronyms of common nouns that news writes before a noun of people, forces or holdings
 * ("NGO representatives", "an SUV convoy", "SAM positions", "IDP leaders"): a kind of thing or of
 * people, never one body, so rule `acronymPeople` reads no organisation in them. Grouped by what
 * they stand for; English news usage, not any corpus.
 */
export const COMMON_NOUN_ACRONYMS: ReadonlySet<string> = new Set(
  (
    // Kinds of organisations and of people.
    'NGO INGO CSO CBO IDP IDPS POW POWS NCO MP MPS VIP CEO CFO LGBT LGBTQ ' +
    // Places and functions.
    'HQ ICU ER IT HR PR TV ' +
    // Vehicles and weapons.
    'SUV APC IFV MRAP UAV UAS SAM ATGM MLRS ICBM IRBM IED VBIED RPG MANPADS'
  ).split(' '),
);
