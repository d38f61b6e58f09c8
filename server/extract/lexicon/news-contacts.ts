/**
 * Data: how news reports a call between two leaders, beyond the readout verbs of cues.ts ("call",
 * "phone", "speak by phone with"). Source: the annotation guide (test/fixtures/corpus/README.md:
 * "Calls, phone calls and 'discussed' are negotiates") and the forms of the Wikinews reports of
 * the corpus' part c (issue #12: "X and Y spoke on the phone"). Base forms; the subject pair or
 * the partner after "with" are read as for any negotiation verb.
 */
export const NEWS_CONTACT_VERBS: readonly string[] = [
  'speak on the phone', 'speak by phone', 'speak by telephone', 'speak over the phone',
  'talk on the phone', 'talk by phone', 'talk by telephone', 'talk over the phone',
  // Rule `contactState` (issue #12, part d of the corpus): a standing contact is negotiation, as the
  // gold conventions record it ("in close touch with", "liaising with": test/fixtures/corpus/README.md,
  // part d conventions); "close" and other modifiers match inside the phrase (cues.ts).
  'in touch with', 'in contact with', 'liaise with',
  // "Kerry contacted Thailand's foreign minister": a call by another verb (corpus part d, Wikinews).
  'contact',
  // Rule `travelToSee`: "A's envoy flew to C to see D" (issue #12: "is A–D"): "see" is a meeting only
  // as the purpose of a journey (TRAVEL_FORMS below; cuematch.ts).
  'see',
  // Rule `contactState`: a manner phrase between a contact verb and its partner ("consulted at length
  // with", "met at length with"), the forms of readouts (issue #12: "consulted at length with").
  'consult at length with', 'meet at length with', 'speak at length with', 'talk at length with',
  // Dev misses, session 12 (contact worded as an approach or a letter): "has been reaching out to the
  // DPRK through multiple channels", "wrote to the US Embassy asking …"; the corpus README's
  // conventions count both as contact ("wrote to the US Embassy" is `negotiates`).
  'reach out to', 'write to',
  // Dev misses, session 12 (stated cooperation): "will continue to work with our Saudi partners",
  // "working together with the United States", "partnering with Honduran government officials"
  // (corpus README conventions: "will continue to work with", "working together with" are `negotiates`).
  'work with', 'work together with', 'work closely with', 'partner with', 'cooperate with',
  // Dev misses, session 13 (contact worded as raising a matter, cooperation as a manner): "a point
  // that we've raised … with the American ambassador" (corpus README conventions: contact is
  // `negotiates`), "raised the case with", "working in partnership with the United Nations".
  'raise with', 'work in partnership with', 'work in cooperation with',
];

/**
 * Nouns of a standing contact between two sides ("close coordination with the opposition", "in
 * coordination with Y"): negotiation in the gold conventions (test/fixtures/corpus/README.md, part d:
 * "close coordination with the Unitary Platform" is negotiates). Rule `contactState`.
 */
export const NEWS_CONTACT_NOUNS: readonly string[] = ['coordination'];

/**
 * Rule `jointText`: a text two sides issue together ("A and B issued a joint statement", "in a joint
 * declaration, A and B …") was negotiated between them. Source: the corpus README, part d
 * conventions ("the two signatories of a bilateral joint declaration … each 'we agree', 'we signed'
 * sentence states their negotiates"); a text of three or more is a multilateral event (filter
 * multilateralMeeting), one issued by a single body ("the G7's joint statement") names no pair.
 */
export const JOINT_TEXT_NOUNS: readonly string[] = ['joint statement', 'joint declaration', 'joint communique', 'joint communiqué', 'joint readout'];

/**
 * Rule `travelToSee`: verbs of a journey whose purpose "to see X" is a meeting ("flew to Kyiv to see
 * Zelensky", "travelled to Moscow to see Putin"), in the forms news writes them (irregular pasts
 * included: the lemmatiser does not know them).
 */
export const TRAVEL_FORMS: ReadonlySet<string> = new Set(
  ('fly flies flew flown flying travel travels traveled travelled traveling travelling go goes went gone going ' +
    'come comes came coming head heads headed heading arrive arrives arrived arriving return returns returned returning journeyed').split(' '),
);

/** Cues that count only as the purpose of a journey (rule travelToSee). */
export const JOURNEY_CUES: ReadonlySet<string> = new Set(['see']);

/** Most tokens between the journey's verb and "to see" ("flew to the Ukrainian capital on Monday to see"). */
export const JOURNEY_WINDOW = 10;

/**
 * Rule `committedCooperation`: the verbs of the cooperation phrases of NEWS_CONTACT_VERBS and the
 * nouns of a standing contact, and the words of a commitment, readiness or importance before their
 * infinitive, gerund or noun ("committed to working with X", "the U.S. commitment to working with Y",
 * "the readiness of the United States to work with Z", "the importance of working with", "commitment
 * to close coordination with"): a commitment to work with someone is no contact stated (corpus
 * README conventions, part i: "a commitment to work with someone [is] not"). Dev false alarms, session 12.
 */
export const COOPERATION_WORDS: ReadonlySet<string> = new Set(['work', 'partner', 'cooperate', 'coordinate', ...NEWS_CONTACT_NOUNS]);
export const COMMITMENT_WORDS: ReadonlySet<string> = new Set([
  'commit', 'committed', 'commitment', 'pledge', 'promise', 'readiness', 'ready', 'willingness', 'willing',
  'importance', 'determination', 'determined', 'dedication', 'dedicated', 'resolve', 'intention',
]);
