/**
 * Where a JSON text first goes wrong, as line and column. JSON.parse says "Unexpected token" and,
 * for several errors, no position at all (V8 11); this scanner is run only after JSON.parse has
 * failed, to tell the user where to look.
 */

export interface JsonSyntaxError {
  line: number;
  column: number;
  message: string;
}

class Stop {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const MAX_DEPTH = 10_000;

/** 1-based line and column (in UTF-16 units) of an offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let p = text.indexOf('\n'); p >= 0 && p < offset; p = text.indexOf('\n', p + 1)) {
    line++;
    start = p + 1;
  }
  return { line, column: offset - start + 1 };
}

/** The first syntax error of `text`, or undefined when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  const n = text.length;
  const stop = (message: string, at = i): never => {
    throw new Stop(at, message);
  };
  const space = (): void => {
    for (let c = text.charCodeAt(i); c === 32 || c === 9 || c === 10 || c === 13; c = text.charCodeAt(++i));
  };
  const string = (): void => {
    for (i++; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return;
      }
      if (c < 32) stop('control character inside a string (write it escaped, e.g. \\n)');
      if (c === 92) {
        const e = text[++i];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) stop('\\u must be followed by four hex digits');
          i += 4;
        } else if (!e || !'"\\/bfnrt'.includes(e)) stop(`invalid escape \\${e ?? ''}`);
      }
    }
    stop('string is not closed', n);
  };
  const value = (depth: number): void => {
    if (depth > MAX_DEPTH) stop('nesting is too deep');
    space();
    if (i >= n) stop('unexpected end of input: a value is missing');
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      space();
      if (text[i] === close) {
        i++;
        return;
      }
      for (;;) {
        if (c === '{') {
          space();
          if (text[i] !== '"') stop(i >= n ? 'unexpected end of input inside an object' : 'expected a property name in double quotes');
          string();
          space();
          if (text[i] !== ':') stop("expected ':' after the property name");
          i++;
        }
        value(depth + 1);
        space();
        if (text[i] === ',') {
          i++;
          space();
          if (text[i] === close) stop(`trailing comma before '${close}'`);
          continue;
        }
        if (text[i] === close) {
          i++;
          return;
        }
        stop(i >= n ? `unexpected end of input: '${close}' is missing` : `expected ',' or '${close}'`);
      }
    }
    if (c === '"') return string();
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, i)) {
        i += literal.length;
        return;
      }
    }
    NUMBER.lastIndex = i;
    if (NUMBER.test(text)) {
      i = NUMBER.lastIndex;
      return;
    }
    stop(`unexpected character ${JSON.stringify(c)}`);
  };
  try {
    value(0);
    space();
    if (i < n) stop('unexpected text after the end of the JSON value');
    return undefined;
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    return { ...lineColumn(text, e.offset), message: e.message };
  }
}
