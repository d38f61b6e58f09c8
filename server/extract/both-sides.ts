/**
 * Rule `contactBothSides` (server/domain/extraction-rules.ts): a third side in contact with both
 * sides of a dispute in one sentence ("X met with A's president and B's president to de-escalate
 * tensions", "following discussions with Lebanese counterparts, X held conversations with Israeli
 * counterparts", "her engagements with Presidents A and B") works between them: X mediates A and B,
 * besides negotiating with each. Only when the two are shown at odds — the document reports
 * hostility between their sides, or the sentence names what is being settled (a ceasefire,
 * tensions, confidence-building measures), or the next one of its paragraph names it between the
 * two ("narrowing differences between the two sides"); never when the sentence names another pair
 * with "between" (the sides of what is settled), nor when it has A and B meet each other.
 */
import { CONF, type Candidate } from './relations';
import type { SentenceAnalysis } from './analyze';

/**
 * Data: words that name a dispute being settled or eased (the purpose of a go-between's contacts in
 * news and government readouts: "to de-escalate tensions", "confidence building measures",
 * "narrowing differences between the two sides").
 */
const SETTLEMENT_WORDS = /\b(?:de-?escalat\w*|cease-?fires?|truces?|confidence[- ]building|narrow\w* (?:the )?differences|normali[sz]ation|reconciliation|tensions?|disputes?|peace (?:process|deal|agreement|talks|negotiations))\b/i;
/** The two spoken of together ("between the two sides", "both leaders"): a next sentence's settlement is theirs only so. */
const PAIR_WORDS = /\b(?:both|the two) (?:sides|parties|leaders|countries|governments|delegations|neighbou?rs)\b|\bbetween them\b/i;
/**
 * Rule `sidesOfDispute`: a pair called "both sides" or "the two parties" is the two sides of a
 * dispute (general English usage, written from made-up examples: "the envoy met both sides"); "both
 * leaders" or "the two countries" may be allies, so they do not count.
 */
const SIDES_WORDS = /\b(?:both|the two|the warring) (?:sides|parties)\b/i;
/**
 * Rule `goBetweenContacts`: one the sentence names as a go-between ("Qatari mediators held separate
 * meetings with A and B", "the facilitators spoke with A and then with B") is in contact with the two
 * sides as their go-between: the noun itself says so, with no dispute named (general English usage,
 * made-up examples in test/extract/mediation-round21.test.ts). The nouns right after the actor's name.
 */
const GO_BETWEEN_AFTER = /^[\s\u00a0]*(?:mediators?|facilitators?|intermediar(?:y|ies)|go-betweens?)\b/i;
/** Least confidence of each negotiation read (a reported fact, not a wish or a hypothesis). */
const MIN_CONTACT_CONFIDENCE = 0.5;

const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** Most tokens after "between" in which its pair is named ("between the Government of A and B"). */
const BETWEEN_WINDOW = 8;

/** The two sides a sentence names right after "between", if it names exactly two there. */
function namedBetween(a: SentenceAnalysis, side: (id: string) => string): string | undefined {
  const at = a.tokens.findIndex((t) => t.norm === 'between');
  if (at < 0) return undefined;
  const sides = [...new Set(a.mentions.filter((m) => m.tokenStart > at && m.tokenStart <= at + BETWEEN_WINDOW).map((m) => side(m.actorId)))];
  return sides.length === 2 ? pairKey(sides[0], sides[1]) : undefined;
}

/** The sides of every hostile candidate (any confidence): the pairs the document shows at odds. */
export function hostileSides(cands: readonly Candidate[], side: (id: string) => string): Set<string> {
  return new Set(cands.filter((c) => c.type === 'opposes').map((c) => pairKey(side(c.source), side(c.target))));
}

/** Where, in the sentence's text, a name ends (a span of the candidate's), or past the text when not named in it. */
const nameEnd = (span: [number, number] | undefined, sentenceStart: number): number => (span ? span[1] - sentenceStart : Number.MAX_SAFE_INTEGER);
/** Where the name of the contact's third side ends: the other end of the candidate than the partner's. */
const sourceEnd = (p: { c: Candidate; end: 'source' | 'target' }, sentenceStart: number): number => nameEnd(p.c.spans[p.end === 'target' ? 'source' : 'target'], sentenceStart);
/** Counterparts of go-betweens are go-betweens too ("Qatari mediators met their Egyptian counterparts"). */
const COUNTERPARTS = /\bcounterparts?\b/i;

/** Mediation candidates read from a sentence's contacts of one actor with both sides. */
export function contactBothSides(cands: readonly Candidate[], sentences: readonly SentenceAnalysis[], side: (id: string) => string, hostile: ReadonlySet<string>): Candidate[] {
  const bySentence = new Map<number, Candidate[]>();
  for (const c of cands) if (c.type === 'negotiates' && c.confidence >= MIN_CONTACT_CONFIDENCE) bySentence.set(c.sentence.index, [...(bySentence.get(c.sentence.index) ?? []), c]);

  const out: Candidate[] = [];
  for (const list of bySentence.values()) {
    const sentence = list[0].sentence;
    const next = sentences[sentence.index + 1]?.sentence;
    // Rule `sidesOfDispute`: "met both sides", "talked to the two parties": the text itself makes them the sides of something.
    const settling = SETTLEMENT_WORDS.test(sentence.text) || SIDES_WORDS.test(sentence.text) || (!!next && next.paragraph === sentence.paragraph && SETTLEMENT_WORDS.test(next.text) && PAIR_WORDS.test(next.text));
    const met = new Set(list.map((c) => pairKey(c.source, c.target)));
    /** Each actor's partners, with the candidate that read the contact and which end the partner is. */
    const partners = new Map<string, { id: string; c: Candidate; end: 'source' | 'target' }[]>();
    for (const c of list) {
      partners.set(c.source, [...(partners.get(c.source) ?? []), { id: c.target, c, end: 'target' }]);
      partners.set(c.target, [...(partners.get(c.target) ?? []), { id: c.source, c, end: 'source' }]);
    }
    for (const [x, ps] of partners) {
      for (const [i, a] of ps.entries()) {
        for (const b of ps.slice(i + 1)) {
          const [sa, sb, sx] = [side(a.id), side(b.id), side(x)];
          if (sa === sb || sx === sa || sx === sb || met.has(pairKey(a.id, b.id))) continue;
          // Not go-betweens meeting go-betweens ("Qatari mediators met Egyptian mediators", "… their Egyptian counterparts").
          const calledGoBetween = (p: { c: Candidate; end: 'source' | 'target' }): boolean => GO_BETWEEN_AFTER.test(sentence.text.slice(nameEnd(p.c.spans[p.end], sentence.start)));
          const goBetween = GO_BETWEEN_AFTER.test(sentence.text.slice(sourceEnd(a, sentence.start))) && !calledGoBetween(a) && !calledGoBetween(b) && !COUNTERPARTS.test(sentence.text);
          if (!settling && !goBetween && !hostile.has(pairKey(sa, sb))) continue;
          // A pair the sentence names with "between" is whom the settlement is for ("calls with A and B to avoid confrontation between C and A").
          const named = namedBetween(sentences[sentence.index], side);
          if (named && named !== pairKey(sa, sb)) continue;
          for (const p of [a, b]) {
            out.push({
              ...p.c,
              type: 'mediates',
              source: x,
              target: p.id,
              between: [a.id, b.id],
              confidence: Math.min(a.c.confidence, b.c.confidence) * CONF.contactBothSides,
              rule: 'mediates.contactBothSides',
              spans: { cue: p.c.spans.cue, source: p.end === 'target' ? p.c.spans.source : p.c.spans.target, target: p.c.spans[p.end] },
            });
          }
        }
      }
    }
  }
  return out;
}
