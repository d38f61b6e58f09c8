/**
 * Data: how readouts and news word a call from the receiving side (rule `receivedCall`, issue #12,
 * eighteenth session, branch cues18): "President X received a call from President Y", "took a
 * phone call from Y". A call is negotiation (corpus README: "calls, consultations"); the caller
 * follows "from". Written with the article, which cue phrases match word for word; a modifier
 * inside matches ("received a congratulatory phone call from"). Source: the readout wording of dev
 * misses, session 18 (stage "arguments": "received a call from President Y of Z").
 */
export const CALL_RECEIPT_VERBS: readonly string[] = ['receive a call from', 'take a call from', 'get a call from', 'receive calls from'];

/** The phrases, for relations.ts: their partner is the caller after "from", which other verbs' objects never are. */
export const CALL_RECEIPTS: ReadonlySet<string> = new Set(CALL_RECEIPT_VERBS);
