/**
 * Data: English verbs of hostility from the CAMEO verb dictionary of the PETRARCH event coder
 * (Open Event Data Alliance, MIT licence): openeventdata/petrarch2 at commit
 * 676801cd9cb2924bbbad09f86d15c9323e7097bf, petrarch2/data/dictionaries/CAMEO.2.0.txt (last updated
 * 30 April 2015; its LICENSE: "The MIT License (MIT) Copyright (c) 2014 Open Event Data", which
 * permits copying with that notice). That dictionary groups verbs in blocks (mostly WordNet synonym sets), each with
 * the CAMEO event code a verb of the block codes by default.
 *
 * Kept here (rule `cameoVerbs`, with some of their nouns below): the verbs whose own default code is one of CAMEO's hostile roots —
 * 111 criticise or denounce, 112 accuse, 12 reject (obstruct, overrule), 13 threaten, 16 reduce
 * relations (undermine, sabotage), 17 coerce (detain, expel, ban, seize, suppress), 18 assault, 19
 * fight, 20 mass violence — which are the acts the annotation guide calls `opposes` ("condemns,
 * accuses, sanctions, threatens, attacks, fights, rejects or expels"); and from the general 110
 * block only the verbs that name opposition themselves (oppose, dispute, rebuff; "object" and "snub", members of
 * 110 blocks, carry their own codes 120 and 111 and are listed under them).
 * Each entry keeps its code. Left out: verbs that block members share with a common
 * peaceful sense in news (listed below, each with why), verbs the dictionary moves to a peaceful
 * code ("debate" [040], "doubt" [012]), and multi-word forms already in cues.ts. Roots 18–20 are
 * physical force (cues.ts, KINETIC_CUES).
 */

/** [verb in base form, CAMEO code]. */
const CAMEO_HOSTILE_VERBS: readonly (readonly [string, string])[] = [
  // 110 (only verbs naming opposition themselves), 111, 112. "snub" is in the REBUFF [110] block with its own code [111].
  ['dispute', '110'], ['contest', '110'], ['refute', '110'], ['rebuff', '110'],
  ['disapprove', '110'], ['decry', '110'],
  ['snub', '111'], ['belittle', '111'], ['denigrate', '111'], ['impugn', '111'], ['malign', '111'], ['slander', '111'],
  ['admonish', '111'], ['berate', '111'], ['castigate', '111'], ['censure', '111'], ['chasten', '111'], ['chastise', '111'],
  ['chide', '111'], ['criticise', '111'], ['criticize', '111'], ['denounce', '111'], ['deride', '111'], ['disparage', '111'],
  ['lambaste', '111'], ['rebuke', '111'], ['reprimand', '111'], ['reproach', '111'], ['ridicule', '111'], ['scold', '111'],
  ['scorn', '111'], ['abhor', '111'], ['deplore', '111'], ['pillory', '111'], ['condemn', '111'],
  ['accuse', '112'], ['blame', '112'], ['fault', '112'], ['implicate', '112'],
  // 12: obstruction and overruling; "object" is in the VERBAL_CONFLICT [110] block with its own code [120].
  ['object', '120'], ['hamper', '120'], ['hinder', '120'], ['impede', '120'], ['obstruct', '120'], ['stymie', '120'], ['overrule', '120'],
  // 13.
  ['endanger', '130'], ['threaten', '130'], ['warn', '130'],
  // 16.
  ['betray', '160'], ['blacklist', '160'], ['disrupt', '160'], ['sabotage', '160'], ['undermine', '160'],
  // 17.
  ['detain', '173'], ['imprison', '173'], ['incarcerate', '170'], ['jail', '173'],
  ['bar', '170'], ['blockade', '170'], ['boycott', '163'], ['embargo', '170'], ['ostracise', '170'], ['ostracize', '170'], ['shun', '170'],
  ['blackmail', '170'], ['coerce', '170'], ['pressure', '170'], ['penalize', '170'], ['penalise', '170'], ['punish', '170'],
  ['crack down on', '170'], ['quell', '170'], ['repress', '170'], ['subdue', '170'], ['suppress', '170'],
  ['apprehend', '173'], ['arrest', '173'], ['capture', '171'], ['seize', '171'], ['hijack', '171'], ['commandeer', '171'],
  ['usurp', '171'], ['annex', '171'], ['confiscate', '1711'],
  ['ban', '172'], ['censor', '1721'], ['forbid', '172'], ['outlaw', '172'], ['proscribe', '172'], ['veto', '172'],
  ['sentence', '172'], ['prosecute', '173'], ['sue', '173'], ['indict', '173'],
  ['banish', '174'], ['deport', '174'], ['evict', '174'], ['exile', '174'], ['expel', '174'], ['oust', '174'], ['kick out', '174'],
  // 18.
  ['abuse', '180'], ['mistreat', '180'], ['harm', '180'], ['injure', '182'], ['wound', '180'], ['terrorize', '180'], ['terrorise', '180'],
  ['overthrow', '180'], ['abduct', '181'], ['kidnap', '181'], ['torture', '1822'], ['stab', '182'], ['assassinate', '186'],
  // 19.
  ['ambush', '190'], ['annihilate', '190'], ['crush', '190'], ['decimate', '190'], ['defeat', '190'], ['demolish', '1712'],
  ['destroy', '190'], ['devastate', '190'], ['eradicate', '190'], ['obliterate', '190'], ['overpower', '190'], ['overwhelm', '190'],
  ['raze', '190'], ['subjugate', '190'], ['wipe out', '190'], ['encircle', '190'], ['surround', '190'],
  ['blow up', '190'], ['bomb', '190'], ['bombard', '190'], ['shell', '190'], ['snipe', '190'], ['gun down', '190'],
  ['behead', '190'], ['decapitate', '190'], ['kill', '190'], ['murder', '190'], ['slay', '190'],
  ['assail', '190'], ['assault', '190'], ['attack', '190'], ['battle', '190'], ['clash with', '190'], ['combat', '190'],
  ['fight', '190'], ['retaliate against', '190'], ['skirmish with', '190'], ['storm', '190'], ['strike', '190'], ['pound', '190'],
  ['raid', '190'], ['loot', '190'], ['pillage', '190'], ['plunder', '190'], ['ransack', '190'], ['repel', '190'], ['repulse', '190'],
  ['shoot', '190'], ['target', '190'], ['besiege', '191'], ['invade', '192'], ['occupy', '192'], ['overrun', '192'], ['recapture', '192'],
  // 20.
  ['massacre', '202'], ['slaughter', '202'], ['butcher', '202'],
];

/*
 * Members of the same blocks left out, with why: each has a common sense in political news that
 * is no act against the one named after it.
 * - claim aver avow swear: assertion, not accusation ("claimed victory")
 * - allege: "alleged" before a noun is an adjective ("has alleged ties to X")
 * - challenge compete contend contrast counter counterbalance differ disagree dissent argue debate wrangle: disagreement or competition, often with an idea, not an actor
 * - regret lament mourn cry grieve wail weep despair dismay disappoint sadden: feelings, not acts against anyone
 * - charge convict: charged with a crime is passive and agentless in news; "charge" also means to attack or to bill
 * - delay defer postpone shelve table stall forestall prevent inhibit retard remit procrastinate override: acts on plans or events, not on an actor
 * - risk caution: "risked", "cautioned that" are no threat against anyone
 * - disarray disorder disassociate secede spy: rare with an actor as object, or no act against one
 * - cage confine contain enclose hold restrict withhold: also containment of a crisis, holding talks, withholding comment
 * - block exclude segregate: blocking a resolution or excluding an item: acts on things
 * - compel enforce force impel reinforce impose inflict levy reimpose bill fine tax: obligations and measures whose object is the measure, not an actor
 * - constrain curb moderate restrain crackdown: restraint of prices, emissions or oneself
 * - catch grab nab snatch take extract pluck pull wrest steal nationalise nationalize take over overturn subvert revolutionise revolutionize pirate appropriate: also taking part, pulling out, overturning rulings
 * - criminalise criminalize disallow illegalise illegalize interdict: acts on conduct, not an actor
 * - boot out remove: "remove" acts on anything ("removed the tariffs")
 * - bruise contaminate corrupt crack damage hurt impair mar rip spoil tarnish tear vitiate: damage to things or reputations
 * - rampage scuffle slap lash whip rape dishonor dishonour: violence against persons rarely between political actors; left for a later round
 * - beat best break bust desolate disarm dominate master overcome overshadow overtake surmount ravage ravish ruin shatter smash: sports, markets and metaphors ("beat expectations", "dominated the talks")
 * - die flatten circle ring engage fire pelt torch blast blow detonate dynamite explode hang strangle string up stamp out: no actor as object, or a peaceful sense ("engage with", "fired the minister")
 * - altercate blitz bludgeon clobber conflict duel grapple hammer hit kick match pit pummel quarrel stone struggle wrestle ram thump foray despoil reave aim infest inhabit reside: metaphors, sports or no actor as object ("hammered out a deal", "pit against")
 */

/**
 * The nouns of some of those verbs ("the abduction of X by Y", "Y's persecution of X"), with the
 * code of their verb: a noun cue takes its actor and target from its modifier and prepositions
 * like any opposition noun (rule `cameoVerbs`).
 */
const CAMEO_HOSTILE_NOUNS: readonly (readonly [string, string])[] = [
  ['denunciation', '111'], ['accusation', '112'], ['accusations', '112'],
  ['obstruction', '120'], ['sabotage', '160'],
  ['imprisonment', '173'], ['persecution', '170'], ['repression', '170'], ['coercion', '170'], ['intimidation', '170'],
  ['deportation', '174'], ['abduction', '181'], ['kidnapping', '181'], ['torture', '1822'], ['harassment', '180'],
  ['murder', '190'], ['siege', '191'], ['massacre', '202'],
];

/** The entries of roots 18–20: physical force, which may take the place it lands in as its target. */
export const cameoKinetic = (): string[] => [...CAMEO_HOSTILE_VERBS, ...CAMEO_HOSTILE_NOUNS].filter(([, code]) => /^(?:18|19|20)/.test(code)).map(([v]) => v);

/** The entries of root 11 (disapprove, criticise, accuse): verbal hostility, whose object may be an act. */
export const cameoVerbal = (): string[] => CAMEO_HOSTILE_VERBS.filter(([, code]) => code.startsWith('11')).map(([v]) => v);

/** The verbs of code 112 (accuse, blame, fault, implicate): what they lay on their object is only their subject's claim. */
export const cameoAccusing = (): string[] => CAMEO_HOSTILE_VERBS.filter(([, code]) => code === '112').map(([v]) => v);

export const cameoVerbs = (): string[] => CAMEO_HOSTILE_VERBS.map(([v]) => v);

export const cameoNouns = (): string[] => CAMEO_HOSTILE_NOUNS.map(([n]) => n);
