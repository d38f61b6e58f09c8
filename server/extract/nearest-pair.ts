/**
 * Rule `nearestPair` (server/domain/extraction-rules.ts READING_RULES): "both sides", "the two
 * sides" stand for the nearest pair before them, as a reader takes an anaphor's nearest compatible
 * antecedent: the paragraph's last hostile pair comes before the document's negotiating pair when
 * the paragraph read it after its last negotiation ("X, once an ally of the government, is now in
 * conflict with it. Both sides also oppose Y": X and the government, not the pair of talks the
 * article reported elsewhere). Before this rule the paragraph's hostile pair came only after the
 * document's pair. The paragraph's own pairs are always before the document's.
 */

/** What the order reads of a sentence's context (relations.ts DocContext). */
interface PairContext {
  pair?: [string, string];
  conflict?: [string, string];
  recentPair?: [string, string];
  recentFoes?: [string, string];
  foesLater?: boolean;
}

/** The candidate pairs of "both sides", nearest first (undefined where the context has none). */
export function nearestPairs(ctx: PairContext): ([string, string] | undefined)[] {
  const paragraph = ctx.foesLater ? [ctx.recentFoes, ctx.recentPair] : [ctx.recentPair];
  return [...paragraph, ctx.pair, ...(ctx.foesLater ? [] : [ctx.recentFoes]), ctx.conflict];
}
