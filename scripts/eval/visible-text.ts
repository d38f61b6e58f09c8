/**
 * The visible text of a corpus article: what a reader of the published page sees, without tags or
 * Markdown markup, entities decoded. Gold quotes are written against it
 * (test/fixtures/corpus/README.md), and a predicted relation's stored quote is compared with the
 * gold quotes through it (extraction reads the article as the ingest path passes it, which may
 * still hold markup).
 */
import { decodeHTML } from 'entities';
import { Parser } from 'htmlparser2';
import { marked, type Token, type Tokens } from 'marked';

export const ARTICLE_FORMATS = ['plain', 'wrapped', 'markdown', 'html'] as const;
export type ArticleFormat = (typeof ARTICLE_FORMATS)[number];

/** Elements whose content a reader never sees. */
const HIDDEN_ELEMENTS: ReadonlySet<string> = new Set(['script', 'style', 'noscript', 'template', 'head']);

/** Elements that start a new line: text on either side of them is never one sentence. */
const BLOCK_ELEMENTS: ReadonlySet<string> = new Set(
  'address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody td th thead tr ul'.split(' '),
);

/** Text of an HTML page or fragment. */
function htmlText(html: string): string {
  const out: string[] = [];
  let hidden = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (HIDDEN_ELEMENTS.has(name)) hidden++;
        else if (BLOCK_ELEMENTS.has(name)) out.push('\n');
      },
      onclosetag(name) {
        if (HIDDEN_ELEMENTS.has(name)) hidden = Math.max(0, hidden - 1);
        else if (BLOCK_ELEMENTS.has(name)) out.push('\n');
      },
      ontext(text) {
        if (hidden === 0) out.push(text);
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return out.join('');
}

/** YAML front matter: metadata, not text of the article. */
const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(\r?\n|$)/;

/** Block tokens: their text ends a line. */
const BLOCK_TOKENS: ReadonlySet<string> = new Set(['paragraph', 'heading', 'blockquote', 'list_item', 'code', 'hr', 'space', 'table']);

function tokensText(tokens: readonly Token[]): string {
  return tokens.map(tokenText).join('');
}

function tokenText(token: Token): string {
  const end = BLOCK_TOKENS.has(token.type) ? '\n' : '';
  switch (token.type) {
    case 'html':
      return htmlText(token.raw) + end;
    case 'image':
    case 'escape':
    case 'codespan':
    case 'code':
      return token.text + end;
    case 'br':
    case 'space':
    case 'hr':
      return '\n';
    // marked's Token union has a generic member, so `type` alone does not narrow these two.
    case 'list':
      return (token as Tokens.List).items.map((item) => tokensText(item.tokens) + '\n').join('');
    case 'table': {
      const table = token as Tokens.Table;
      return [table.header, ...table.rows].map((row) => row.map((cell) => tokensText(cell.tokens)).join(' ') + '\n').join('');
    }
    default:
      if ('tokens' in token && token.tokens) return tokensText(token.tokens) + end;
      return ('text' in token && typeof token.text === 'string' ? decodeHTML(token.text) : '') + end;
  }
}

/** Text of a Markdown document (front matter dropped, raw HTML in it read as HTML). */
function markdownText(markdown: string): string {
  return tokensText(marked.lexer(markdown.replace(FRONT_MATTER, '')));
}

/** What a reader sees of an article in the given format. */
export function visibleText(raw: string, format: ArticleFormat): string {
  switch (format) {
    case 'html':
      return htmlText(raw);
    case 'markdown':
      return markdownText(raw);
    default:
      return raw;
  }
}

/** Whitespace runs (line breaks of hard-wrapped text included) as single spaces. */
export function foldSpace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * True when two quotes overlap: after whitespace folding one contains the other (extraction's
 * sentence may be a little longer or shorter than the gold sentence).
 */
export function quotesOverlap(a: string, b: string): boolean {
  const x = foldSpace(a);
  const y = foldSpace(b);
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x));
}
