/**
 * Data for rule `processName` (server/domain/extraction-rules.ts, READING_RULES): nouns that end the
 * capitalised name of a meeting, a round of talks or a standing diplomatic process ("the Strategic
 * Dialogue", "the Gulf Security Summit", "the Astana Process", "the Shangri-La Dialogue", "the
 * Doha Forum", "the Belt and Road Initiative"), singular and plural: an event or a programme, which
 * nobody meets, attacks or mediates, never an actor that discovery should learn. Sources: the
 * one-word nouns of talks of the cue table (cues.ts: dialogue, talks, summit, negotiations,
 * consultations, meeting) that junk.ts already refuses alone (rule `cueNounName`), and the heads of
 * event and programme names listed for the nineteenth session's names round (issue #12, branch
 * names19: process, forum, initiative; agreement and accord are documents, lexicon/document-nouns.ts).
 * Not "conference" or "congress", which end names of parties ("... National Conference", "...
 * National Congress"), nor "council", "commission" or "mechanism", which end names of bodies. A
 * gazetteer body so named (a store's "Pacific Islands Forum") is matched by the gazetteer and is
 * never discovered.
 */
export const PROCESS_NOUNS: ReadonlySet<string> = new Set(
  'dialogue dialogues talks summit summits negotiations consultations meeting meetings process processes forum forums initiative initiatives roundtable'.split(' '),
);
