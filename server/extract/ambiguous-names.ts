/**
 * Rule `documentSense` (server/domain/extraction-rules.ts, READING_RULES): a name several actors
 * share at the same rank ("Congolese" for the DR Congo and the Republic of the Congo, a demonym of
 * two states) stands for the one of them the document names by a name of its own ("DRC", "the
 * Democratic Republic of the Congo"), and stays unread when it names none or several of them:
 * coreference to the one compatible actor of the document, nothing when ambiguous (issue #12).
 */
import { matchGazetteer, type Disambiguate, type Matcher } from './gazetteer';
import type { Token } from './types';

/** A resolver over a document's sentences; the document is scanned once, and only when a shared name turns up. */
export function documentSense(sentences: readonly (readonly Token[])[], matcher: Matcher): Disambiguate {
  let named: Set<string> | undefined;
  return (ids) => {
    // Names that are no demonyms and are themselves unambiguous (matchGazetteer without a resolver).
    named ??= new Set(sentences.flatMap((toks) => matchGazetteer(toks, matcher)).filter((g) => g.via !== 'demonym').map((g) => g.actorId));
    const found = ids.filter((id) => named!.has(id));
    return found.length === 1 ? found[0] : undefined;
  };
}
