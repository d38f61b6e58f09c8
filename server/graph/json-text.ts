/**
 * JSON written piece by piece (see `chunked` in flat-writers.ts): an object whose list fields hold
 * one item per line, so exports of any size stream, stay under V8's string limit and diff well.
 */

/** `fields` as they are, then each of `lists` as an array written one item per line. */
export function* jsonText(fields: Record<string, unknown>, lists: Record<string, Iterable<unknown>>): Generator<string> {
  let sep = '{';
  for (const [name, value] of Object.entries(fields)) {
    yield `${sep}${JSON.stringify(name)}:${JSON.stringify(value)}`;
    sep = ',\n';
  }
  for (const [name, items] of Object.entries(lists)) {
    yield `${sep}${JSON.stringify(name)}:[`;
    let itemSep = '\n';
    for (const item of items) {
      yield itemSep + JSON.stringify(item);
      itemSep = ',\n';
    }
    yield '\n]';
    sep = ',\n';
  }
  yield sep === '{' ? '{}\n' : '}\n';
}
