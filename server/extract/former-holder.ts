/**
 * Rule `formerHolder`: a person written as a former holder of an office ("former President X",
 * "ex-Prime Minister Y", "the former Ghanaian leader Z") belongs to the state only by the office
 * they left. Filter ownSide drops a relation between a person and the state they are affiliated
 * with as one side; domestic news sets a state against its former leaders (a prosecution, an arrest,
 * a persecution of a former president) and a former leader against the government, so an opposition
 * between the two is kept when the person is written as former in its sentence. Only `opposes`: a
 * former official negotiating for the state still speaks for it.
 */
import type { RelationSpans, RelationType } from '../domain/types';

/** "former" or "ex-" written within the mention or right before it, with up to three words of title between ("former Ghanaian President"). */
const FORMER_BEFORE = /\b(?:former|ex-)\s*(?:[\p{L}.'’-]+\s+){0,3}$/iu;
const FORMER_IN = /\b(?:former|ex-)/iu;

/** How far before a mention "former" is looked for: a title of a few words. */
const WINDOW = 60;

/** Whether the mention at `span` of `text` is written as a former office holder. */
export function writtenAsFormer(text: string, span: readonly [number, number] | undefined): boolean {
  if (!span) return false;
  return FORMER_IN.test(text.slice(span[0], span[1])) || FORMER_BEFORE.test(text.slice(Math.max(0, span[0] - WINDOW), span[0]));
}

/** Whether an opposition between a person and their own state survives filter ownSide: the person is written as former (see the file's comment). */
export function formerHolderOpposes(type: RelationType, spans: Pick<RelationSpans, 'source' | 'target'>, text: string): boolean {
  return type === 'opposes' && (writtenAsFormer(text, spans.source) || writtenAsFormer(text, spans.target));
}
