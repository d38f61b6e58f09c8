/**
 * Markdown to article text with marked's lexer (CommonMark + GFM tokens). Paragraphs, list items
 * and block quotes are article text with their inline markup removed (link text kept, images and
 * their alt text dropped, soft line breaks joined); headings, code, tables, rules and raw HTML
 * are not. Front matter (YAML `---` or TOML `+++`) is dropped; its `title`, else the first
 * heading, is offered as the title.
 */
import { decodeHTML } from 'entities';
import { Lexer, type Token, type Tokens } from 'marked';
import { FRONT_MATTER } from './front-matter';
import { htmlToText, type MarkupText } from './html';

/** The one front-matter key read: `title: ...` (YAML) or `title = "..."` (TOML). */
const TITLE_KEY = /^title\s*[:=]\s*(.+)$/m;

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

function unquote(s: string): string {
  const t = s.trim();
  return /^(["']).*\1$/.test(t) ? t.slice(1, -1) : t;
}

/** Inline tokens to text: markup gone, link text kept, images and inline HTML dropped. */
function inline(tokens: readonly Token[] | undefined): string {
  let out = '';
  for (const t of tokens ?? []) {
    switch (t.type) {
      case 'image':
      case 'html':
        break;
      case 'br':
        out += ' ';
        break;
      case 'codespan':
        out += decodeHTML((t as Tokens.Codespan).text);
        break;
      case 'text':
      case 'escape':
        out += (t as Tokens.Text).tokens ? inline((t as Tokens.Text).tokens) : decodeHTML((t as Tokens.Text).text);
        break;
      default:
        out += 'tokens' in t && Array.isArray(t.tokens) ? inline(t.tokens as Token[]) : decodeHTML('text' in t ? String(t.text) : '');
    }
  }
  return out;
}

function blocks(tokens: readonly Token[], paragraphs: string[], headings: string[]): void {
  for (const t of tokens) {
    switch (t.type) {
      case 'heading':
        headings.push(squash(inline((t as Tokens.Heading).tokens)));
        break;
      case 'paragraph':
      case 'text': {
        const p = squash(inline((t as Tokens.Paragraph).tokens));
        if (p) paragraphs.push(p);
        break;
      }
      case 'blockquote':
        blocks((t as Tokens.Blockquote).tokens, paragraphs, headings);
        break;
      case 'list':
        for (const item of (t as Tokens.List).items) blocks(item.tokens, paragraphs, headings);
        break;
      case 'html': {
        const p = htmlToText((t as Tokens.HTML).text).text;
        if (p) paragraphs.push(p);
        break;
      }
      default:
        // code, table, hr, space, def: not prose.
        break;
    }
  }
}

/** The article text of a Markdown document. */
export function markdownToText(markdown: string): MarkupText {
  const front = FRONT_MATTER.exec(markdown);
  const body = front ? markdown.slice(front[0].length) : markdown;
  const titleLine = front ? TITLE_KEY.exec(front[1] ?? front[2] ?? '') : null;
  const paragraphs: string[] = [];
  const headings: string[] = [];
  blocks(new Lexer({ gfm: true }).lex(body), paragraphs, headings);
  const title = (titleLine && squash(unquote(titleLine[1]))) || headings.find(Boolean);
  return { text: paragraphs.join('\n\n'), ...(title ? { title } : {}) };
}
