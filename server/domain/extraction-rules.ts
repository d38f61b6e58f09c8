/**
 * The rules extraction reads a relation's arguments by (README, "How extraction decides"), declared
 * once: extraction names its rules from this list, a loaded dataset is checked against it, and the
 * page explains a quote's rule in these words. A stored rule is written `<type>.<rule>`.
 */
import { RELATION_TYPES } from './types';
import type { Evidence, EvidenceReading, RelationType } from './types';

/** Each rule with how it reads its arguments, in words a reader of the evidence list follows. */
export const EXTRACTION_RULES = {
  verb: 'subject → object of the verb',
  passive: 'the agent after “by” → the subject of the passive verb',
  frame: 'parties named by the noun’s prepositions (“talks between A and B”, “mediation by A”)',
  subjectNoun: 'the clause’s subject → the party named with the noun',
  pairInGroup: 'the pair named together as subject (“A and B negotiated”)',
  mutual: 'the two of a pair, each towards the other (“tensions between A and B”)',
  posture: 'a military move → the side it is aimed at (“troops massed near the border”)',
  mediationPair: 'the mediator → the parties it works between, or those of the talks it brings about (“facilitated talks between A and B”)',
  mediationDocPair: 'the mediator → the pair whose talks the article is about',
  mediationThrough: 'the channel the talks go through (“talks via A”) → each party',
  finding: 'the one who finds → the one found to have committed atrocities (“determined that A committed war crimes”)',
  hostParticipant: 'the host of a meeting that counts it among its participants (“a trilateral meeting of A and B hosted by C”) → each other participant',
  condemnedAct: 'the one who condemns or rejects an act → whoever did it, named with “by”/“from” after it (“condemned the executions by the junta”, “the strikes that came from A”)',
  // Sixth round (issue #12, branch extract-talks).
  contactBothSides: 'one in contact with both sides of a dispute in one sentence (“X met A’s and B’s presidents to de-escalate tensions”) → each side',
  // Eighth round (issue #12, branch extract8).
  attribution: 'the one who says, alleges or is confident that another carried out an attack (“X said the strike was carried out by Y”, “we are confident that Y conducted this attack”, “X said the crash was Y’s doing”, “A and B alleged Yian involvement”) → the one it names; not when the said clause denies it (“said the attack was not carried out by Y”); “it” is the attack only after an attack noun in the sentence or the one before',
  oppositionRole: 'one named as another’s critic, opponent, foe or rival (“Kremlin critic X”, “X, one of Y’s most vocal critics,”, “X is an outspoken critic of Y”, “A cautioned rival B”, “A and its rival B”) → the one opposed (each owner of an “of” list); foes, enemies and rivals both ways; a role stated with a copula (“X is an enemy of Y”) only as its clause states it (not denied, not merely possible), one in an apposition or a title whatever its clause says; one who calls another an enemy, foe or rival of its own side (“Zelensky called Putin an enemy of Ukraine”) opposes the one named, the enmity named being only its claim',
  // Mediation that holds on news never seen (issue #12, branch med8; server/extract/third-party-mediation.ts).
  settlementBroker: 'the subject of a verb of bringing about a settlement or talks named with “between” (“Egypt negotiated a truce between A and B”, “helped secure a ceasefire between A and B”) → each party',
  acceptedProposal: 'the author of a proposal two sides accept (“A and B accepted Egypt’s proposal”, “endorsed a plan put forward by X”) → each of them',
  invitedPair: 'the one who invites two others to talks (“Qatar invited A and B to talks in Doha”) → each of them',
  broughtTogether: 'the one who brings two sides together (“X brought A and B together”, “to the negotiating table”, “A and B were brought together by X”) → each of them',
  helpedPair: 'the one who helps two sides settle (“China helped A and B restore ties”, “helped A and B to reach a deal”) → each of them',
  mediatorApposition: 'the names right after a noun of a go-between (“Mediators Egypt and Qatar said A and B …”, “the mediators, X and Y, …”) → each of the first pair named after them, else each of the pair of the document’s talks',
} as const;

/**
 * Checks run, in this order, on what the rules above read, each dropping a reading a careful reader
 * would not count (server/extract/index.ts applies them; README, "How extraction decides").
 */
export const EXTRACTION_FILTERS = {
  multilateralMeeting: 'a meeting of three or more sides named together is not split into pairwise negotiations',
  ownSide: 'never between an actor and a body or state it belongs to (a minister and his own country)',
  // Sixth round (issue #12, branch extract-talks).
  oneDelegation: 'two of one side named in one meeting with a third side (“Blinken, Kosovo President Osmani and Kosovo Prime Minister Kurti met”) are one delegation, not negotiating with each other',
} as const;

export type ExtractionFilterName = keyof typeof EXTRACTION_FILTERS;

/**
 * Rules by which extraction reads who and what a sentence names before the rules above read a
 * relation's arguments: names, titles, lists and the scope of a cue. They are not stored with
 * quotes; they are declared here once so that the code (a comment "Rule `name`" where each is
 * applied), its unit tests and the README cite them by one name.
 */
export const READING_RULES = {
  navalShip: 'a navy’s prefix before a capitalised name (“USS Carney”) is a ship of that state’s forces, a mention of the state',
  institutionOf: 'an institution named with “of” (“House of Representatives”) is one name',
  portfolioTitle: 'an office title reads on to the end of its portfolio (“Secretary of State”, “Special Representative for … Affairs”) before the holder’s name',
  titleNameOfBody: 'title, name, “of”, body (“President Kofi Mensah of Ghana”) is the person, affiliated with the body',
  sharedPluralTitle: 'a plural title before a list (“Presidents A of X and B of Y”) is each listed name’s, each with their own body',
  nameJoints: 'a hyphen between name parts (“Abdel-Fattah El-Sisi”, “Bashar al-Assad”) and a middle initial (“Donald J. Trump”) join a name, they do not cut it',
  slashedAcronym: 'an acronym written in parts (“SPLA/M-IO”) is defined by a name written in parts (“… Liberation Army/Movement-In Opposition”)',
  bracketedAcronym: 'a bracketed acronym right after its name (“the Defense Force’s (SSPDF) and …”) is that name again, not a list member',
  quantityBeforeActor: 'the count before an actor’s people (“killed more than 1,000 Americans”, “at least 20”) is no preposition governing it',
  rankBeforeActor: 'words of rank before an actor’s people (“with senior Taliban representatives”) leave the preposition governing them',
  ownDemonym: 'a demonym right before a body of its own state (“the Iranian Revolutionary Guard Corps”) says whose body it is: the body acts, not the state',
  pairAnaphor: '“both sides”, “the two delegations”, “the two teams” stand for the parties of the paragraph’s last negotiation, then the document’s pair',
  appositiveName: '“X Y, the acting Prime Minister of Z,”: the office vouches for the whole capitalised name before it, also a first word at the start of the sentence',
  peopleBody: 'an unknown people’s or region’s adjective before a noun of a body (“Tigrayan regional authorities”, “Volta rebels”) names that body, not a person or place',
  listedNoun: 'a word that is both noun and verb after “including” is a noun, and a noun is cancelled only by a preposition (“…, including calls this weekend with X”)',
  ownOfficial: '“My Secretary of State, X, …”: a possessive before an office says whose official X is; the author does not act',
  settlementParties: 'a truce or ceasefire named without its parties (“the UN-brokered truce”) is between the sides of the document’s conflict, not its most reported talks',
  linkedPeople: 'people named by their tie to an actor (“sanctions on 15 individuals and entities linked to Hamas”) stand for that actor',
  peopleOf: 'the people of an actor named with “of” (“met with representatives of the RSF”, “condemned the leaders of Hamas”) stand for it',
  verbObjectPrep: 'a hostile verb’s object may stand, with its article, before the preposition of its phrase (“launched a ballistic missile toward Japan”)',
  titledName: 'a capitalised title right before capitalised words nothing explains (“to meet with President Sisi”) names a person, also where discovery did not read',
  neitherNor: '“neither A nor B have made efforts to …” is one negation, not two that cancel',
  mannerPhrase: 'a phrase of manner after the verb (“condemns in the strongest terms the attacks”) stands before its object without governing it',
  roleNoun: '“the minister”, “the Foreign Minister”, “the envoy” is the one person of the paragraph named before with that title',
  headlineRole: 'with nobody of that title in the paragraph, “the Secretary” is the one person the document’s title names with it (“Secretary X’s Call with Foreign Minister Y”)',
  closedList: 'a list ends at its last member after “and”/“or”: “between A and B, C said” does not make C a party',
  betweenHeadOf: '“talks between the delegations of A and B”: the pair after “of” are the parties',
  controller: 'the doer of an infinitive or gerund cue is the last actor named before it (“commends Qatar for its efforts to mediate”)',
  pairAfter: 'the first pair named after a mediation cue are its parties, never a venue, a source or the speakers of a report',
  mediatedTalks: 'the talks a mediation cue is about: its object, the noun it modifies, or the talks of its clause',
  launcher: 'a kinetic verb on what someone launched (“intercepted drones launched by the Houthis”) acts against the launcher',
  soughtNoun: 'a cue noun only sought (“called for talks”, “the need for a ceasefire”) is no event',
  demandedClause: 'a cue in a “that” clause under a demand (“urged that A and B agree”) is an obligation, not an event',
  // Mentions: who the actors are (issue #12, fourth round).
  regimeName: 'a regime or junta named by its leader or state (“the Maduro regime”, “Burma’s military regime”, “the junta in Myanmar”) is a body of its own, and a later “the regime” is the one regime named',
  portfolioInName: 'a name read with the portfolio of the title before it (“Senior Advisor for Energy Security Amos Hochstein”) starts after the portfolio, where rule `portfolioHolderName` reads the name’s start',
  officeAcronym: 'an acronym defined for an office (“Director of National Intelligence (DNI)”) names no body, and stands between the title and its holder’s name',
  pluralTitle: 'a plural title (“Presidents Kagame and Tshisekedi”) is no first name of the surname after it',
  possessedNoun: 'a name ends before a possessive and the call, visit, remarks or office it owns (“Secretary Roe’s Call with …”)',
  shortBodyName: '“the Court”, “the Council”: a capitalised head noun alone after “the” is the one body the document has named with it (“the International Court of Justice”)',
  hyphenatedTitle: 'a hyphen between two title words (“Secretary-General”) is part of the title, not punctuation that ends it',
  leadingNameWord: 'a short name’s first word alone (“Xi” after “Xi Jinping”, “Abiy” after “Abiy Ahmed”) is its holder, when only one person’s name starts with it',
  kindNounName: 'the capitalised words after a noun of a kind of organisation (“the mining company MINORA”, “the rebel group X”) are its name, and a demonym before them only describes it',
  otherHolder: 'a name after an office that shares no word with the office’s listed holder (“former US President Barack Obama”) is another person, not the holder',
  sameFullName: 'full names the same but for middle initials or a nickname (“Joe Biden”, “Joseph R. Biden”) are one person, and a surname alone is that person',
  innerTitle: 'a name read on from a heading or a body into a title (“Climate Change President Biden”) is the name after the title',
  titledNamePieces: 'after a title, the whole capitalised name is the person (“Secretary of State Maria T. Lind”), not the pieces name discovery read as names of their own',
  // Cues, arguments and modality of unseen news (issue #12, fourth round; lexicons in server/extract/lexicon/).
  contactState: 'a standing contact is negotiation: “in close touch with X”, “in contact with”, “liaising with”, “contacted X”, “close coordination with”, a manner phrase inside (“consulted at length with”)',
  sanctionWords: 'the other words of sanction, prosecution, arrest, execution and bombardment (“blacklisted X”, “indicted Y”, “the regime’s executions of Z”, “A’s case against B”, “jets pounded X”) oppose the one named after them',
  mutualFight: 'fighting worded as an exchange or an escalation (“A and B exchanged artillery fire”, “A traded fire with B”, “A clashed with B”, “escalation between A and B”) opposes both ways; so do the co-subjects of a fight verb with nobody fought after it (“A and B have been fighting since April”, “A and B fought a brief war”), unless the words after it make them one side (“fought alongside”, “together”, “against”)',
  reciprocalObject: 'co-subjects of a hostile verb whose object is “each other” or “one another” (“A and B accused each other”, “both sides blamed each other”) each oppose the other; so do two sides trading words (“A and B traded accusations”, “A exchanged threats with B”)',
  heldAccountable: '“hold X accountable / responsible” opposes X, only with the word of account after an object that opens with a name or an article (not “held talks”)',
  suspendedMember: 'an institution suspending a member (“suspended X as an observer”) opposes it, only with the actor right after the verb (“suspended talks with X” is a negation)',
  datedPossessive: 'a date between a possessor and its noun (“X’s May 3 attack on Y”) leaves the possessor the actor',
  yesNoQuestion: 'a sentence that asks whether something happened (“Did X have any role in mediating?”) states nothing',
  jobFacilitator: '“facilitator” as a job (“a facilitator and planner”, “facilitator for the group”) is no go-between; “facilitator of the talks” still is',
  witnessMediates: 'one in whose presence the two sides meet or sign (“signed the deal in the presence of X”, “under the auspices of X”) mediates between them, as a channel does',
  relayedNews: 'a channel of news between two sides (“A learned via X that B wanted …”) relays between them: X mediates between A and B',
  jointText: 'a joint statement or declaration of two sides (“A and B issued a joint statement”) was negotiated between them; its issuers are the agent of the act it carries (“condemned in a joint statement by A and B”)',
  easedHostility: 'tensions a verb of de-escalation governs (“took steps to reduce tensions”) or a background names (“the long history of conflict”) are no relation of the subject; only the parties named with the noun (“ease tensions between A and B”)',
  concernedOnlooker: 'one concerned by an event (“is concerned by reported killings”) takes no part in it, and a military move one is only concerned about (“concern about troop mobilizations near the border”) states no hostility',
  issuerAgent: 'an official act announced in the passive without its agent (“X and Y are designated as Specially Designated Global Terrorists”) is the document author’s, in its own voice; in a relative clause (“…, which are designated …”) the subject’s it hangs on',
  proposedSettlement: 'a third side proposing talks or a ceasefire between two others (“Egypt proposed a ceasefire between A and B”, “Qatar’s proposal for talks between A and B”) mediates; a party’s own proposal does not',
  describedNames: 'a description of people right before their names (“the executions of pro-democracy activists and elected leaders A and B”, “met with opposition leader X”) leaves the preposition before it governing the names',
  receivingSubject: '“X has been the subject of U.S. sanctions since 2011”, “X is subject to EU sanctions”, “X was the target of Y’s strikes”, “X was hit with new sanctions by Y”: the subject receives the measure of the one named with it',
  passiveContact: 'a contact verb in the passive (“X was contacted by Y”, “X was consulted by Y”) relates its agent and its subject',
  receivedVisit: 'a host with a visitor named right after “received” (“X received Y in Lima”, “X received his Chilean counterpart”, “Y was received by X”) met the visitor: negotiation; not what one receives (“received U.S. weapons”, “support from X”), a possessor, or a pronoun (“receive him” is as often custody as a visit)',
  hostedVisit: 'a host with a visitor named right after it (“X hosted Y in Moscow”, “Y was hosted by X”) met the visitor: negotiation; hosting talks between others stays mediation, an event by its name (“hosted the Doha Forum”) is no visitor',
  subjectRelative: 'a present-tense verb right after “, which” / “, who” (“Qatar, which mediates between A and B, …”) opens a relative clause whose subject is the name before it',
  openToTalks: 'readiness, deliberation and encouragement are not the act: “open to talks with X”, “ready for talks”, “is considering sanctions on X”, “encouraged X to talk with Y”',
  travelToSee: '“A’s envoy flew to C to see D”: “to see” as the purpose of a journey is a meeting of the traveller’s side with D',
  mediatedDialogue: 'a capitalised talks noun after a go-between’s participle (“the EU-facilitated Dialogue between A and B”) names talks that go on, not a past event: the parties negotiate, the go-between mediates',
  observedParticiple: 'a participle inside what an onlooker welcomes or condemns (“welcomes a resolution at X suspending Y”) is done by the actor of that phrase, not by the onlooker',
  // Fifth round (issue #12): how arguments attach and names are found, on unseen news.
  modifierMember: 'a demonym, or an abbreviation without “the”, right before a common noun that names none of the actor’s people or holdings (“war against A and U.S. efforts to …”, “condemned A and Turkish statements”) modifies that noun: no second member of the list before “and”',
  describedBody: 'the words describing an organisation before its name (“sanctions on Peruvian state-owned mining company X”, “talks with the armed group Y”: a demonym, hyphenated adjectives, a kind noun) leave the preposition before them governing the name; a clause word (“that”, “which”, “and”) ends the description',
  anonymousOfficial: 'a speaker label or issuer that names no one but officials of the government (“SENIOR ADMINISTRATION OFFICIAL:”, “Call by Senior Administration Officials”) is no person: in a government’s transcript its turns speak for that government (“we”), and “I” there is no one named',
  speakerVoice: 'another speaker’s label in a transcript that names one of the document’s people (“FOREIGN MINISTER LAVROV:”) speaks for them: “I” is the person, “we” their state or body; a label of Mr, Ms, Mrs or Mx and a name no one else bears (“MS. ROE:”) in a government outlet’s transcript is its briefer, whose “we” is that government',
  ownOffice: '“the Department”, “the Ministry”, “the Administration”, “the Government”, capitalised and not followed by “of”, in the statement of a government’s office is that government acting (“Today the Department is designating X”), not the official who signs it',
  contractedPronoun: 'a pronoun with its verb opening a sentence (“I’m”, “We’ve”, “It’s”) is no name',
  mediationClient: 'one who draws on a go-between’s help (“A relied on mediation by C”, “A has used Turkish facilitation”, “A accepted C’s good offices”) is a party of that mediation (C mediates A), not an onlooker; asking for it is not yet mediation',
  nearestNoun: '“between”/“among” after another noun phrase (“sanctions on the basis of progress between Iranian factions”) says between whom that noun is, not whom a hostile cue further back is aimed at; place and time adjuncts and other cues in between do not count',
  attributiveParticiple: 'a hostile past participle after a preposition, a determiner or the verb of an infinitive (over adverbs in -ly) and before the noun it describes (“the release of wrongfully detained Americans”, “aid to the recently attacked towns”, “to meet deposed leader X”) is an adjective: nobody in the sentence did the act',
  perfectParticiple: '“having” before a verb cue is its auxiliary (“A and B, having met in Washington, …”, “having attacked the convoy”): the cue stays a verb',
  witnessedBy: 'a go-between named with the participle “witnessed by” (“We, A and B, as witnessed by C, having met …”, “A and B signed the accord, witnessed by C”) witnesses the talks the sentence reports, before or after them: C mediates',
  endedHostility: 'a hostile noun after a noun of ending and “of”/“to” (“the cessation of hostilities”, “an end to the fighting”) is what is ended, no relation; resolving or settling disputes eases them (rule easedHostility)',
  namedHolder: '“the President of X” in a document that names the one person holding that office for X (“President Kofi Mensah of Ghana … the President of Ghana”), before or after, is that person, not the state; the whole title must match (“Foreign Minister” does not hold “the President of”)',
  // Opposes round (branch extract-opposes): rules found with `npm run eval -- --diagnose`.
  cameoVerbs: 'the hostile verbs of the CAMEO verb dictionary of the PETRARCH event coder (criticise, accuse, threaten, undermine, detain, expel, ban, assault, fight, mass violence; server/extract/lexicon/cameo-verbs.ts, MIT) are opposition cues (“Ghana snubbed Togo”, “Mali deported Kofi Mensah”), less those with a common peaceful sense in news',
  possessorAdjectives: 'adjectives joined by “and”, “or” or a comma between a possessor and its noun (“Russia’s unprovoked and unjustified war against Ukraine”) leave the possessor the actor',
  nounController: 'the doer of an infinitive hanging on a noun is the actor the noun belongs to (“the U.S. commitment, alongside partners, to hold Moscow accountable”, “Peru’s efforts to isolate Bolivia”), not the clause’s subject who speaks of it',
  namedAsPlace: 'a name only discovery knows (no person, not in the gazetteer) that the document names somewhere right after “in”, “near” or “outside” (“residents in Kolmoro fled”) is a place, no actor, everywhere in the document; not a name the document makes the subject of a relation’s verb (“The Ansar Front attacked …”) or an agent after “by”, nor one whose last word is a body’s noun (“officials in the Kolmoro Council”)',
  particleName: 'capitalised words joined by a lower-case name particle (“Hamid ould Tenna”, “Moussa ag Kelani”, “Rosa dela Pena”) are one name wherever discovery read a part of them as a name, also over a chain of particles (“Luis de la Vega”, “Front de Liberation du Sahel”); the parts it read alone go. A person’s, unless a word of it is a body’s noun (“Ejercito de Liberacion Nacional”): then an organisation’s; one ending “de” and a state is that state’s body (“Banco de Togo”)',
  serialComma: 'an “and” after the comma closing a list of two or more actors (“A, B, and C condemned Y”) ends that list: all of them are the subject, not C alone (a comma after one object, “struck Gaza, and Hamas fired”, or after a list of a verb’s objects, “struck Togo, Benin, and Mali condemned”, still opens a clause)',
  // Sixth round (issue #12, branch extract-talks): negotiation and mediation on unseen news.
  possessivePronoun: '“his”/“her” before a cue noun (“and her subsequent engagements with A and B”) is the person nearest before it in the sentence, else the one person the paragraph’s last sentence named; it owns the noun and is no member of a list before it; not before other nouns (“his Omani counterpart” is someone else)',
  engagementNoun: '“engagement(s) with X”, the noun of “engage with”, is a contact: negotiation with X',
  documentSense: 'a name several actors share (“Congolese”: the DR Congo and the Republic of the Congo) is the one of them the document names by a name of its own (“the DRC”); none or several named: it stays unread',
  compatiblePair: '“both sides” with no pair named before it in the sentence is the paragraph’s last negotiating pair, the document’s pair, the paragraph’s last hostile pair or the document’s conflict, the first that leaves out every side the sentence names before it (“C will continue facilitating negotiations between both sides”: C is neither); a report’s source does not count; none compatible: nobody',
  cueNounName: 'a one-word noun of talks or mediation (“the EU-facilitated Dialogue”, “Negotiations”) capitalised in a name or heading names an event, never an actor',
  coordinatedVerb: 'a verb after “and”/“but”/“then” (“X met A and held talks with B”, “and had calls with B”) opens a second verb phrase of the same subject: the first verb no longer makes the subject an onlooker of the nouns after it; not two adjectives joined (“unprovoked and unjustified”)',
  reachedBetween: 'a participle of having talks or an agreement after the noun (“the agreement that was made between A and B”, “the deal reached between A and B”) names the noun’s parties with “between”, past the relative clause',
  peopleOfInList: '“between A and representatives of B”, “A and senior officials of B”: the people of an actor named with “of” after “and” make B the next member of the list',
  struckDeal: '“strike” with an agreement noun (“the deal struck between A and B”, “struck a deal with Y”) reaches an agreement: nobody is hit',
  wishedAct: '“look forward to” before a cue (“we look forward to increasing engagement between A and B”) is an act wished for, not one that took place',
  // Actor recognition (issue #12, unseen news; branch extract-mentions).
  listedPeople: 'a list of three or more names (“A, B, C, and D”) where one is read as a person or bears a title is a list of people: each name is a person, read whole with its particles and hyphenated parts (“Salem ould Breihmatt”, “Hui Po-keung”), after its title or description (“Brigadier General (Retired) X”, “businessman Y”)',
  designatedCategory: 'what someone is designated as (“are designated as Specially Designated Global Terrorists”, “designated it a Foreign Terrorist Organization”) is a category of law, not an actor, nor is its acronym, anywhere in the text',
  modelCode: 'a capitalised word right before a model code of letters and digits (“a Volvo XC90”, “Boeing 737-800”) names a product or its maker, not an actor, anywhere in the text',
  appositiveThing: 'a name the text calls a thing or a place right after it (“the Mercer Street, a commercial ship”, “X, a town in the north”) is not an actor, anywhere in the text',
  documentName: 'a name headed by a document’s noun (“the National Security Law”, “Executive Order”, “our Constitution”; the head is the last word before “of”, so “Government of National Accord” is a body) is a text, not an actor',
  placeAuthorities: 'a place of several words no gazetteer knows before a noun of a body (“Hong Kong authorities”, “South Ossetia government”) names that body, as rule peopleBody does for one word; the police is such a body (“Northamptonshire police”)',
  stateInstitution: 'an institution named “<Head> of <state>” (“the Parliament of Iraq”) is a body of that state, not the state',
  bodyHeadName: 'capitalised words ending with a noun of a body (“The Southern Transitional Council”, “National Liberation Front”) are that body’s name, at the start of a sentence too; a leading “The” or title is not part of it, and “and” or “of” ends it (“… of the House of Representatives and High State Council” is two names)',
  adjectiveBodyName: 'a capitalised adjective that opens a body’s name (“the National Assembly”, “the Supreme Council”, “the European Parliament”) is part of it, also before “of” (“the National Assembly of Kenya”): title words are cut from a body’s name only up to a title’s head (“Deputy Foreign Minister”), so “National Security Adviser X” and “Supreme Leader Y” are still people with titles; title modifiers alone before a body’s noun (“the National Army”) are a body’s name, not a title',
  facilityName: 'a name headed by a building’s or a site’s noun (“the Amarula Hotel”, “Baghdad International Airport”, “Al Asad Air Base”) is a place, not an actor',
  droppedWordAcronym: 'a bracketed acronym of four letters or more may leave out one capitalised word inside the name it defines (“the African Union Transition Mission in Somalia (ATMIS)”), never the first or the last',
  inhabitantNoun: 'a name that is a place the text names with “-er” added (“Hong Konger” where the text names Hong Kong, “Londoner”) is one of its people, not an actor',
  splinterGroup: 'a known group’s name joined by a hyphen to a capitalised word or letter (“ISIS-K”, “ISIS-Mozambique”) names a branch of the group, an actor of its own affiliated with it; not a state’s name, nor two known actors before a noun (“the Hamas-Israel war”)',
  // Designation lists (issue #12, unseen news; branch extract-lists).
  designationList: 'every member of the object list of a sanction or designation act (“OFAC has added A, B, and C to the SDN List”, “the Department is designating X and Y”, “designating eleven individuals, including President A and businessman B”, “imposed visa restrictions on A and B”) is a target of the act’s subject, else of the author in its own voice; an apposition on a member (“A, a commander of B, and C”) names no target, a role before a name (“its chairman, X”) names X; those who join the act stand before it and are issuers, and removing from a list is no act',
  // Generality round (issue #12, branch extract): rules for what holds on news never seen.
  kindAnaphor: '“the group”, “the country”, “the militant group”, “the alliance” is the one actor of that kind (organisation, state, armed force) named last before it in the paragraph; “it” only the one named before it in its own sentence (“Russia said it had struck …”); two or more of that kind there: nobody; a state’s noun after a preposition of place (“across the country”) is a territory',
  coordinatedPatient: 'a second phrase with the same preposition after a noun cue’s party, joined by “and”, “then” or a comma (“calls with A, and with B”, “strikes on A and then on B”), names another party of that noun',
  nameSuffix: 'a generational suffix after a name (“Joseph R. Biden, Jr.”, “Martin Luther King Jr.”) ends the name: neither a word between list members nor one before “of” its state; “President X of Y” gives X the alias “President X”',
  selfDefence: 'one who defends itself against an attack (“A defended itself against rocket attacks from B”, “A is defending itself against the invasion by B”) is its target: B opposes A; not one who defends another',
  cameoPhrases: 'verbs the CAMEO verb dictionary codes as hostile only with a given object (“froze relations with X”, “froze the assets of X”, “pinned the blame on X”, “vowed revenge against X”; server/extract/lexicon/cameo-phrases.ts, MIT) are opposition cues against the side after the preposition',
  killedInAttack: 'one killed, wounded or dead in an attack (“X was killed in a U.S. airstrike in Baghdad”, “X died in a raid by Y”) is the attack’s target, not the place it happened in; the hostile verb makes the subject no onlooker',
  includingExamples: '“A and its allies, including B”, “A and other partners, notably B”: B is an example of a noun phrase joined to A, so a member of A’s list; only lower-case words between, and a comma before the marker',
  cameoConsult: 'the verbs of consultation of the CAMEO verb dictionary (root 04: “notify”, “apprise”, “send word to”, “communicate with”, “interact with”, “converse with”; and “coordinate with”, the verb of the contact noun “coordination”; server/extract/lexicon/cameo-consult.ts, MIT) are negotiation cues, as “consult” and “meet with” are',
  // Seventh round (issue #12, branch extract7): classes of error on unseen news (corpus part g).
  bracketedFalseStart: 'a false start a transcript puts in square brackets (“rejected any suggestion [that Russia was tr..., try] that Russia tried to …”) is skipped: the clause after it hangs on what came before it, a denial or a demand there governs it',
  requestedAct: 'a cue in an infinitive right after a noun of asking (“its requests to meet X were denied”, “a bid to talk”, “an invitation to visit”) is asked for, not done; not a go-between’s offer (“backed Qatar’s offer to facilitate”), nor the verb (“asked to meet”)',
  demonymNoun: 'a demonym right before a word of the verb table describes a noun (“the euro, British pound and …”, “a Turkish strike”): no subject acts; a people with “the” before an object still may (“the British attacked the convoy”)',
  cityInName: 'a capital’s name right before a lower-case noun of a text, an event or a place (“the Paris climate accord”, “the Minsk agreements”, “the Doha process”) names that thing, not the government seated there, and discovery does not read it as a name either',
  spokespersonOf: 'a person’s spokesperson (“Putin spokesman accused X”, “Biden’s press secretary”) speaks for the state the person belongs to; a person’s aide, adviser or lawyer is not the person (nobody known acts)',
  journeyPlaces: 'every place of a journey (“arrested upon his return to Russia from Germany”, “a flight from Kyiv via Warsaw”) is where someone travelled, never a party or an agent: the place after the first one joined by “to”, “from”, “via” too',
  indefiniteCompound: 'a word in its base form after “a”/“an” and lower-case words (“after a roadside bomb blast”, “an army attack”) is a noun inside that phrase, not a verb whose subject is the clause’s (a verb agrees with “a …” as subject: “a soldier attacks”)',
  kinOf: 'one named only as the owner of a relative or successor (“defeating Kabila’s chosen successor”, “sentencing X, sister of activist Y”, “the son of Z”), or of its neighbours (“attacks against X’s neighbours”), is not who the act concerns: that mention names no argument',
  datedPossessor: 'a date word with its possessive (“Monday’s military takeover”) is a date, never a name discovery keeps',
  peopleAdjective: 'one capitalised word the text uses only right before a lower-case noun of a community (“some Uighur activists”, “accused Western powers”, “a Uighur-American activist”) is the adjective of a people or a region, not an actor',
  liftedMeasure: 'lifting a hostile measure undoes it (“before it lifts economic sanctions against X”, “relaxed the blockade of Y”): no opposition; refusing to lift it keeps it (“will not lift sanctions against X”: the two negations cancel); only the measure the verb governs over its determiners and adjectives (“removed its envoy and attacked X” is an attack)',
  wantedNoun: 'a cue noun right after a verb of wanting, over its determiner and adjectives (“France and Germany want dialogue with X”, “seeks a deal with Y”), is wished for, not had',
  middleInitialAlias: 'a person discovered with middle initials (“Antony J. Blinken”) is also known by the name without them (“Antony Blinken”): the alias a store or another text uses',
  memberTitle: '“Member” is the head of a title before a name (“Politburo Member X”, “Council Member Y”): the person, not a name “Member X” of someone else; “Member States”, “Member Countries” name no person',
  demandedCessation: 'a hostile act one is asked to stop (“called on X to cease its pressure campaign against Y”, “urged X to stop attacking Y”) is going on: X opposes Y as a fact, not a demand; stopping it without a demand (“agreed to end its attacks on Y”) ends it',
  coupMilitary: 'in a text that reports a coup (“coup”, “junta”, “seized power”, “military takeover”), a state’s military heading its phrase (“Myanmar’s military seized power”, “the military detained X”) is the body that took power, a ruling body of its own as a junta is (rule regimeName); not “the military takeover”, “military officials”; elsewhere a state’s military stays the state',
  namingOnlooker: 'one who names or characterises a conflict (“dubbed the conflict …”, “characterized the conflict with X as a skirmish”, “labelled the dispute …”) comments on it, as one who describes it does: no party to it',
  // Eighth round (issue #12, branch extract8): classes of error seen in several parts of dev.
  ownedInterest: 'an actor named only as the owner of the head noun after it when that noun is its companies, security, democracy, institutions or rights (“harming U.S. companies”, “a threat to U.S. national security”, “repressing X’s democracy and Xians’ human rights”) is not whom a hostile act is aimed at; its people, forces, interests and territory still stand for it (“attacks on U.S. interests”, “Ukraine’s security forces”)',
  titleIssuer: 'a body named at the head of a statement’s title (“G7 Foreign Ministers’ Statement on …”, “Quartet Statement on …”), a capitalised name the text writes again, is the document’s “we”, not the state of the outlet that published it; not a state, a person’s title, or a kind of statement (“Press Statement”)',
  // Mediation that holds on news never seen (issue #12, branch med8): constructions of general English usage, lexicon server/extract/lexicon/mediation-constructions.ts.
  helpOfThird: 'one named with “of” after a noun of a third side’s help (“reached a deal with the help of X”, “through the mediation of X”, “met at the invitation of X”, “through the good offices of X”) is the go-between of the talks of its clause, as a witness is; never a party nor a party’s own state',
  sponsoredTalks: 'a sponsor of talks between others (“talks … sponsored by X”, “X sponsored talks between A and B”) mediates them; sponsoring anything else (“a resolution”) is nothing',
  carriedMessages: 'one who carries, conveys, delivers or transmits messages between two sides mediates between them, as one who relays them does',
  sidesOfDispute: 'a third side in contact with a pair the sentence calls “both sides” or “the two parties” (“Turkey’s envoy met both sides”) works between them, as rule `contactBothSides` reads a dispute named in the sentence; not “both leaders” or “the two countries”, which may be allies',
  parentheticalBroker: 'a mediation participle opening a parenthesis after talks (“The deal between A and B, brokered by C, was signed”) describes the talks of the clause it interrupts',
  // Review of the eighth session (issue #12, branch fix8).
  namingCall: '“called X a/an/the …” (“called Putin a war criminal”, “called the move ‘a smash and grab’”) names X, no phone call: “call” followed by an object and a noun phrase predicate is no contact; “called X the next day”, “called X a second time” still are',
  // Argument round (issue #12, branch args9): where a cue's agent and patient stand, from made-up sentences of general English usage (test/extract/argument-constructions.test.ts).
  relativeVerb: '“Turkey, which met Russia, …”, “X, who held talks with Y, …”: an irregular past (“met”, “held”, “struck”) after “which”/“who” opens a relative clause, whose verb takes the name before it as its subject',
  objectRelative: '“Hamas, which Israel struck, …”, “X, whom Y met, …”: a clause opening with “which”/“whom” and a subject of its own has the antecedent as its verb’s object when the verb has none after it',
  pastAfterName: '“which Hamas attacked in October”: a past form no noun shares (“attacked”, “struck”, not “hit”) right after a name is a verb, not a compound noun (“an Israel strike”)',
  coordinatedClause: '“Russia attacked Ukraine and Turkey condemned …”: after an actor and its finite verb, “and”/“but”, an actor and a plainly finite verb open a second clause; the second actor is no second object',
  gerundController: '“France condemned Russia for attacking Ukraine”: a gerund after “of”/“for” right after the verb’s object is that object’s act (Russia attacks Ukraine), not the subject’s; after a verb of accusing (“accused X of attacking Y”) it is only the accuser’s claim and no relation',
  namingVerbs: '“branded / dubbed / labelled / termed X …”, “described / characterized X as …” read as “called X …” (rules namingCall, oppositionRole): a hostile label as the predicate, the one designations need (“a terrorist state”), opposes X (an insult, “a liar”, still names without a relation), and a noun in the predicate describes X, not the namer’s act (“called X a rival of Y” is no namer–Y relation)',
  // Name round, ninth session (issue #12, branch names9): shapes of names news uses, made-up sentences in test/extract/name-shapes.test.ts.
  dateWordName: 'two names discovery read on either side of a capitalised month word (“Zin Mar Aung” read as “Zin” and “Aung”, “Win Aug Lwin”) are one person’s name; at a sentence’s start the first word counts only when it is the unknown given name of rule `leadingGivenName` (not “In March Aung …”, “Meanwhile May Thant …”)',
  titledPerson: 'a discovered name written right after an office’s head word (“Secretary Roe”, “European Council President Moreau”) counts as a person’s for “the Secretary” of a later sentence of the paragraph, whatever kind the name tagger guessed (it often reads a lone surname as an organisation)',
  leadingGivenName: 'a sentence’s first word that the name tagger knows nothing of (“Giulia Renzi accused …”), no title, honorific or demonym, begins the name read right after it; a word it knows (“Meanwhile Renzi …”, “Police …”) does not',
  portfolioHolderName: 'after an office’s “of”/“for”, where capitals run on to a name (“Minister of Foreign Affairs and Regional Integration Paul Amerin”), the name is read from the right: the last word, then back to a portfolio’s word (a title or portfolio noun, a body’s noun, an English word or adjective compromise lists, an abstract noun’s ending) or to a listed given name, a third word only right after a portfolio’s noun; with no name after them, capitals that are all such words are the portfolio (“… and Regional Integration said”)',
  chainedTitles: 'offices joined by “and” before one name (“Deputy Prime Minister and Minister of Foreign Affairs X”, “Standing Committee Member and Director of the Office of … Y”) are that person’s; without a name after the last they are several people, and so are they when the last is a bare head (“Prime Minister and President X”), names no portfolio and follows no deputy’s office, or the name is a known person of another body; a member of a body heads none of it',
  weekdayAfterName: 'a weekday right after a name (“Foreign Minister Karl Vostrand Tuesday condemned …”, as news agencies date an act) is the act’s time, never part of the name',
  officeOfBodyAppositive: 'an office of a body with its name after it (“the Foreign Minister of the Republic of Kenya, Karl Vostrand,”, “the President of the Philippines X”, “the Minister of Foreign Affairs of Kenya, X”) is that person, affiliated with the body; not after a demonym (“the Commander of the Bosnian Serb Army”) nor over a body’s noun (“the head of the Quds Force”), nor inside a fronted phrase (“After meeting the President of Egypt, X, …”) nor for a known person of another body; a hyphenated head stays in the role, an honorific leaves the name',
  stateChamber: 'a legislative chamber written right after a state’s name or abbreviation (“the U.S. Senate”, “the United States House of Representatives”) is that state’s body, not the state: named with the state’s canonical name (“United States Senate”), the written form its alias; not before another capitalised word other than a day or month (“U.S. Senate Foreign Relations Committee”, “U.S. House Speaker X”) nor before an office written in lower case (“the U.S. House speaker X”: the holder acts)',
  sameTitledPerson: 'a surname with a title (“Secretary Roe”) after the titled full name (“Secretary of State Jan Roe”), or before it, is one person for “the Secretary”, not two that make it ambiguous',
  // Name round, tenth session (issue #12, branch names10): names that became wrong actors, made-up sentences in test/extract/name-shapes.test.ts.
  labelOpensSentence: 'after a line’s label — a speaker’s in capitals (“SMITH:”, “MS. RUIZ:”), up to three capitalised words (“Timeline:”) or a date (“June 2, 2023:”) and its colon, or a transcript’s bare “Q” — the first word is capitalised because it opens the line: an English word there (“SMITH: Immediately designated …”, “JONES: Allowed …”) is no name, as at any sentence’s start; a name stays one (“MR. PRICE: Blinken met …”)',
  monthDate: 'a month read as a name (“May”, a name too: “Theresa May”) is a date where a day or a year stands next to it (“the May 27 agreement”, “May 23rd”, “4 May”, “May 2024”) or a word of time before it (“in May”, “since May”, “mid-May”): no actor, not the first word of a name read after it (“On 4 May Kestrel Front fighters …”), nor a person’s surname alone (“Last May, …” after “Theresa May”); a capitalised “May” inside a sentence is never the modal',
  surnameFirst: 'a short name — one word, or one after name particles (“Bin Salem”, “de Marco”) — that is the surname of exactly one full name of the document is that person wherever the two stand (a heading’s “Foreign Minister Bin Salem” before the body’s “Ahmed bin Salem”): compared with case and diacritics folded (“Erdogan”, “Erdoğan”) and an Arabic article apart (“Sisi”, “el-Sisi”); a full name the name tagger guessed to be a body’s counts, and becomes a person’s, when the surname is a person’s (“Ms. Tsikhanouskaya”) and the full name stands as one somewhere (a title or honorific before it, an office’s apposition after it; not “Goldman Sachs”); nothing when two full names share the surname',
  demonymOffice: 'a demonym and capitalised words of a portfolio that run into an office’s head (“Venezuelan International Relations Commissioner Borges”, “Kenyan Cabinet Secretary X”) describe the office: no body is named with the words (“Venezuelan International”) and the state is not the one acting (the holder is, affiliated with it); a body’s name stays one (“Sudanese Armed Forces Commander X”, “Revolutionary Guard”), and a word that may be a name is no portfolio (“Saudi Aramco Chief Executive”)',
  // Precision round, eleventh session (issue #12, branch precision11): false alarms on unseen news, made-up sentences in test/extract/precision-round.test.ts.
  docPairOfSides: 'a go-between named without the parties (“welcomed Egypt’s mediation efforts”, “EU-brokered discussions”) works between the sides of the document’s talks, not, in a government’s document, a person in its most reported contact whose state the text never gave (the reporting government’s envoy in a readout: “Envoy X met Y”); elsewhere such a person is a side (“talks with militia leader X”)',
  bodyInTitle: 'a body or state named inside a person’s title before the name (“Kenyan High Council for National Unity Chairman X”, “Ghanaian Interim Government Foreign Relations Commissioner Y”, “Minister of the Armed Forces of Togo Z”) is the title’s: the person is the argument, and learns the body as affiliation; not a body before a lower-case title (“Hamas leader X”) nor a possessor (“Kenya’s President X”), nor across a word no office has (a Title Case heading’s “Qatar Hosts Sudan Talks With Army Chief X”)',
  // Argument round, eleventh session (issue #12, branch args11): where a cue's arguments stand, made-up sentences in test/extract/argument-constructions.test.ts.
  ownerOfObject: 'a hostile verb’s object that is a plain noun phrase with “of” (“threatens the peace, security and stability of A, B and C”, “disrupted the financing of X”, “violated the sovereignty of Y”) is aimed at the one named after “of”, as “Y’s sovereignty” is; not after a verb of condemnation (“condemned the arrest of X”: X is the act’s patient), not over a cue noun, a quantity (“a number of Xians”) or only what rule ownedInterest says is no target (“the national security of X”, “the enemies of X”)',
  nounOfController: 'the owner named with “of” after the noun an infinitive cue hangs on does it (“the commitment of the United States and its partners to hold X accountable”, “the determination of the EU to isolate X”), as a possessor before the noun does (rule nounController); not a noun of asking or refusing (“the refusal of X to sanction Y”), a title’s or a phrase’s “of” (“on behalf of X to condemn Y”); a noun of intention keeps its modality past the owner (“the plan of X to attack Y” is an intention as “X’s plan to” is)',
  objectsAct: 'a hostile noun with its article after “for”/“over” right after a verb’s object is that object’s act (“hold X and its enablers accountable for the unprovoked war against Y”, “held X responsible over the invasion of Y”, “condemned X for the strikes on Y”; “over” only after a word of account: “sanctioned X over the war against Y” says what the sanction is about), as a gerund there is (rule gerundController), not the subject’s; after a verb of accusing, inquiry or trial (“blamed X for the attack on Y”, “investigated X for …”) only a claim, after one of asking (“asked X for sanctions on Y”) only sought: no relation from the noun',
  peopleFrom: 'the people of an actor named with “from” (“met with officials from Egypt and Qatar”, “talks with negotiators from X”) stand for it, as with “of” (rule peopleOf); each member of the list after “from”',
  facedAct: 'a hostile noun after “in the face of” or “faced with” whose own phrase names its doer but no one it is aimed at (“support for Ukraine faced with Russian aggression”, “stands with Israel in the face of Hamas attacks”, “Armenia’s sovereignty in the face of Azerbaijani aggression”) is aimed at the actor right before those words, after one comma, as its clause’s subject or the one a word of support names, or owning a short noun phrase before them; not a verb’s or another preposition’s object (“held talks with X in the face of …”), not over a verb (“talks with X continued in the face of …”), nor for words of speech (“in the face of criticism from Y”); so is one who defends itself against it (“X’s right to defend itself against rocket attacks from Y”, “X has tried to protect itself from Y attacks”)',
  apposedPeopleList: 'names apposed to a listed body’s people in a sanction or designation list (“designating X and its leaders, Director A and Deputy Director B,”) are its last members; only people, and only a list closed as any list is (not “… and its leaders, A said”, nor a relative clause, nor “its commanders, Turkey and Egypt,”)',
  nativeNameBracket: 'a bracket after a listed member holding its name in its own language and its acronym (“the National Police (Policía Nacional, PN)”) is that name again, as a bare acronym is (rule bracketedAcronym), up to ten tokens with no bracket inside',
  semicolonList: 'in a sanction or designation list whose members carry appositions with commas, semicolons after an apposition part the members (“sanctioning A, a general; B, the head of C; and D, a deputy”); a bare semicolon ends the list, and a list its “and” cannot close keeps the members before its first bare comma or semicolon (“sanctioned A; B condemned it”, “sanctioned A, a banker; B and C condemned it” are A alone)',
  // Argument round, twelfth session (issue #12, branch args12): made-up sentences in test/extract/argument-round12.test.ts.
  condemnedExample: 'an owned act named as an example of what a verb of condemnation takes as its object (“condemned all forms of aggression, including Russia’s violation of …”) is condemned too: the one condemning opposes its owner; only an owned act, a hostile noun after the possessive: not victims named as examples (“the attacks on civilians, including Xians”, “…, including X’s children”)',
  condemnedOwner: 'a noun of condemnation or criticism followed by an act its doer owns (“his condemnation for Russia’s attack on Ukraine”, “criticism over Iran’s seizure of …”) is aimed at that doer, whatever the preposition; the act’s own patient (“on Ukraine”) is the act’s',
  pluralPronounSubject: 'a plural pronoun after a verb of saying stands for the whole coordinated subject before it (“A and B said they had held talks”), not only its last member',
  pluralPronounList: 'the actors one plural pronoun stands for (rule pluralPronounSubject) are one list, as if named with “and”',
  possessedPeople: 'a possessor before the nouns of those who act for it (“met with Egypt’s leaders”, “in touch with X’s senior officials”) is met through them, as “the leaders of X” is (rule peopleOf); not what else it owns (“met Iran’s demands”)',
  pairExamples: 'names given as examples after a pair closed by “and” under “between”/“among” (“talks between A and B, including C and D”) are the pair’s own people or meetings, not more parties of the same talks: they open a group of their own',
  destinationHost: 'talks that are the purpose of a journey to a state, with no partner named (“X will travel to Qatar for discussions on …”, “X travelled to Egypt to discuss …”), are held with that state; only a state named after a verb or noun of travel and “to”, not written as its capital (“to Brussels”), with only dates between it and “for”/“to”',
  dashInsertion: 'after a short phrase inserted between dashes right after a clause’s words, a verb resumes that clause with its subject (“Iran — and its proxies in Syria — launched an attack on Israel”)',
  // Mediation round, eleventh session (issue #12, branch mediation11): made-up sentences in test/extract/mediation-round11.test.ts.
  hostileNounBetween: 'a pair named with “between” right after a hostile noun (“discussed the conflict between A and B”) is that noun’s pair, not the parties of a verb of talks further back, nor of a noun of talks whose clause names other parties holding it (“Lavrov and Sybiha held talks on the war between A and B”): the talk is about their conflict; a noun of talks with no other parties (“Negotiations to end the war between A and B resumed”) or a go-between’s talks (“Turkey hosted talks on ending the war between A and B”) keeps the pair; a go-between of the conflict still mediates it (“mediated the conflict between A and B”)',
  effortOwner: 'a verb of bringing about a settlement between two sides that completes a noun of someone’s effort (“thanked the minister for Qatar’s assistance in helping to secure the truce between A and B”, “Egyptian efforts to negotiate a truce between A and B”) is done by the owner named right before that noun, not by the clause’s subject who thanks or praises it; never a party',
  forInfinitiveSubject: 'the group after a noun and “for”, right before “to” and a verb, is the subject of a cue inside that infinitive when the infinitive names a go-between’s process (“the need for A and B to reengage in the EU-facilitated dialogue”): that process goes on whatever the wish; not a bare wish or offer (“a plea for A and B to begin talks”, “a venue for A and B to hold talks”), not a cue after the infinitive (“In order for A to join, B negotiated”), nor one naming no go-between (“calls for X to step up sanctions”)',
  openListTail: 'names joined by commas and closed by “and other …”/“and others” (“between A, B, and other parties”) are a list, as one closed by “and” is; the unnamed rest is no member; only after “between”/“among”, with three names or more, or with a serial comma whose first name does not end a phrase opening the sentence (not “After talks with Iran, China and other powers …”); commas alone are still no list',
  // Mediation round, twelfth session (issue #12, branch med12): made-up sentences in test/extract/mediation-round12.test.ts.
  undottedAcronymEnd: 'dotted capitals whose last letter lacks its dot (“the U.S commitment”, “the U.N envoy”) are one acronym, as “U.S.” is',
  pairNamedLater: 'a pair anaphor (“the two ministers”, “both sides”) never stands for a pair the same sentence goes on to name (“the two ministers discussed the conflict between A and B”: a writer meaning A and B would write “their conflict”), save one in apposition right after it (“Both sides, A and B, agreed”)',
  hostedPair: 'a host that receives two sides’ people together (“Qatar hosted the A and B delegations”, “hosted A and B negotiators”) → each side, and the two meet each other; only sides the document reports as foes (its conflict, or the paragraph’s last hostility: not “Russia hosted the Chinese and Indian leaders at a summit”), neither side the host’s own; a single visitor is a meeting with the host (rule hostedVisit)',
  recentPairOfSides: 'a mediation cue naming talks or a settlement but no parties (“Qatar facilitated the talks”, “the truce was brokered by Egypt”) works between the pair of the last negotiation reported earlier in its paragraph not another paragraph’s pair; a truce first between the sides of the document’s conflict; either pair lifted and filtered as the document’s pair is (rule docPairOfSides: a government’s own official in its readout is no side), and used only when two sides remain',
  askedInfinitive: 'after a word of calling and “for” (“called for A and B to resume the EU-facilitated dialogue”, “a call for …”, “appealed for …”), the infinitive is only asked for: its subject takes part in the go-between’s process, which goes on, but what the infinitive says of it is no fact (a call for talks is not talks); “the need for A and B to reengage …” is no call',
  negotiatedSolution: 'a solution an adjective says talks produce (“facilitated a negotiated settlement”, “brokered a political solution”, “a peaceful resolution”) is a settlement: a go-between of it with no parties named works between the sides of the document’s conflict, as for a truce; not a solution alone (“a technical solution”)',
  subBody: 'a known international body’s name followed by capitalised words ending in a noun of a working organ (“the OSCE Minsk Group”, “the African Union Peace and Security Council”) names that organ, an actor affiliated with the body, not the body; only with a word of its own between (not “the UN Commission”), none a state’s or person’s name',
  twoSides: 'a go-between named without the parties borrows the document’s pair only when two sides remain of it: a government’s readout whose pair is its own envoy and one counterpart (“Envoy X met Y … welcomed Egypt’s mediation efforts”) names no pair, and nothing is read',
  // Cue round, twelfth session (issue #12, branch cue12): ways news states contact and hostility that the cue tables missed (dev misses), made-up sentences in test/extract/cue-round12.test.ts.
  datedContact: 'a weekday inside a verb cue’s phrase dates the act, as wire copy writes it (“spoke Tuesday with X”, “met Monday with Y”): the phrase still matches, as over a lower-case modifier; only for verbs, only weekdays',
  conjunctionGap: 'a conjunction inside a cue phrase’s words joins two phrases and modifies neither (“coordinate with international partners and with X” is no “partner with X”): the phrase does not match over “and”, “or”, “but”, “nor”',
  addressedNotReported: 'a verb of saying or writing followed by “to” (“wrote to the embassy”, “responded to X”) names whom it is addressed to and opens no reported clause: its subject is a party of the contact, not only a speaker',
  committedCooperation: 'a cooperation verb or noun (“work with”, “partner with”, “coordination with”) under a word of commitment, readiness or importance shortly before it in its sentence (“committed to working with X”, “the readiness of the United States to work with Y”, “commitment to close coordination with Z”, “the importance of working with”) is promised, not reported: an intention, not stored; other cues keep their reading there (“committed to holding X accountable”)',
  bracketedInsert: 'a stop inside square brackets — an editor’s or a transcriber’s insert (“Kremlin critic [al...] Alexei Navalny”, “[...]”) — ends no sentence, as an ellipsis inside a speaker’s words does not (corpus README conventions)',
  claimAuthor: 'the one named with “from” after a noun of words said (“claim”, “accusation”, “allegation”, “statement”) that a verb of rejection or condemnation takes as its object (“dismissed the claim from X as groundless”, “rejected accusations from Y”) is the one opposed, as the doer of a condemned act is (rule condemnedAct); words only received (“received a statement from X”) oppose no one, nor words that are not the verb’s object (“condemned the strike in a statement from X”: where the condemnation was voiced)',
  ownedName: 'a name read across a possessive into capitalised words (“the Ministry of the Interior’s Special National Brigade” read as “Interior’s Special National Brigade”, “the Army’s Fifth Brigade”) is the name after the possessive: the owner is a name of its own or none, never the first word of the body owned; not after an irregular plural, which is part of the name (“the People’s Liberation Army”, “the Women’s Union”)',
  // Cue and actor round, thirteenth session (issue #12, branch cue13): names and cues of dev's actor- and cue-stage misses, made-up sentences in test/extract/cue-actor-round13.test.ts.
  sayyidHonorific: 'the Arabic honorific “Sayyid” / “Sayyed” before a name (“Foreign Minister Sayyid Fahd Al Nasseri”) is no part of it, as “Sheikh” is not: the person is “Fahd Al Nasseri”, whom a headline’s “Foreign Minister Al Nasseri” names too',
  hyphenedTitleEnd: 'the capitalised end of a hyphenated title (“Foreign Minister-Designate Maria Lopez”, “President-Elect Jane Roe”), read by the name finder from after the hyphen, is the title’s, never the first word of the name',
  facilityNameCut: 'a name read short of the facility noun that ends the capitalised words right after it (“Karmel Military” of “Karmel Military Prison”, “Al Asad” of “Al Asad Air Base”) is the facility’s name, a place and never a party, as the whole name is (junk.ts); its first words make no actor either',
  documentAcronym: 'an acronym defined for a name no actor bears (“Executive Order (E.O.)”: a law, a treaty, a facility, junk.ts) is no actor either, as that of a thing the text names is not (non-actors.ts)',
  // Precision round, thirteenth session (issue #12, branch prec13): dev false alarms by cause, made-up sentences in test/extract/precision-round13.test.ts.
  triedAct: 'an act one is trying or wanting to do (“is trying to work out a meeting with X”, “tried to expel Y”, “the DPRK wanting to expel Z”) is an intention, not a fact, as “wants to” and “seeks to” are; only a cue in the infinitive’s own words, before any preposition (“tried to protect itself from Y’s attacks”: the attacks are a fact); trying only for talks (“tried to meet with X”): an attempted attack or mediation is one (“tried to storm Y’s positions”, “is trying to mediate between A and B”)',
  pursuedNoun: 'a noun of talks or agreement that is a goal (“the importance of a peace agreement between A and B”, “the pursuit of a deal between A and B”, “efforts to advance peace talks between A and B”, a heading’s “Advancing a Maritime Agreement Between A and B”) is no event: only after a noun of a goal and “of”, or the infinitive or gerund of a verb of furthering (not “advanced the talks”); only for negotiation',
  riskedHostility: 'a hostile noun after a noun of a risk and “of” (“efforts to reduce risks of further conflict between A and B”, “the danger of a wider war between A and B”, “the risk of Xian strikes on Y”) is only possible: no opposition; not “the threat of”, itself a hostile act news reports',
  goBetweenPartner: 'the ones a verb or noun of talks names as go-betweens (“engage with U.S., Qatari, and Egyptian mediators”, “met with Qatari facilitators”) are a third side of the talks, no partner in them, and the co-subjects who meet them are not read as negotiating with each other either',
  jointSubjects: 'co-subjects said to act “together” or “jointly” between them and a hostile cue (“progress A and B have made together in combating the pandemic, fighting climate change”, “A and B jointly fought the rebels”) are one side: no mutual opposition between them; not “together with Z”, nor an insert the adverb opens (“A and B, together accounting for a third of exports, have been fighting”)',
  plottedAct: 'a cue in an infinitive right after a noun of a plot (“arrested 20 people for their role in a plot to oust President X”, “foiled a plot to attack Y”, “a scheme to kill Z”) is only planned: an intention, and the subject who uncovers or foils it no plotter; a plot its owner names (“foiled a Xian plot to kill Y”, “X’s plot to attack Y”) is the owner’s hostile act',
  committedContact: 'a cue noun governed by the infinitive of a verb of keeping (“maintain”, “sustain”, “deepen”, “strengthen”, “expand”, “build”) right after a word of commitment and “to” (“affirmed the commitment to maintain a strategic dialogue with X”, “committed to deepen its dialogue with Y”) is promised, as a commitment to work with someone is (rule committedCooperation): an intention; the dialogue kept in the past tense (“maintained a dialogue with X”) is reported, and so is one said to be going on (“the commitment to maintain the ongoing dialogue with X”)',
  jointIssuers: 'in a joint statement (“Joint Statement on …”, “released by the Governments of …”), “we”, “us”, “our” outside quotation marks, after a sentence about the statement lists its issuers (“The following statement was released by the Governments of A, B and C”, or issued or signed by them), are all of them as one list; not a list after “signed by” that is not the statement’s (“a truce signed by A and B”); fewer than two named there, or a person among them: nobody',
} as const;

export type ReadingRuleName = keyof typeof READING_RULES;

export type ExtractionRuleName = keyof typeof EXTRACTION_RULES;
export const EXTRACTION_RULE_NAMES = Object.keys(EXTRACTION_RULES) as ExtractionRuleName[];

/** A rule as stored with a quote: the relation type extraction read, then the rule. */
export type ExtractionRule = `${RelationType}.${ExtractionRuleName}`;

/** Every rule name a quote may carry, for validation messages and the OpenAPI enum. */
export const EXTRACTION_RULE_IDS: readonly ExtractionRule[] = RELATION_TYPES.flatMap((t) => EXTRACTION_RULE_NAMES.map((r): ExtractionRule => `${t}.${r}`));

const KNOWN = new Set<string>(EXTRACTION_RULE_IDS);

export const isExtractionRule = (s: string): s is ExtractionRule => KNOWN.has(s);

/** The relation type and rule of a stored rule name. */
export function splitRule(rule: ExtractionRule): { type: RelationType; name: ExtractionRuleName } {
  const dot = rule.indexOf('.');
  return { type: rule.slice(0, dot) as RelationType, name: rule.slice(dot + 1) as ExtractionRuleName };
}

/** A quote with where it starts and, when extraction recorded it, how it was read. */
export type ReadQuote = Pick<Evidence, 'quote' | 'start'> & Partial<EvidenceReading>;

/** The quote's reading when it has one whose spans lie inside the quote (else undefined: nothing to show). */
export function readingInQuote(q: ReadQuote): EvidenceReading | undefined {
  if (!q.rule || !q.cue || !q.spans) return undefined;
  const end = q.start + q.quote.length;
  const inside = [q.spans.cue, q.spans.source, q.spans.target].every((span) => !span || (span[0] >= q.start && span[1] <= end && span[0] < span[1]));
  return inside ? { rule: q.rule, cue: q.cue, spans: q.spans } : undefined;
}

/**
 * Why a quote backs its relation, in words: "Why: opposes — cue “condemned”; “Peru” → “Bolivia”
 * (subject → object of the verb)". Undefined for a quote without a reading (curated, or older).
 */
export function whyText(q: ReadQuote): string | undefined {
  const r = readingInQuote(q);
  if (!r) return undefined;
  const { type, name } = splitRule(r.rule);
  const words = (span: [number, number] | undefined): string => (span ? `“${q.quote.slice(span[0] - q.start, span[1] - q.start)}”` : 'named in an earlier sentence');
  return `Why: ${type} — cue “${r.cue}”; ${words(r.spans.source)} → ${words(r.spans.target)} (${EXTRACTION_RULES[name]})`;
}
