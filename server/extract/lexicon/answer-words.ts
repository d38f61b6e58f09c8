/**
 * Data: the words by which English news states one actor's act as an answer to another's hostile act
 * (rule `answeredAct`, server/extract/answered-act.ts): "Israel responds to Hamas's attack", "in
 * response to Houthi attacks, A struck …", "in retaliation for the Russian strikes", "Ukraine
 * resists Russia's aggression". An answer to a hostile act is taken against the one who did it, as
 * the annotation guide's `opposes` has it ("attacks, fights, rejects"): the answering side acts
 * against the doer, whatever the answer is.
 *
 * Where the words come from: the verbs of resisting force are CAMEO's (PETRARCH CAMEO.2.0.txt, see
 * cameo-verbs.ts: "retaliate against", "repel", "repulse" are code 190, fight, in its
 * dictionary); "resist", "withstand", "counter", "fend off", "fight off" are the other members of
 * WordNet's synset of "resist" (v.01/v.02: "resist, hold out, withstand, stand firm"; "fight,
 * fight back, fight down, defend") that take the act as their object; "respond", "response",
 * "answer", "reply", "retaliate", "retaliation", "reprisal", "riposte" and "counterattack" are the
 * WordNet nouns and verbs of "response" in its sense of a reaction to an act (response.n.01,
 * reprisal.n.01). Each entry says which of these it is. Left out: "defend (itself) against", whose
 * defender rule `facedAct` already reads as bearing the act, and whose opposition to the attacker the
 * corpus' gold does not count (dev: two false alarms, "the right to defend itself against rocket
 * attacks from X").
 */

export interface AnswerWord {
  /** Base form, lower case; a phrase of two words for a particle verb ("fend off"). */
  word: string;
  /**
   * `prep`: the act follows the preposition(s) listed ("respond to", "retaliation for");
   * `object`: the act is the verb's object ("resisted Russia's aggression").
   */
  takes: 'prep' | 'object';
  /** The prepositions that open the act after the word (for `prep`). */
  preps?: readonly string[];
  /** A noun ("the response", "in retaliation") or a verb ("responded", "resists"). */
  pos: 'noun' | 'verb';
  source: string;
}

const CAMEO_190 = 'CAMEO.2.0.txt code 190 (fight), as in cameo-verbs.ts';
const WN_RESIST = 'WordNet resist.v.01/v.02 synset (resist, withstand, fight back, defend)';
const WN_RESPONSE = 'WordNet response.n.01 / respond.v.01 (a reaction to an act)';
const WN_REPRISAL = 'WordNet reprisal.n.01 / retaliate.v.01 (an act of retaliation)';

const ANSWER_WORDS: readonly AnswerWord[] = [
  { word: 'respond', pos: 'verb', takes: 'prep', preps: ['to'], source: WN_RESPONSE },
  { word: 'response', pos: 'noun', takes: 'prep', preps: ['to'], source: WN_RESPONSE },
  { word: 'answer', pos: 'noun', takes: 'prep', preps: ['to'], source: WN_RESPONSE },
  { word: 'reply', pos: 'noun', takes: 'prep', preps: ['to'], source: WN_RESPONSE },
  { word: 'reaction', pos: 'noun', takes: 'prep', preps: ['to'], source: WN_RESPONSE },
  { word: 'react', pos: 'verb', takes: 'prep', preps: ['to'], source: WN_RESPONSE },
  { word: 'retaliate', pos: 'verb', takes: 'prep', preps: ['for', 'against'], source: `${WN_REPRISAL}; ${CAMEO_190}` },
  { word: 'retaliation', pos: 'noun', takes: 'prep', preps: ['for', 'to'], source: WN_REPRISAL },
  { word: 'reprisal', pos: 'noun', takes: 'prep', preps: ['for'], source: WN_REPRISAL },
  { word: 'riposte', pos: 'noun', takes: 'prep', preps: ['to'], source: WN_REPRISAL },
  { word: 'resist', pos: 'verb', takes: 'object', source: WN_RESIST },
  { word: 'withstand', pos: 'verb', takes: 'object', source: WN_RESIST },
  { word: 'counter', pos: 'verb', takes: 'object', source: WN_RESIST },
  { word: 'repel', pos: 'verb', takes: 'object', source: `${WN_RESIST}; ${CAMEO_190}` },
  { word: 'repulse', pos: 'verb', takes: 'object', source: `${WN_RESIST}; ${CAMEO_190}` },
  { word: 'fend off', pos: 'verb', takes: 'object', source: WN_RESIST },
  { word: 'fight off', pos: 'verb', takes: 'object', source: WN_RESIST },
];

/** Answer words by their last word (the one right before the act or its preposition). */
export const ANSWER_BY_LAST_WORD: ReadonlyMap<string, readonly AnswerWord[]> = ANSWER_WORDS.reduce((m, w) => {
  const last = w.word.split(' ').pop() ?? w.word;
  m.set(last, [...(m.get(last) ?? []), w]);
  return m;
}, new Map<string, AnswerWord[]>());
