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
];
