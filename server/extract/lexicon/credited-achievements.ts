/**
 * Data: how official statements credit a third party with a settlement between others ("I thank
 * X and Y for their leadership in reaching this deal", "grateful to X for its role in securing the
 * ceasefire"). Source: issue #12, implied mediation: the one thanked for bringing about a deal
 * between named parties is its mediator (annotation guide, test/fixtures/corpus/README.md:
 * "brokers, facilitates"), a form White House and State Department statements use after every
 * brokered deal. Counted only with a word of credit before "in"/"for" (creditedAt): "Israel and
 * Hamas reached a deal" stays a negotiation.
 */

/** Verbs of bringing a settlement about. */
const ACHIEVING = ['reach', 'secure', 'achieve', 'conclude', 'finalize', 'finalise'];

/** Settlements between parties (negotiation nouns of cues.ts). */
const SETTLEMENTS = ['deal', 'agreement', 'accord', 'ceasefire', 'truce', 'arrangement'];

/** Determiners that may stand between the verb and the settlement (cue phrases match word by word). */
const DETERMINERS = ['', 'a ', 'an ', 'the ', 'this ', 'that ', 'today’s ', "today's "];

/** "reach this deal", "securing the ceasefire", …: mediation cue phrases in base form. */
export const CREDITED_ACHIEVEMENTS: readonly string[] = ACHIEVING.flatMap((v) => SETTLEMENTS.flatMap((n) => DETERMINERS.map((d) => `${v} ${d}${n}`)));

/**
 * Nouns of credit for a part played ("their leadership in reaching", "its role in securing"); also
 * the nouns of a side's own effort whose owner does the brokering verb they lead to (rule
 * `effortOwner`: "Qatar's assistance in helping to secure a truce between A and B").
 */
export const CREDIT_NOUNS: ReadonlySet<string> = new Set(['leadership', 'role', 'partnership', 'effort', 'efforts', 'work', 'help', 'contribution', 'contributions', 'diplomacy', 'engagement', 'assistance', 'support']);

/** Prepositions that join the credit to the gerund ("leadership in reaching", "thanks for securing"). */
const CREDIT_PREPS: ReadonlySet<string> = new Set(['in', 'for']);

/** Most words between the credit noun and its preposition ("leadership and partnership in"). */
const CREDIT_GAP = 2;

/** Whether the gerund at `at` is credited to someone: "… leadership (and partnership) in|for reaching". */
export function creditedAt(words: readonly { norm: string }[], at: number): boolean {
  if (!/ing$/.test(words[at]?.norm ?? '')) return false;
  const prep = at - 1;
  if (prep < 1 || !CREDIT_PREPS.has(words[prep].norm)) return false;
  for (let k = prep - 1; k >= 0 && k >= prep - 1 - CREDIT_GAP; k--) if (CREDIT_NOUNS.has(words[k].norm)) return true;
  return false;
}
