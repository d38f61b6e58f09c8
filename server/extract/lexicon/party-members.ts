/**
 * Data: political parties that news names by their members' plural noun ("Democrats accused
 * Republicans of …", "Tories rebelled") or by the party's adjective before its people ("Republican
 * senators", "Democratic lawmakers"), read by rules `partyMembers` and `partyCaucus`
 * (server/extract/party-groups.ts). Only parties whose members' noun English news writes without
 * the party's name; each entry says where the noun is documented (general English usage, not the
 * corpus' articles).
 */
export interface PartyMembers {
  /** The members' plural noun, capitalised as written ("Democrats"). */
  plural: string;
  /** The party's adjective before its people ("Democratic" lawmakers); the singular noun when news uses it so ("Tory" MPs). */
  adjectives: readonly string[];
  /** A member's singular noun, which news writes before a member's name as a label ("Democrat Jane Roe"). */
  singular: string;
  /** The party's name, the actor's canonical name. */
  party: string;
  source: string;
}

const WIKI = 'Wikipedia';

export const PARTY_MEMBERS: readonly PartyMembers[] = [
  { plural: 'Democrats', singular: 'Democrat', adjectives: ['Democratic'], party: 'Democratic Party', source: `${WIKI}, "Democratic Party (United States)": members are "Democrats"` },
  { plural: 'Republicans', singular: 'Republican', adjectives: ['Republican', 'GOP'], party: 'Republican Party', source: `${WIKI}, "Republican Party (United States)": members are "Republicans", the party "the GOP"` },
  { plural: 'Tories', singular: 'Tory', adjectives: ['Tory'], party: 'Conservative Party', source: `${WIKI}, "Conservative Party (UK)": "colloquially known as the Tories"` },
];

/**
 * Data: plural nouns of a party's people in office or in a role that make a party group with the
 * party's adjective before them ("Republican senators", "House Democratic impeachment managers").
 * The general nouns of legislators and party office (Wikipedia, "Legislator", "Impeachment in the
 * United States": "House managers"); not "voters", "supporters" (no actor in the guide).
 */
export const CAUCUS_NOUNS: ReadonlySet<string> = new Set(['senators', 'lawmakers', 'legislators', 'congressmen', 'congresswomen', 'representatives', 'members', 'leaders', 'managers', 'prosecutors', 'governors', 'mps', 'deputies', 'politicians']);

/**
 * Data: chamber words that make a party's members in that chamber one group ("Senate Democrats",
 * "House Republicans"): the short names of the US Congress's chambers (Wikipedia, "United States
 * Congress"), which news writes before party words; other chambers' members are written with
 * their state and read by rule `stateOrgan`.
 */
export const CAUCUS_CHAMBERS: ReadonlySet<string> = new Set(['house', 'senate', 'congressional']);

/** A member's singular noun, folded ("democrat"), for rule `partyLabel`. */
export const PARTY_LABELS: ReadonlySet<string> = new Set(PARTY_MEMBERS.map((p) => p.singular.toLowerCase()));
