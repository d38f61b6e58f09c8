/**
 * compromise's reading of a text as `nlp(text)` tags it, without the pipeline's last step, the
 * chunker. Discovery reads tags only (`people()`, `organizations()`, `places()`, `#ProperNoun`,
 * the first term's tags); the chunker sets no tag, only each term's noun or verb phrase (`chunk`),
 * and takes about a tenth of compromise's time, which is the largest share of extracting a long
 * text. `nlp()` runs the hook list its world holds at the call: the list is swapped for the call
 * and put back (synchronously, so no other caller sees it), and any other use of compromise keeps
 * the whole pipeline.
 */
import nlp from 'compromise';

/** The part of compromise's world used here (`world()` is typed `object`). */
interface Pipeline {
  hooks: string[];
}

const PIPELINE = nlp.world() as Pipeline;
const CHUNKER = 'chunks';

/** The tagged reading of `text`, without phrase chunks. */
export function taggedText(text: string): ReturnType<typeof nlp> {
  const whole = PIPELINE.hooks;
  PIPELINE.hooks = whole.filter((h) => h !== CHUNKER);
  try {
    return nlp(text);
  } finally {
    PIPELINE.hooks = whole;
  }
}
