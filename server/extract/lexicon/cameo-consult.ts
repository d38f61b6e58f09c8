/**
 * Data: English verbs of consultation from the CAMEO verb dictionary of the PETRARCH event coder
 * (Open Event Data Alliance, MIT licence): openeventdata/petrarch2 at commit
 * 676801cd9cb2924bbbad09f86d15c9323e7097bf, petrarch2/data/dictionaries/CAMEO.2.0.txt (the same file
 * as lexicon/cameo-verbs.ts, whose header gives the licence). CAMEO root 04 "Consult" is the
 * contact the annotation guide calls `negotiates` ("talks, negotiations, meetings, calls,
 * consultations"): its code 040 "consult", 041 "discuss by telephone", 042/043 "make or host a
 * visit", 046 "engage in negotiation".
 *
 * Kept here (rule `cameoConsult`), each with its code and block in the dictionary, the verbs whose
 * own or block default code is 040/041 and whose object or "with" phrase is the other side, not
 * already in cues.ts ("consult", "confer", "discuss", "meet with", "contact", "call", "phone",
 * "telephone" are): "communicate" [040] (EXPLAIN_VERBAL block) and "communicate with", "interact"
 * [040] (MEET_PEOPLE block); "converse" [040] (CONFER block); "notify", "apprise", "send word"
 * [040] (NOTIFY block); and "coordinate with" [050] (COORDINATE block, "diplomatic cooperation"),
 * the verb of the noun "coordination" that lexicon/news-contacts.ts reads as a standing contact.
 * Left out, with why: "confront", "face", "encounter", "brave" (MEET_PEOPLE block) have hostile or
 * non-contact senses ("faced criticism"); "run into", "assemble", "get together" name no partner;
 * "promulgate" and "give notice" are about a text, not a side; "visit", "attend", "receive" and
 * "host" [042/043] take places, events and things as objects as often as actors ("visited Kyiv",
 * "received aid"), and "host" is read as mediation or a hosted visit already (cues.ts VISIT_HOSTS).
 */

/** [verb phrase in base form, CAMEO code, block]. */
const CAMEO_CONSULT_VERBS: readonly (readonly [string, string, string])[] = [
  ['communicate with', '040', 'MEET_PEOPLE'],
  ['interact with', '040', 'MEET_PEOPLE'],
  ['converse with', '040', 'CONFER'],
  ['notify', '040', 'NOTIFY'],
  ['apprise', '040', 'NOTIFY'],
  ['send word to', '040', 'NOTIFY'],
  // The verb of the contact noun "coordination" already read as negotiation (news-contacts.ts, rule contactState).
  ['coordinate with', '050', 'COORDINATE'],
];

export const cameoConsultVerbs = (): string[] => CAMEO_CONSULT_VERBS.map(([v]) => v);
